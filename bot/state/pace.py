"""How fast one person, and everyone together, may be answered: every answer is an outbound SMS
that costs money, and a loop or a flood from one number must not run up the bill.

The rule is `limits`' sliding window counter: a window's count plus the previous window's,
weighted by how much of it still overlaps the last period. With Redis the store counts inside
its one round trip in (limits' own Lua for that window, see bot.state.redis_store), so every process
shares the counts; in memory, and while Redis cannot be used, `Pace.judge` counts here with the
same arithmetic.
"""

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum

import limits

log = logging.getLogger("kyr.pace")
SENDER_LIMIT = "12/minute;100/hour"  # faster than anyone reads a reply and types the next option
REPLY_LIMIT = "600/minute"  # every reply of every process together
CEILING_SAID_SECONDS = 60.0  # the ceiling's log line, once a minute per process
SWEEP_EVERY = 4096  # counts of windows long past are dropped after this many new ones


class Pacing(Enum):
    """What to do with a message, given how fast its sender and everyone are writing."""

    ANSWER = "answer"
    NOTICE = "notice"  # the sender just went over their limit: one short notice
    QUIET = "quiet"  # over a limit again, or over the ceiling: nothing is sent
    CEILING = "ceiling"  # over the ceiling on all replies: nothing is sent, said once a minute


@dataclass(frozen=True)
class Window:
    """One limit: at most `amount` in any `seconds`."""

    amount: int
    seconds: int
    said: str = field(default="", compare=False)  # as limits writes it: "12 per 1 minute"

    @property
    def tag(self) -> str:
        """The limit as part of a key: 12/60."""
        return f"{self.amount}/{self.seconds}"


def windows(text: str) -> tuple[Window, ...]:
    """Limits written as `limits` reads them ("12/minute;100/hour"); ValueError if malformed."""
    return tuple(Window(item.amount, item.get_expiry(), str(item))
                 for item in limits.parse_many(text))


class SlidingCounts:
    """limits' sliding window counter in this process's memory: no timer thread, one lock."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._counts: dict[tuple[Window, str, str], tuple[int, int, int]] = {}  # index, prev, now
        self._guard = threading.Lock()
        self._added = 0

    def hit(self, window: Window, kind: str, who: str = "") -> bool:
        """Count one if that stays within `window`; False (and nothing counted) if it would not."""
        now = self._clock()
        index, into = divmod(now, window.seconds)
        name = (window, kind, who)
        with self._guard:
            start, previous, current = self._counts.get(name, (int(index), 0, 0))
            if start != index:  # a new window: the last one, if it was just before, is the previous
                previous, current = (current if start == index - 1 else 0), 0
            weighted = int(previous * (window.seconds - into) / window.seconds) + current
            if weighted + 1 > window.amount:
                self._counts[name] = (int(index), previous, current)
                return False
            self._counts[name] = (int(index), previous, current + 1)
            self._added += 1
            if self._added % SWEEP_EVERY == 0:
                self._sweep(now)
            return True

    def forget(self, window: Window, kind: str, who: str) -> None:
        """Drop one count (a person who asked to be forgotten)."""
        with self._guard:
            self._counts.pop((window, kind, who), None)

    def _sweep(self, now: float) -> None:
        """Drop counts whose windows no longer weigh anything (caller holds the lock)."""
        for name, (start, _previous, _current) in list(self._counts.items()):
            if now // name[0].seconds - start > 1:
                del self._counts[name]


class Pace:
    """A per-sender limit keyed by pseudonym and a ceiling on all replies, both configurable."""

    def __init__(self, sender: str = SENDER_LIMIT, replies: str = REPLY_LIMIT) -> None:
        self.sender = windows(sender)  # raises ValueError for a malformed one
        self.replies = windows(replies)
        self._counts = SlidingCounts()
        self._said_at = -CEILING_SAID_SECONDS

    def judge(self, who: str) -> Pacing:
        """Count one message from `who` (a pseudonym) here, and say whether to answer it: the
        sender's limits in order, one notice per window of the limit exceeded, then the
        ceiling, which a notice counts against like any reply. RedisStore's script applies this
        same rule to counts kept in Redis."""
        pacing = Pacing.ANSWER
        for window in self.sender:
            if not self._counts.hit(window, "sender", who):
                once = Window(1, window.seconds)
                pacing = Pacing.NOTICE if self._counts.hit(once, "notice", who) else Pacing.QUIET
                break
        if pacing is Pacing.QUIET:
            return pacing
        for window in self.replies:  # a notice is a reply too: it counts against the ceiling
            if not self._counts.hit(window, "replies"):
                return Pacing.CEILING if pacing is Pacing.ANSWER else Pacing.QUIET
        return pacing

    def forget(self, who: str) -> None:
        """Forget how fast `who` wrote (CLEAR): their counts here, not the ceiling's."""
        for window in self.sender:
            self._counts.forget(window, "sender", who)
            self._counts.forget(Window(1, window.seconds), "notice", who)

    def said(self, pacing: Pacing) -> Pacing:
        """The pacing to act on; over the ceiling, a warning at most once a minute."""
        if pacing is not Pacing.CEILING:
            return pacing
        now = time.monotonic()
        if now - self._said_at >= CEILING_SAID_SECONDS:
            self._said_at = now
            log.warning("event=reply-ceiling limit=%s: not answering new messages until the "
                        "window passes (KYR_REPLY_LIMIT)", "; ".join(w.said for w in self.replies))
        return Pacing.QUIET

