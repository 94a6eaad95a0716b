"""What the documented proxy costs and what it buys: signed turns per second through Caddy
beside the same app instance directly, and health probes answered while 100 slow clients hold
connections, with and without Caddy, in the same run.

Usage: python -m tests.benchmarks.proxy [--seconds 5] [--rounds 3] [--connections 16]

Needs wrk and caddy (Debian packages). The stack is compose.yaml's, run from its own files
(tests/stack.py): Redis keeping nothing on disk, one app instance with compose's environment
(WEB_CONCURRENCY workers), Caddy with the repository's Caddyfile. wrk sends pre-signed requests
(tests/benchmarks/http.py), the same ones both ways; rounds alternate and each way keeps its best.
"""

import argparse
import tempfile
from pathlib import Path

from tests.benchmarks.http import LUA, TOKEN, run_wrk, write_requests
from tests.redisserver import free_port
from tests.stack import PROBES, SLOW_CLIENTS, Stack, while_slow_clients_hold

DIRECT, PROXIED = "app instance directly", "through Caddy"


def main() -> None:
    """Start the stack, measure both ways in alternating rounds, print rates and ratios."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--requests", type=int, default=90_000, help="distinct signed requests")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        stack = Stack(work)
        try:
            stack.start_redis()
            proxy_port = free_port()
            stack.start_bot(proxy_port, 0, {
                "TWILIO_AUTH_TOKEN": TOKEN,
                # wrk's senders write far faster than people: measure answers, not pacing
                "KYR_SENDER_LIMIT": "100000/minute", "KYR_REPLY_LIMIT": "100000000/minute"})
            stack.start_proxy(proxy_port)
            data = write_requests(work, stack.proxy, args.requests)
            script = work / "bench.lua"
            script.write_text(LUA % {"data": data, "threads": 2}, encoding="utf-8")
            ports = {DIRECT: int(stack.bots[0].rsplit(":", 1)[1]), PROXIED: proxy_port}
            best: dict[str, dict[str, float]] = {}
            span = args.requests // (args.rounds * 2)
            for number in range(args.rounds):
                for offset, (name, port) in enumerate(ports.items()):
                    start = (number * 2 + offset) * span  # no MessageSid is sent twice
                    summary = run_wrk(port, script, args.seconds, args.connections, start, span)
                    if name not in best or summary["rate"] > best[name]["rate"]:
                        best[name] = summary
            held = {name: while_slow_clients_hold(base)
                    for name, base in ((PROXIED, stack.proxy), (DIRECT, stack.bots[0]))}
        finally:
            stack.stop()
    direct = best[DIRECT]["rate"]
    print(f"{'signed turns':<24}{'req/s':>10}{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}{'vs direct':>11}")
    for name, summary in best.items():
        print(f"{name:<24}{summary['rate']:>10,.0f}{summary['p50'] / 1000:>9.2f}"
              f"{summary['p99'] / 1000:>9.2f}{summary['errors'] + summary['non2xx']:>8.0f}"
              f"{summary['rate'] / direct:>10.2f}x")
    for name, answered in held.items():
        print(f"with {SLOW_CLIENTS} slow clients, {name}: {answered} of {PROBES} health probes "
              f"answered within 3 s")


if __name__ == "__main__":
    main()
