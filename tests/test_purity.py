"""The engine is pure: it imports no web or messaging library and does no I/O per message."""

import builtins
import socket
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from bot.conversation import Inbound, State
from bot.engine import Engine

FORBIDDEN = ("flask", "werkzeug", "telegram", "twilio", "httpx", "requests", "aiohttp", "redis",
             "urllib3", "gunicorn", "asyncio")


def test_engine_imports_no_web_messaging_or_async_library() -> None:
    code = ("import sys, bot.engine, bot.chat, bot.check; "
            f"print(sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r}))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == "[]"


@pytest.fixture
def no_io(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Make opening files and sockets fail loudly, and record any attempt."""
    attempts: list[str] = []

    def refuse(kind: str) -> Any:
        def fail(*args: object, **kwargs: object) -> None:
            attempts.append(kind)
            raise AssertionError(f"the engine tried to use {kind}")
        return fail

    monkeypatch.setattr(builtins, "open", refuse("open"))
    monkeypatch.setattr(socket, "socket", refuse("socket"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    yield attempts


def test_a_whole_conversation_runs_without_files_or_sockets(engine: Engine, no_io: list[str]) -> None:
    state: State | None = None
    for text in ["hola", "1", "1", "1", "atras", "english", "2", "1", "1", "help", "language",
                 "2", "nonsense", "borrar", "hi", "4", "60601", "4", "Nueva York", "stop", "start"]:
        turn = engine.handle(state, Inbound(text, received_at=1.0))
        state = turn.state
    assert no_io == []
