"""The stores and the pace at their edges: a reply that failed, a claim or lock that is not this
turn's, a conversation another turn holds, how long a delivery is remembered, and the pace
across the boundary of its window and after many windows have passed. Both stores where both
have the rule; a clock moved by hand wherever the rule is about time."""

from collections.abc import Iterator
from typing import Any, cast

import pytest

from bot.engine.engine import Engine
from bot.state import redis_store
from bot.state.pace import Pacing, SlidingCounts, Window
from bot.state.pseudonym import Pseudonymizer
from bot.state.redis_store import RedisStore
from bot.state.service import Conversations, Message
from bot.state.store import MemoryStore, StateStore

DAY = 24 * 60 * 60
SENDER = "+13125550777"
STATE = {"flow": "main", "node": "menu", "locale": "en"}


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture(params=["memory", "redis"])
def store(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[StateStore]:
    """Each store, where a claim left behind outlives the test however slow the machine: the
    memory store on a clock that does not move, Redis with claims of a minute. (A retry waits
    for a claim's outcome for about a second: a claim that is never released is then a retry
    never answered, not one answered a second late.)"""
    if request.param == "memory":
        yield MemoryStore(clock=Clock())
    else:
        monkeypatch.setattr(redis_store, "CLAIM_SECONDS", 60.0)
        yield RedisStore.from_url(request.getfixturevalue("redis_url"))


def _raise(turn: Any) -> Any:
    raise RuntimeError("the reply could not be made")


# ---- a failed reply ----------------------------------------------------------------------------

def test_a_failed_reply_releases_its_claim_at_once(store: StateStore) -> None:
    entry = store.enter("person", "delivery-1", None, False)
    assert entry.pacing is Pacing.ANSWER and entry.locked
    store.abandon("person", "delivery-1", entry)
    retry = store.enter("person", "delivery-1", None, False)  # the provider's retry, right away
    assert retry.pacing is Pacing.ANSWER and retry.locked, "the retry was taken for a duplicate"
    store.leave("person", "delivery-1", retry, dict(STATE))
    assert store.enter("person", "delivery-1", None, False).pacing is None  # answered now: a duplicate


def test_a_retry_after_a_failed_reply_is_answered_at_once(store: StateStore, engine: Engine) -> None:
    conversations = Conversations(engine, store, Pseudonymizer(b"k" * 32))
    message = Message("sms", SENDER, "hola", delivery="SM-fails-once")
    with pytest.raises(RuntimeError):
        conversations.respond(message, _raise)
    retry = conversations.handle(message)
    assert retry is not None and retry.reply.messages, "the retry was not answered"


# ---- claims and locks are released only by their owner ------------------------------------------

def test_a_release_drops_only_its_own_claim(store: StateStore) -> None:
    claim = store.claim_delivery("delivery-2")
    assert claim is not None
    store.release_delivery("delivery-2", f"not-{claim}")  # a turn whose own claim had expired
    assert store.claim_delivery("delivery-2") is None  # still held by its owner
    store.release_delivery("delivery-2", claim)
    assert store.claim_delivery("delivery-2") is not None


def test_a_lock_taken_over_after_it_expired_is_not_released_by_its_first_holder(redis_url: str) -> None:
    store = RedisStore.from_url(redis_url)
    with store.lock("person"):
        # This turn's lock expired and another turn took it: leaving must not drop that one.
        store.client.set("kyr:l:person", "another-turn", px=10_000)
    assert store.client.get("kyr:l:person") == b"another-turn"


def test_a_conversation_locked_by_another_turn_is_not_entered(redis_url: str) -> None:
    store = RedisStore.from_url(redis_url)
    store.client.set("kyr:s:person", '{"flow": "main", "node": "menu", "locale": "en", "misses": 1}')
    store.client.set("kyr:l:person", "another-turn", px=10_000)
    entry = store.enter("person", None, None, False)
    assert not entry.locked and entry.saved is None  # answered without the state, not beside the other
    assert store.client.get("kyr:l:person") == b"another-turn"
    store.leave("person", None, entry, dict(STATE))
    assert store.load("person") == {"flow": "main", "node": "menu", "locale": "en", "misses": 1}


# ---- how long a delivery is remembered ----------------------------------------------------------

def test_the_dedupe_record_expires_after_a_day(redis_url: str, engine: Engine) -> None:
    store = RedisStore.from_url(redis_url)
    conversations = Conversations(engine, store, Pseudonymizer(b"k" * 32))
    assert conversations.handle(Message("sms", SENDER, "hola", delivery="SM-remembered")) is not None
    assert conversations.handle(Message("sms", SENDER, "hola", delivery="SM-remembered")) is None
    records = list(store.client.scan_iter("kyr:d:*"))
    assert len(records) == 1
    # PRIVACY.md: delivery ids are kept for 24 hours (providers retry for that long), no longer.
    assert DAY - 60 <= cast(int, store.client.ttl(records[0])) <= DAY


def test_a_delivery_is_remembered_in_memory_for_a_day() -> None:
    clock = Clock()
    store = MemoryStore(clock=clock)
    claim = store.claim_delivery("delivery-3")
    assert claim is not None
    store.confirm_delivery("delivery-3", claim)
    clock.now += DAY - 1
    assert store.claim_delivery("delivery-3") is None  # a retry within the day: a duplicate
    clock.now += 2
    assert store.claim_delivery("delivery-3") is not None  # forgotten after it


# ---- the pace across windows --------------------------------------------------------------------

def _allowed(counts: SlidingCounts, window: Window, who: str = "someone", tries: int = 30) -> int:
    """How many of `tries` messages at this moment the counts let through."""
    return sum(counts.hit(window, "sender", who) for _ in range(tries))


def test_the_previous_window_still_counts_just_after_it_ends() -> None:
    clock = Clock(600.0)  # the start of a minute
    counts = SlidingCounts(clock=clock)
    ten_a_minute = Window(10, 60)
    assert _allowed(counts, ten_a_minute) == 10
    clock.now = 666.0  # 6 s into the next minute: 54 s of the last one, 9 of its 10, still weigh
    assert _allowed(counts, ten_a_minute) == 1
    clock.now = 714.0  # 54 s in: 6 s of the last minute weigh 1, and this minute has 1
    assert _allowed(counts, ten_a_minute) == 8
    clock.now = 840.0  # two minutes later: nothing from before weighs any more
    assert _allowed(counts, ten_a_minute) == 10


def test_counts_of_windows_long_past_are_dropped() -> None:
    clock = Clock(0.0)
    counts = SlidingCounts(clock=clock)
    window = Window(10, 60)
    for number in range(5_000):
        assert counts.hit(window, "sender", f"early-{number}")
    clock.now = 600.0  # ten minutes later: none of those counts can weigh anything
    for number in range(20_000):
        assert counts.hit(window, "sender", f"late-{number}")
    # The sweep shows only in memory: no count of an early sender may be left.
    kept = cast(dict[tuple[Window, str, str], Any], counts._counts)
    assert not [name for name in kept if name[2].startswith("early-")]
    assert len(kept) <= 20_000


def test_the_pace_of_one_sender_does_not_slow_another() -> None:
    clock = Clock(600.0)
    counts = SlidingCounts(clock=clock)
    window = Window(3, 60)
    assert _allowed(counts, window, "one") == 3
    clock.now = 630.0
    assert _allowed(counts, window, "other") == 3
    assert _allowed(counts, window, "one") == 0
