"""One turn of a real conversation: pseudonym, the store's way in (dedupe, pace, lock, load),
the engine, the way out (save, unlock, confirm), one log line.

Log lines name no person: not even the pseudonym, which would let anyone holding the logs follow
one person from topic to topic (see PRIVACY.md).
"""

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from bot.engine.conversation import Inbound, State, Turn
from bot.engine.engine import Engine
from bot.state.pace import Pace, Pacing
from bot.state.pseudonym import Pseudonymizer
from bot.state.store import (
    CLAIM_SECONDS,
    DELETE,
    KEEP,
    Entry,
    MemoryStore,
    NotSaved,
    StateStore,
    StoreUnavailable,
)

log = logging.getLogger("kyr.turn")
R = TypeVar("R")
AFTER, BEFORE = "after", "before"  # beside a saved state: the delivery behind it, the state before
DELIVERY_MARK = 16  # hex characters of the hashed delivery id kept with the state
CLAIM_POLL_SECONDS = 0.05  # how often a copy of a delivery being answered looks for the outcome
PENDING_KEPT = 10_000  # opt-outs (and STARTs) waiting for the store to come back, per process


@dataclass(frozen=True)
class Message:
    """What a channel adapter hands over: who (raw, never stored), what, and delivery details."""

    channel: str
    sender: str
    text: str
    delivery: str | None = None
    locale_hint: str | None = None
    kind: str = "text"
    reference: int | None = None  # the channel's id for this message (Telegram message_id)
    locale: str | None = None  # a language chosen before the chat (a Telegram start link)


@dataclass(frozen=True, slots=True)
class TurnRecord:
    """What one turn did, for counters: the same fields as its log line, never who or what."""

    event: str
    channel: str
    flow: str
    node: str
    locale: str
    pacing: str  # Pacing's value: answer, notice, quiet, ceiling
    seconds: float


class Observer(Protocol):
    """Counts what the service does (webhooks.metrics); told nothing that names a person."""

    def turn(self, record: TurnRecord) -> None: ...

    def duplicate(self, channel: str) -> None: ...

    def store_unavailable(self, reason: str) -> None: ...


class Unobserved:
    """The observer of tests and `kyr chat`: counts nothing."""

    def turn(self, record: TurnRecord) -> None:
        """Nothing."""

    def duplicate(self, channel: str) -> None:
        """Nothing."""

    def store_unavailable(self, reason: str) -> None:
        """Nothing."""


class Conversations:
    """Runs turns against a state store; the only place that maps people to pseudonyms."""

    def __init__(self, engine: Engine, store: StateStore, pseudonymize: Pseudonymizer,
                 clock: Callable[[], float] = time.time,
                 tags: Callable[[str], str] | None = None, pace: Pace | None = None,
                 observer: Observer | None = None) -> None:
        self.engine = engine
        self.observer: Observer = observer or Unobserved()
        self.pace = pace  # None: every message is answered (tests, `kyr chat`)
        # While the store cannot be reached, this process still remembers what it answered.
        self._fallback = MemoryStore()
        self.store = store
        self.pseudonymize = pseudonymize
        self.clock = clock
        self.tags = tags  # KYR_LOG_TURN_TAGS=1: a daily tag per person on each line, for debugging
        # Opt-outs (a language) and STARTs (None) carried out while the store was down, written
        # to it as soon as it answers again: an opt-out is never forgotten for an outage.
        self._pending: dict[str, str | None] = {}
        self._pending_guard = threading.Lock()
        # Saves that timed out, to undo: what was written, and the state before the turn.
        self._unknown: dict[str, tuple[dict[str, Any], dict[str, Any] | None]] = {}

    def handle(self, message: Message) -> Turn | None:
        """Answer a message; None when it is a provider's retry of one already answered."""
        return self.respond(message, _as_is)

    def respond(self, message: Message, produce: Callable[[Turn], R],
                sent: Callable[[Callable[[], None]], None] | None = None) -> R | None:
        """Answer a message and turn the answer into what the channel sends (`produce`); None
        for a duplicate of a delivery answered or being answered.

        The way in claims the delivery, counts it against the pace and locks and reads the
        conversation; the way out saves, unlocks and confirms, once `produce` has returned (in
        Redis, one round trip each). If anything fails in between, the claim is released so
        the provider's retry is answered. If the store is unreachable the person still gets an
        answer: a stateless one.

        With `sent`, the delivery is confirmed only once the channel has sent the reply (it
        calls what it is given then): a worker killed in between leaves the claim to expire,
        and the provider's retry is answered again, from where the person was.
        """
        started = time.perf_counter()
        key = self.pseudonymize(message.channel, message.sender)
        inbound = Inbound(message.text, message.channel, self.clock(), message.locale_hint,
                          locale=message.locale, kind=message.kind)
        delivery = None if message.delivery is None else \
            self.pseudonymize(f"{message.channel}:delivery", message.delivery)
        if delivery is not None and self._fallback.delivery_answered(delivery):
            self._duplicate(message)  # answered here while the store was down
            return None
        # STOP is answered at any pace: a command word is known before the way in; a sentence
        # asking to stop is read only if the message turns out to be over the pace.
        stop = self.pace is not None and self.engine.asks_to_stop(inbound, sentences=False)
        store: StateStore = self.store
        try:
            self._write_pending()
            self._undo_unknown()
            entry = self._enter(key, delivery, stop)
        except StoreUnavailable as error:
            self._unavailable(error, message)
            store = self._fallback  # claims and pace counted here; no state is read or kept
            entry = self._fallback.enter(key, delivery, self.pace, stop)
        pacing = entry.pacing
        if pacing is None:
            self._duplicate(message)
            return None
        if self.pace is not None:
            entry.pacing = pacing = self.pace.said(pacing)
        # A message let past the pace because it asks to stop is carried out as an opt-out and
        # as nothing else: it never gets a full answer at a pace no other message would.
        opt_out = stop
        if entry.pacing is not Pacing.ANSWER and self.engine.asks_to_stop(inbound):
            entry, opt_out = self._locked(store, key, entry), True
        value: dict[str, Any] | str = KEEP
        state: State | None = None
        try:
            if entry.pacing is not Pacing.ANSWER:
                turn = self._paced(entry, inbound)
            elif store is self._fallback or not entry.locked:
                if store is self.store:
                    self._unavailable(StoreUnavailable("conversation busy"), message)
                state, turn = self._without_state(key, inbound, opt_out)
            else:
                state, turn, value = self._turn(entry, inbound, message, delivery, opt_out)
            produced = produce(turn)
        except BaseException:
            self._settle(lambda: store.abandon(key, delivery, entry))
            raise
        entry.mark = _opt_out_change(state, turn)
        claim = entry.claim if delivery is not None else None
        later = sent is not None and claim is not None
        left = False
        try:
            store.leave(key, None if later else delivery, entry, value)
            left = True
        except NotSaved as error:  # a menu nobody remembers would answer the next "1" wrongly
            self._unavailable(error, message)
            if isinstance(value, dict) and store is self.store:
                self._unknown_save(key, value, state.to_dict() if state is not None else None)
            turn = self.engine.stateless(inbound)
            produced = produce(turn)
            if delivery is not None and claim is not None and not later:
                self._confirm(store, delivery, claim)
        except StoreUnavailable:
            self._unsettled()
        if delivery is not None and claim is not None:
            if later and sent is not None:
                sent(lambda: self._confirm(store, delivery, claim))
            elif left:
                self._fallback.confirm_delivery(delivery, claim)
        if value == DELETE and self.pace is not None:  # CLEAR: how fast they wrote goes too
            self.pace.forget(key)
        self._keep_opt_out(key, entry.mark, written=left and store is self.store)
        where = turn.state or state
        flow, node = (where.flow, where.node) if where else ("-", "-")
        seconds = time.perf_counter() - started
        log.info("event=%s channel=%s flow=%s node=%s locale=%s match=%s ms=%.1f%s", turn.name,
                 message.channel, flow, node, turn.reply.locale, turn.band or "-", seconds * 1000,
                 f" tag={self.tags(key)}" if self.tags is not None else "")
        self.observer.turn(TurnRecord(turn.name, message.channel, flow, node, turn.reply.locale,
                                      pacing.value, seconds))
        return produced

    def _enter(self, key: str, delivery: str | None, stop: bool) -> Entry:
        """The store's way in. A copy of a delivery that another process is answering waits
        for the outcome: answered (a duplicate), or released or expired because that process
        failed or died (then this copy answers it)."""
        entry = self.store.enter(key, delivery, self.pace, stop)
        deadline = time.monotonic() + CLAIM_SECONDS + CLAIM_POLL_SECONDS
        while entry.held and time.monotonic() <= deadline:
            time.sleep(CLAIM_POLL_SECONDS)
            entry = self.store.enter(key, delivery, self.pace, stop)
        return entry

    @staticmethod
    def _locked(store: StateStore, key: str, paced: Entry) -> Entry:
        """A paced message that asks to stop: lock and read after all (claimed and counted
        already); answered without state if that fails."""
        try:
            entry = store.enter(key, None, None, True)
        except StoreUnavailable:
            return Entry(Pacing.ANSWER, None, paced.claim)
        entry.claim = paced.claim
        return entry

    def _turn(self, entry: Entry, inbound: Inbound, message: Message, delivery: str | None,
              opt_out: bool = False) -> tuple[State | None, Turn, dict[str, Any] | str]:
        """Run the engine on the state read under the lock (with `opt_out`, only the opt-out);
        the value to store after it.

        The saved state names (by a hash prefix) the delivery that produced it and keeps the
        state before it: a retry of that delivery, after a process died between saving and
        answering, is answered again from where the person was, not one step further on.
        """
        saved = entry.saved
        state = _parsed(saved)
        mark = delivery[:DELIVERY_MARK] if delivery is not None else None
        if saved is not None and mark is not None and saved.get(AFTER) == mark:
            state = _parsed(saved.get(BEFORE))
        if entry.opted_out is not None:  # kept apart: it outlives the conversation
            state = self.engine.stopped(state, entry.opted_out, inbound)
        turn = self.engine.opt_out(state, inbound) if opt_out else self.engine.handle(state, inbound)
        if turn.state is None:
            turn.forget_messages = _forgotten(state, message.reference)
            return state, turn, DELETE
        turn.state = _remember_first(turn.state, message.reference)
        value = turn.state.to_dict()
        if mark is not None:
            value[AFTER] = mark
            value[BEFORE] = state.to_dict() if state is not None else None
        return state, turn, value

    def _paced(self, entry: Entry, inbound: Inbound) -> Turn:
        """The notice (in the person's language, read without the lock) or silence; silence
        for a person who opted out."""
        saved = _parsed(entry.saved)
        opted_out = entry.opted_out is not None or (saved is not None and saved.opted_out)
        return self.engine.paced(saved.locale if saved is not None else
                                 self.engine.infer_locale(inbound),
                                 notice=entry.pacing is Pacing.NOTICE and not opted_out)

    def _without_state(self, key: str, inbound: Inbound, opt_out: bool
                       ) -> tuple[State | None, Turn]:
        """The store is down or the conversation busy: the stateless answer, or the opt-out
        only; a person this process saw opt out stays opted out."""
        locale = self._fallback.opted_out(key)
        if locale is not None:
            state = self.engine.stopped(None, locale, inbound)
            return state, self.engine.handle(state, inbound)
        return None, self.engine.opt_out(None, inbound) if opt_out else self.engine.stateless(inbound)

    def _keep_opt_out(self, key: str, change: str | None, written: bool) -> None:
        """An opt-out (or a START) is also kept in this process's memory, for outages, and
        queued until the store takes it if the way out could not write it."""
        if change is None:
            return
        self._fallback.mark_opted_out(key, change or None)
        with self._pending_guard:
            self._pending.pop(key, None)
            if written:
                return
            if len(self._pending) >= PENDING_KEPT:
                self._pending.pop(next(iter(self._pending)))
            self._pending[key] = change or None
        log.warning("event=opt-out-pending reason=store-unavailable")

    def _write_pending(self) -> None:
        """Opt-outs and STARTs carried out while the store was down, written now, in order;
        StoreUnavailable (and the rest kept) if it is still down."""
        if not self._pending:
            return
        with self._pending_guard:
            waiting = list(self._pending.items())
        for key, locale in waiting:
            self.store.mark_opted_out(key, locale)
            with self._pending_guard:
                if key in self._pending and self._pending[key] == locale:
                    del self._pending[key]

    def _confirm(self, store: StateStore, delivery: str, claim: str) -> None:
        """The reply was sent: remember the delivery, in the store and in this process (which
        can tell a retry from a new message even while the store is down)."""
        self._settle(lambda: store.confirm_delivery(delivery, claim))
        if store is not self._fallback:
            self._fallback.confirm_delivery(delivery, claim)

    def _unknown_save(self, key: str, value: dict[str, Any], previous: dict[str, Any] | None
                      ) -> None:
        """A save timed out, so it may still land, and the person got the stateless reply
        instead: undo it as soon as the store answers, or their next "1" would be read
        one step further on than the reply they saw."""
        with self._pending_guard:
            if len(self._unknown) >= PENDING_KEPT:
                self._unknown.pop(next(iter(self._unknown)))
            self._unknown[key] = (value, previous)

    def _undo_unknown(self) -> None:
        """Undo the saves whose outcome was unknown (StoreUnavailable while still down)."""
        if not self._unknown:
            return
        with self._pending_guard:
            waiting = list(self._unknown.items())
        for key, undo in waiting:
            self.store.undo(key, *undo)
            with self._pending_guard:
                if self._unknown.get(key) is undo:
                    del self._unknown[key]

    def _duplicate(self, message: Message) -> None:
        """A copy of a delivery answered or being answered: acknowledged, not answered."""
        log.info("event=duplicate channel=%s", message.channel)
        self.observer.duplicate(message.channel)

    def _unavailable(self, error: StoreUnavailable, message: Message) -> None:
        """One warning line: why this turn is answered without state."""
        # One word per field ("circuit-open"), so the JSON log reads every field of the line.
        log.warning("event=store-unavailable reason=%s channel=%s", "-".join(str(error).split()),
                    message.channel)
        self.observer.store_unavailable(str(error))

    def _unsettled(self) -> None:
        """A claim that could be neither confirmed nor released: it expires by itself."""
        log.warning("event=delivery-unsettled reason=store-unavailable")
        self.observer.store_unavailable("delivery-unsettled")

    def _settle(self, action: Callable[[], None]) -> None:
        """Confirm or release a claim; if the store is down the claim simply expires."""
        try:
            action()
        except StoreUnavailable:
            self._unsettled()


def _parsed(saved: Any) -> State | None:
    """A state from a stored value, or None if there is none or it cannot be read."""
    if not isinstance(saved, dict):
        return None
    try:
        return State.from_dict(saved)
    except ValueError:
        log.warning("event=unreadable-state")
        return None


def _opt_out_change(before: State | None, turn: Turn) -> str | None:
    """What the turn did to the opt-out kept apart: None nothing, "" START, else its language."""
    was = before is not None and before.opted_out
    now = turn.state.opted_out if turn.state is not None else was
    if was == now:
        return None
    return turn.state.locale if now and turn.state is not None else ""


def _as_is(turn: Turn) -> Turn:
    """The turn itself, for callers that render it later."""
    return turn


def _remember_first(state: State, reference: int | None) -> State:
    """Keep the id of the conversation's first message, once."""
    if reference is None or state.first_message:
        return state
    return state._replace(first_message=reference)


def _forgotten(state: State | None, reference: int | None) -> tuple[int, int] | None:
    """The ids of the messages of a conversation that was just cleared, if known."""
    if reference is None:
        return None
    first = state.first_message if state is not None and state.first_message else reference
    return (min(first, reference), reference)
