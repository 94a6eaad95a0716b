"""Where a signed SMS request's time goes, in one process, beside the hand-written peer.

Usage: python -m tests.benchmarks.profile [--requests 2000]

Calls each WSGI app directly (no server, no network) with the same signed requests as
tests.benchmarks.http, times the bot and the peer (tests/benchmarks/peer.py) in three
alternating rounds, then profiles the bot with cProfile and prints the share of its time in each
part of a request.
"""

import argparse
import cProfile
import io
import os
import pstats
import sys
import time
import urllib.parse
from collections.abc import Callable, Iterable
from typing import Any

from twilio.request_validator import RequestValidator

from tests.benchmarks.http import PEOPLE, TOKEN, WALK

PUBLIC_URL = "http://127.0.0.1:9999"
WSGI = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]
# part of a request: (file ending, function name)
PARTS = {
    "read and parse the form": ("twilio_channel.py", "_form"),
    "signature check (one HMAC)": ("twilio_channel.py", "_authentic"),
    "turn service": ("state/service.py", "respond"),
    "  engine turn (transitions, Fluent, paging)": ("engine/engine.py", "handle"),
    "  the log line": ("logging/__init__.py", "info"),
    "  store way in (claim, pace, lock, read)": ("state/service.py", "_enter"),
    "  store way out (save, unlock, confirm)": ("state/store.py", "leave"),
    "  pseudonyms (two HMACs)": ("state/pseudonym.py", "__call__"),
    "reply bodies and TwiML": ("twilio_channel.py", "produce"),
}


def requests(count: int) -> list[tuple[bytes, str]]:
    """Form bodies and their signatures, each with its own MessageSid."""
    validator = RequestValidator(TOKEN)
    made = []
    for number in range(count):
        form = {"From": f"+1312555{number % PEOPLE:04d}", "To": "+13125550100",
                "Body": WALK[(number // PEOPLE) % len(WALK)], "MessageSid": f"SM{number:032d}",
                "NumMedia": "0", "AccountSid": "AC" + "0" * 32}
        body = "&".join(f"{k}={urllib.parse.quote(v, safe='')}" for k, v in form.items())
        made.append((body.encode(), validator.compute_signature(f"{PUBLIC_URL}/twilio", form)))
    return made


def call(app: WSGI, body: bytes, signature: str) -> None:
    """One POST /twilio straight into the WSGI app; it must answer 200."""
    environ = {"REQUEST_METHOD": "POST", "PATH_INFO": "/twilio", "SERVER_NAME": "127.0.0.1",
               "SERVER_PORT": "9999", "HTTP_HOST": "127.0.0.1:9999", "wsgi.url_scheme": "http",
               "SERVER_PROTOCOL": "HTTP/1.1", "CONTENT_TYPE": "application/x-www-form-urlencoded",
               "CONTENT_LENGTH": str(len(body)), "wsgi.input": io.BytesIO(body),
               "HTTP_X_TWILIO_SIGNATURE": signature, "wsgi.errors": sys.stderr}
    status: list[str] = []
    b"".join(app(environ, lambda line, headers, info=None: status.append(line)))
    assert status[0].startswith("200"), status


def seconds_per_request(app: WSGI, batch: list[tuple[bytes, str]]) -> float:
    """Mean seconds per request over `batch`."""
    started = time.perf_counter()
    for body, signature in batch:
        call(app, body, signature)
    return (time.perf_counter() - started) / len(batch)


def main() -> None:
    """Time both apps, profile the bot, print the table."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000)
    args = parser.parse_args()
    os.environ.update({"TWILIO_AUTH_TOKEN": TOKEN, "PUBLIC_URL": PUBLIC_URL,
                       "KYR_SECRET_KEY": "p" * 32, "KYR_SENDER_LIMIT": "100000/minute",
                       "KYR_REPLY_LIMIT": "100000000/minute"})
    import logging

    from tests.benchmarks.peer import create_peer
    from webhooks.app import create_app
    bot, peer = create_app(), create_peer()
    logging.getLogger("kyr.turn").handlers = [logging.StreamHandler(io.StringIO())]
    logging.getLogger("kyr.turn").propagate = False  # the line is made and written, to memory
    made = requests(args.requests * 5)  # every bot turn a new MessageSid: no duplicates
    n = args.requests
    for app in (bot, peer):
        seconds_per_request(app, made[:n])  # warm
    bot_time = peer_time = float("inf")
    for batch in (1, 2, 3):  # alternating, each keeps its best: these machines are noisy
        bot_time = min(bot_time, seconds_per_request(bot, made[batch * n:(batch + 1) * n]))
        peer_time = min(peer_time, seconds_per_request(peer, made[batch * n:(batch + 1) * n]))
    profile = cProfile.Profile()
    profile.runcall(seconds_per_request, bot, made[4 * n:5 * n])
    stats: dict[Any, Any] = pstats.Stats(profile).stats  # type: ignore[attr-defined]

    def cumulative(ending: str, name: str) -> float:
        return max((value[3] for (path, _line, function), value in stats.items()
                    if path.endswith(ending) and function == name), default=0.0)
    whole = cumulative("flask/app.py", "__call__")
    print(f"in one process: bot {bot_time * 1e6:.0f} µs/request, peer {peer_time * 1e6:.0f} "
          f"µs/request (peer {peer_time / bot_time:.2f}x the bot's time)")
    print(f"{'share of the bot request (cProfile)':<45}{'':>7}")
    print(f"{'whole request (Flask)':<45}{100:>6.1f}%")
    for label, (ending, name) in PARTS.items():
        print(f"{'  ' + label:<45}{cumulative(ending, name) / whole * 100:>6.1f}%")


if __name__ == "__main__":
    main()
