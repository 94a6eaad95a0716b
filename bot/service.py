"""One turn of a real conversation: pseudonym, dedupe, lock, load, engine, save, one log line."""

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from bot.conversation import Inbound, State, Turn
from bot.engine import Engine
from bot.pseudonym import Pseudonymizer
from bot.store import StateStore, StoreUnavailable

log = logging.getLogger("kyr.turn")
PSEUDONYM_SHOWN = 8  # characters of the pseudonym written to logs: enough to follow one conversation


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
                 clock: Callable[[], float] = time.time) -> None:
        self.engine = engine
        self.store = store
        self.pseudonymize = pseudonymize
        self.clock = clock

    def handle(self, message: Message) -> Turn | None:
        """Answer a message; None when it is a provider's retry of one already answered.

        If the store is unreachable the person still gets an answer: a stateless one.
        """
        started = time.perf_counter()
        key = self.pseudonymize(message.channel, message.sender)
        inbound = Inbound(message.text, message.channel, self.clock(), message.locale_hint,
                          kind=message.kind)
        state: State | None = None
        turn: Turn | None = None
        try:
            if message.delivery is not None and not self.store.first_delivery(
                    self.pseudonymize(f"{message.channel}:delivery", message.delivery)):
                log.info("event=duplicate channel=%s who=%s", message.channel, key[:PSEUDONYM_SHOWN])
                return None
            with self.store.lock(key):
                state = self._load(key)
                turn = self.engine.handle(state, inbound)
                if turn.state is None:
                    self.store.delete(key)
                    turn.forget_messages = _forgotten(state, message.reference)
                else:
                    turn.state = _remember_first(turn.state, message.reference)
                    self.store.save(key, turn.state.to_dict())
        except StoreUnavailable as error:
            log.warning("event=store-unavailable reason=%s channel=%s who=%s", error,
                        message.channel, key[:PSEUDONYM_SHOWN])
            if turn is None:
                turn = self.engine.stateless(inbound)
        where = turn.state or state
        log.info("event=%s channel=%s flow=%s node=%s locale=%s match=%s who=%s ms=%.1f", turn.event,
                 message.channel, where.flow if where else "-", where.node if where else "-",
                 turn.reply.locale, turn.band or "-", key[:PSEUDONYM_SHOWN],
                 (time.perf_counter() - started) * 1000)
        return turn

    def _load(self, key: str) -> State | None:
        """The saved state, or None if there is none or it cannot be read."""
        saved = self.store.load(key)
        if saved is None:
            return None
        try:
            return State.from_dict(saved)
        except ValueError:
            log.warning("event=unreadable-state who=%s", key[:PSEUDONYM_SHOWN])
            return None


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
