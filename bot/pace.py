"""How fast one person, and everyone together, may be answered: every answer is an outbound SMS
that costs money, and a loop or a flood from one number must not run up the bill.

Counts live in Redis when the store does (so every process shares them), else in memory; while
Redis cannot be used, each process counts on its own. `limits` does the counting.
"""

import logging
from collections.abc import Callable
from enum import Enum

import limits
from limits.storage import MemoryStorage, Storage
from limits.strategies import SlidingWindowCounterRateLimiter

from bot.redis_store import CircuitBreaker
from bot.store import StoreUnavailable

log = logging.getLogger("kyr.pace")
SENDER_LIMIT = "12/minute;100/hour"  # faster than anyone reads a reply and types the next option
REPLY_LIMIT = "600/minute"  # every reply of every process together
CEILING_SAID = limits.parse("1/minute")  # the ceiling's log line, once a minute per process


class Pacing(Enum):
    """What to do with a message, given how fast its sender and everyone are writing."""

    ANSWER = "answer"
    NOTICE = "notice"  # the sender just went over their limit: one short notice
    QUIET = "quiet"  # over a limit again, or over the ceiling: nothing is sent


class Pace:
    """A per-sender limit keyed by pseudonym and a ceiling on all replies, both configurable."""

    def __init__(self, sender: str = SENDER_LIMIT, replies: str = REPLY_LIMIT,
                 shared: Storage | None = None,
                 shared_usable: Callable[[], bool] = lambda: True) -> None:
        self.sender_limits = limits.parse_many(sender)  # raises ValueError for a malformed one
        self.reply_limits = limits.parse_many(replies)
        self._local = SlidingWindowCounterRateLimiter(MemoryStorage())
        self._shared = SlidingWindowCounterRateLimiter(shared) if shared is not None else None
        self._usable = shared_usable
        self._breaker = CircuitBreaker()

    def judge(self, who: str) -> Pacing:
        """Count one message from `who` (a pseudonym) and say whether to answer it."""
        over = next((item for item in self.sender_limits if not self._hit(item, "sender", who)),
                    None)
        if over is not None:
            once = type(over)(1, over.multiples)  # one notice per window of the limit exceeded
            return Pacing.NOTICE if self._hit(once, "notice", who) else Pacing.QUIET
        for item in self.reply_limits:
            if not self._hit(item, "replies"):
                if self._local.hit(CEILING_SAID, "ceiling-said"):
                    log.warning("event=reply-ceiling limit=%s: not answering new messages until "
                                "the window passes (KYR_REPLY_LIMIT)", item)
                return Pacing.QUIET
        return Pacing.ANSWER

    def _hit(self, item: limits.RateLimitItem, *identifiers: str) -> bool:
        """One hit, counted in Redis if it can be used, else in this process."""
        shared = self._shared
        if shared is not None and self._usable():
            try:
                return self._breaker.call(lambda: shared.hit(item, *identifiers))
            except StoreUnavailable:
                pass  # counted here until Redis is back
        return self._local.hit(item, *identifiers)
