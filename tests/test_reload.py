"""Publishing without a redeploy: a clean edit is served without a restart and conversations
continue; a broken edit changes nothing people see; under gunicorn, SIGHUP publishes."""

import itertools
import logging
import os
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.release import bounded, load
from tests.helpers import (
    PUBLIC_URL,
    TWILIO_TOKEN,
    post_signed,
    signature,
    sms_form,
    twiml_bodies,
    wait_until_serving,
)
from tests.helpers import settings as production_like
from tests.test_serve import KYR, clean_env, free_port, post_form
from webhooks import gunicorn_hooks
from webhooks.app import create_app
from webhooks.reload import ContentReload, watch

SIDS = itertools.count()
OLD = "You have rights, whatever your immigration status."
NEW = "You have rights, whatever your papers say."


def _say(client: object, text: str) -> list[str]:
    form = sms_form(text, sender="+13125550777", sid=f"SM-reload-{next(SIDS)}")
    return twiml_bodies(post_signed(client, form))  # type: ignore[arg-type]


def _edit(root: Path, old: str, new: str, file: str = "officers.ftl") -> None:
    ftl = root / "locales/en" / file
    ftl.write_text(ftl.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def served_copy(content_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KYR_CONTENT_DIR", str(content_copy))
    return content_copy


def test_a_clean_edit_is_served_at_once_and_the_conversation_continues(served_copy: Path) -> None:
    app = create_app(production_like())
    client = app.test_client()
    reload = ContentReload(app, served_copy)
    assert _say(client, "hello")[0].startswith("Hello.")
    assert _say(client, "1")[0].startswith(OLD)  # in the officers flow now
    assert reload() is False  # nothing changed
    _edit(served_copy, OLD, NEW)
    assert reload() is True
    _say(client, "0")  # back to the main menu, in the same conversation
    assert _say(client, "1")[0].startswith(NEW)  # the same person, new words


def test_a_broken_edit_keeps_the_old_content_and_says_what_is_wrong(
        served_copy: Path, caplog: pytest.LogCaptureFixture) -> None:
    app = create_app(production_like())
    client = app.test_client()
    reload = ContentReload(app, served_copy)
    assert _say(client, "hello")[0].startswith("Hello.")
    _edit(served_copy, "officers-intro = You", "officers-intro = { $nobody You")
    with caplog.at_level(logging.WARNING, logger="kyr.reload"):
        assert reload() is False
    assert "event=content-refused" in caplog.text and "locales/en/officers.ftl:" in caplog.text
    assert _say(client, "1")[0].startswith(OLD)  # people see nothing of it
    assert reload() is False  # said once, not at every wake


def test_the_watch_publishes_a_saved_edit_within_seconds(served_copy: Path) -> None:
    app = create_app(production_like())
    client = app.test_client()
    stop = threading.Event()
    thread = watch(ContentReload(app, served_copy), served_copy, stop)
    try:
        time.sleep(0.5)  # the watch is set up
        _say(client, "hello")
        _edit(served_copy, OLD, NEW)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if app.extensions["kyr"].catalog.localizer.format("en", "officers-intro").startswith(NEW):
                break
            time.sleep(0.1)
        assert _say(client, "1")[0].startswith(NEW)
    finally:
        stop.set()
        thread.join(timeout=5)


@pytest.fixture
def gunicorn_on_copy(content_copy: Path, tmp_path: Path
                     ) -> Iterator[tuple[subprocess.Popen[bytes], str, Path]]:
    """`kyr serve --dev` on a content copy: the gunicorn master's pid, the base URL, the copy.
    (Development mode also watches the files; SIGHUP is what publishes in production.)"""
    port = free_port()
    process = subprocess.Popen([*KYR, "serve", "--dev"], start_new_session=True,
                               env=clean_env(PORT=str(port), KYR_CONTENT_DIR=str(content_copy),
                                             KYR_REPLY_LIMIT="100000/minute"),
                               stdout=subprocess.DEVNULL,
                               stderr=(tmp_path / "serve.log").open("wb"))  # a pipe would fill
    base = f"http://127.0.0.1:{port}"
    wait_until_serving(base, process)
    try:
        yield process, base, content_copy
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=20)


def test_sighup_publishes_a_clean_edit_and_refuses_a_broken_one_without_a_failed_request(
        gunicorn_on_copy: tuple[subprocess.Popen[bytes], str, Path]) -> None:
    process, base, root = gunicorn_on_copy
    statuses: list[int] = []
    bodies: list[str] = []
    stop = threading.Event()

    def keep_asking() -> None:
        while not stop.is_set():
            try:
                status, body = post_form(f"{base}/twilio", sms_form(
                    "hello", sender=f"+1312555{next(SIDS) % 10000:04d}", sid=f"SM-hup-{next(SIDS)}"))
            except OSError as error:  # a request lost while workers were replaced
                status, body = 0, repr(error)
            statuses.append(status)
            bodies.append(body)
    asking = threading.Thread(target=keep_asking)
    asking.start()
    try:
        time.sleep(0.5)
        _edit(root, "main-welcome = Hello.", "main-welcome = Hello there.", "main.ftl")
        os.kill(process.pid, signal.SIGHUP)
        deadline = time.monotonic() + 20
        while not any("Hello there." in body for body in bodies[-3:]):
            assert time.monotonic() < deadline, "the edit was not published"
            time.sleep(0.2)
        _edit(root, "main-welcome = Hello there.", "main-welcome = { $broken Hello there.",
              "main.ftl")
        os.kill(process.pid, signal.SIGHUP)
        time.sleep(4)  # new workers have started on the content that was serving
        count = len(bodies)
        time.sleep(1)
    finally:
        stop.set()
        asking.join(timeout=10)
    assert statuses and set(statuses) == {200}, [b for s, b in zip(statuses, bodies, strict=True) if s != 200]
    assert all("Hello there." in body for body in bodies[count:])  # not the broken edit


# ---- what the master does while it checks ----------------------------------------------------------

class FakeMaster:
    """What Publisher uses of gunicorn's master: its workers, its log, its wakeup."""

    def __init__(self) -> None:
        self.WORKERS: dict[int, object] = {}
        self.log = logging.getLogger("kyr.tests.master")  # kyr.*: kept whole by logsafe
        self.woken = threading.Event()

    def wakeup(self) -> None:
        self.woken.set()


def _slow_refusal(record: Path) -> object:
    """A check (in the publish's child) that takes a moment, notes that it ran, and refuses."""
    from bot.content.problems import Problem
    from bot.release.check import Checked

    def check(*args: object) -> Checked:
        with record.open("a", encoding="utf-8") as notes:
            notes.write("checked\n")
        time.sleep(0.5)
        return Checked([Problem("locales/en/main.ftl", 1, "broken on purpose")], None)
    return check


def _settled(master: FakeMaster, publisher: "gunicorn_hooks.Publisher") -> None:
    """What the master's loop does once the waiting thread wakes it."""
    assert master.woken.wait(timeout=60), "the check's outcome never came"
    master.woken.clear()
    publisher.settle()


def test_sighup_returns_at_once_and_a_sighup_during_a_check_asks_for_one_more(
        served_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    record = tmp_path / "checks.txt"
    monkeypatch.setenv("KYR_CACHE_DIR", str(tmp_path / "cache"))  # nothing compiled yet
    monkeypatch.setattr(load, "check_and_build", _slow_refusal(record))
    monkeypatch.setenv(gunicorn_hooks.PUBLISHED_ENV, "the-key-being-served")
    master = FakeMaster()
    publisher = gunicorn_hooks.Publisher(master)
    with caplog.at_level(logging.INFO, logger="kyr.tests.master"):
        started = time.monotonic()
        publisher.request()
        publisher.request()  # two more SIGHUPs while the check runs: one more check after it
        publisher.request()
        assert time.monotonic() - started < 0.5  # the master's loop was not held
        _settled(master, publisher)
        assert caplog.text.count("event=content-refused") == 1 and "broken on purpose" in caplog.text
        _settled(master, publisher)
    assert caplog.text.count("event=content-refused") == 2 and publisher.running is None
    assert record.read_text(encoding="utf-8").count("checked") == 2
    assert os.environ[gunicorn_hooks.PUBLISHED_ENV] == "the-key-being-served"


def test_a_check_that_runs_away_is_refused_and_the_master_keeps_its_content(
        served_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    def spin(*args: object) -> None:
        while True:
            pass
    monkeypatch.setenv("KYR_CACHE_DIR", str(tmp_path / "cache"))  # nothing compiled yet
    monkeypatch.setattr(load, "check_and_build", spin)
    monkeypatch.setattr(load, "PUBLISH_LIMITS", bounded.Limits(256 << 20, 1, 3))
    monkeypatch.setenv(gunicorn_hooks.PUBLISHED_ENV, "the-key-being-served")
    master = FakeMaster()
    publisher = gunicorn_hooks.Publisher(master)
    with caplog.at_level(logging.INFO, logger="kyr.tests.master"):
        publisher.request()
        _settled(master, publisher)
    assert "event=content-refused errors=1" in caplog.text and "ran out of time" in caplog.text
    assert os.environ[gunicorn_hooks.PUBLISHED_ENV] == "the-key-being-served"


def test_a_sighup_whose_check_cannot_start_is_logged_and_the_master_goes_on(
        served_copy: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    def no_fork() -> int:
        raise BlockingIOError(11, "Resource temporarily unavailable")
    monkeypatch.setattr(os, "fork", no_fork)
    master = FakeMaster()
    publisher = gunicorn_hooks.Publisher(master)
    with caplog.at_level(logging.INFO, logger="kyr.tests.master"):
        publisher.request()  # raised into gunicorn's loop, this would stop the master
    assert "event=content-publish-failed" in caplog.text and publisher.running is None


def test_the_checks_child_holds_no_listening_socket(
        served_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    class Listener:  # gunicorn's socket wrapper: close() closes the socket
        def __init__(self) -> None:
            self.sock = socket.create_server(("127.0.0.1", 0))

        def close(self) -> None:
            self.sock.close()
    listener = Listener()
    seen = tmp_path / "seen.txt"

    def check(*args: object) -> object:
        seen.write_text(str(listener.sock.fileno()), encoding="utf-8")  # -1 once closed
        raise RuntimeError("only looking")
    monkeypatch.setenv("KYR_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(load, "check_and_build", check)
    master = FakeMaster()
    master.LISTENERS = [listener]  # type: ignore[attr-defined]
    publisher = gunicorn_hooks.Publisher(master)
    try:
        publisher.request()
        _settled(master, publisher)
        assert seen.read_text(encoding="utf-8") == "-1"
        assert listener.sock.fileno() != -1  # the master's own is untouched
    finally:
        listener.close()


SECRET = "5f1c0d7e9a3b44c1b2e8d7f60a19c4e6a8"


@pytest.fixture
def gunicorn_production(content_copy: Path, tmp_path: Path
                        ) -> Iterator[tuple[subprocess.Popen[bytes], str, Path, Path]]:
    """`kyr serve` as in production (no watch: only SIGHUP publishes) on a content copy: the
    master, the base URL, the copy and the log."""
    port = free_port()
    log = tmp_path / "serve.log"
    process = subprocess.Popen([*KYR, "serve"], start_new_session=True,
                               env=clean_env(PORT=str(port), KYR_CONTENT_DIR=str(content_copy),
                                             KYR_REPLY_LIMIT="100000/minute",
                                             TWILIO_AUTH_TOKEN=TWILIO_TOKEN, PUBLIC_URL=PUBLIC_URL),
                               stdout=subprocess.DEVNULL, stderr=log.open("wb"))
    base = f"http://127.0.0.1:{port}"
    wait_until_serving(base, process, seconds=120)
    try:
        yield process, base, content_copy, log
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=20)


def _signed(base: str, text: str, sender: str) -> str:
    form = sms_form(text, sender=sender, sid=f"SM-hostile-{next(SIDS)}")
    status, body = post_form(f"{base}/twilio", form,
                             {"X-Twilio-Signature": signature(f"{PUBLIC_URL}/twilio", form)})
    assert status == 200
    return body


def _wait_for(log: Path, text: str, seconds: float = 120) -> str:
    deadline = time.monotonic() + seconds
    while text not in (said := log.read_text(encoding="utf-8", errors="replace")):
        assert time.monotonic() < deadline, f"{text!r} never came"
        time.sleep(0.2)
    return said


def test_sighup_refuses_a_link_to_a_key_file_and_its_value_is_never_sent(
        gunicorn_production: tuple[subprocess.Popen[bytes], str, Path, Path],
        tmp_path_factory: pytest.TempPathFactory) -> None:
    process, base, root, log = gunicorn_production
    elsewhere = tmp_path_factory.mktemp("deploy")
    (elsewhere / "deploy.env").write_text(f"TWILIO_AUTH_TOKEN=0123\nKYR_SECRET_KEY={SECRET}\n",
                                          encoding="utf-8")
    (root / "locales/en/zz_env.ftl").symlink_to(elsewhere / "deploy.env")
    _edit(root, "in December 2026.", "in December 2026. { KYR_SECRET_KEY }", "limits.ftl")
    os.kill(process.pid, signal.SIGHUP)
    said = _wait_for(log, "event=content-refused")
    assert "locales/en/zz_env.ftl:1: is a symbolic link" in said
    replies = [_signed(base, text, "+13125550901") for text in ("hello", "6", "1", "0", "6")]
    assert "last checked against its sources" in " ".join(replies)  # the message, as it was
    assert not any(SECRET in reply for reply in replies)
    assert SECRET not in log.read_text(encoding="utf-8", errors="replace")


def test_the_master_replaces_a_worker_while_a_publish_is_being_checked(
        gunicorn_production: tuple[subprocess.Popen[bytes], str, Path, Path]) -> None:
    process, base, root, log = gunicorn_production
    booted = log.read_text(encoding="utf-8").count("Booting worker")
    worker = int(log.read_text(encoding="utf-8").rsplit("Booting worker with pid: ", 1)[1].split()[0])
    _edit(root, "main-welcome = Hello.", "main-welcome = Hello, again.", "main.ftl")
    os.kill(process.pid, signal.SIGHUP)  # a full check of an edit not seen before: seconds
    time.sleep(0.3)
    os.kill(worker, signal.SIGKILL)  # the only worker: nothing is served until it is replaced
    said = _wait_for(log, "event=content-published")
    replaced = said.find("Booting worker", said.find(f"pid:{worker}"))
    assert said.count("Booting worker") > booted
    assert -1 < replaced < said.find("event=content-published"), said[-3000:]
    deadline = time.monotonic() + 60  # the new worker swaps the edit in once it is told to
    while "Hello, again." not in _signed(base, "hello", f"+1312555{next(SIDS) % 10000:04d}"):
        assert time.monotonic() < deadline, "the edit was not published"
        time.sleep(0.2)
