"""The engine is pure: it imports no web or messaging library and does no I/O per message; and
bot/ is layered: content, engine, then release and state, then tools, each importing only below."""

import ast
import builtins
import socket
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from bot.engine.conversation import Inbound, State
from bot.engine.engine import Engine
from tests.conftest import REPO

FORBIDDEN = ("flask", "werkzeug", "telegram", "twilio", "httpx", "requests", "aiohttp", "redis",
             "urllib3", "gunicorn", "asyncio")


def test_engine_imports_no_web_messaging_or_async_library() -> None:
    code = ("import sys, bot.engine.engine, bot.tools.chat, bot.release.check; "
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


# ---- the layout: packages import only downward -------------------------------------------------

LAYERS = {"content": 0, "engine": 1, "release": 2, "state": 2, "tools": 3}
BOT = REPO / "bot"


def _imports() -> dict[str, set[str]]:
    """Every bot module and the bot modules it imports (at any depth of its code)."""
    graph: dict[str, set[str]] = {}
    for path in sorted(BOT.rglob("*.py")):
        name = ".".join(path.relative_to(REPO).with_suffix("").parts).removesuffix(".__init__")
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("bot"):
                found.update(f"{node.module}.{alias.name}" if node.module.count(".") == 1 and
                             (BOT / node.module.split(".")[1] / f"{alias.name}.py").exists()
                             else node.module for alias in node.names)
            elif isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names if alias.name.startswith("bot"))
        graph[name] = found - {name}
    return graph


def test_every_module_lives_in_a_layer_package() -> None:
    loose = [path.name for path in BOT.glob("*.py") if path.name != "__init__.py"]
    assert loose == [], "put each module in bot/content, engine, release, state or tools"
    assert {path.name for path in BOT.iterdir() if (path / "__init__.py").exists()} == set(LAYERS)


def test_packages_import_only_downward() -> None:
    upward = []
    for module, imported in _imports().items():
        if module.count(".") < 2:
            continue
        own = module.split(".")[1]
        for target in imported:
            other = target.split(".")[1]
            if other != own and (LAYERS[other] >= LAYERS[own]):
                upward.append(f"{module} imports {target}")
    assert upward == []


def test_no_circle_between_modules() -> None:
    graph = _imports()
    circles = []

    def visit(module: str, path: tuple[str, ...]) -> None:
        for target in graph.get(module, ()):
            if target in path:
                circles.append(" -> ".join((*path[path.index(target):], target)))
            elif target in graph and target not in seen:
                seen.add(target)
                visit(target, (*path, target))
    for start in graph:
        seen = {start}
        visit(start, (start,))
    assert circles == []
