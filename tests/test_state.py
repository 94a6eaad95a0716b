"""State stores: expiry, eviction, dedupe, ordering, and Redis failures, against a real Redis."""

import re
import threading
import time
from collections.abc import Callable
from typing import Any, cast

import pytest
import redis
from flask.testing import FlaskClient

from bot.engine.conversation import Turn
from bot.engine.engine import Engine
from bot.state import redis_store
from bot.state.pseudonym import KeyTooShort, Pseudonymizer
from bot.state.redis_store import CircuitBreaker, PersistenceEnabled, RedisStore
from bot.state.service import Conversations, Message
from bot.state.store import MemoryStore, StateStore
from tests.conftest import REPO
from tests.helpers import post_signed, sms_form, twiml_bodies
from tests.helpers import settings as production_like
from tests.redisserver import RedisServer
from webhooks.app import build_store, create_app
from webhooks.settings import Settings


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def service(store: StateStore, clock: Callable[[], float] = time.time) -> Conversations:
    from bot.engine.engine import Engine
    from bot.release.load import load_catalog

    return Conversations(Engine(load_catalog(REPO)), store, Pseudonymizer(b"k" * 32), clock)


def say(conversations: Conversations, text: str, sender: str = "+13125550111",
        delivery: str | None = None) -> list[str]:
    turn = conversations.handle(Message("sms", sender, text, delivery=delivery))
    return [] if turn is None else [s.id for s in turn.reply.messages]


# ---- the memory store ------------------------------------------------------------------------

def test_idle_conversations_expire_in_memory() -> None:
    clock = Clock()
    store = MemoryStore(idle_seconds=1800, clock=clock)
    conversations = service(store)
    say(conversations, "hola")
    say(conversations, "1")
    clock.now += 1799
    assert say(conversations, "1")[0] == "officers-door-closed"  # still there
    clock.now += 1801
    assert say(conversations, "1")[0] == "main-language-prompt"  # forgotten: asked for a language again
    clock.now += 3600
    assert len(store) == 1 and store.load("nobody") is None


def test_memory_store_is_bounded_and_evicts_the_least_recently_used() -> None:
    store = MemoryStore(max_items=3)
    for name in "abcd":
        store.save(name, {"n": name})
    assert store.load("a") is None and store.load("d") == {"n": "d"}
    store.load("b")
    store.save("e", {})
    assert store.load("c") is None and store.load("b") is not None


def test_clear_deletes_the_state_at_once() -> None:
    store = MemoryStore()
    conversations = service(store)
    say(conversations, "hola")
    assert len(store) == 1
    assert say(conversations, "BORRAR") == ["shared-cleared"]
    assert len(store) == 0


def test_pseudonyms_are_keyed_and_stable() -> None:
    one, other = Pseudonymizer(b"a" * 16), Pseudonymizer(b"b" * 16)
    assert one("sms", "+13125550111") == one("sms", "+13125550111")
    assert one("sms", "+13125550111") != other("sms", "+13125550111")
    assert one("sms", "+13125550111") != one("whatsapp", "+13125550111")
    assert re.fullmatch("[0-9a-f]{64}", one("sms", "+13125550111"))


def test_a_key_of_fewer_than_128_bits_is_refused() -> None:
    # PRIVACY.md asks for at least 16 random bytes of KYR_SECRET_KEY.
    for short in (b"", b"k" * 8, b"k" * 15):
        with pytest.raises(KeyTooShort):
            Pseudonymizer(short)
    assert Pseudonymizer(b"k" * 16)("sms", "+13125550111")
    with pytest.raises(KeyTooShort):
        create_app(production_like(secret_key="k" * 15))


def _scripts_run(client: redis.Redis) -> int:
    """How many scripts the Redis server has run so far (each way in and out is one)."""
    stats = cast(dict[str, dict[str, int]], client.info("commandstats"))
    return sum(stats.get(f"cmdstat_{name}", {}).get("calls", 0) for name in ("evalsha", "eval"))


@pytest.mark.parametrize("make_store", ["memory", "redis"])
def test_two_quick_messages_from_one_person_are_both_applied(
        make_store: str, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch,
        engine: Engine) -> None:
    """The second message provably arrives while the first turn holds the conversation: it
    waits, then continues from the state the first one saved. The order is made with events;
    the store's own waits are made generous so that a slow machine cannot decide it."""
    monkeypatch.setattr(redis_store, "LOCK_WAIT_SECONDS", 60.0)
    monkeypatch.setattr(redis_store, "LOCK_MILLISECONDS", 120_000)
    monkeypatch.setattr(redis_store, "SAVE_WITHIN_MS", 110_000)
    client: redis.Redis | None = None
    if make_store == "memory":
        store: StateStore = MemoryStore()
    else:
        client = redis.Redis.from_url(request.getfixturevalue("redis_url"), socket_timeout=10)
        store = RedisStore(client)
    conversations = Conversations(engine, store, Pseudonymizer(b"k" * 32))
    sender = "+13125550222"
    say(conversations, "hola", sender=sender)
    holding, let_go, arrived = threading.Event(), threading.Event(), threading.Event()
    replies: list[Turn | None] = []

    def hold_the_lock(turn: Turn) -> Turn:
        """The first reply is produced while its turn holds the lock: wait there."""
        holding.set()
        assert let_go.wait(60)
        return turn

    def first() -> None:
        replies.append(conversations.respond(Message("sms", sender, "nonsense 1"), hold_the_lock))

    way_in = store.enter

    def enter(*args: Any) -> Any:
        arrived.set()
        return way_in(*args)

    first_thread = threading.Thread(target=first, daemon=True)
    second_thread = threading.Thread(
        target=lambda: replies.append(conversations.handle(Message("sms", sender, "nonsense 2"))),
        daemon=True)
    first_thread.start()
    try:
        assert holding.wait(60)
        monkeypatch.setattr(store, "enter", enter)
        scripts_before = _scripts_run(client) if client is not None else 0
        second_thread.start()
        assert arrived.wait(60)
        if client is not None:  # the second way in has run on the server, against the held lock
            deadline = time.monotonic() + 60
            while _scripts_run(client) == scripts_before:
                assert time.monotonic() < deadline
                time.sleep(0.01)
        second_thread.join(0.3)
        assert second_thread.is_alive(), "the second message did not wait for the first turn"
    finally:
        let_go.set()
        first_thread.join(60)
        if second_thread.ident is not None:
            second_thread.join(60)
    assert len(replies) == 2 and all(turn is not None and not turn.stateless for turn in replies)
    saved = store.load(Pseudonymizer(b"k" * 32)("sms", sender))
    assert saved is not None and saved["misses"] == 2  # no update lost


# ---- Redis -----------------------------------------------------------------------------------

def test_redis_keeps_state_under_a_pseudonym_with_an_idle_expiry(redis_url: str) -> None:
    store = RedisStore.from_url(redis_url, idle_seconds=1800)
    conversations = service(store)
    say(conversations, "hola", sender="+13125550333")
    keys = cast(list[bytes], store.client.keys("kyr:s:*"))
    assert len(keys) == 1 and b"13125550333" not in keys[0]
    assert 1790 <= cast(int, store.client.ttl(keys[0])) <= 1800


def test_redis_expiry_forgets_the_person(redis_url: str) -> None:
    store = RedisStore.from_url(redis_url, idle_seconds=1)
    conversations = service(store)
    say(conversations, "hola", sender="+13125550444")
    time.sleep(1.3)
    assert store.client.keys("kyr:s:*") == []
    assert say(conversations, "1", sender="+13125550444")[0] == "main-language-prompt"


def test_a_retry_is_answered_once_across_two_app_instances(redis_url: str) -> None:
    first = create_app(production_like(redis_url=redis_url)).test_client()
    second = create_app(production_like(redis_url=redis_url)).test_client()
    form = sms_form("hola", sid="SM-shared-across-processes")
    assert twiml_bodies(post_signed(first, form))
    assert twiml_bodies(post_signed(second, form)) == []
    # and the conversation itself is shared: the second instance continues it
    assert twiml_bodies(post_signed(second, sms_form("1", sid="SM-next")))[0].startswith("Usted")


def test_a_redis_that_writes_snapshots_is_refused(tmp_path: Any) -> None:
    server = RedisServer(tmp_path / "persisting", persistence=("--save", "3600 1", "--appendonly", "no"))
    try:
        with pytest.raises(PersistenceEnabled, match="--save '' --appendonly no"):
            build_store(Settings(redis_url=server.url))
        allowed = build_store(Settings(redis_url=server.url, allow_redis_persistence=True))
        assert isinstance(allowed, RedisStore)
    finally:
        server.stop()


def test_an_append_only_redis_is_refused(tmp_path: Any) -> None:
    server = RedisServer(tmp_path / "aof", persistence=("--save", "", "--appendonly", "yes"))
    try:
        with pytest.raises(PersistenceEnabled):
            build_store(Settings(redis_url=server.url))
    finally:
        server.stop()


def _fast_recovering_client(server: RedisServer) -> FlaskClient:
    """An app on `server` whose circuit breaker retries after 0.3 s instead of 5 s."""
    store = RedisStore.from_url(server.url)
    store.breaker = CircuitBreaker(seconds=0.3)
    return create_app(production_like(redis_url=server.url), store=store).test_client()


def _timed(client: FlaskClient, text: str, sid: str) -> tuple[float, int, list[str]]:
    started = time.monotonic()
    response = post_signed(client, sms_form(text, sender="+13125550555", sid=sid))
    return time.monotonic() - started, response.status_code, twiml_bodies(response)


def test_redis_killed_mid_conversation_then_back(own_redis: RedisServer) -> None:
    client = _fast_recovering_client(own_redis)
    assert _timed(client, "hola", "SM-k1")[2][0].startswith("Hola.")
    own_redis.kill()
    for number in range(3):  # without its state the bot can only infer the language from words
        elapsed, status, bodies = _timed(client, "necesito ayuda por favor", f"SM-k-down-{number}")
        assert status == 200 and elapsed < 1.0
        assert bodies[0].startswith("Ahora no puedo recordar"), bodies
        assert "justice.gov/eoir" in bodies[0] and "1)" not in bodies[0]  # no menu it could not follow
    # A message about a topic still gets that topic's answer, without options it could not follow.
    elapsed, status, bodies = _timed(client, "la migra esta en mi puerta q hago", "SM-k-down-door")
    assert status == 200 and elapsed < 1.0
    assert "No abra la puerta" in bodies[0] and "1)" not in bodies[0], bodies
    assert _timed(client, "1", "SM-k-down-digit")[2][0].startswith("I cannot remember")
    own_redis.start()
    time.sleep(0.4)
    assert _timed(client, "hola", "SM-k-back")[2][0].startswith("Hola.")
    assert _timed(client, "1", "SM-k-back-2")[2][0].startswith("Usted tiene derechos")  # state kept again


def test_a_hung_redis_still_gets_replies_within_a_second(own_redis: RedisServer) -> None:
    client = _fast_recovering_client(own_redis)
    _timed(client, "hello", "SM-h1")
    own_redis.freeze()
    try:
        for number in range(4):
            elapsed, status, bodies = _timed(client, "1", f"SM-h-hung-{number}")
            assert status == 200 and elapsed < 1.0, elapsed
            assert bodies and bodies[0].startswith("I cannot remember where we were")
    finally:
        own_redis.thaw()
    time.sleep(0.4)
    # the state saved before the freeze is still there: the person continues where they were
    assert _timed(client, "1", "SM-h-back")[2][0].startswith("You have rights")


def test_stop_is_honoured_even_when_redis_is_down(own_redis: RedisServer) -> None:
    client = _fast_recovering_client(own_redis)
    own_redis.kill()
    _elapsed, status, bodies = _timed(client, "STOP", "SM-stop-down")
    assert status == 200 and bodies == []


def test_rotating_the_key_forgets_every_conversation(redis_url: str) -> None:
    from bot.engine.engine import Engine
    from bot.release.load import load_catalog

    store = RedisStore.from_url(redis_url)
    engine = Engine(load_catalog(REPO))
    before = Conversations(engine, store, Pseudonymizer(b"old-key-" * 4))
    after = Conversations(engine, store, Pseudonymizer(b"new-key-" * 4))
    say(before, "hola", sender="+13125550666")
    assert say(before, "1", sender="+13125550666")[0] == "officers-intro"
    assert say(after, "1", sender="+13125550666")[0] == "main-language-prompt"  # a stranger to the new key


def test_clear_while_redis_is_down_does_not_claim_to_have_erased(own_redis: RedisServer) -> None:
    client = _fast_recovering_client(own_redis)
    _timed(client, "hello", "SM-c1")
    own_redis.kill()
    _elapsed, status, bodies = _timed(client, "CLEAR", "SM-c-down")
    assert status == 200 and bodies[0].startswith("I could not erase this conversation just now.")
