"""Canaries: whole conversations on every channel, then proof that nothing about the person is kept.

Unique strings stand in for message texts, phone numbers, chat ids and names. After the
conversations they must appear nowhere: not in any log line of any logger, not in any Redis key
or value, not in /metrics, not in any file written under the working directory or the test run's own temporary
directory (tests/conftest.py gives the run one, so no other program's files come and go there).
"""

import logging
import os
import re
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest

from bot.state import logsafe
from bot.state.pseudonym import DailyTags
from bot.state.redis_store import RedisStore
from tests.conftest import RUN_TMP
from tests.helpers import TELEGRAM_SECRET, FakeBotApi, post_signed, sms_form
from tests.helpers import settings as production_like
from webhooks.app import create_app

PHONE = "+13125559876"
WHATSAPP = "whatsapp:+5215599887766"
CHAT_ID = 7654321987
CANARIES = ("3125559876", "5215599887766", "7654321987", "Zyxcanaryname", "Qcanarylast",
            "canary_handle_x9", "Qwertycanary", "Canarytext", "Canarycaption")


def files_written_since(started: float, roots: list[Path]) -> Iterator[Path]:
    """Every regular file under `roots` modified at or after `started`."""
    for root in roots:
        for folder, _dirs, names in os.walk(root):
            if ".venv" in folder or "/.git" in folder:
                continue
            for name in names:
                path = Path(folder) / name
                try:
                    if path.is_file() and path.stat().st_mtime >= started:
                        yield path
                except OSError:
                    continue


def telegram_update(update_id: int, **message: Any) -> dict[str, Any]:
    user = {"id": CHAT_ID, "is_bot": False, "first_name": "Zyxcanaryname", "last_name": "Qcanarylast",
            "username": "canary_handle_x9", "language_code": "en"}
    chat = {"id": CHAT_ID, "type": "private", "first_name": "Zyxcanaryname",
            "last_name": "Qcanarylast", "username": "canary_handle_x9"}
    return {"update_id": update_id, "message": {"message_id": update_id, "date": int(time.time()),
                                                "from": user, "chat": chat, **message}}


def test_canaries_leave_no_trace(redis_url: str, caplog: pytest.LogCaptureFixture,
                                 capfd: pytest.CaptureFixture[str]) -> None:
    api = FakeBotApi()
    started = time.time() - 1
    caplog.set_level(logging.DEBUG)
    own = logging.getLogger("kyr")  # it does not propagate: listen to it directly
    own.addHandler(caplog.handler)
    for name in ("werkzeug", "gunicorn.error", "telegram", "twilio", "redis", "urllib3"):
        logging.getLogger(name).setLevel(logging.DEBUG)
    try:
        app = create_app(production_like(redis_url=redis_url, telegram_api_url=api.url))
        client = app.test_client()
        sid = iter(range(1, 1000))
        for sender, texts in ((PHONE, ["hola", "1", "Me llamo Qwertycanary, vivo en Canarytext 42", "1",
                                       "la migra esta en mi puerta y Qwertycanary tiene miedo q hago"]),
                              (WHATSAPP, ["hello", "Canarytext-whatsapp-7c1f", "1", "2"])):
            for text in texts:
                response = post_signed(client, sms_form(text, sender=sender, sid=f"SM{next(sid):032d}"))
                assert response.status_code == 200
        headers = {"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET}
        updates = [telegram_update(501, text="hello"), telegram_update(502, text="Canarytext-tg-55aa"),
                   telegram_update(503, text="1"),
                   telegram_update(504, caption="Canarycaption-3b", photo=[
                       {"file_id": "AgAD", "file_unique_id": "AQAD", "width": 9, "height": 9}]),
                   telegram_update(505, text="Officers at my door or in public")]
        for update in updates:
            assert client.post("/telegram", json=update, headers=headers).status_code == 200
        # CLEAR leaves no key named by the person: not the state, not how fast they wrote.
        cleared = post_signed(client, sms_form("BORRAR", sender=PHONE, sid=f"SM{next(sid):032d}"))
        assert cleared.status_code == 200
        pseudonym = app.extensions["kyr"].conversations.pseudonymize("sms", PHONE).encode()
        left = [key for key in cast(RedisStore, app.extensions["kyr"].conversations.store)
                .client.scan_iter("*") if pseudonym in key]
        assert left == [], left
        # Libraries log too; their arguments never reach the output.
        logging.getLogger("werkzeug").info('%s - - "POST /twilio?From=%s" 200', "127.0.0.1", PHONE)
        logging.getLogger("telegram.ext").debug("Processing update %s", updates[1])
        try:
            raise KeyError(f"Zyxcanaryname {PHONE}")
        except KeyError:
            logging.getLogger("kyr.app").exception("event=test-exception")
            logging.getLogger("twilio").exception("failed for %s", PHONE)
    finally:
        api.close()
        own.removeHandler(caplog.handler)

    logged = caplog.text + "\n".join(capfd.readouterr())
    assert "event=option" in logged and "channel=telegram" in logged  # the logs are there
    assert "event=routed" in logged and "match=high" in logged  # free text: node and band only
    store = cast(RedisStore, app.extensions["kyr"].conversations.store)
    keys = cast(list[bytes], list(store.client.scan_iter("*")))
    assert keys, "the conversations are stored"
    stored = b"\n".join([*keys, *(cast(bytes, store.client.get(key)) or b"" for key in keys)])
    for key in keys:
        assert re.fullmatch(rb"kyr:[sdlo]:[0-9a-f]{64}|kyr:r:((sender|notice):[0-9a-f]{64}|replies)"
                            rb":\d+/\d+:[pc]", key), key
    # The operator's counters say what happened, never to whom: no pseudonym, not even a prefix.
    metrics = client.get("/metrics").get_data(as_text=True)
    assert 'kyr_turns_total{channel="telegram"' in metrics and 'channel="whatsapp"' in metrics
    for key in keys:
        pseudonym = key.decode().split(":")[-1] if b":r:" not in key else ""
        assert not pseudonym or pseudonym[:8] not in metrics, f"a pseudonym in /metrics: {key!r}"
    for canary in CANARIES:
        assert canary not in metrics, f"{canary} in /metrics"
    assert Path(tempfile.gettempdir()) == RUN_TMP
    written = list(files_written_since(started, [Path.cwd(), RUN_TMP]))
    for canary in CANARIES:
        assert canary not in logged, f"{canary} in the logs"
        assert canary.encode() not in stored, f"{canary} in Redis"
        for path in written:
            assert canary.encode() not in path.read_bytes(), f"{canary} in {path}"


def test_every_test_named_in_privacy_md_exists() -> None:
    repo = Path(__file__).resolve().parent.parent
    named = set(re.findall(r"`(test_[a-z0-9_]+)`", (repo / "PRIVACY.md").read_text(encoding="utf-8")))
    assert len(named) >= 10
    defined = set()
    for module in (repo / "tests").glob("test_*.py"):
        defined |= set(re.findall(r"^def (test_[a-z0-9_]+)", module.read_text(encoding="utf-8"), re.M))
    assert named - defined == set()


def test_log_lines_do_not_let_anyone_follow_one_person(caplog: pytest.LogCaptureFixture) -> None:
    app = create_app(production_like())
    own = logging.getLogger("kyr")
    own.addHandler(caplog.handler)
    caplog.set_level(logging.INFO)
    try:
        client = app.test_client()
        for number, text in enumerate(["hola", "1", "2", "3"]):
            post_signed(client, sms_form(text, sender=PHONE, sid=f"SM-trail-{number}"))
    finally:
        own.removeHandler(caplog.handler)
    pseudonym = app.extensions["kyr"].conversations.pseudonymize("sms", PHONE)
    lines = [record.getMessage() for record in caplog.records if record.name == "kyr.turn"]
    assert len(lines) == 4
    for line in lines:
        assert not any(pseudonym[start:start + 6] in line for start in range(0, 59)), line
        assert "who=" not in line and "tag=" not in line


def test_turn_tags_for_debugging_change_every_day_and_in_every_process() -> None:
    clock = [1_800_000_000.0]
    tags = DailyTags(clock=lambda: clock[0])
    today = tags("a" * 64)
    assert tags("a" * 64) == today and tags("b" * 64) != today and len(today) == 8
    assert DailyTags(clock=lambda: clock[0])("a" * 64) != today  # another process: another key
    clock[0] += 24 * 60 * 60
    assert tags("a" * 64) != today
    app = create_app(production_like(log_turn_tags=True))
    assert app.extensions["kyr"].conversations.tags is not None


@pytest.mark.parametrize("number", ["+13125559876", "+1 312 555 9876", "(312) 555-9876", "312.555.9876",
                                    "7654321987", "whatsapp:+5215599887766"])
def test_a_number_written_into_a_library_log_message_is_scrubbed(
        number: str, caplog: pytest.LogCaptureFixture) -> None:
    # A library that formats before it logs (an f-string, an exception's text, a request line)
    # puts the number in the message itself, not in the arguments.
    logsafe.install()
    caplog.set_level(logging.DEBUG)
    for name in ("werkzeug", "telegram.ext", "redis", "gunicorn.error"):
        logging.getLogger(name).warning(f"failed to deliver to {number} after 3 tries")
        logging.getLogger(name).info(f"POST /twilio?From={number} 200")
    logged = caplog.text
    assert "failed to deliver to" in logged and "POST /twilio" in logged  # the lines are there
    assert number not in logged and number[-4:] not in logged, logged
