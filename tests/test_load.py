"""Content is checked once and built once; later starts load the compiled catalog, and an edit
that breaks the content still stops it being served."""

import os
from pathlib import Path

import pytest

from bot.content.problems import ContentError
from bot.engine.catalog import Catalog
from bot.release import check, load


@pytest.fixture
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache directory and an empty in-process memo."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("KYR_CACHE_DIR", str(folder))
    monkeypatch.setattr(load, "_LOADED", {})
    return folder


def _checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Record every full check that runs."""
    seen: list[Path] = []
    real = check.check_and_build

    def counted(root: Path, *args: object) -> object:
        seen.append(root)
        return real(root, *args)  # type: ignore[arg-type]
    monkeypatch.setattr(load, "check_and_build", counted)
    return seen


def test_a_second_start_loads_the_compiled_catalog_without_checking_again(
        content_copy: Path, private_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    checks = _checks(monkeypatch)
    first = load.load_catalog(content_copy)
    assert len(checks) == 1 and len(list((private_cache / "catalogs").glob("*.pickle"))) == 1
    monkeypatch.setattr(load, "_LOADED", {})  # a new process: only the file is left
    second = load.load_catalog(content_copy)
    assert len(checks) == 1
    assert isinstance(second, Catalog) and second is not first
    assert second.localizer.format("es", "shared-help") == first.localizer.format("es", "shared-help")
    assert second.places.parse_zip("60601") == "IL"


def test_an_edit_that_breaks_the_content_is_refused_though_a_compiled_copy_exists(
        content_copy: Path, private_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    load.load_catalog(content_copy)
    monkeypatch.setattr(load, "_LOADED", {})
    flow = content_copy / "flows/officers.yaml"
    flow.write_text(flow.read_text(encoding="utf-8").replace("officers-no-sign", "officers-no-sing"),
                    encoding="utf-8")
    with pytest.raises(ContentError, match="officers-no-sing"):
        load.load_catalog(content_copy)


def test_a_good_edit_is_checked_and_served(content_copy: Path, private_cache: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    checks = _checks(monkeypatch)
    load.load_catalog(content_copy)
    help_file = content_copy / "locales/en/shared.ftl"
    help_file.write_text(help_file.read_text(encoding="utf-8") + "\nshared-extra = One more.\n",
                         encoding="utf-8")
    edited = load.load_catalog(content_copy)
    assert len(checks) == 2 and edited.localizer.format("en", "shared-extra") == "One more."


def test_a_cache_others_could_write_is_never_loaded(
        content_copy: Path, private_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    checks = _checks(monkeypatch)
    load.load_catalog(content_copy)
    monkeypatch.setattr(load, "_LOADED", {})
    (compiled,) = (private_cache / "catalogs").glob("*.pickle")
    os.chmod(compiled, 0o666)  # anyone may have replaced it: loading it could run their code
    load.load_catalog(content_copy)
    assert len(checks) == 2


def test_a_damaged_compiled_file_is_rebuilt(content_copy: Path, private_cache: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    load.load_catalog(content_copy)
    monkeypatch.setattr(load, "_LOADED", {})
    (compiled,) = (private_cache / "catalogs").glob("*.pickle")
    compiled.write_bytes(compiled.read_bytes()[:1000])  # an interrupted write
    assert isinstance(load.load_catalog(content_copy), Catalog)


def test_kyr_check_keeps_its_answer_for_unchanged_content_and_checks_an_edit(
        content_copy: Path, private_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    checks = _checks(monkeypatch)
    assert load.checked_problems(content_copy) == []
    assert load.checked_problems(content_copy) == [] and len(checks) == 1  # kept
    load.load_catalog(content_copy)
    assert len(checks) == 1  # the check of clean content also kept its catalog for the start
    ftl = content_copy / "locales" / "en" / "main.ftl"
    ftl.write_text(ftl.read_text(encoding="utf-8") + "broken = { $\n", encoding="utf-8")
    problems = load.checked_problems(content_copy)
    assert len(checks) == 2 and any("main.ftl" in str(problem) for problem in problems)
    assert load.checked_problems(content_copy) == problems and len(checks) == 2
