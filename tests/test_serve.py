"""`kyr serve`, the Procfile, `kyr set-webhook` and `kyr telegram-poll`, as a deployment runs them."""

import os
import signal
import socket
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import TELEGRAM_SECRET, TELEGRAM_TOKEN, FakeBotApi, signature, sms_form, wait_until_serving
from webhooks.serve import WORKER_TIMEOUT, gunicorn_argv
from webhooks.settings import Settings

REPO = Path(__file__).resolve().parent.parent
# This checkout's own `kyr`, never another install that happens to come first on PATH (pipx, a
# pyenv global): the console script's module, run by this interpreter, with the checkout first on
# its import path (clean_env).
KYR = [sys.executable, "-m", "bot.tools.cli"]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def checkout_env(env: dict[str, str]) -> dict[str, str]:
    """`env` with this checkout first on the import path of the processes it starts."""
    paths = [str(REPO), *(path for path in env.get("PYTHONPATH", "").split(os.pathsep) if path)]
    return {**env, "PYTHONPATH": os.pathsep.join(paths)}


def clean_env(**extra: str) -> dict[str, str]:
    names = ("TWILIO_AUTH_TOKEN", "TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET", "PUBLIC_URL",
             "REDIS_URL", "KYR_SECRET_KEY", "KYR_DEVELOPMENT", "TELEGRAM_POLL_TOKEN")
    env = {k: v for k, v in os.environ.items() if k not in names}
    return checkout_env({**env, **extra})


@pytest.fixture
def served(request: pytest.FixtureRequest) -> Iterator[str]:
    """`kyr serve` running under gunicorn on a free loopback port; yields its base URL."""
    port = free_port()
    args, env = request.param
    process = subprocess.Popen([*KYR, "serve", *args], env=clean_env(PORT=str(port), **env),
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(base, process)
        yield base
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=20)


def post_form(url: str, form: dict[str, str], headers: dict[str, str] | None = None) -> tuple[int, str]:
    data = urllib.parse.urlencode(form).encode()
    request = urllib.request.Request(url, data=data, headers=headers or {}, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, ""


@pytest.mark.parametrize("served", [(["--dev"], {})], indirect=True)
def test_the_readme_run_command_serves_both_endpoints(served: str) -> None:
    status, body = post_form(f"{served}/twilio", sms_form("hola"))
    assert status == 200 and "<Message>Hola." in body
    request = urllib.request.Request(
        f"{served}/telegram", method="POST", headers={"Content-Type": "application/json"},
        data=b'{"update_id": 1, "message": {"message_id": 1, "date": 0, "text": "hello",'
             b' "chat": {"id": 9, "type": "private"}}}')
    with urllib.request.urlopen(request, timeout=5) as response:
        assert b'"method":"sendMessage"' in response.read()


@pytest.mark.parametrize("served", [([], {"TWILIO_AUTH_TOKEN": "gunicorn-test-token",
                                          "PUBLIC_URL": "https://kyr.example.org"})], indirect=True)
def test_under_gunicorn_signed_requests_pass_and_forged_ones_get_403(served: str) -> None:
    form = sms_form("hello")
    good = {"X-Twilio-Signature": signature("https://kyr.example.org/twilio", form, "gunicorn-test-token")}
    assert post_form(f"{served}/twilio", form, good)[0] == 200
    assert post_form(f"{served}/twilio", {**form, "Body": "changed"}, good)[0] == 403
    assert post_form(f"{served}/telegram", {})[0] == 404  # no Telegram credentials: disabled


def test_gunicorn_runs_threaded_workers_with_timeouts_below_twilios() -> None:
    argv = gunicorn_argv(Settings(), "0.0.0.0")
    assert argv[argv.index("--worker-class") + 1] == "gthread"
    assert argv[argv.index("--workers") + 1] == "1"  # in-memory state cannot be shared
    assert int(argv[argv.index("--timeout") + 1]) == WORKER_TIMEOUT < 15
    assert argv[-1] == "webhooks.app:create_app()"
    with_redis = gunicorn_argv(Settings(redis_url="redis://localhost:6379/0"), "0.0.0.0")
    assert int(with_redis[with_redis.index("--workers") + 1]) >= 2


def test_the_procfile_serves_and_releases_with_kyr() -> None:
    lines = dict(line.split(": ", 1) for line in (REPO / "Procfile").read_text().splitlines())
    assert lines["web"] == "kyr serve --host 0.0.0.0"
    assert lines["release"] == "kyr check && kyr set-webhook"


@pytest.mark.parametrize(("flags", "variables"), [(["--dev"], {}), ([], {"KYR_DEVELOPMENT": "1"})])
def test_development_mode_refuses_to_listen_beyond_this_machine(flags: list[str],
                                                                variables: dict[str, str]) -> None:
    result = subprocess.run([*KYR, "serve", *flags, "--host", "0.0.0.0"],
                            env={**clean_env(), **variables}, capture_output=True, text=True,
                            timeout=30)
    assert result.returncode == 2 and "only listens on this machine" in result.stderr


def test_set_webhook_registers_url_secret_and_updates() -> None:
    api = FakeBotApi()
    try:
        env = clean_env(TELEGRAM_BOT_TOKEN=TELEGRAM_TOKEN, TELEGRAM_WEBHOOK_SECRET=TELEGRAM_SECRET,
                        PUBLIC_URL="https://kyr.example.org/", KYR_TELEGRAM_API_URL=api.url)
        result = subprocess.run([*KYR, "set-webhook"], env=env, capture_output=True, text=True,
                                timeout=60)
        assert result.returncode == 0, result.stderr
        calls = dict(api.calls)
        assert calls["setWebhook"]["url"] == "https://kyr.example.org/telegram"
        assert calls["setWebhook"]["secret_token"] == TELEGRAM_SECRET
        assert "message" in str(calls["setWebhook"]["allowed_updates"])
    finally:
        api.close()


def test_set_webhook_without_telegram_is_a_no_op() -> None:
    result = subprocess.run([*KYR, "set-webhook"], env=clean_env(), capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0 and "nothing to do" in result.stderr


@pytest.mark.parametrize(("env", "message"), [
    ({}, "set TELEGRAM_POLL_TOKEN"),
    ({"TELEGRAM_POLL_TOKEN": TELEGRAM_TOKEN, "TELEGRAM_BOT_TOKEN": TELEGRAM_TOKEN},
     "refusing to poll with the production token"),
])
def test_polling_needs_its_own_token(env: dict[str, str], message: str) -> None:
    result = subprocess.run([*KYR, "telegram-poll"], env=clean_env(**env), capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 2 and message in result.stderr
