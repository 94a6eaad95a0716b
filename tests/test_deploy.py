"""The documented deployment, without Docker: compose.yaml's stack run from its own files.

Docker cannot run in the test suite (no daemon, no image registry), so the parts are run as
the compose file and the Dockerfile say: redis-server with compose's command line, two app
instances with the Dockerfile's command and compose's environment (two containers, or two
machines, sharing one Redis), and the real `caddy` binary with the repository's Caddyfile in
front. What is not tested here: the image build itself, and Docker's networking and tmpfs.
"""

import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.helpers import TWILIO_TOKEN, sms_form, wait_until_serving
from tests.redisserver import free_port
from tests.stack import (
    COMPOSE,
    DOCKERFILE,
    METRICS_TOKEN,
    PROBES,
    Stack,
    caddy_binary,
    caddyfile_for,
    compose_environment,
    get,
    loopback_command,
    messages,
    post_twilio,
    probes_answered,
    while_slow_clients_hold,
)


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    running = Stack(tmp_path_factory.mktemp("stack"))
    try:
        running.start_redis()
        proxy_port = free_port()
        with ThreadPoolExecutor(2) as pool:  # two app instances start side by side
            list(pool.map(lambda number: running.start_bot(proxy_port, number), range(2)))
        running.start_proxy(proxy_port)
        yield running
    finally:
        running.stop()


# ---- the files ---------------------------------------------------------------------------------

def test_compose_keeps_nothing_on_disk_and_publishes_only_the_proxy() -> None:
    services = COMPOSE["services"]
    redis = services["redis"]
    command = redis["command"]
    assert command[command.index("--save") + 1] == "" and command[command.index("--appendonly") + 1] == "no"
    assert "volumes" not in redis and "/data" in redis["tmpfs"]  # the image's /data volume replaced
    assert "volumes" not in services["bot"] and services["bot"]["read_only"] is True
    assert [name for name, service in services.items() if "ports" in service] == ["proxy"]
    assert "./Caddyfile:/etc/caddy/Caddyfile:ro" in services["proxy"]["volumes"]
    assert set(COMPOSE["volumes"]) == {"caddy-certificates"}  # certificates only, never state
    assert int(services["bot"]["environment"]["WEB_CONCURRENCY"]) > 1
    with pytest.raises(KeyError, match="KYR_SECRET_KEY"):  # several workers need one shared key
        compose_environment("bot", {})


def test_the_dockerfile_is_slim_non_root_checked_and_has_a_healthcheck() -> None:
    stages = re.findall(r"^FROM (\S+)", DOCKERFILE, re.MULTILINE)
    assert stages and all("slim" in image for image in stages)
    final = DOCKERFILE[DOCKERFILE.rindex("\nFROM "):]
    user = re.search(r"^USER (\S+)", final, re.MULTILINE)
    assert user and user.group(1) not in ("root", "0")
    assert final.index("USER ") < final.index("RUN kyr check") < final.index("CMD ")
    assert re.search(r'^HEALTHCHECK .*CMD \["kyr", "probe"\]', final, re.MULTILINE)
    assert not re.search(r"^(ENV|ARG)\b.*(TOKEN|SECRET|PASSWORD|_KEY)", DOCKERFILE, re.MULTILINE)
    # Nothing enters the build but what its first stage copies: no .env, .git or .venv.
    ignored = (REPO / ".dockerignore").read_text(encoding="utf-8").splitlines()
    allowed = {line[1:].rstrip("/") for line in ignored if line.startswith("!")}
    build = DOCKERFILE[:DOCKERFILE.rindex("\nFROM ")]
    copied = {name.rstrip("/") for line in re.findall(r"^COPY (?!--from)(.+) \S+$", build, re.MULTILINE)
              for name in line.split()}
    assert "*" in ignored and allowed == copied, (allowed, copied)


def test_the_caddyfile_is_valid_for_the_caddy_binary(tmp_path: Path) -> None:
    binary = caddy_binary()
    (tmp_path / "Caddyfile").write_text(caddyfile_for(binary), encoding="utf-8")
    environment = {"PATH": os.environ.get("PATH", ""), "HOME": str(tmp_path),
                   "KYR_SITE_ADDRESS": "kyr.example.org", "KYR_UPSTREAMS": "bot:8000"}
    adapted = subprocess.run([binary, "adapt", "--config", str(tmp_path / "Caddyfile")],
                             capture_output=True, text=True, env=environment, timeout=30)
    assert adapted.returncode == 0, adapted.stderr
    config = json.loads(adapted.stdout)
    server = next(iter(config["apps"]["http"]["servers"].values()))
    assert server["listen"] == [":443"]  # a domain: automatic TLS
    assert server["read_header_timeout"] == 10 * 10**9 and server["read_timeout"] == 10 * 10**9
    text = json.dumps(server)
    assert '"max_size": 65536' in text and '"dial": "bot:8000"' in text
    assert ('"buffer_requests": true' in text) or ('"request_buffers": 65536' in text)


# ---- the running stack -------------------------------------------------------------------------

def test_signed_requests_are_answered_through_the_proxy(stack: Stack) -> None:
    status, body = post_twilio(stack.proxy, stack.proxy, sms_form("hola", sender="+13125550301",
                                                                  sid="SM-stack-1"))
    assert status == 200 and messages(body)[0].startswith("Hola.")
    forged = sms_form("hola", sender="+13125550301", sid="SM-stack-forged")
    data = urllib.parse.urlencode(forged).encode()
    request = urllib.request.Request(f"{stack.proxy}/twilio", data=data, method="POST",
                                     headers={"X-Twilio-Signature": "forged"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=5)
    assert refused.value.code == 403
    too_big = urllib.request.Request(f"{stack.proxy}/twilio", data=b"a=" + b"x" * 70_000, method="POST")
    with pytest.raises(urllib.error.HTTPError) as large:
        urllib.request.urlopen(too_big, timeout=5)
    assert large.value.code == 413


def test_retries_are_answered_once_and_a_conversation_keeps_its_order_across_instances(
        stack: Stack) -> None:
    form = sms_form("hello", sender="+13125550302", sid="SM-stack-retried")
    with ThreadPoolExecutor(6) as pool:  # six copies at once, spread over both instances
        answers = list(pool.map(lambda _: post_twilio(stack.proxy, stack.proxy, form), range(6)))
    assert all(status == 200 for status, _ in answers)
    assert sum(bool(messages(body)) for _, body in answers) == 1
    # One conversation, step by step, each step through the proxy (round-robin over both).
    sender = "+13125550303"
    steps = [("hola", "Hola."), ("1", "Usted tiene derechos"), ("0", "¿Qué quiere saber?")]
    for number, (text, expected) in enumerate(steps):
        status, body = post_twilio(stack.proxy, stack.proxy, sms_form(text, sender=sender,
                                                                      sid=f"SM-stack-order-{number}"))
        assert status == 200 and messages(body)[0].startswith(expected), (text, messages(body))
    # A conversation begun on one instance goes on on the other: the state is in Redis.
    first, second = stack.bots
    for base, text, expected, number in ((first, "hola", "Hola.", 1), (second, "1", "Usted tiene", 2)):
        status, body = post_twilio(base, stack.proxy, sms_form(text, sender="+13125550304",
                                                               sid=f"SM-stack-direct-{number}"))
        assert status == 200 and messages(body)[0].startswith(expected), messages(body)


def test_readiness_health_and_metrics_through_the_proxy(stack: Stack) -> None:
    assert get(f"{stack.proxy}/readyz") == (200, '{"status":"ready","store":"redis"}\n')
    assert get(f"{stack.proxy}/healthz")[0] == 200
    assert get(f"{stack.proxy}/metrics")[0] == 401  # the proxy's requests are never "local"
    assert get(f"{stack.proxy}/metrics", Authorization="Bearer wrong")[0] == 401
    status, text = get(f"{stack.proxy}/metrics", Authorization=f"Bearer {METRICS_TOKEN}")
    assert status == 200 and "kyr_turns_total" in text
    for base in stack.bots:  # `kyr probe --ready`, compose's health check, on each instance
        port = base.rsplit(":", 1)[1]
        done = subprocess.run([sys.executable, "-m", "bot.tools.cli", "probe", "--ready"],
                              env={**os.environ, "PORT": port}, capture_output=True, timeout=30)
        assert done.returncode == 0, done.stderr


def _turns(text: str) -> float:
    return sum(float(line.rpartition(" ")[2]) for line in text.splitlines()
               if line.startswith("kyr_turns_total{"))


def test_metrics_add_up_every_worker(stack: Stack) -> None:
    before = [_turns(get(f"{base}/metrics")[1]) for base in stack.bots]  # loopback: no token
    for number in range(12):
        post_twilio(stack.bots[0], stack.proxy, sms_form("hola", sender=f"+1312555{4000 + number}",
                                                         sid=f"SM-stack-count-{number}"))
    # Each scrape lands on any of the instance's workers; every one reports all of them.
    scrapes = {_turns(get(f"{stack.bots[0]}/metrics")[1]) for _ in range(8)}
    assert scrapes == {before[0] + 12}
    assert _turns(get(f"{stack.bots[1]}/metrics")[1]) == before[1]


def test_the_stack_logs_one_json_object_per_line(stack: Stack) -> None:
    post_twilio(stack.proxy, stack.proxy, sms_form("hola soy Zqstackcanary", sender="+13125550399",
                                                   sid="SM-stack-json"))
    time.sleep(0.2)
    for log in stack.logs:
        lines = [line for line in log.read_text(encoding="utf-8").splitlines() if line.strip()]
        parsed = [json.loads(line) for line in lines]  # every line, gunicorn's own included
        assert any(entry["logger"] == "gunicorn.error" for entry in parsed)
        assert any(entry.get("event") == "content-published" or entry.get("event") == "channel"
                   for entry in parsed)
        assert "Zqstackcanary" not in "\n".join(lines) and "3125550399" not in "\n".join(lines)
    turns = [json.loads(line) for log in stack.logs for line in log.read_text().splitlines()
             if '"logger": "kyr.turn"' in line]
    assert any(turn.get("event") == "greet" and turn.get("channel") == "sms" for turn in turns)


# ---- slow clients ------------------------------------------------------------------------------

def test_slow_clients_do_not_stop_other_requests_behind_the_proxy(stack: Stack) -> None:
    assert while_slow_clients_hold(stack.proxy) == PROBES
    status, body = post_twilio(stack.proxy, stack.proxy, sms_form("hola", sender="+13125550305",
                                                                  sid="SM-stack-after-slow"))
    assert status == 200 and messages(body)


def test_without_the_proxy_slow_clients_hold_every_worker(stack: Stack) -> None:
    """The reason for the proxy (and a check that the slow clients above really are slow):
    gunicorn's threads wait for each client, so 100 of them leave nothing for anyone else."""
    answered = while_slow_clients_hold(stack.bots[1])
    assert answered < PROBES // 2, answered
    deadline = time.monotonic() + 10
    while probes_answered(stack.bots[1], timeout=1) < PROBES:  # and it recovers once they leave
        assert time.monotonic() < deadline


# ---- the image's install ------------------------------------------------------------------------

def test_the_installed_wheel_checks_and_serves_its_bundled_content(tmp_path: Path) -> None:
    """What the Dockerfile does: a regular wheel, `kyr check` at build, then CMD from another
    folder, with the checked content's cache read-only (compose's read_only container)."""
    wheel = tmp_path / "wheel"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                    "-w", str(wheel), str(REPO)], check=True, capture_output=True, timeout=120)
    with zipfile.ZipFile(next(wheel.glob("*.whl"))) as built:  # hatchling checked the classifiers
        metadata = next(built.read(name).decode() for name in built.namelist()
                        if name.endswith(".dist-info/METADATA"))
    assert "License-Expression: AGPL-3.0-or-later" in metadata and "License-File: LICENSE" in metadata
    assert "Classifier: Framework :: Flask" in metadata and "Requires-Python: >=3.11" in metadata
    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site),
                    *map(str, wheel.glob("*.whl"))], check=True, capture_output=True, timeout=120)
    assert (site / "bot" / "_content" / "flows").is_dir() and (site / "bot" / "_content" / "locales").is_dir()
    cache = tmp_path / "cache"
    environment = {"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(site), "HOME": str(tmp_path),
                   "KYR_CACHE_DIR": str(cache)}
    kyr = [sys.executable, "-c", "import sys; from bot.tools.cli import main; sys.exit(main())"]
    checked = subprocess.run([*kyr, "check"], cwd="/", env=environment, capture_output=True, text=True,
                             timeout=120)
    assert checked.returncode == 0 and "content is clean" in checked.stderr, checked.stderr
    for path in [cache, *cache.rglob("*")]:  # read-only from now on, as in the container
        path.chmod(path.stat().st_mode & ~0o222)
    kept = sorted(cache.rglob("*"))
    port = free_port()
    command = loopback_command()
    assert command[0] == "kyr"
    log = tmp_path / "serve.log"
    with log.open("wb") as output:
        process = subprocess.Popen([*kyr, *command[1:]], cwd="/", env={**environment, "PORT": str(port),
                                                                       "KYR_DEVELOPMENT": "1"},
                                   stdout=output, stderr=output, start_new_session=True)
    try:
        wait_until_serving(f"http://127.0.0.1:{port}", process)
        data = urllib.parse.urlencode(sms_form("hola")).encode()
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/twilio", data=data, timeout=5) as reply:
            assert "<Message>Hola." in reply.read().decode()
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=20)
        for path in [cache, *cache.rglob("*")]:
            path.chmod(path.stat().st_mode | 0o200)
    assert sorted(cache.rglob("*")) == kept  # started from what the build checked
    served = log.read_text(encoding="utf-8")
    assert "Traceback" not in served and str(REPO) not in served


def test_kyr_twilio_test_gets_an_answer_through_the_proxy(stack: Stack) -> None:
    environment = {**os.environ, "TWILIO_AUTH_TOKEN": TWILIO_TOKEN, "PUBLIC_URL": stack.proxy}
    done = subprocess.run([sys.executable, "-m", "bot.tools.cli", "twilio-test", "hola"],
                          env=environment, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Hola.") and "1 message(s)" in done.stderr
    wrong = subprocess.run([sys.executable, "-m", "bot.tools.cli", "twilio-test", "hola"],
                           env={**environment, "TWILIO_AUTH_TOKEN": "not-the-token"},
                           capture_output=True, text=True, timeout=60)
    assert wrong.returncode == 1 and "answered 403" in wrong.stderr
