"""A real redis-server for tests, started on a free loopback port, never writing to disk."""

import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import redis
from redis.connection import Connection

NO_DISK = ("--save", "", "--appendonly", "no")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class RedisServer:
    """One redis-server process; can be killed, frozen and restarted on the same port."""

    def __init__(self, folder: Path, persistence: tuple[str, ...] = NO_DISK) -> None:
        binary = shutil.which("redis-server")
        if binary is None:  # never skipped: the privacy proofs need a real server
            pytest.fail("redis-server is not installed; the README's test command installs it")
        self.binary, self.folder, self.persistence = binary, folder, persistence
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process: subprocess.Popen[bytes] | None = None
        self.start()

    def start(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        self.process = subprocess.Popen(
            [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.folder),
             "--daemonize", "no", *self.persistence],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        client = redis.Redis(port=self.port, socket_timeout=0.5)
        deadline = time.monotonic() + 10
        while True:
            try:
                client.ping()
                return
            except redis.RedisError:
                if time.monotonic() > deadline:
                    raise RuntimeError("redis-server did not start") from None
                time.sleep(0.05)

    def client(self) -> "redis.Redis":
        return redis.Redis(port=self.port, socket_timeout=1)

    def kill(self) -> None:
        assert self.process is not None
        self.process.kill()
        self.process.wait(timeout=10)

    def freeze(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGSTOP)

    def thaw(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGCONT)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGCONT)
            self.process.kill()
            self.process.wait(timeout=10)


@contextmanager
def counted_sends() -> Iterator[list[int]]:
    """How many times any Redis connection sent something: one send is one round trip (a
    pipeline is one send)."""
    sent = [0]
    real: Any = Connection.send_packed_command

    def counted(self: Connection, command: Any, check_health: bool = True) -> None:
        sent[0] += 1
        real(self, command, check_health)
    Connection.send_packed_command = counted  # type: ignore[method-assign,assignment]
    try:
        yield sent
    finally:
        Connection.send_packed_command = real  # type: ignore[method-assign]
