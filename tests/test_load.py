"""Content is checked once and built once; later starts load the compiled catalog, and an edit
that breaks the content still stops it being served."""

import os
import threading
import time
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


# ---- the running server's secrets ------------------------------------------------------------------

WEBHOOK_SECRET = "correct-horse-battery-staple-42"  # no secret's shape: only its value tells


def _append_to_limits(root: Path, text: str) -> None:
    """Words added to a message people see (About this service)."""
    ftl = root / "locales/en/limits.ftl"
    ftl.write_text(ftl.read_text(encoding="utf-8").replace("in December 2026.",
                                                           f"in December 2026. {text}", 1),
                   encoding="utf-8")


@pytest.mark.parametrize("written", [WEBHOOK_SECRET, WEBHOOK_SECRET.upper().replace("-", " "),
                                     '{"correct-horse-"}{"battery-staple-42"}'])
def test_a_message_holding_the_running_servers_secret_is_refused_at_publish(
        content_copy: Path, private_cache: Path, monkeypatch: pytest.MonkeyPatch,
        written: str) -> None:
    _append_to_limits(content_copy, written)
    # Where the secret is unknown (kyr check at build time), the content is clean and compiled.
    monkeypatch.delenv("TELEGRAM_WEBHOOK_SECRET", raising=False)
    assert load.checked_problems(content_copy) == []
    monkeypatch.setenv("TELEGRAM_WEBHOOK_SECRET", WEBHOOK_SECRET)
    for attempt in (load.publish, load.load_catalog, load.publish_bounded):
        with pytest.raises(ContentError) as refused:
            attempt(content_copy)
        said = str(refused.value)
        assert "locales/en/limits.ftl:1: holds the value of TELEGRAM_WEBHOOK_SECRET" in said
        assert "battery" not in said.lower()
    said = " ".join(str(problem) for problem in load.checked_problems(content_copy))
    assert "holds the value of TELEGRAM_WEBHOOK_SECRET" in said  # the studio says so too


@pytest.mark.parametrize(("variable", "value", "written"), [
    ("KYR_SECRET_KEY", "correct-horse-battery-staple", "correct horse battery staple"),
    ("TWILIO_AUTH_TOKEN", "correct-horse-battery-staple", "correct-horse-battery-staple"),
    ("TELEGRAM_BOT_TOKEN", "123456789:correct-horse-battery", "correct-horse-battery"),
    ("TELEGRAM_WEBHOOK_SECRET", "correct-horse-battery-staple", "Correct Horse Battery Staple"),
    ("KYR_METRICS_TOKEN", "correct-horse-battery-staple", "correct_horse_battery_staple"),
    ("REDIS_URL", "redis://:correct-horse-battery@redis:6379/0", "correct-horse-battery"),
    ("SENTRY_DSN", "https://correct-horse-battery-staple@o1.ingest.example/1",
     "correct-horse-battery-staple"),
])
def test_each_secret_of_the_server_is_looked_for(content_copy: Path, variable: str, value: str,
                                                 written: str) -> None:
    from bot.content.files import read_content
    from bot.content.leaks import leaked_secrets, server_secrets
    _append_to_limits(content_copy, written)
    found = leaked_secrets(read_content(content_copy), server_secrets({variable: value}))
    assert [p.path for p in found] == ["locales/en/limits.ftl"]
    assert variable in found[0].message and written not in found[0].message


def test_short_or_unset_values_are_not_looked_for(content_copy: Path) -> None:
    from bot.content.files import read_content
    from bot.content.leaks import leaked_secrets, server_secrets
    _append_to_limits(content_copy, "the word information again")
    env = {"KYR_SECRET_KEY": "", "TWILIO_AUTH_TOKEN": "info", "REDIS_URL": "redis://redis:6379/0",
           "MONKEY_BUSINESS": "information"}
    assert leaked_secrets(read_content(content_copy), server_secrets(env)) == []


# ---- the publish's child process -------------------------------------------------------------------

def _runaway(kind: str) -> object:
    """A check that never ends: it spins, or it takes all the memory it can."""
    def check(*args: object) -> object:
        hoard = []
        while True:
            if kind == "memory":
                hoard.append(bytearray(16 << 20))
    return check


@pytest.mark.parametrize(("kind", "says"), [("time", "ran out of time"),
                                            ("memory", "ran out of memory")])
def test_a_publish_whose_check_exceeds_its_limits_is_refused_while_the_caller_carries_on(
        content_copy: Path, private_cache: Path, monkeypatch: pytest.MonkeyPatch, kind: str,
        says: str) -> None:
    from bot.release import bounded
    monkeypatch.setattr(load, "check_and_build", _runaway(kind))
    limits = bounded.Limits(memory_bytes=256 << 20, cpu_seconds=2, wall_seconds=4)
    started = time.monotonic()
    running = load.start_publish(content_copy, limits=limits)
    assert time.monotonic() - started < 1  # started, not waited for
    outcome: list[bounded.Outcome] = []
    waiting = threading.Thread(target=lambda: outcome.append(running.wait()))
    waiting.start()
    beats = 0
    while waiting.is_alive() and time.monotonic() - started < 30:
        beats += 1  # this process goes on with its own work meanwhile
        time.sleep(0.01)
    waiting.join(timeout=1)
    assert outcome and beats >= 5
    assert time.monotonic() - started < 15
    with pytest.raises(ContentError, match=says) as refused:
        load.published_key(outcome[0], limits)
    assert refused.value.problems[0].path == "content"
    assert not list((private_cache / "catalogs").glob("*.pickle"))  # nothing was compiled
