"""A turn costs Redis two round trips, whatever the pace, with every guarantee kept; and Redis
counts the pace by the same rule as memory does."""

import itertools
from collections.abc import Iterator

import pytest

from bot.state.pace import Pace, Pacing
from bot.state.redis_store import RedisStore
from bot.state.service import Conversations, Message
from bot.state.store import MemoryStore
from tests.redisserver import counted_sends
from tests.test_state import service

SIDS = itertools.count()


@pytest.fixture
def trips() -> Iterator[list[int]]:
    """How many round trips to Redis so far."""
    with counted_sends() as sent:
        yield sent


def _conversations(redis_url: str, pace: Pace | None) -> Conversations:
    store = RedisStore.from_url(redis_url)
    store.verify()
    made = service(store)
    return Conversations(made.engine, store, made.pseudonymize, pace=pace)


def _trips_per_turn(conversations: Conversations, trips: list[int], texts: list[str],
                    sender: str) -> list[int]:
    counts = []
    for text in texts:
        before = trips[0]
        conversations.handle(Message("sms", sender, text, delivery=f"SM-trips-{next(SIDS)}"))
        counts.append(trips[0] - before)
    return counts


def test_a_turn_costs_two_round_trips(redis_url: str, trips: list[int]) -> None:
    conversations = _conversations(redis_url, Pace())
    _trips_per_turn(conversations, trips, ["hola"], "+13125550301")  # loads the scripts
    walk = ["hola", "1", "1", "more", "0", "2", "back", "clear", "hello"]
    assert _trips_per_turn(conversations, trips, walk, "+13125550302") == [2] * len(walk)


def test_paced_turns_cost_two_round_trips_too(redis_url: str, trips: list[int]) -> None:
    conversations = _conversations(redis_url, Pace("2/minute", "1000/minute"))
    _trips_per_turn(conversations, trips, ["hola"], "+13125550303")
    counts = _trips_per_turn(conversations, trips, ["hola", "1", "1", "1", "stop"],
                             "+13125550304")  # answered, answered, notice, silence, STOP
    assert counts == [2] * 5
    # A sentence asking to stop is read only once the message is known to be over the pace,
    # and then it is locked and answered: one more round trip, for this case only.
    assert _trips_per_turn(conversations, trips, ["please stop texting me"],
                           "+13125550304") == [3]


def test_a_duplicate_costs_one_round_trip_and_none_in_the_process_that_answered_it(
        redis_url: str, trips: list[int]) -> None:
    conversations = _conversations(redis_url, Pace())
    other = _conversations(redis_url, Pace())  # another worker
    message = Message("sms", "+13125550305", "hola", delivery="SM-trips-dup")
    conversations.handle(message)
    before = trips[0]
    assert other.handle(message) is None
    assert trips[0] - before == 1
    assert conversations.handle(message) is None  # it remembers what it answered
    assert trips[0] - before == 1


@pytest.mark.parametrize("limits", [("3/minute", "1000/minute"), ("100/minute", "4/minute"),
                                    ("2/minute;3/hour", "1000/minute")])
def test_redis_and_memory_pace_alike(redis_url: str, limits: tuple[str, str]) -> None:
    shared = _conversations(redis_url, Pace(*limits))
    alone = Conversations(shared.engine, MemoryStore(), shared.pseudonymize, pace=Pace(*limits))
    said: dict[str, list[bool]] = {"redis": [], "memory": []}
    for name, conversations in (("redis", shared), ("memory", alone)):
        for number in range(12):
            sender = f"+1312555{limits[0][0]}{limits[1][0]}{number % 2:02d}"
            turn = conversations.handle(Message("sms", sender, "1",
                                                delivery=f"SM-alike-{name}-{limits}-{number}"))
            said[name].append(turn is not None and bool(turn.reply.messages))
    assert said["redis"] == said["memory"]
    assert not all(said["memory"])  # the limits were reached


def test_judge_reads_the_rule_in_order() -> None:
    pace = Pace("2/minute", "100/minute")
    assert [pace.judge("a") for _ in range(4)] == [Pacing.ANSWER, Pacing.ANSWER, Pacing.NOTICE,
                                                   Pacing.QUIET]
    ceiling = Pace("100/minute", "1/minute")
    assert ceiling.judge("a") is Pacing.ANSWER and ceiling.judge("b") is Pacing.CEILING
