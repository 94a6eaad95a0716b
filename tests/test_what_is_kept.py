"""What outlives a conversation, and what CLEAR takes with it: an opt-out is kept apart until
START, through the idle expiry and a store outage; the pace counts named by a person go at CLEAR."""

import time
from collections.abc import Callable
from typing import Any

import pytest

from bot.state.pace import Pace
from bot.state.redis_store import CircuitBreaker, RedisStore
from bot.state.service import Conversations, Message
from bot.state.store import MemoryStore, StateStore
from tests.redisserver import RedisServer
from tests.test_state import Clock, service

PERSON = "+13125550777"
DELIVERIES = iter(range(10**9))


def said(conversations: Conversations, text: str, channel: str = "telegram") -> list[str]:
    """The ids of the messages the person is sent (none: silence)."""
    turn = conversations.handle(Message(channel, PERSON, text, delivery=f"d{next(DELIVERIES)}"))
    assert turn is not None
    return [say.id for say in turn.reply.messages]


def paced(store: StateStore, pace: Pace, clock: Callable[[], float] = time.time) -> Conversations:
    """The service on `store` with `pace`."""
    made = service(store, clock)
    return Conversations(made.engine, store, made.pseudonymize, clock, pace=pace)


def keys_of(server_url: str, conversations: Conversations, channel: str = "telegram") -> list[str]:
    """Every Redis key that names the person (by their pseudonym)."""
    import redis

    pseudonym = conversations.pseudonymize(channel, PERSON)
    client = redis.Redis.from_url(server_url)
    return [key.decode() for key in client.scan_iter(match=f"*{pseudonym}*")]


# ---- CLEAR takes the pace counts with it ------------------------------------------------------

def test_after_clear_no_key_names_the_person_in_redis(redis_url: str) -> None:
    """The audit found kyr:r:sender:<pseudonym>:100/3600:c (a count of their messages) for two
    hours after CLEAR: a holder of the key could still tell that a number wrote."""
    store = RedisStore.from_url(redis_url)
    store.verify()
    conversations = paced(store, Pace())
    for text in ("hola", "1"):
        said(conversations, text)
    assert any(":r:sender:" in key for key in keys_of(redis_url, conversations))
    assert said(conversations, "BORRAR")[0] == "shared-cleared"
    assert keys_of(redis_url, conversations) == []


@pytest.mark.parametrize("kind", ["memory", "redis"])
def test_after_clear_the_pace_starts_over(kind: str, redis_url: str) -> None:
    """How fast the person wrote goes with the conversation: the next message after CLEAR is
    answered even though, counted with the earlier ones, it would have been over the limit."""
    store: StateStore = MemoryStore() if kind == "memory" else RedisStore.from_url(redis_url)
    conversations = paced(store, Pace("3/minute", "1000/minute"))
    said(conversations, "hola")
    said(conversations, "1")
    assert said(conversations, "BORRAR")[0] == "shared-cleared"
    assert said(conversations, "hola")[0] == "main-welcome"  # the 4th in a minute, not paced


# ---- an opt-out outlives the conversation ---------------------------------------------------

def test_an_opt_out_outlives_the_idle_expiry_in_memory() -> None:
    clock = Clock()
    conversations = paced(MemoryStore(idle_seconds=1800, clock=clock), Pace(), clock)
    said(conversations, "hola")
    assert said(conversations, "ALTO")[0] == "shared-stopped"
    clock.now += 7 * 24 * 3600  # a week later: the conversation is long gone
    assert said(conversations, "hola") == []
    assert said(conversations, "necesito ayuda con la migra") == []
    assert said(conversations, "AYUDA")[0] == "shared-help"  # HELP is still answered
    assert said(conversations, "EMPEZAR")[0] == "main-welcome"  # START, in Spanish
    assert said(conversations, "hola") != []


def test_an_opt_out_outlives_the_idle_expiry_in_redis(redis_url: str) -> None:
    store = RedisStore.from_url(redis_url, idle_seconds=1)
    conversations = paced(store, Pace())
    assert said(conversations, "ALTO")[0] == "shared-stopped"
    marks = [key for key in keys_of(redis_url, conversations) if key.startswith("kyr:o:")]
    assert len(marks) == 1 and store.client.ttl(marks[0]) == -1  # kept until START, no expiry
    time.sleep(1.3)
    assert store.load(conversations.pseudonymize("telegram", PERSON)) is None  # state expired
    assert said(conversations, "hola") == []
    assert said(conversations, "START")[0] == "main-welcome"
    assert not [key for key in keys_of(redis_url, conversations) if key.startswith("kyr:o:")]
    assert said(conversations, "hola") != []


def test_an_opt_out_is_shared_by_every_process(redis_url: str) -> None:
    one = paced(RedisStore.from_url(redis_url, idle_seconds=1), Pace())
    other = paced(RedisStore.from_url(redis_url, idle_seconds=1), Pace())
    said(one, "ALTO")
    time.sleep(1.3)
    assert said(other, "hola") == []


def _fast(server: RedisServer) -> Conversations:
    """A service on `server` whose circuit breaker tries again after 0.3 s."""
    store = RedisStore.from_url(server.url)
    store.breaker = CircuitBreaker(seconds=0.3)
    return paced(store, Pace())


def test_an_opt_out_made_while_redis_is_frozen_is_kept_once_it_is_back(own_redis: RedisServer) -> None:
    """The audit paused Redis for 3 s around an ALTO: the bot confirmed it, nothing was saved,
    and the next "hola" was answered."""
    conversations = _fast(own_redis)
    other = _fast(own_redis)  # another process, which never saw the opt-out
    said(conversations, "hola")
    own_redis.freeze()
    try:
        assert said(conversations, "ALTO")[0] == "shared-stopped"
        assert said(conversations, "hola") == []  # this process remembers it meanwhile
    finally:
        own_redis.thaw()
    time.sleep(0.4)
    assert said(conversations, "hola") == []  # written as soon as Redis answered again
    assert said(other, "hola") == []


def test_an_opt_out_while_redis_is_down_waits_for_it(own_redis: RedisServer) -> None:
    conversations = _fast(own_redis)
    own_redis.kill()
    assert said(conversations, "ALTO")[0] == "shared-stopped"
    own_redis.start()
    time.sleep(0.4)
    said(conversations, "hi", channel="sms")  # someone else writes: the queue is written first
    other = _fast(own_redis)
    assert said(other, "hola") == []


# ---- an opted-out person gets no slow-down notice ----------------------------------------------

@pytest.mark.parametrize("kind", ["memory", "redis"])
def test_a_person_who_opted_out_gets_no_slow_down_notice(kind: str, redis_url: str) -> None:
    store: StateStore = MemoryStore() if kind == "memory" else RedisStore.from_url(redis_url)
    conversations = paced(store, Pace("2/minute", "1000/minute"))
    assert said(conversations, "ALTO")[0] == "shared-stopped"
    replies: list[Any] = [said(conversations, "hola") for _ in range(4)]
    assert replies == [[]] * 4
