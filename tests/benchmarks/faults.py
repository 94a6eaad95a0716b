"""The bot as deployed, under signed load, while Redis is paused, killed and restarted and a
worker is killed: does every message get exactly one right answer?

Usage: python -m tests.benchmarks.faults [--seconds 65] [--threads 24] [--people 2000]

Starts redis-server (no persistence) and `kyr serve` (gunicorn, 2 workers, Redis state) on
loopback, and drives it with signed Twilio requests from many people walking the flows, each
person's messages in order, as Twilio would send them. Not wrk or locust: every reply is checked
against the reply the same walk gets from the bot in-process, which neither tool can do.

A request that fails (connection reset, timeout, 5xx) is sent again with the same MessageSid
every 0.5 s, as a provider retries; a few answered requests are sent again unchanged, to check
that a retry is not answered twice. Each reply is one of: the expected next step; the stateless
reply (Redis unreachable: the person writes the same thing again later); a fresh start (the
state was lost with Redis, as designed: the person starts over under a new number); or wrong.

Faults, in seconds from the start: Redis paused (SIGSTOP) at 10 for 5 s; killed at 25 and
restarted empty at 30; one gunicorn worker killed at 45.
"""

import argparse
import http.client
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import xml.etree.ElementTree as ElementTree
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from twilio.request_validator import RequestValidator

from bot.state.store import MemoryStore, StoreUnavailable
from tests.helpers import sms_form
from tests.redisserver import RedisServer, free_port
from webhooks.app import create_app
from webhooks.settings import Settings

TOKEN = "faults-auth-token"
PUBLIC_URL = "https://kyr.example.org"
WALKS = (("hola", "1", "1", "1", "1", "0"), ("hello", "1", "2", "1", "1", "0"),
         ("bonjour", "2", "1", "0"))
RETRY_SECONDS = 0.5
RETRIES = 20
RESEND_SHARE = 0.02  # answered requests sent again unchanged: a retry must get no second answer
SLOW = 1.0
# Load at this pace: the point is faults, not a flood. The sender limit is raised so that the
# driver's people may write faster than real ones; the ceiling is raised out of the way.
LIMITS = {"KYR_SENDER_LIMIT": "1000/minute", "KYR_REPLY_LIMIT": "1000000/minute"}


@dataclass
class Tally:
    """What the driver saw, shared by its threads."""

    requests: int = 0
    server_errors: int = 0
    connection_errors: int = 0
    slow: int = 0
    lost: int = 0
    duplicates: int = 0
    duplicates_stateless: int = 0  # the first answer came while Redis was unreachable
    wrong_samples: list[str] = field(default_factory=list)
    slow_at: list[float] = field(default_factory=list)
    outcomes: Counter[str] = field(default_factory=Counter)
    degraded_at: list[float] = field(default_factory=list)  # when stateless or failed replies came
    latencies: list[float] = field(default_factory=list)
    guard: threading.Lock = field(default_factory=threading.Lock)


def bodies_of(xml: bytes) -> tuple[str, ...]:
    return tuple(message.text or "" for message in ElementTree.fromstring(xml).iter("Message"))


class Unreachable(MemoryStore):
    """A store that is always down: what the stateless replies are."""

    def load(self, key: str) -> Any:
        raise StoreUnavailable("down")

    def claim_delivery(self, delivery: str) -> Any:
        raise StoreUnavailable("down")


def expectations() -> tuple[list[list[tuple[str, ...]]], dict[str, set[tuple[str, ...]]],
                            dict[str, set[tuple[str, ...]]]]:
    """Per walk the replies of each step; per text the stateless and the fresh-start replies."""
    settings = Settings(twilio_auth_token=TOKEN, public_url=PUBLIC_URL, secret_key="f" * 32,
                        sender_limit=LIMITS["KYR_SENDER_LIMIT"],
                        reply_limit=LIMITS["KYR_REPLY_LIMIT"])
    validator = RequestValidator(TOKEN)
    sids = iter(range(10**9))

    def post(client: Any, text: str, sender: str) -> tuple[str, ...]:
        form = sms_form(text, sender=sender, sid=f"SMexpect{next(sids):026d}")
        signature = validator.compute_signature(f"{PUBLIC_URL}/twilio", form)
        return bodies_of(client.post("/twilio", data=form,
                                     headers={"X-Twilio-Signature": signature}).data)
    normal = create_app(settings).test_client()
    down = create_app(settings, store=Unreachable()).test_client()
    replies = [[post(normal, text, f"+1999000{number:04d}") for text in walk]
               for number, walk in enumerate(WALKS)]
    texts = {text for walk in WALKS for text in walk}
    stateless = {text: {post(down, text, "+19990009999")} for text in texts}
    fresh = {text: {post(normal, text, f"+1999111{index:04d}")}
             for index, text in enumerate(sorted(texts))}
    return replies, stateless, fresh


class Driver:
    """Threads of people walking the flows against the server on `port`."""

    def __init__(self, port: int, threads: int, people: int, replies: list[list[tuple[str, ...]]],
                 stateless: dict[str, set[tuple[str, ...]]], fresh: dict[str, set[tuple[str, ...]]]
                 ) -> None:
        self.port, self.threads, self.people = port, threads, people
        self.replies, self.stateless, self.fresh = replies, stateless, fresh
        self.validator = RequestValidator(TOKEN)
        self.tally = Tally()
        self.stop = threading.Event()
        self._numbers = iter(range(10**8))
        self._sids = iter(range(10**12))
        self._ids = threading.Lock()
        self.attempts = threading.local()  # this thread's last request: when and how each try ended

    def _number(self) -> str:
        with self._ids:
            return f"+1555{next(self._numbers):07d}"

    def _sid(self) -> str:
        with self._ids:
            return f"SM{next(self._sids):032d}"

    def run(self) -> list[threading.Thread]:
        share = max(1, self.people // self.threads)
        workers = [threading.Thread(target=self._walk, args=(index, share), daemon=True)
                   for index in range(self.threads)]
        for worker in workers:
            worker.start()
        return workers

    def _walk(self, index: int, share: int) -> None:
        """Round-robin over this thread's people, one message each in turn."""
        chance = random.Random(index)
        people = [[self._number(), (index + n) % len(WALKS), 0] for n in range(share)]
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=20)
        while not self.stop.is_set():
            for person in people:
                if self.stop.is_set():
                    break
                connection = self._step(connection, person, chance)

    def _step(self, connection: http.client.HTTPConnection, person: list[Any],
              chance: random.Random) -> http.client.HTTPConnection:
        number, walk, step = person
        text = WALKS[walk][step]
        form = sms_form(text, sender=number, sid=self._sid())
        body = urllib.parse.urlencode(form)
        headers = {"Content-Type": "application/x-www-form-urlencoded",
                   "X-Twilio-Signature": self.validator.compute_signature(
                       f"{PUBLIC_URL}/twilio", form)}
        connection, answer = self._send(connection, body, headers)
        tally = self.tally
        if not answer:
            with tally.guard:
                tally.lost += 1
                tally.wrong_samples.append(f"{time.monotonic():.2f} lost {text!r}")
            person[:] = [self._number(), walk, 0]
            return connection
        outcome = self._judge(walk, step, text, answer)
        if chance.random() < RESEND_SHARE:
            connection, again = self._send(connection, body, headers)
            if again:
                with tally.guard:
                    if outcome == "stateless":
                        tally.duplicates_stateless += 1
                    else:
                        tally.duplicates += 1
                        tally.wrong_samples.append(f"{time.monotonic():.2f} duplicate")
                # The person now has the second answer: that is where the conversation is.
                outcome = self._judge(walk, step, text, again)
        with tally.guard:
            tally.outcomes[outcome] += 1
            if outcome == "wrong" and len(tally.wrong_samples) < 5:
                tally.wrong_samples.append(f"{time.monotonic():.2f} walk {walk} step {step} "
                                           f"{text!r}: {answer!r} {self.attempts.log}")
            if outcome == "stateless":
                tally.degraded_at.append(time.monotonic())
        if outcome == "expected":
            step += 1
            person[:] = [number, walk, step] if step < len(WALKS[walk]) else [self._number(), walk, 0]
        elif outcome != "stateless":  # a fresh start (state lost) or wrong: start over
            person[:] = [self._number(), walk, 0]
        return connection

    def _judge(self, walk: int, step: int, text: str, answer: tuple[str, ...]) -> str:
        if answer == self.replies[walk][step]:
            return "expected"
        if answer in self.stateless[text]:
            return "stateless"
        if answer in self.fresh[text]:
            return "fresh-start"
        return "wrong"

    def _send(self, connection: http.client.HTTPConnection, body: str, headers: dict[str, str]
              ) -> tuple[http.client.HTTPConnection, tuple[str, ...]]:
        """POST until a 200 (retrying like a provider); the reply's bodies, () if none."""
        tally = self.tally
        self.attempts.log = []
        for _attempt in range(RETRIES):
            started = time.monotonic()
            try:
                connection.request("POST", "/twilio", body, headers)
                response = connection.getresponse()
                data = response.read()
                status = response.status
            except (OSError, http.client.HTTPException) as error:
                self.attempts.log.append(f"{time.monotonic():.2f}:{type(error).__name__}")
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=20)
                with tally.guard:
                    tally.requests += 1
                    tally.connection_errors += 1
                    tally.degraded_at.append(time.monotonic())
                time.sleep(RETRY_SECONDS)
                continue
            elapsed = time.monotonic() - started
            self.attempts.log.append(f"{time.monotonic():.2f}:{status}")
            with tally.guard:
                tally.requests += 1
                tally.latencies.append(elapsed)
                tally.slow += elapsed > SLOW
                if elapsed > SLOW:
                    tally.slow_at.append(started)
                if status >= 500:
                    tally.server_errors += 1
            if status == 200:
                return connection, bodies_of(data)
            time.sleep(RETRY_SECONDS)
        return connection, ()


def workers_of(master: int) -> set[int]:
    try:
        found = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    except OSError:
        return set()
    return {int(pid) for pid in found}


def booted(log: Path) -> int:
    """How many workers have finished loading the app (each logs its channels once)."""
    try:
        return log.read_text(errors="replace").count("event=channel name=twilio")
    except OSError:
        return 0


def wait_ready(port: int, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as probe:
                probe.sendall(b"GET /healthz HTTP/1.0\r\n\r\n")
                if b"200" in probe.recv(64):
                    return
        except OSError:
            pass
        time.sleep(0.2)
    raise RuntimeError("the bot did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=65)
    parser.add_argument("--threads", type=int, default=24)
    parser.add_argument("--people", type=int, default=2000)
    options = parser.parse_args()
    replies, stateless, fresh = expectations()
    folder = Path(tempfile.mkdtemp(prefix="kyr-faults-"))
    redis_server = RedisServer(folder / "redis")
    port = free_port()
    log = folder / "server.log"
    env = {**os.environ, "PORT": str(port), "REDIS_URL": redis_server.url,
           "TWILIO_AUTH_TOKEN": TOKEN, "PUBLIC_URL": PUBLIC_URL, "KYR_SECRET_KEY": "f" * 32,
           "WEB_CONCURRENCY": "2", **LIMITS}
    env.pop("KYR_DEVELOPMENT", None)
    started_at = time.monotonic()
    with log.open("wb") as sink:
        server = subprocess.Popen([sys.executable, "-m", "bot.tools.cli", "serve", "--host", "127.0.0.1"],
                                  env=env, stdout=sink, stderr=sink, start_new_session=True)
    try:
        wait_ready(port)
        while booted(log) < 2:
            time.sleep(0.1)
        boot = time.monotonic() - started_at
        driver = Driver(port, options.threads, options.people, replies, stateless, fresh)
        origin = events_origin = time.monotonic()
        threads = driver.run()
        events: dict[str, float] = {}

        def at(second: float) -> None:
            time.sleep(max(0.0, origin + second - time.monotonic()))
        at(10)
        redis_server.freeze()
        at(15)
        redis_server.thaw()
        events["pause-end"] = time.monotonic()
        at(25)
        events["redis-kill"] = time.monotonic()
        redis_server.kill()
        at(30)
        redis_server.start()
        events["restart"] = time.monotonic()
        at(45)
        before = booted(log)
        victim = sorted(workers_of(server.pid))[0]
        os.kill(victim, signal.SIGKILL)
        events["worker-kill"] = time.monotonic()
        while booted(log) == before and time.monotonic() - events["worker-kill"] < 120:
            time.sleep(0.05)
        worker_start = time.monotonic() - events["worker-kill"]
        at(options.seconds)
        driver.stop.set()
        for thread in threads:
            thread.join(timeout=30)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
        redis_server.stop()
    events["origin"] = events_origin
    report(driver.tally, events, boot, worker_start, options)


def recovery(degraded: list[float], start: float, until: float) -> float:
    """Seconds from `start` to the last degraded reply before `until` (0 if none after it)."""
    after = [moment for moment in degraded if start <= moment < until]
    return max(after) - start if after else 0.0


def report(tally: Tally, events: dict[str, float], boot: float, worker_start: float,
           options: argparse.Namespace) -> None:
    latencies = sorted(tally.latencies)
    p50 = latencies[len(latencies) // 2] * 1000 if latencies else 0.0
    p99 = latencies[int(len(latencies) * 0.99)] * 1000 if latencies else 0.0
    degraded = sorted(tally.degraded_at)
    paused = recovery(degraded, events["pause-end"], events["redis-kill"])
    restarted = recovery(degraded, events["restart"], events["worker-kill"])
    wrong = tally.outcomes["wrong"]
    rows = [
        ("requests (retries included)", f"{tally.requests:,}", ""),
        ("5xx", str(tally.server_errors), "0"),
        ("connection errors (retried)", str(tally.connection_errors), ""),
        (f"replies over {SLOW:.0f} s", f"{tally.slow} ({tally.slow / max(1, len(latencies)):.3%})",
         "0"),
        ("latency p50 / p99 / max",
         f"{p50:.0f} / {p99:.0f} / {latencies[-1] * 1000 if latencies else 0:.0f} ms", ""),
        ("lost replies (no answer after retries)", str(tally.lost), "0"),
        ("duplicate answers to a resent request", str(tally.duplicates), "0"),
        ("... of a request first answered without state, resent once Redis was back",
         str(tally.duplicates_stateless), ""),
        ("conversations whose state went wrong", str(wrong), "0"),
        ("replies as expected", f"{tally.outcomes['expected']:,}", ""),
        ("stateless replies (Redis unreachable)", f"{tally.outcomes['stateless']:,}", ""),
        ("fresh starts (state lost with Redis)", f"{tally.outcomes['fresh-start']:,}", ""),
        ("recovery after the 5 s pause", f"{paused:.2f} s", "≤ 5 s"),
        ("recovery after Redis restarted", f"{restarted:.2f} s", "≤ 5 s"),
        ("worker start (kill to serving)", f"{worker_start:.1f} s", ""),
        ("both workers up at start", f"{boot:.1f} s", ""),
    ]
    print(f"faults: {options.seconds:.0f} s, {options.threads} threads, {options.people:,} people, "
          "gunicorn 2 workers, redis-server without persistence")
    print("| measure | result | goal |\n|---|---|---|")
    for name, value, goal in rows:
        print(f"| {name} | {value} | {goal} |")
    origin = events["origin"]
    for name in ("pause-end", "redis-kill", "restart", "worker-kill"):
        print(f"# {name} at {events[name] - origin:.2f} s", file=sys.stderr)
    seconds = Counter(int(moment - origin) for moment in degraded)
    print(f"# degraded replies by second: {sorted(seconds.items())}", file=sys.stderr)
    print(f"# slow replies at: {[round(moment - origin, 2) for moment in tally.slow_at]}",
          file=sys.stderr)
    for sample in tally.wrong_samples:
        moment, rest = sample.split(" ", 1)
        print(f"# at {float(moment) - origin:.2f} s: {rest}", file=sys.stderr)


if __name__ == "__main__":
    main()
