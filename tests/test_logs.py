"""What forged and malformed requests can make the server log: nothing they wrote, and every
line in the configured format."""

import io
import json
import logging
from collections.abc import Iterator

import pytest
from gunicorn.config import Config
from gunicorn.glogging import Logger
from gunicorn.http.errors import InvalidHeaderName, InvalidHTTPVersion

from bot.state import logsafe
from tests.helpers import app, sms_form

WORDS = "Maria Lopez says ICE is here"


@pytest.fixture
def root_output() -> Iterator[io.StringIO]:
    """What the app's handler on the root logger writes, while the test runs."""
    written = io.StringIO()
    app()  # the app's logging is set up once per process
    handlers = [h for h in logging.getLogger().handlers if getattr(h, "kyr_root", False)]
    # Swapped by hand: setStream would flush the old stream, which an earlier test's output
    # capture may have closed already.
    previous = [handler.stream for handler in handlers]  # type: ignore[attr-defined]
    for handler in handlers:
        handler.stream = written  # type: ignore[attr-defined]
    yield written
    for handler, stream in zip(handlers, previous, strict=True):
        handler.stream = stream  # type: ignore[attr-defined]


def test_an_unknown_signature_algorithm_is_refused_without_a_log_line(
        caplog: pytest.LogCaptureFixture) -> None:
    """Each forged request naming an algorithm the library does not know used to write one
    warning line: an unauthenticated way to fill the log."""
    client = app().test_client()
    caplog.set_level(logging.DEBUG)
    for number in range(5):
        response = client.post("/twilio", data=sms_form("hi", sid=f"SM-algo-{number}"), headers={
            "X-Twilio-Signature": "x", "X-Twilio-Webhooks-Signature-Settings": "algorithm=NOPE"})
        assert response.status_code == 403
    assert [record for record in caplog.records if record.levelno >= logging.WARNING] == []


def test_another_librarys_warning_is_written_as_json(root_output: io.StringIO) -> None:
    """Under KYR_LOG_FORMAT=json a library's warning went through Python's last resort, as
    plain text: one line in a JSON log that no parser could read."""
    app(log_format="json")
    try:
        logging.getLogger("redis.connection").warning("Connection to %s lost", "+13125550999")
    finally:
        app()  # text again for the tests after this one
    lines = [json.loads(line) for line in root_output.getvalue().splitlines()]
    assert [line["logger"] for line in lines] == ["redis.connection"]
    assert "3125550999" not in root_output.getvalue()


@pytest.mark.parametrize("error", [InvalidHeaderName(f"{WORDS}: x"),
                                   InvalidHTTPVersion(f"{WORDS} HTTP/1.1")])
def test_gunicorns_own_line_about_a_malformed_request_keeps_none_of_its_text(
        error: Exception, capfd: pytest.CaptureFixture[str]) -> None:
    """gunicorn formats the request's text into its message before logging it; the template
    that logsafe keeps was then the whole text."""
    logsafe.install()
    log = Logger(Config())
    capfd.readouterr()
    log.warning("Invalid request from ip={ip}: {error}".format(ip="203.0.113.9", error=str(error)))
    written = capfd.readouterr().err
    assert "Invalid request from ip=" in written
    assert "Maria" not in written and "ICE" not in written and "203.0.113.9" not in written


def test_every_field_of_a_store_failure_reaches_the_json_log() -> None:
    """"reason=circuit open channel=sms" was read as reason "circuit", and the channel lost."""
    from bot.state.redis_store import CircuitBreaker, RedisStore
    from bot.state.service import Message
    from tests.test_state import service

    store = RedisStore.from_url("redis://127.0.0.1:9/0")  # nothing listens there
    store.breaker = CircuitBreaker(failures=1, seconds=60)
    conversations = service(store)
    written = io.StringIO()
    handler = logging.StreamHandler(written)
    handler.setFormatter(logsafe.JsonLines())
    own = logging.getLogger("kyr.turn")
    own.addHandler(handler)
    try:
        for _ in range(2):  # the first failure opens the circuit; the second finds it open
            conversations.handle(Message("sms", "+13125550940", "hola"))
    finally:
        own.removeHandler(handler)
    failures = [json.loads(line) for line in written.getvalue().splitlines()
                if '"store-unavailable"' in line]
    assert [line["channel"] for line in failures] == ["sms", "sms"]
    assert failures[-1]["reason"] == "circuit-open"


def test_the_masters_publishing_lines_keep_their_counts_and_places() -> None:
    """Under JSON logs the master's "event=content-refused errors=%d: ... %s" lost its arguments
    (gunicorn's logger is not the app's), so the log said errors=%d and never where."""
    record = logsafe.sanitize(logging.LogRecord(
        "gunicorn.error", logging.WARNING, __file__, 1, "event=content-refused errors=%d: %s",
        (2, "flows/officers.yaml:12"), None))
    line = json.loads(logsafe.JsonLines().format(record))
    assert line["event"] == "content-refused" and line["errors"] == "2"
    assert "flows/officers.yaml:12" in line["message"]
    gunicorns = logsafe.sanitize(logging.LogRecord(
        "gunicorn.error", logging.WARNING, __file__, 1, "Invalid request from ip=%s: %s",
        ("203.0.113.9", WORDS), None))
    assert WORDS not in gunicorns.getMessage()  # gunicorn's own lines are still stripped
