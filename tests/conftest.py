"""Shared fixtures: the bundled content, loaded and checked once per test session."""

import atexit
import hmac
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.engine.catalog import Catalog
from bot.engine.engine import Engine
from bot.release.load import load_catalog
from tests.redisserver import RedisServer

REPO = Path(__file__).resolve().parent.parent
# The run's own temporary directory, for this process and every subprocess it starts: the privacy
# test scans it, and no other program on the machine can add or remove files in it meanwhile.
RUN_TMP = Path(tempfile.mkdtemp(prefix="kyr-tests-"))
os.environ["TMPDIR"] = tempfile.tempdir = str(RUN_TMP)
# Parsed and compiled content is cached there too: the first app of the run checks and builds,
# every later one (and every subprocess) loads the result; the next run starts cold again.
os.environ["KYR_CACHE_DIR"] = str(RUN_TMP / "cache")
atexit.register(shutil.rmtree, RUN_TMP, ignore_errors=True)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-snapshots", action="store_true",
                     help="rewrite the rendered snapshots beside the golden transcripts")


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog(REPO)


@pytest.fixture(scope="session")
def engine(catalog: Catalog) -> Engine:
    return Engine(catalog)


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    """A real redis-server shared by the tests that only read and write keys."""
    server = RedisServer(tmp_path_factory.mktemp("redis"))
    yield server
    server.stop()


@pytest.fixture
def compared_digests(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, Any]]:
    """Every pair given to hmac.compare_digest while the test runs (it still compares them)."""
    compared: list[tuple[Any, Any]] = []
    constant_time = hmac.compare_digest

    def spy(a: Any, b: Any) -> bool:
        compared.append((a, b))
        return constant_time(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    return compared


@pytest.fixture
def redis_url(redis_server: RedisServer) -> str:
    """The shared server, emptied for this test."""
    redis_server.client().flushall()
    return redis_server.url


@pytest.fixture
def own_redis(tmp_path: Path) -> Iterator[RedisServer]:
    """A redis-server of this test's own, to kill or freeze."""
    server = RedisServer(tmp_path / "redis")
    yield server
    server.stop()


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled flows and locales, for tests that break them."""
    for folder in ("flows", "locales"):
        shutil.copytree(REPO / folder, tmp_path / folder)
    return tmp_path
