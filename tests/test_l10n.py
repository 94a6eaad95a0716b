"""Mozilla's compare-locales over l10n.toml: every translation has the structure of English.

The same check as `compare-locales l10n.toml .`, run in-process through the library's own entry
points (the ones its command line calls), so it needs no console script and no subprocess.
Errors fail the test; missing and obsolete strings do not (places.ftl differs by design).
"""

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest
from compare_locales.compare import compareProjects
from compare_locales.paths import TOMLParser

from bot.content.localization import FALLBACK_LOCALE, shipped_locales
from tests.conftest import REPO

CONFIG = "l10n.toml"


class Finding(NamedTuple):
    """One line of compare-locales' details: the file (relative to the base) and what it says."""

    path: str
    kind: str  # "error", "warning", "missingEntity", "obsoleteEntity", "missingFile", ...
    text: str


class Report(NamedTuple):
    locales: list[str]
    summary: dict[str, dict[str, int]]  # locale -> counter ("errors", "changed", ...) -> value
    findings: list[Finding]
    error: bool  # compare-locales' own verdict: the command would exit 1


def compare(root: Path, locales: list[str] | None = None) -> Report:
    """Compare every locale l10n.toml lists (or only `locales`) with English, under `root`."""
    base = str(root)
    config = TOMLParser().parse(str(root / CONFIG), env={"l10n_base": base})
    observers = compareProjects([config], list(locales or []), base)
    data = observers.toJSON()
    summary = {str(locale): {str(key): int(value) for key, value in counts.items()}
               for locale, counts in data["summary"].items()}
    return Report([str(locale) for locale in config.all_locales], summary,
                  list(_findings(data["details"], "")), bool(observers.error))


def _findings(node: object, path: str) -> Iterator[Finding]:
    """Flatten the details tree, whose keys are path segments that files share."""
    if isinstance(node, dict):
        for key, child in node.items():
            yield from _findings(child, f"{path}/{key}" if path else str(key))
    elif isinstance(node, list):
        for item in node:
            for kind, text in item.items():
                yield Finding(path, str(kind), "" if text is None else str(text))


def errors(report: Report) -> list[str]:
    return [f"{f.path}: {f.text}" for f in report.findings if f.kind == "error"]


@pytest.fixture(scope="module")
def report() -> Report:
    return compare(REPO)


def test_l10n_toml_lists_every_translation() -> None:
    config = TOMLParser().parse(str(REPO / CONFIG), env={"l10n_base": str(REPO)})
    translations = [code for code in shipped_locales(REPO / "locales") if code != FALLBACK_LOCALE]
    assert sorted(config.all_locales) == sorted(translations), (
        f"the locales list in {CONFIG} must name every folder of locales/ but {FALLBACK_LOCALE}")


def test_compare_locales_finds_no_errors(report: Report) -> None:
    found = errors(report)
    assert not found, "compare-locales errors (fix the translation, keep English's structure):\n" \
        + "\n".join(found)
    assert not report.error
    assert all(report.summary[code]["errors"] == 0 for code in report.summary)


def test_every_listed_locale_was_compared(report: Report) -> None:
    # A pattern in l10n.toml that matched no file would make the check above pass vacuously.
    assert set(report.summary) == set(report.locales)
    assert all(report.summary[code]["changed"] > 100 for code in report.locales)
    assert not any(f.path.endswith(".yaml") for f in report.findings)  # only .ftl in scope


def test_an_attribute_english_lacks_is_an_error_that_names_file_and_message(
        content_copy: Path) -> None:
    shutil.copy(REPO / CONFIG, content_copy / CONFIG)
    privacy = content_copy / "locales/ar/privacy.ftl"
    text = privacy.read_text(encoding="utf-8")
    line = "privacy-choice-telegram = تيليجرام\n"
    assert line in text
    privacy.write_text(text.replace(line, line + "    .keywords = telegram\n"), encoding="utf-8")
    found = compare(content_copy, ["ar"])
    assert found.error
    [error] = errors(found)
    assert error.startswith("locales/ar/privacy.ftl: Obsolete attribute: keywords at line ")
    assert error.endswith(" for privacy-choice-telegram")
