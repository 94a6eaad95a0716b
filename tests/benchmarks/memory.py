"""What many senders cost the memory store, and whether a flood of new ones pushes out people
who are in the middle of a conversation.

Usage: python -m tests.benchmarks.memory [--senders 100000]

Each sender sends one message through the whole service (pseudonym, dedupe record, pace counts,
engine, state). Memory is measured with tracemalloc, beside a baseline measured in the same run:
a dict holding only the senders' pseudonyms (the least any store keyed by them must hold).
Then 1,000 conversations in progress face a flood of as many new senders again.
"""

import argparse
import gc
import tracemalloc
from collections.abc import Callable

from bot.engine.engine import Engine
from bot.release.load import load_catalog
from bot.state.pace import Pace
from bot.state.pseudonym import Pseudonymizer
from bot.state.service import Conversations, Message
from bot.state.store import MemoryStore

LIVE = 1_000


def measured(build: Callable[[], object]) -> tuple[int, object]:
    """Bytes allocated and kept by `build`."""
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    kept = build()
    gc.collect()
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return after - before, kept


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--senders", type=int, default=100_000)
    senders = parser.parse_args().senders
    engine = Engine(load_catalog())
    pseudonymize = Pseudonymizer(b"m" * 32)
    store = MemoryStore()
    # the default sender limit; the ceiling lifted, since here every sender must be answered
    conversations = Conversations(engine, store, pseudonymize,
                                  pace=Pace(replies=f"{senders * 2}/minute"))

    def everyone() -> object:
        for number in range(senders):
            conversations.handle(Message("sms", f"+1{number:010d}", "hello",
                                         delivery=f"SM{number:032d}"))
        return store

    def pseudonyms_only() -> object:
        return {pseudonymize("sms", f"+1{number:010d}"): None for number in range(senders)}

    baseline, _kept = measured(pseudonyms_only)
    cost, _kept = measured(everyone)
    print(f"{senders:,} senders, one message each: {cost / 2**20:.1f} MB "
          f"({cost / senders:,.0f} bytes each; baseline, the pseudonyms alone, "
          f"{baseline / 2**20:.1f} MB: ratio {cost / baseline:.1f})")

    flooded = MemoryStore(max_items=senders)
    service = Conversations(engine, flooded, pseudonymize)
    live = [f"+2{number:010d}" for number in range(LIVE)]
    for sender in live:
        service.handle(Message("sms", sender, "hello"))
        service.handle(Message("sms", sender, "1"))
    for number in range(senders):
        service.handle(Message("sms", f"+3{number:010d}", "hello"))
    kept = sum(1 for sender in live if flooded.load(pseudonymize("sms", sender)) is not None)
    print(f"after a flood of {senders:,} new senders into a store of {senders:,}: "
          f"{kept:,} of {LIVE:,} conversations in progress kept")


if __name__ == "__main__":
    main()
