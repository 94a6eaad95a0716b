"""Shared fixtures: the bundled content, loaded and checked once per test session."""

import shutil
from pathlib import Path

import pytest

from bot.catalog import Catalog, load_catalog
from bot.engine import Engine

REPO = Path(__file__).resolve().parent.parent


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-snapshots", action="store_true",
                     help="rewrite the rendered snapshots beside the golden transcripts")


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog(REPO)


@pytest.fixture(scope="session")
def engine(catalog: Catalog) -> Engine:
    return Engine(catalog)


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled flows and locales, for tests that break them."""
    for folder in ("flows", "locales"):
        shutil.copytree(REPO / folder, tmp_path / folder)
    return tmp_path
