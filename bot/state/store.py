"""Where conversation state lives between messages: short-lived, bounded, keyed by pseudonym."""

import itertools
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from typing import Any, Final, Protocol

from bot.state.pace import Pace, Pacing

DEFAULT_IDLE_SECONDS = 30 * 60
DEFAULT_MAX_CONVERSATIONS = 100_000
DELIVERY_SECONDS = 24 * 60 * 60  # Telegram keeps retrying an update for 24 hours
# How long a delivery being answered is held against a duplicate. A turn takes milliseconds, every
# store call is bounded and a state is saved only within 0.8 s of taking the lock, so a claim
# still held after this belongs to a worker that died: the provider's retry, which waits for the
# claim's outcome, is then answered within about a second of the crash.
CLAIM_SECONDS = 1.0
RETURNING_SHARE = 0.9  # of the memory store's room, at most this much for conversations in progress
CLAIMS_SWEPT_AT = 1_000  # in-flight claims are few; past this many, expired ones are dropped
# Opt-outs are kept apart from conversations and without their idle expiry: a person who said
# STOP stays stopped until they say START. The memory store keeps this many, the newest.
MAX_OPT_OUTS = 100_000


KEEP: Final = "keep"  # what `leave` is given when the stored state does not change
DELETE: Final = "delete"  # ... when the conversation is forgotten


class StoreUnavailable(Exception):
    """The store cannot be reached now; the caller answers without state."""


class NotSaved(StoreUnavailable):
    """The turn's new state was not stored (or may not have been): its reply must not be sent."""


class Tokens:
    """Claim and lock tokens unique across processes: a random prefix per process and a
    counter, so a turn costs no call for random bytes (tens of microseconds on some kernels)."""

    def __init__(self) -> None:
        self._prefix = secrets.token_hex(6)
        self._next = itertools.count()  # next() on a count is atomic under the GIL

    def __call__(self) -> str:
        """A token never handed out before."""
        return f"{self._prefix}{next(self._next):x}"


@dataclass
class Entry:
    """What the store said as a message came in (Redis: one round trip): whether to answer it,
    and the conversation's state, read under its lock when the turn is answered."""

    pacing: Pacing | None  # None: a duplicate of a delivery already answered
    saved: dict[str, Any] | None = None
    claim: str | None = None  # this turn's claim on its delivery id
    locked: bool = False  # the turn holds the conversation's lock (False with ANSWER: busy)
    held: bool = False  # with pacing None: another turn is answering it right now
    handle: Any = field(default=None, repr=False)  # the store's grip on the lock
    opted_out: str | None = None  # the person opted out (the language they used), kept apart
    # What the way out does to the opt-out kept apart: None nothing, "" drop it (START), else
    # keep it in that language (STOP). Set by the service once the turn is known.
    mark: str | None = None
    counts: tuple[str, ...] = ()  # the store's names for this person's pace counts (Redis)


class StateStore(Protocol):
    """What the service needs from a store; values are small dicts, keys are pseudonyms."""

    def load(self, key: str) -> dict[str, Any] | None: ...

    def save(self, key: str, value: dict[str, Any]) -> None: ...

    def delete(self, key: str) -> None: ...

    def claim_delivery(self, delivery: str) -> str | None: ...

    def confirm_delivery(self, delivery: str, claim: str) -> None: ...

    def delivery_answered(self, delivery: str) -> bool: ...

    def release_delivery(self, delivery: str, claim: str) -> None: ...

    def lock(self, key: str) -> Any: ...

    def enter(self, key: str, delivery: str | None, pace: Pace | None, stop: bool) -> Entry: ...

    def leave(self, key: str, delivery: str | None, entry: Entry,
              value: dict[str, Any] | str) -> None: ...

    def abandon(self, key: str, delivery: str | None, entry: Entry) -> None: ...

    def opted_out(self, key: str) -> str | None:
        """The language of the person's opt-out if they opted out and have not started again."""
        ...

    def mark_opted_out(self, key: str, locale: str | None) -> None:
        """Keep an opt-out (in that language) until START; None: the person started again."""
        ...

    def undo(self, key: str, written: dict[str, Any], previous: dict[str, Any] | None) -> None:
        """If the state under `key` is `written` (a save whose outcome was unknown, and whose
        reply was not sent), put `previous` back (None: forget it)."""
        ...

    def health(self) -> str | None:
        """None if the store answers and may be written to now; else why not (for /readyz)."""
        ...


class Stepwise:
    """A turn's way in and out made of a store's single steps: claim, count, lock, load; then
    save or delete, unlock, confirm. Redis does each way in one round trip instead."""

    def enter(self: StateStore, key: str, delivery: str | None, pace: Pace | None,
              stop: bool) -> Entry:
        """Claim the delivery, count the message against the pace (STOP is answered at any
        pace) and, to answer it, lock the conversation and read its state."""
        claim = None
        if delivery is not None:
            claim = self.claim_delivery(delivery)
            if claim is None:
                return Entry(None, held=not self.delivery_answered(delivery))
        try:
            pacing = pace.judge(key) if pace is not None else Pacing.ANSWER
            if pacing is not Pacing.ANSWER and not stop:
                if pacing is not Pacing.NOTICE:
                    return Entry(pacing, None, claim)
                return Entry(pacing, self.load(key), claim, opted_out=self.opted_out(key))
            hold = ExitStack()
            hold.enter_context(self.lock(key))
            try:
                return Entry(Pacing.ANSWER, self.load(key), claim, locked=True, handle=hold,
                             opted_out=self.opted_out(key))
            except BaseException:
                hold.close()
                raise
        except BaseException:
            if delivery is not None and claim is not None:
                self.release_delivery(delivery, claim)
            raise

    def leave(self: StateStore, key: str, delivery: str | None, entry: Entry,
              value: dict[str, Any] | str) -> None:
        """Store the new state (or forget it), unlock, then confirm the delivery; NotSaved if
        the state could not be written (nothing is confirmed then)."""
        try:
            if entry.locked and value == DELETE:
                self.delete(key)
            elif entry.locked and isinstance(value, dict):
                self.save(key, value)
            if entry.mark is not None:
                self.mark_opted_out(key, entry.mark or None)
        except StoreUnavailable as error:
            raise NotSaved(str(error)) from None
        finally:
            if entry.handle is not None:
                entry.handle.close()
        if delivery is not None and entry.claim is not None:
            self.confirm_delivery(delivery, entry.claim)

    def abandon(self: StateStore, key: str, delivery: str | None, entry: Entry) -> None:
        """No reply was produced: unlock, and release the claim so the provider's retry is
        answered."""
        try:
            if entry.handle is not None:
                entry.handle.close()
        finally:
            if delivery is not None and entry.claim is not None:
                self.release_delivery(delivery, entry.claim)


class MemoryStore(Stepwise):
    """The zero-configuration store: one process, TTL, least-recently-used eviction, thread-safe."""

    def __init__(self, idle_seconds: float = DEFAULT_IDLE_SECONDS,
                 max_items: int = DEFAULT_MAX_CONVERSATIONS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.idle_seconds = idle_seconds
        self.max_items = max_items
        self._clock = clock
        self._states: OrderedDict[str, tuple[float, dict[str, Any]]] = OrderedDict()  # new
        self._returning: OrderedDict[str, tuple[float, dict[str, Any]]] = OrderedDict()
        self._deliveries: OrderedDict[str, float] = OrderedDict()  # answered: expiry
        self._claims: dict[str, tuple[float, str]] = {}  # being answered: expiry, claim
        self._guard = threading.Lock()
        self._locks: dict[str, list[Any]] = {}
        self._tokens = Tokens()
        self._opted_out: OrderedDict[str, str] = OrderedDict()  # key: language; no expiry

    def load(self, key: str) -> dict[str, Any] | None:
        """The state under `key`, or None if there is none or it expired."""
        with self._guard:
            segment = self._returning if key in self._returning else self._states
            found = segment.get(key)
            if found is None:
                return None
            expires, value = found
            if expires <= self._clock():
                del segment[key]
                return None
            segment.move_to_end(key)
            return dict(value)

    def save(self, key: str, value: dict[str, Any]) -> None:
        """Store a state until it has been idle for `idle_seconds`.

        A conversation saved a second time moves to its own segment, so a flood of new senders
        (each saved once) pushes out other new senders first, not conversations in progress.
        """
        entry = (self._clock() + self.idle_seconds, dict(value))
        with self._guard:
            if key in self._returning or self._states.pop(key, None) is not None:
                self._returning[key] = entry
                self._returning.move_to_end(key)
                while len(self._returning) > self.max_items * RETURNING_SHARE:
                    self._returning.popitem(last=False)
            else:
                self._states[key] = entry
            while len(self._states) + len(self._returning) > self.max_items:
                (self._states or self._returning).popitem(last=False)

    def delete(self, key: str) -> None:
        """Forget a conversation at once."""
        with self._guard:
            self._states.pop(key, None)
            self._returning.pop(key, None)

    def claim_delivery(self, delivery: str) -> str | None:
        """A claim on a delivery id not yet answered or being answered; None for a duplicate."""
        now = self._clock()
        with self._guard:
            while self._deliveries and next(iter(self._deliveries.values())) <= now:
                self._deliveries.popitem(last=False)  # confirmed ones expire in order
            held = self._claims.get(delivery)
            if delivery in self._deliveries or (held is not None and held[0] > now):
                return None
            if len(self._claims) >= CLAIMS_SWEPT_AT:
                self._claims = {key: value for key, value in self._claims.items() if value[0] > now}
            claim = self._tokens()
            self._claims[delivery] = (now + CLAIM_SECONDS, claim)
            return claim

    def confirm_delivery(self, delivery: str, claim: str) -> None:
        """The reply exists: remember the delivery for as long as providers retry it."""
        with self._guard:
            self._claims.pop(delivery, None)
            self._deliveries[delivery] = self._clock() + DELIVERY_SECONDS
            self._deliveries.move_to_end(delivery)
            while len(self._deliveries) > self.max_items:
                self._deliveries.popitem(last=False)

    def delivery_answered(self, delivery: str) -> bool:
        """True once a reply to the delivery exists."""
        with self._guard:
            return delivery in self._deliveries

    def release_delivery(self, delivery: str, claim: str) -> None:
        """No reply was produced: let the provider's retry be answered."""
        with self._guard:
            if self._claims.get(delivery, (0.0, ""))[1] == claim:
                del self._claims[delivery]

    @contextmanager
    def lock(self, key: str) -> Iterator[None]:
        """Serialise the turns of one conversation, so quick messages are applied in order."""
        with self._guard:
            entry = self._locks.setdefault(key, [threading.Lock(), 0])
            entry[1] += 1  # waiters are counted so the lock is dropped only when nobody needs it
        try:
            with entry[0]:
                yield
        finally:
            with self._guard:
                entry[1] -= 1
                if entry[1] == 0:
                    del self._locks[key]

    def undo(self, key: str, written: dict[str, Any], previous: dict[str, Any] | None) -> None:
        """Put `previous` back if the state is still `written` (keeping its expiry)."""
        with self._guard:
            segment = self._returning if key in self._returning else self._states
            found = segment.get(key)
            if found is None or found[1] != written:
                return
            if previous is None:
                del segment[key]
            else:
                segment[key] = (found[0], dict(previous))

    def opted_out(self, key: str) -> str | None:
        """The language of the person's opt-out, if they opted out and have not started again."""
        with self._guard:
            return self._opted_out.get(key)

    def mark_opted_out(self, key: str, locale: str | None) -> None:
        """Keep an opt-out until START (the oldest go first past MAX_OPT_OUTS); None drops it."""
        with self._guard:
            if locale is None:
                self._opted_out.pop(key, None)
                return
            self._opted_out[key] = locale
            self._opted_out.move_to_end(key)
            while len(self._opted_out) > MAX_OPT_OUTS:
                self._opted_out.popitem(last=False)

    def health(self) -> str | None:
        """Memory always answers."""
        return None

    def __len__(self) -> int:
        with self._guard:
            return len(self._states) + len(self._returning)
