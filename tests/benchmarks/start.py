"""Cold start: a worker's `create_app()`, `kyr chat`'s first reply and `kyr check`, each in a
fresh interpreter, beside importing the app's own dependencies alone.

Usage: python -m tests.benchmarks.start [--rounds 5]

The baseline imports exactly the third-party packages that `create_app()` leaves loaded (found by
a first run), so the ratio is what the bot adds on top of its libraries. The compiled-content
cache is filled once first, as a release does (`kyr check` or the first start); "create_app,
nothing cached" starts with an empty cache, as the first start of a new release does. Rounds
alternate and every row keeps its best round (the fastest wall time and its peak memory).
"""

import argparse
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

SITE = sysconfig.get_paths()["purelib"]
FIND_DEPENDENCIES = (
    "import sys\nfrom webhooks.app import create_app\ncreate_app()\n"
    "found = set()\n"
    "for name, module in list(sys.modules.items()):\n"
    "    path = getattr(module, '__file__', None) or ''\n"
    "    top = sys.modules.get(name.split('.')[0])\n"
    "    namespace = top is not None and getattr(top, '__file__', None) is None\n"
    f"    if path.startswith({SITE!r}) and not name.startswith('_') and (\n"
    "            '.' not in name or (namespace and name.count('.') == 1)):\n"
    "        found.add(name)\n"
    "print(' '.join(sorted(found)))\n")
TIME_WITH_RSS = "import resource\nprint(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
GOALS = {"create_app": (2.0, 1.6), "kyr chat, first reply": (None, None), "kyr check": (None, None)}
SECONDS_GOAL = 1.5  # kyr chat's first reply and kyr check, on this machine


@dataclass
class Run:
    """The best round of one way of starting."""

    seconds: float = float("inf")
    rss_mb: float = 0.0

    def keep(self, seconds: float, rss_kb: int) -> None:
        """Keep this round if it is the fastest so far."""
        if seconds < self.seconds:
            self.seconds, self.rss_mb = seconds, rss_kb / 1024


def _timed(argv: list[str], env: dict[str, str], stdin: str = "") -> tuple[float, int]:
    """Wall time and peak RSS (KB) of one child process."""
    started = time.perf_counter()
    child = subprocess.Popen(argv, env=env, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    assert child.stdin is not None
    child.stdin.write(stdin.encode())
    child.stdin.close()
    _pid, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{' '.join(argv[:3])} exited with {child.returncode}")
    return elapsed, usage.ru_maxrss


def main() -> None:
    """Run the rounds and print the table with the ratios."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kyr-start-"))
    env = {**os.environ, "KYR_CACHE_DIR": str(work / "cache"), "PYTHONDONTWRITEBYTECODE": "0"}
    env.pop("REDIS_URL", None)
    python, kyr = sys.executable, [sys.executable, "-m", "bot.tools.cli"]
    # Fill the cache first, then find what a warm start leaves loaded: a cold build also loads
    # what only building needs (Pillow and HarfBuzz draw and check the rights card).
    subprocess.run([*kyr, "check"], env=env, capture_output=True, check=True)
    dependencies = subprocess.run([python, "-c", FIND_DEPENDENCIES], env=env, capture_output=True,
                                  text=True, check=True).stdout.split()
    baseline = "".join(f"import {name}\n" for name in dependencies)
    cold_env = {**env, "KYR_CACHE_DIR": str(work / "cold")}
    ways = {
        "python alone": ([python, "-c", "pass"], env, ""),
        "import the dependencies": ([python, "-c", baseline], env, ""),
        "create_app": ([python, "-c", "from webhooks.app import create_app\ncreate_app()"], env, ""),
        "create_app, nothing cached": (
            [python, "-c", "from webhooks.app import create_app\ncreate_app()"], cold_env, ""),
        "kyr chat, first reply": ([*kyr, "chat"], env, "hola\n"),
        "kyr check": ([*kyr, "check"], env, ""),
    }
    best = {name: Run() for name in ways}
    try:
        for round_number in range(args.rounds):
            for name, (argv, run_env, stdin) in ways.items():
                if name == "create_app, nothing cached":
                    shutil.rmtree(work / "cold", ignore_errors=True)
                best[name].keep(*_timed(argv, run_env, stdin))
            print(f"round {round_number + 1}: " + ", ".join(
                f"{name} {run.seconds:.2f}s" for name, run in best.items()), file=sys.stderr)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    base = best["import the dependencies"]
    print(f"dependencies imported by the baseline: {' '.join(dependencies)}")
    print(f"{'start':30} {'seconds':>8} {'x deps':>7} {'RSS MB':>8} {'x deps':>7}")
    for name, run in best.items():
        print(f"{name:30} {run.seconds:8.2f} {run.seconds / base.seconds:7.2f} "
              f"{run.rss_mb:8.1f} {run.rss_mb / base.rss_mb:7.2f}")
    app = best["create_app"]
    print(f"goals: create_app <= 2.0x time ({app.seconds / base.seconds:.2f}x), <= 1.6x RSS "
          f"({app.rss_mb / base.rss_mb:.2f}x); kyr chat first reply <= {SECONDS_GOAL} s "
          f"({best['kyr chat, first reply'].seconds:.2f} s); kyr check <= {SECONDS_GOAL} s "
          f"({best['kyr check'].seconds:.2f} s)")


if __name__ == "__main__":
    main()
