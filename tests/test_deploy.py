"""The documented deployment, without Docker: compose.yaml's stack run from its own files.

Docker cannot run in the test suite (no daemon, no image registry), so the parts are run as
the compose file and the Dockerfile say: redis-server with compose's command line, two app
instances with the Dockerfile's command and compose's environment (two containers, or two
machines, sharing one Redis), and the real `caddy` binary with the repository's Caddyfile in
front. What is not tested here: the image build itself, and Docker's networking and tmpfs.
"""

import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml

from tests.conftest import REPO
from tests.helpers import TWILIO_TOKEN, signature, sms_form, wait_until_serving
from tests.redisserver import free_port

COMPOSE = yaml.safe_load((REPO / "compose.yaml").read_text(encoding="utf-8"))
DOCKERFILE = (REPO / "Dockerfile").read_text(encoding="utf-8")
METRICS_TOKEN = "stack-metrics-token-0123456789abcdef"
SECRET_KEY = "s" * 32
# Debian 12 ships Caddy 2.6.2, which names request buffering `buffer_requests`; 2.6.4 renamed it
# `request_buffers <size>` (the Caddyfile's, for the image compose.yaml pins).
OLD_CADDY_BUFFERING = ("request_buffers 64KiB", "buffer_requests")


def dockerfile_command() -> list[str]:
    """The image's CMD, in exec form."""
    found = re.search(r"^CMD (\[.*\])$", DOCKERFILE, re.MULTILINE)
    assert found, "the Dockerfile's CMD must be in exec form"
    command: list[str] = json.loads(found.group(1))
    return command


def compose_environment(service: str, given: dict[str, str]) -> dict[str, str]:
    """A service's environment as compose resolves it: ${NAME:-default} and ${NAME:?error}."""
    def resolve(value: str) -> str:
        def one(found: re.Match[str]) -> str:
            name, operator, rest = found.group(1), found.group(2), found.group(3)
            if given.get(name):
                return given[name]
            if operator == ":?":
                raise KeyError(f"{name}: {rest}")
            return rest
        return re.sub(r"\$\{(\w+)(:-|:\?)([^}]*)\}", one, value)
    return {name: resolve(str(value)) for name, value in COMPOSE["services"][service]["environment"].items()}


def caddy_binary() -> str:
    found = shutil.which("caddy")
    if found is None:  # never skipped: the README's test command installs it
        pytest.fail("caddy is not installed; the README's test command installs it (Debian's caddy)")
    return found


def caddy_is_older_than_2_6_4(binary: str) -> bool:
    output = subprocess.run([binary, "version"], capture_output=True, text=True, timeout=10).stdout
    found = re.match(r"v?(\d+)\.(\d+)\.(\d+)", output.strip())
    assert found, output
    return tuple(int(part) for part in found.groups()) < (2, 6, 4)


def wait_for_port(port: int, process: "subprocess.Popen[bytes]", seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                raise AssertionError(f"nothing listens on {port}") from None
            time.sleep(0.1)


@dataclass
class Stack:
    """compose.yaml's services on this machine: redis, bots, caddy; every process stopped after."""

    folder: Path
    processes: list["subprocess.Popen[bytes]"] = field(default_factory=list)
    bots: list[str] = field(default_factory=list)  # each instance's own address
    logs: list[Path] = field(default_factory=list)
    proxy: str = ""
    redis_url: str = ""

    def start_redis(self) -> None:
        command = COMPOSE["services"]["redis"]["command"]
        binary = shutil.which(command[0])
        assert binary, "redis-server is not installed"
        port = free_port()
        process = subprocess.Popen([binary, *command[1:], "--port", str(port), "--bind", "127.0.0.1",
                                    "--dir", str(self.folder)], stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        self.processes.append(process)
        wait_for_port(port, process)
        self.redis_url = f"redis://127.0.0.1:{port}/0"

    def start_bot(self, proxy_port: int, number: int) -> str:
        port = free_port()
        given = {"KYR_SECRET_KEY": SECRET_KEY, "TWILIO_AUTH_TOKEN": TWILIO_TOKEN,
                 "PUBLIC_URL": f"http://127.0.0.1:{proxy_port}", "KYR_METRICS_TOKEN": METRICS_TOKEN}
        environment = compose_environment("bot", given)
        environment["REDIS_URL"] = self.redis_url  # compose's redis://redis:6379/0, on this machine
        keep = {name: value for name, value in os.environ.items()
                if name in ("PATH", "HOME", "TMPDIR", "KYR_CACHE_DIR", "LANG", "VIRTUAL_ENV")}
        command = [part if part != "0.0.0.0" else "127.0.0.1" for part in dockerfile_command()]
        executable = shutil.which(command[0])
        assert executable, command
        log = self.folder / f"bot-{number}.log"
        with log.open("wb") as output:  # a file, not a pipe: a full pipe would stall the server
            process = subprocess.Popen([executable, *command[1:]], stdout=output, stderr=output,
                                       env={**keep, **environment, "PORT": str(port)},
                                       start_new_session=True)
        self.processes.append(process)
        base = f"http://127.0.0.1:{port}"
        wait_until_serving(base, process)
        self.bots.append(base)
        self.logs.append(log)
        return base

    def start_proxy(self, port: int) -> None:
        binary = caddy_binary()
        caddyfile = (REPO / "Caddyfile").read_text(encoding="utf-8")
        assert OLD_CADDY_BUFFERING[0] in caddyfile
        if caddy_is_older_than_2_6_4(binary):
            caddyfile = caddyfile.replace(*OLD_CADDY_BUFFERING)
        config = self.folder / "Caddyfile"
        config.write_text(caddyfile, encoding="utf-8")
        upstreams = " ".join(base.removeprefix("http://") for base in self.bots)
        environment = {"PATH": os.environ.get("PATH", ""), "HOME": str(self.folder),
                       "XDG_DATA_HOME": str(self.folder / "data"),
                       "XDG_CONFIG_HOME": str(self.folder / "config"),
                       "KYR_SITE_ADDRESS": f"http://127.0.0.1:{port}", "KYR_UPSTREAMS": upstreams,
                       "KYR_CADDY_ADMIN": "off"}
        process = subprocess.Popen([binary, "run", "--config", str(config), "--adapter", "caddyfile"],
                                   env=environment, stdout=subprocess.DEVNULL,
                                   stderr=(self.folder / "caddy.log").open("wb"))
        self.processes.append(process)
        wait_for_port(port, process)
        self.proxy = f"http://127.0.0.1:{port}"

    def stop(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                try:
                    os.killpg(process.pid, signal.SIGTERM)
                except (ProcessLookupError, PermissionError):
                    process.terminate()
                except OSError:
                    process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


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


def post_twilio(base: str, proxy: str, form: dict[str, str], timeout: float = 10) -> tuple[int, str]:
    """POST a Twilio webhook signed for the proxy's public address, to `base`."""
    data = urllib.parse.urlencode(form).encode()
    headers = {"X-Twilio-Signature": signature(f"{proxy}/twilio", form),
               "Content-Type": "application/x-www-form-urlencoded"}
    request = urllib.request.Request(f"{base}/twilio", data=data, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, ""


def messages(twiml: str) -> list[str]:
    return re.findall(r"<Message>(.*?)</Message>", twiml, re.DOTALL)


def get(url: str, **headers: str) -> tuple[int, str]:
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


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
    ignored = (REPO / ".dockerignore").read_text(encoding="utf-8").splitlines()
    assert ignored[ignored.index("*") - 1].startswith("#") and "!.env" not in ignored


def test_the_caddyfile_is_valid_for_the_caddy_binary(tmp_path: Path) -> None:
    binary = caddy_binary()
    caddyfile = (REPO / "Caddyfile").read_text(encoding="utf-8")
    if caddy_is_older_than_2_6_4(binary):
        caddyfile = caddyfile.replace(*OLD_CADDY_BUFFERING)
    (tmp_path / "Caddyfile").write_text(caddyfile, encoding="utf-8")
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

SLOW_CLIENTS = 100
PROBES = 20


def _slow_connections(port: int) -> list[socket.socket]:
    """Half the clients send half their headers; the others all headers and part of a body."""
    opened = []
    for number in range(SLOW_CLIENTS):
        connection = socket.create_connection(("127.0.0.1", port), timeout=5)
        if number % 2 == 0:
            connection.sendall(b"POST /twilio HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: appl")
        else:
            connection.sendall(b"POST /twilio HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                               b"application/x-www-form-urlencoded\r\nContent-Length: 900\r\n\r\nBody=")
        opened.append(connection)
    return opened


def _probes_answered(base: str, timeout: float = 3.0) -> int:
    """How many of PROBES concurrent GET /healthz are answered within `timeout` seconds."""
    def probe(_: int) -> bool:
        host, port = base.removeprefix("http://").split(":")
        connection = http.client.HTTPConnection(host, int(port), timeout=timeout)
        try:
            connection.request("GET", "/healthz")
            return connection.getresponse().status == 200
        except OSError:
            return False
        finally:
            connection.close()
    with ThreadPoolExecutor(PROBES) as pool:
        return sum(pool.map(probe, range(PROBES)))


def _while_slow_clients_hold(base: str) -> int:
    port = int(base.rsplit(":", 1)[1])
    held = _slow_connections(port)
    try:
        time.sleep(0.5)  # let the server accept them all
        return _probes_answered(base)
    finally:
        for connection in held:
            connection.close()


def test_slow_clients_do_not_stop_other_requests_behind_the_proxy(stack: Stack) -> None:
    assert _while_slow_clients_hold(stack.proxy) == PROBES
    status, body = post_twilio(stack.proxy, stack.proxy, sms_form("hola", sender="+13125550305",
                                                                  sid="SM-stack-after-slow"))
    assert status == 200 and messages(body)


def test_without_the_proxy_slow_clients_hold_every_worker(stack: Stack) -> None:
    """The reason for the proxy (and a check that the slow clients above really are slow):
    gunicorn's threads wait for each client, so 100 of them leave nothing for anyone else."""
    answered = _while_slow_clients_hold(stack.bots[1])
    assert answered < PROBES // 2, answered
    deadline = time.monotonic() + 10
    while _probes_answered(stack.bots[1], timeout=1) < PROBES:  # and it recovers once they leave
        assert time.monotonic() < deadline


# ---- the image's install ------------------------------------------------------------------------

def test_the_installed_wheel_checks_and_serves_its_bundled_content(tmp_path: Path) -> None:
    """What the Dockerfile does: a regular wheel, `kyr check` at build, then CMD from another
    folder, with the checked content's cache read-only (compose's read_only container)."""
    wheel = tmp_path / "wheel"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                    "-w", str(wheel), str(REPO)], check=True, capture_output=True, timeout=120)
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
    command = [part if part != "0.0.0.0" else "127.0.0.1" for part in dockerfile_command()]
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
