"""compose.yaml's stack on this machine, run from its own files: redis-server with compose's
command line, app instances with the Dockerfile's command and compose's environment, and the
real `caddy` with the repository's Caddyfile in front. Used by tests/test_deploy.py and
tests/benchmarks/proxy.py."""

import contextlib
import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml

from tests.conftest import REPO
from tests.helpers import TWILIO_TOKEN, signature, wait_until_serving
from tests.redisserver import free_port
from tests.test_serve import KYR, checkout_env

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


def caddyfile_for(binary: str) -> str:
    """The repository's Caddyfile as this caddy binary reads it (one line respelled for 2.6.2)."""
    caddyfile = (REPO / "Caddyfile").read_text(encoding="utf-8")
    assert OLD_CADDY_BUFFERING[0] in caddyfile
    return caddyfile.replace(*OLD_CADDY_BUFFERING) if caddy_is_older_than_2_6_4(binary) else caddyfile


def loopback_command() -> list[str]:
    """The Dockerfile's CMD, listening on loopback instead of every interface."""
    return [part if part != "0.0.0.0" else "127.0.0.1" for part in dockerfile_command()]


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
                                   stderr=subprocess.DEVNULL, start_new_session=True)
        self.processes.append(process)
        wait_for_port(port, process)
        self.redis_url = f"redis://127.0.0.1:{port}/0"

    def start_bot(self, proxy_port: int, number: int, extra: dict[str, str] | None = None) -> str:
        """One app instance, as compose runs it (with `extra` variables on top); its address."""
        port = free_port()
        given = {"KYR_SECRET_KEY": SECRET_KEY, "TWILIO_AUTH_TOKEN": TWILIO_TOKEN,
                 "PUBLIC_URL": f"http://127.0.0.1:{proxy_port}", "KYR_METRICS_TOKEN": METRICS_TOKEN}
        environment = compose_environment("bot", given)
        environment["REDIS_URL"] = self.redis_url  # compose's redis://redis:6379/0, on this machine
        keep = {name: value for name, value in os.environ.items()
                if name in ("PATH", "HOME", "TMPDIR", "KYR_CACHE_DIR", "LANG", "VIRTUAL_ENV")}
        command = loopback_command()
        if command[0] == "kyr":  # this checkout's own, whatever else is on PATH
            command = [*KYR, *command[1:]]
            environment = checkout_env(environment)
        executable = shutil.which(command[0])
        assert executable, command
        log = self.folder / f"bot-{number}.log"
        with log.open("wb") as output:  # a file, not a pipe: a full pipe would stall the server
            process = subprocess.Popen([executable, *command[1:]], stdout=output, stderr=output,
                                       env={**keep, **environment, "PORT": str(port), **(extra or {})},
                                       start_new_session=True)
        self.processes.append(process)
        base = f"http://127.0.0.1:{port}"
        wait_until_serving(base, process)
        self.bots.append(base)
        self.logs.append(log)
        return base

    def start_proxy(self, port: int) -> None:
        binary = caddy_binary()
        config = self.folder / "Caddyfile"
        config.write_text(caddyfile_for(binary), encoding="utf-8")
        upstreams = " ".join(base.removeprefix("http://") for base in self.bots)
        environment = {"PATH": os.environ.get("PATH", ""), "HOME": str(self.folder),
                       "XDG_DATA_HOME": str(self.folder / "data"),
                       "XDG_CONFIG_HOME": str(self.folder / "config"),
                       "KYR_SITE_ADDRESS": f"http://127.0.0.1:{port}", "KYR_UPSTREAMS": upstreams,
                       "KYR_CADDY_ADMIN": "off"}
        with (self.folder / "caddy.log").open("wb") as log:
            process = subprocess.Popen([binary, "run", "--config", str(config), "--adapter",
                                        "caddyfile"], env=environment, stdout=subprocess.DEVNULL,
                                       stderr=log, start_new_session=True)
        self.processes.append(process)
        wait_for_port(port, process)
        self.proxy = f"http://127.0.0.1:{port}"

    def stop(self) -> None:
        for process in reversed(self.processes):  # each leads its own session (gunicorn's workers)
            if process.poll() is None:
                with contextlib.suppress(ProcessLookupError):  # exited meanwhile
                    os.killpg(process.pid, signal.SIGTERM)
        for process in self.processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


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


SLOW_CLIENTS = 100
PROBES = 20


def slow_connections(port: int) -> list[socket.socket]:
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


def probes_answered(base: str, timeout: float = 3.0) -> int:
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


def while_slow_clients_hold(base: str) -> int:
    port = int(base.rsplit(":", 1)[1])
    held = slow_connections(port)
    try:
        time.sleep(0.5)  # let the server accept them all
        return probes_answered(base)
    finally:
        for connection in held:
            connection.close()


