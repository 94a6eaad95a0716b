"""A publish in a child process with limits, beside the same publish in this process, in one run.

Usage: python -m tests.benchmarks.publish [--rounds 3]

Each round publishes the bundled content twice each way: cold (an empty cache, so the whole
check and build runs) and warm (the compiled catalog is kept, as on a SIGHUP with no edit). The
child is forked from this process as the gunicorn master forks it. Each keeps its best round;
the ratio is child / in-process.
"""

import argparse
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _best(rounds: int, publish: Callable[[], str]) -> tuple[float, float]:
    """The best cold and warm seconds of `publish` over `rounds`."""
    cold = warm = float("inf")
    for _ in range(rounds):
        os.environ["KYR_CACHE_DIR"] = tempfile.mkdtemp(prefix="kyr-publish-")
        started = time.perf_counter()
        publish()
        cold = min(cold, time.perf_counter() - started)
        started = time.perf_counter()
        publish()
        warm = min(warm, time.perf_counter() - started)
    return cold, warm


def main() -> None:
    """Time both ways, print seconds and the ratios."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    from bot.release import load

    # The child first: forked from a process that has never published itself, as the master
    # now is, it starts with nothing warmed each time; in process, later rounds reuse what the
    # first one warmed (tables built once per process), as the master used to.
    child = _best(args.rounds, lambda: load.publish_bounded(REPO))
    inside = _best(args.rounds, lambda: load.publish(REPO))
    print(f"{'':34}{'in process':>11}{'child':>8}{'ratio':>8}")
    for name, (here, there) in (("cold (check and build)", (inside[0], child[0])),
                                ("warm (compiled catalog kept)", (inside[1], child[1]))):
        print(f"{name:34}{here:10.2f}s{there:7.2f}s{there / here:7.2f}x")


if __name__ == "__main__":
    main()
