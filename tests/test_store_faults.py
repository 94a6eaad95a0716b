"""What a failure in the middle of a turn does: retries answered, unsaved menus never sent, and a
Redis that starts persisting at run time written nothing; against a real Redis where it matters."""

import json
import threading
import time
from pathlib import Path
from typing import Any, cast

import pytest

from bot.state import redis_store
from bot.state.redis_store import CircuitBreaker, PersistenceUnknown, RedisStore
from bot.state.service import Conversations, Message
from bot.state.store import MemoryStore, NotSaved, StoreUnavailable
from tests.helpers import post_signed, sms_form, twiml_bodies
from tests.helpers import settings as production_like
from tests.redisserver import NO_DISK, RedisServer
from tests.test_state import Clock, say, service
from webhooks import twilio_channel
from webhooks.app import build_store, create_app
from webhooks.settings import Settings


class Boom(Exception):
    """A failure while the reply is being produced (a bug, a worker being stopped)."""


def _failing_once() -> Any:
    calls = {"count": 0}

    def produce(turn: Any) -> Any:
        calls["count"] += 1
        if calls["count"] == 1:
            raise Boom
        return turn
    return produce


# ---- a claim, then confirm or release --------------------------------------------------------

def test_a_retry_after_a_failed_reply_is_answered() -> None:
    conversations = service(MemoryStore())
    produce = _failing_once()
    message = Message("sms", "+13125550901", "hola", delivery="SM-fails-once")
    with pytest.raises(Boom):
        conversations.respond(message, produce)
    retried = conversations.respond(message, produce)
    assert retried is not None and retried.reply.messages[0].id == "main-welcome"
    assert conversations.respond(message, produce) is None  # answered now: a later retry is not


def test_a_retry_after_a_500_from_the_webhook_is_answered(monkeypatch: pytest.MonkeyPatch) -> None:
    client = create_app(production_like()).test_client()
    real = twilio_channel.twiml
    failures = iter([True])
    monkeypatch.setattr(twilio_channel, "twiml",
                        lambda *args: (_ for _ in ()).throw(Boom) if next(failures, False) else real(*args))
    form = sms_form("hola", sid="SM-500-then-retry")
    assert post_signed(client, form).status_code == 500
    assert twiml_bodies(post_signed(client, form))[0].startswith("Hola.")


def test_a_claim_left_by_a_dead_worker_expires(redis_url: str, monkeypatch: pytest.MonkeyPatch
                                               ) -> None:
    monkeypatch.setattr(redis_store, "CLAIM_SECONDS", 0.3)
    store = RedisStore.from_url(redis_url)
    conversations = service(store)
    delivery = conversations.pseudonymize("sms:delivery", "SM-dead-worker")
    assert store.claim_delivery(delivery) is not None  # the worker claimed it, then was killed
    started = time.monotonic()
    # The provider's retry waits for the dead worker's claim to run out, then is answered.
    assert say(conversations, "hola", delivery="SM-dead-worker")[0] == "main-welcome"
    assert 0.25 < time.monotonic() - started < 1.0
    started = time.monotonic()
    assert say(conversations, "hola", delivery="SM-dead-worker") == []  # answered: at once
    assert time.monotonic() - started < 0.2


def test_concurrent_duplicates_get_one_answer_in_total(redis_url: str) -> None:
    clients = [create_app(production_like(redis_url=redis_url)).test_client() for _ in range(2)]
    for pair in range(20):
        form = sms_form("hola", sender=f"+1312555{pair:04d}", sid=f"SM-pair-{pair}")
        start, answers = threading.Barrier(2), list[list[str]]()

        def send(client: Any, form: dict[str, str] = form, start: threading.Barrier = start,
                 answers: list[list[str]] = answers) -> None:
            start.wait()
            answers.append(twiml_bodies(post_signed(client, form)))
        threads = [threading.Thread(target=send, args=(client,)) for client in clients]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(len(bodies) > 0 for bodies in answers) == [False, True], answers


# ---- a save that fails -----------------------------------------------------------------------

class SaveFails(MemoryStore):
    """Reads work, writes of state fail: the menu the engine built would not be remembered."""

    def save(self, key: str, value: dict[str, Any]) -> None:
        raise StoreUnavailable("TimeoutError")


def test_a_failed_save_sends_the_stateless_reply_not_an_unsaved_menu() -> None:
    turn = service(SaveFails()).handle(Message("sms", "+13125550902", "hola", delivery="SM-x"))
    assert turn is not None and turn.event == "stateless"
    assert turn.reply.choices == ()  # no numbered options that the next "1" could not follow


def test_a_failed_save_over_the_webhook_has_no_menu() -> None:
    client = create_app(production_like(), store=SaveFails()).test_client()
    bodies = twiml_bodies(post_signed(client, sms_form("hola", sid="SM-save-fails")))
    assert bodies[0].startswith("Ahora no puedo recordar") and "1)" not in "".join(bodies)


# ---- persistence switched on while running ---------------------------------------------------

def _store_on(server: RedisServer, clock: Clock) -> tuple[RedisStore, Conversations]:
    store = RedisStore.from_url(server.url)
    store._clock = clock
    store.verify()
    return store, Conversations(service(store).engine, store, service(store).pseudonymize)


@pytest.mark.parametrize("setting", [("save", "1 1"), ("appendonly", "yes")])
def test_persistence_turned_on_at_run_time_stops_every_write_within_a_minute(
        own_redis: RedisServer, setting: tuple[str, str], caplog: pytest.LogCaptureFixture) -> None:
    clock = Clock()
    _store, conversations = _store_on(own_redis, clock)
    client = own_redis.client()
    assert say(conversations, "hola", sender="+13125550910", delivery="SM-p1")[0] == "main-welcome"
    client.config_set(*setting)
    clock.now += redis_store.RECHECK_SECONDS
    keys_before = sorted(cast(list[bytes], client.keys("*")))
    turn = conversations.handle(Message("sms", "+13125550910", "1", delivery="SM-p2"))
    assert turn is not None and turn.name.startswith("stateless") and turn.reply.choices == ()
    assert sorted(cast(list[bytes], client.keys("*"))) == keys_before  # no state, no dedupe record, no lock
    assert "event=redis-persists" in caplog.text and "reason=redis-persists" in caplog.text
    client.config_set(*{"save": ("save", ""), "appendonly": ("appendonly", "no")}[setting[0]])
    clock.now += redis_store.RECHECK_SECONDS
    assert say(conversations, "hola", sender="+13125550911", delivery="SM-p3")[0] == "main-welcome"
    assert client.keys("kyr:s:*")


def test_a_redis_restarted_with_persistence_is_noticed_on_reconnect(tmp_path: Path) -> None:
    server = RedisServer(tmp_path / "restarted")
    try:
        clock = Clock()
        store, conversations = _store_on(server, clock)
        assert say(conversations, "hola", sender="+13125550920", delivery="SM-r1")
        server.kill()
        server.persistence = ("--save", "3600 1", "--appendonly", "no")
        server.start()
        say(conversations, "1", sender="+13125550920", delivery="SM-r2")  # the old socket fails
        store.breaker._opened_at = None  # no need to wait out the breaker here
        turn = conversations.handle(Message("sms", "+13125550920", "hola", delivery="SM-r3"))
        assert turn is not None and turn.name.startswith("stateless")  # well within a minute
        assert server.client().keys("*") == []
    finally:
        server.persistence = NO_DISK
        server.stop()


def test_a_redis_that_hides_its_config_is_refused_unless_the_operator_vouches(tmp_path: Path) -> None:
    server = RedisServer(tmp_path / "no-config", persistence=(*NO_DISK, "--rename-command", "CONFIG", ""))
    try:
        with pytest.raises(PersistenceUnknown, match="KYR_ALLOW_REDIS_PERSISTENCE=1"):
            build_store(Settings(redis_url=server.url))
        vouched = build_store(Settings(redis_url=server.url, allow_redis_persistence=True))
        conversations = Conversations(service(vouched).engine, vouched, service(vouched).pseudonymize)
        assert say(conversations, "hola", delivery="SM-v1")[0] == "main-welcome"
    finally:
        server.stop()


def test_a_save_that_timed_out_is_not_applied_when_a_paused_redis_resumes(
        own_redis: RedisServer) -> None:
    store = RedisStore.from_url(own_redis.url)
    store.verify()
    store.save("person", {"step": 1})
    with pytest.raises(StoreUnavailable), store.lock("person"):
        own_redis.freeze()
        try:
            store.save("person", {"step": 2})  # times out: the person gets the stateless reply
        finally:
            time.sleep(1.0)
            own_redis.thaw()
    time.sleep(0.2)
    saved = own_redis.client().get("kyr:s:person")
    assert isinstance(saved, bytes) and json.loads(saved) == {"step": 1}  # not moved on later


def test_a_save_long_after_the_lock_was_taken_is_refused(redis_url: str,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(redis_store, "SAVE_WITHIN_MS", 50)
    store = RedisStore.from_url(redis_url)
    with store.lock("slow"):
        time.sleep(0.1)
        with pytest.raises(StoreUnavailable, match="late-save"):
            store.save("slow", {"step": 2})
    assert store.load("slow") is None


class Killed(BaseException):
    """The process dies: nothing after this point runs, not even error handling."""


class DiesBeforeConfirming(MemoryStore):
    """Saves the state, then the process dies before the delivery is confirmed (once, when
    told to)."""

    dying = False

    def confirm_delivery(self, delivery: str, claim: str) -> None:
        if self.dying:
            self.dying = False
            raise Killed
        super().confirm_delivery(delivery, claim)


def test_a_retry_after_a_death_between_saving_and_answering_gets_the_same_answer() -> None:
    clock = Clock()
    store = DiesBeforeConfirming(clock=clock)
    conversations = service(store)
    assert say(conversations, "hola", delivery="SM-d0")[0] == "main-welcome"
    message = Message("sms", "+13125550111", "1", delivery="SM-d1")
    store.dying = True
    with pytest.raises(Killed):
        conversations.handle(message)  # the state moved on; the reply never left
    clock.now += 2  # the dead process's claim runs out
    retried = conversations.handle(message)
    assert retried is not None and retried.reply.messages[0].id == "officers-intro"
    assert say(conversations, "1", delivery="SM-d2")[0] == "officers-door-closed"  # and on from there


def test_while_redis_is_down_a_process_still_answers_a_retry_once(own_redis: RedisServer) -> None:
    client = create_app(production_like(redis_url=own_redis.url)).test_client()
    own_redis.kill()
    form = sms_form("hola", sid="SM-retry-while-down")
    first, retry = post_signed(client, form), post_signed(client, form)
    assert twiml_bodies(first)[0].startswith("Ahora no puedo recordar")
    assert retry.status_code == 200 and twiml_bodies(retry) == []


def test_a_retry_of_a_reply_sent_while_redis_was_down_is_not_answered_again_once_it_is_back(
        own_redis: RedisServer) -> None:
    store = RedisStore.from_url(own_redis.url)
    store.breaker = CircuitBreaker(seconds=0.1)
    client = create_app(production_like(redis_url=own_redis.url), store=store).test_client()
    form = sms_form("hola", sid="SM-down-then-back")
    own_redis.kill()
    assert twiml_bodies(post_signed(client, form))[0].startswith("Ahora no puedo recordar")
    own_redis.start()
    time.sleep(0.2)
    assert twiml_bodies(post_signed(client, form)) == []


# ---- the fault run's three classes: lost at a worker kill, twice at a freeze, a step ahead ----

def test_a_reply_never_written_is_answered_again_on_the_retry(redis_url: str) -> None:
    """A worker killed after the turn but before its reply reached the socket: the delivery
    was already confirmed, so Twilio's retry got nothing (3 lost replies in the fault run)."""
    client = create_app(production_like(redis_url=redis_url)).test_client()
    sender = "+13125550931"
    assert twiml_bodies(post_signed(client, sms_form("hola", sender=sender, sid="SM-unw-1")))
    form = sms_form("1", sender=sender, sid="SM-unw-2")
    from tests.helpers import signature
    unread = client.post("/twilio", data=form, buffered=False,
                         headers={"X-Twilio-Signature": signature("https://kyr.example.org/twilio", form)})
    unread.close()  # the worker died: its body was never written
    started = time.monotonic()
    retried = twiml_bodies(post_signed(client, form))
    assert retried and retried[0].startswith("Usted tiene derechos"), retried
    assert time.monotonic() - started < 2.5  # once the claim of the dead turn expired
    following = twiml_bodies(post_signed(client, sms_form("1", sender=sender, sid="SM-unw-3")))
    assert not following[0].startswith("Usted tiene derechos")  # one step on, not two


def test_a_resent_delivery_is_not_answered_again_while_redis_is_frozen(own_redis: RedisServer) -> None:
    """The process that answered a delivery knows it without Redis: a resend during a freeze
    was answered a second time (statelessly) in the fault run."""
    store = RedisStore.from_url(own_redis.url)
    store.breaker = CircuitBreaker(seconds=0.3)
    conversations = service(store)
    message = Message("sms", "+13125550932", "hola", delivery="SM-frozen-resend")
    assert conversations.handle(message) is not None
    own_redis.freeze()
    try:
        assert conversations.handle(message) is None
    finally:
        own_redis.thaw()


class LandsButTimesOut(RedisStore):
    """The first way out to the officers' topic reaches Redis and is applied, but its answer
    comes too late: a timeout."""

    timed_out = False

    def leave(self, key: str, delivery: str | None, entry: Any, value: Any) -> None:
        super().leave(key, delivery, entry, value)
        if isinstance(value, dict) and value.get("node") == "intro" and not self.timed_out:
            self.timed_out = True
            raise NotSaved("timeout")


def test_a_save_that_landed_after_its_timeout_is_undone(redis_url: str) -> None:
    """The person got the stateless reply for a save that still landed: their next "1" was
    answered one step further on than the reply they saw (the fault run's wrong state)."""
    store = LandsButTimesOut.from_url(redis_url)
    conversations = service(store)
    sender = "+13125550933"
    assert say(conversations, "hola", sender)[0] == "main-welcome"
    assert say(conversations, "1", sender)[0] == "shared-degraded"  # the stateless reply
    assert say(conversations, "1", sender)[0] == "officers-intro"  # the step they asked for again


def test_a_telegram_reply_never_written_is_answered_again_on_the_retry() -> None:
    """The same for Telegram, whose reply rides on the webhook response."""
    from tests.helpers import TELEGRAM_SECRET

    client = create_app(production_like()).test_client()
    headers = {"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET}
    update = {"update_id": 880001, "message": {
        "message_id": 1, "date": 0, "text": "hola", "from": {"id": 77, "is_bot": False, "first_name": "P"},
        "chat": {"id": 77, "type": "private", "first_name": "P"}}}
    unread = client.post("/telegram", json=update, headers=headers, buffered=False)
    unread.close()  # the worker died before writing the reply
    retried = client.post("/telegram", json=update, headers=headers).get_json()
    assert retried is not None and retried["text"].startswith("Hola.")
    assert client.post("/telegram", json=update, headers=headers).data == b""  # now answered
