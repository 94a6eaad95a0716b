"""Counters an operator can watch, in the Prometheus text format: none names a person.

Labels are only the channel, flow, node, locale, event, pacing and store reasons, all of which
come from the code or the content, never from a message: no pseudonym, number, chat id or text.
Under `kyr serve` every gunicorn worker writes its counts to a shared folder in memory
(prometheus-client's multiprocess mode, set up by webhooks.gunicorn_hooks) and a scrape of any
worker adds them all up; a single process (tests, `flask run`) counts in its own registry.
"""

import os
import re
from collections.abc import Callable, Sequence

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    disable_created_metrics,
    generate_latest,
)
from prometheus_client.multiprocess import MultiProcessCollector

from bot.engine.sms import segments
from bot.state.service import TurnRecord
from webhooks.gunicorn_hooks import MULTIPROCESS_ENV

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
LATENCY_BUCKETS = (0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)
SEGMENT_BUCKETS = (1, 2, 3, 4, 5, 6, 8, 10, 15)
# Store reasons come from the code (exception names, "circuit open"...); anything else is "other".
REASON = re.compile(r"[A-Za-z][A-Za-z -]{0,39}")
disable_created_metrics()  # type: ignore[no-untyped-call]  # no *_created series: half the lines, nothing a dashboard uses


class Metrics:
    """The bot's counters, registered in a registry of their own (one per app)."""

    def __init__(self, breaker_open: Callable[[], bool]) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self._breaker_open = breaker_open
        self.turns = Counter("kyr_turns", "Turns answered, by where they led and what happened",
                             ("channel", "flow", "node", "locale", "event"),
                             registry=self.registry)
        self.paced = Counter("kyr_rate_limited", "Messages over the pace: one notice, then quiet; "
                             "ceiling: over the deployment's reply limit", ("channel", "pacing"),
                             registry=self.registry)
        self.duplicates = Counter("kyr_duplicates", "Provider retries of a message already "
                                  "answered, acknowledged without a reply", ("channel",),
                                  registry=self.registry)
        self.store_errors = Counter("kyr_store_errors", "Times the state store could not be used "
                                    "(the turn was answered without state)", ("reason",),
                                    registry=self.registry)
        self.breaker = Gauge("kyr_store_breaker_open", "1 while the store's circuit breaker "
                             "refuses calls (in any worker)", registry=self.registry,
                             multiprocess_mode="livemax")
        self.latency = Histogram("kyr_turn_duration_seconds", "Time to answer one message, from "
                                 "pseudonym to log line", ("channel",), buckets=LATENCY_BUCKETS,
                                 registry=self.registry)
        self.segments = Histogram("kyr_reply_segments", "SMS segments per reply (all its messages)",
                                  ("channel",), buckets=SEGMENT_BUCKETS, registry=self.registry)
        self.breaker.set(0)

    # The service's Observer (bot.state.service)
    def turn(self, record: TurnRecord) -> None:
        """Count one turn, its latency and, if it was over the pace, how."""
        self.turns.labels(record.channel, record.flow, record.node, record.locale,
                          record.event).inc()
        self.latency.labels(record.channel).observe(record.seconds)
        if record.pacing != "answer":
            self.paced.labels(record.channel, record.pacing).inc()
        self.breaker.set(1 if self._breaker_open() else 0)

    def duplicate(self, channel: str) -> None:
        """Count a provider's retry."""
        self.duplicates.labels(channel).inc()

    def store_unavailable(self, reason: str) -> None:
        """Count a store failure by its reason."""
        self.store_errors.labels(reason if REASON.fullmatch(reason) else "other").inc()
        self.breaker.set(1 if self._breaker_open() else 0)

    def replied(self, channel: str, bodies: Sequence[str]) -> None:
        """Count the SMS segments of a reply sent as these bodies."""
        if bodies:
            self.segments.labels(channel).observe(sum(segments(body).count for body in bodies))

    def exposition(self) -> bytes:
        """The text a scrape gets: every worker's counts under `kyr serve`, else this process's."""
        self.breaker.set(1 if self._breaker_open() else 0)
        if os.environ.get(MULTIPROCESS_ENV):
            registry = CollectorRegistry()
            MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
            return generate_latest(registry)
        return generate_latest(self.registry)
