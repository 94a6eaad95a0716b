"""One turn of a real conversation: pseudonym, dedupe, lock, load, engine, save, one log line.

Log lines name no person: not even the pseudonym, which would let anyone holding the logs follow
one person from topic to topic (see PRIVACY.md).
"""

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from bot.conversation import Inbound, State, Turn
from bot.engine import Engine
from bot.pace import Pace, Pacing
from bot.pseudonym import Pseudonymizer
from bot.store import CLAIM_SECONDS, MemoryStore, StateStore, StoreUnavailable

log = logging.getLogger("kyr.turn")
R = TypeVar("R")
AFTER, BEFORE = "after", "before"  # beside a saved state: the delivery behind it, the state before
DELIVERY_MARK = 16  # hex characters of the hashed delivery id kept with the state
CLAIM_POLL_SECONDS = 0.05  # how often a copy of a delivery being answered looks for the outcome


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


class Conversations:
    """Runs turns against a state store; the only place that maps people to pseudonyms."""

    def __init__(self, engine: Engine, store: StateStore, pseudonymize: Pseudonymizer,
                 clock: Callable[[], float] = time.time,
                 tags: Callable[[str], str] | None = None, pace: Pace | None = None) -> None:
        self.engine = engine
        self.pace = pace  # None: every message is answered (tests, `kyr chat`)
        # While the store cannot be reached, this process still remembers what it answered.
        self._fallback = MemoryStore()
        self.store = store
        self.pseudonymize = pseudonymize
        self.clock = clock
        self.tags = tags  # KYR_LOG_TURN_TAGS=1: a daily tag per person on each line, for debugging

    def handle(self, message: Message) -> Turn | None:
        """Answer a message; None when it is a provider's retry of one already answered."""
        return self.respond(message, _as_is)

    def respond(self, message: Message, produce: Callable[[Turn], R]) -> R | None:
        """Answer a message and turn the answer into what the channel sends (`produce`); None
        for a duplicate of a delivery answered or being answered.

        The delivery is claimed before the turn and confirmed only once `produce` has returned;
        if anything fails in between, the claim is released so the provider's retry is
        answered. If the store is unreachable the person still gets an answer: a stateless one.
        """
        started = time.perf_counter()
        key = self.pseudonymize(message.channel, message.sender)
        inbound = Inbound(message.text, message.channel, self.clock(), message.locale_hint,
                          kind=message.kind)
        delivery = None if message.delivery is None else \
            self.pseudonymize(f"{message.channel}:delivery", message.delivery)
        claim: str | None = None
        settle: StateStore = self.store
        reachable = True
        if delivery is not None:
            try:
                claim = self._claim(delivery)
            except StoreUnavailable as error:
                self._unavailable(error, message)
                reachable = False
                claim = self._fallback.claim_delivery(delivery)
                settle = self._fallback
            else:
                settle = self.store
            if claim is None:
                log.info("event=duplicate channel=%s", message.channel)
                return None
        pacing = self.pace.judge(key) if self.pace is not None else Pacing.ANSWER
        if pacing is not Pacing.ANSWER and self.engine.asks_to_stop(inbound):
            pacing = Pacing.ANSWER  # STOP works at any pace
        try:
            if pacing is not Pacing.ANSWER:
                state, turn = None, self._paced(key, inbound, pacing, reachable)
                produced = produce(turn)
            elif reachable:
                state, turn, produced = self._turn(key, inbound, message, produce, delivery)
            else:
                state, (turn, produced) = None, self._stateless(inbound, produce)
        except BaseException:
            if delivery is not None and claim is not None:
                self._settle(settle.release_delivery, delivery, claim)
            raise
        if delivery is not None and claim is not None:
            self._settle(settle.confirm_delivery, delivery, claim)
        where = turn.state or state
        log.info("event=%s channel=%s flow=%s node=%s locale=%s match=%s ms=%.1f%s", turn.name,
                 message.channel, where.flow if where else "-", where.node if where else "-",
                 turn.reply.locale, turn.band or "-", (time.perf_counter() - started) * 1000,
                 f" tag={self.tags(key)}" if self.tags is not None else "")
        return produced

    def _claim(self, delivery: str) -> str | None:
        """A claim on the delivery, or None for a duplicate. A copy that arrives while another
        process holds the claim waits for the outcome: answered (None), or released or expired
        because that process failed or died (then this copy answers it)."""
        if self._fallback.delivery_answered(delivery):
            return None  # answered here while the store was down
        claim = self.store.claim_delivery(delivery)
        deadline = time.monotonic() + CLAIM_SECONDS + CLAIM_POLL_SECONDS
        while claim is None:
            if self.store.delivery_answered(delivery) or time.monotonic() > deadline:
                return None
            time.sleep(CLAIM_POLL_SECONDS)
            claim = self.store.claim_delivery(delivery)
        return claim

    def _turn(self, key: str, inbound: Inbound, message: Message, produce: Callable[[Turn], R],
              delivery: str | None) -> tuple[State | None, Turn, R]:
        """Load, run the engine, produce the reply, then save: a failure before the save leaves
        the state as it was, so a retry gets the same answer. A reply whose state could not be
        stored is replaced by the stateless one: a menu nobody remembers would answer the next
        "1" wrongly.

        The saved state names (by a hash prefix) the delivery that produced it and keeps the
        state before it: a retry of that delivery, after a process died between saving and
        answering, is answered again from where the person was, not one step further on.
        """
        state: State | None = None
        try:
            with self.store.lock(key):
                saved = self.store.load(key)
                state = _parsed(saved)
                mark = delivery[:DELIVERY_MARK] if delivery is not None else None
                if saved is not None and mark is not None and saved.get(AFTER) == mark:
                    state = _parsed(saved.get(BEFORE))
                turn = self.engine.handle(state, inbound)
                if turn.state is None:
                    turn.forget_messages = _forgotten(state, message.reference)
                produced = produce(turn)
                if turn.state is None:
                    self.store.delete(key)
                else:
                    turn.state = _remember_first(turn.state, message.reference)
                    value = turn.state.to_dict()
                    if mark is not None:
                        value[AFTER] = mark
                        value[BEFORE] = state.to_dict() if state is not None else None
                    self.store.save(key, value)
        except StoreUnavailable as error:
            self._unavailable(error, message)
            return (state, *self._stateless(inbound, produce))
        return state, turn, produced

    def _paced(self, key: str, inbound: Inbound, pacing: Pacing, reachable: bool) -> Turn:
        """The notice (in the person's language, read without the lock) or silence."""
        locale: str | None = None
        if pacing is Pacing.NOTICE and reachable:
            try:
                saved = self._load(key)
                locale = saved.locale if saved is not None else None
            except StoreUnavailable:
                pass
        return self.engine.paced(locale or self.engine.infer_locale(inbound),
                                 notice=pacing is Pacing.NOTICE)

    def _stateless(self, inbound: Inbound, produce: Callable[[Turn], R]) -> tuple[Turn, R]:
        """The answer without state, produced."""
        turn = self.engine.stateless(inbound)
        return turn, produce(turn)

    @staticmethod
    def _unavailable(error: StoreUnavailable, message: Message) -> None:
        """One warning line: why this turn is answered without state."""
        log.warning("event=store-unavailable reason=%s channel=%s", error, message.channel)

    @staticmethod
    def _settle(action: Callable[[str, str], None], delivery: str, claim: str) -> None:
        """Confirm or release a claim; if the store is down the claim simply expires."""
        try:
            action(delivery, claim)
        except StoreUnavailable:
            log.warning("event=delivery-unsettled reason=store-unavailable")

    def _load(self, key: str) -> State | None:
        """The saved state, or None if there is none or it cannot be read."""
        return _parsed(self.store.load(key))


def _parsed(saved: Any) -> State | None:
    """A state from a stored value, or None if there is none or it cannot be read."""
    if not isinstance(saved, dict):
        return None
    try:
        return State.from_dict(saved)
    except ValueError:
        log.warning("event=unreadable-state")
        return None


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
