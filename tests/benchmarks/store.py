"""Round trips and time per turn with Redis, beside the memory store and a bare PING.

Usage: python -m tests.benchmarks.store [--turns 3000] [--rounds 3]

Starts its own redis-server (no disk) on loopback and walks 500 people through the rights flow,
the pace counted (its limits set high), once against the memory store and once against Redis,
in alternating rounds (each keeps its best). It counts every send on a Redis connection (one send is one round
trip) and times a PING, so the Redis turn is also given in PINGs.
"""

import argparse
import tempfile
import time
from pathlib import Path

from bot.engine.engine import Engine
from bot.release.load import load_catalog
from bot.state.pace import Pace
from bot.state.pseudonym import Pseudonymizer
from bot.state.redis_store import RedisStore
from bot.state.service import Conversations, Message
from bot.state.store import MemoryStore, StateStore
from tests.redisserver import RedisServer, counted_sends

WALK = ("hola", "1", "1", "1", "0", "2", "1", "0")
PEOPLE = 500
# counted as in production, but high: a benchmark writes far faster than people do
LIMITS = ("100000/minute;1000000/hour", "100000000/minute")


def _walk(conversations: Conversations, turns: int, offset: int) -> float:
    """Seconds per turn over `turns` turns, every one with its own delivery id."""
    started = time.perf_counter()
    for number in range(offset, offset + turns):
        person, step = number % PEOPLE, (number // PEOPLE) % len(WALK)
        conversations.handle(Message("sms", f"+1312555{person:04d}", WALK[step],
                                     delivery=f"SM{number:032d}"))
    return (time.perf_counter() - started) / turns


def _ping(store: RedisStore, count: int = 2000) -> float:
    """Seconds per PING round trip."""
    started = time.perf_counter()
    for _ in range(count):
        store.client.ping()
    return (time.perf_counter() - started) / count


def main() -> None:
    """Measure and print the table."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--turns", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    engine = Engine(load_catalog())
    with tempfile.TemporaryDirectory() as folder, counted_sends() as sent:
        server = RedisServer(Path(folder) / "redis")
        try:
            redis = RedisStore.from_url(server.url)
            redis.verify()
            stores: dict[str, StateStore] = {"memory store": MemoryStore(), "Redis store": redis}
            people = {name: Conversations(engine, store, Pseudonymizer(b"s" * 32), pace=Pace(*LIMITS))
                      for name, store in stores.items()}
            for conversations in people.values():
                _walk(conversations, 100, 10**9)  # warm: scripts loaded, connections open
            best: dict[str, float] = {}
            trips = 0.0
            ping = min(_ping(redis) for _ in range(args.rounds))
            for number in range(args.rounds):
                for name, conversations in people.items():
                    before = sent[0]
                    seconds = _walk(conversations, args.turns, number * args.turns)
                    if name == "Redis store":
                        trips = (sent[0] - before) / args.turns
                    best[name] = min(best.get(name, seconds), seconds)
        finally:
            server.stop()
    memory = best["memory store"]
    print(f"{'store':<16}{'us/turn':>9}{'round trips':>13}{'vs memory':>11}{'in PINGs':>10}")
    print(f"{'memory store':<16}{memory * 1e6:>9.0f}{0:>13.2f}{1:>10.2f}x{'-':>10}")
    print(f"{'Redis store':<16}{best['Redis store'] * 1e6:>9.0f}{trips:>13.2f}"
          f"{best['Redis store'] / memory:>10.2f}x{best['Redis store'] / ping:>10.1f}")
    print(f"{'PING':<16}{ping * 1e6:>9.0f}{1:>13.2f}{ping / memory:>10.2f}x{1:>10.1f}")


if __name__ == "__main__":
    main()
