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

from tests.helpers import post_signed, sms_form, twiml_bodies, wait_until_serving
from tests.helpers import settings as production_like
from tests.test_serve import KYR, clean_env, free_port, post_form
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
