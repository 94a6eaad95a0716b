"""The values that cross the engine boundary: state, an inbound message, a structured reply."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, NamedTuple

HISTORY_LIMIT = 10  # BACK remembers at most this many steps; older ones are forgotten
OFFER_LIMIT = 3  # "did you mean" offers at most this many nodes


class State(NamedTuple):
    """All the engine keeps about a conversation: where it is, never what was said.

    A NamedTuple: immutable like a frozen dataclass, but several times cheaper to build, and
    the engine builds one or two on every turn.
    """

    flow: str
    node: str
    locale: str
    history: tuple[str, ...] = ()
    misses: int = 0
    opted_out: bool = False
    started_at: float = 0.0
    updated_at: float = 0.0
    # The channel's id of this conversation's first message (Telegram), so CLEAR can delete the
    # conversation's messages there; 0 when unknown. The engine only carries it.
    first_message: int = 0
    # Which page of the node's reply was shown last, when an SMS reply had to be cut into pages.
    page: int = 0
    # The U.S. state (two-letter code) the person gave in this conversation, so HELP and "how do
    # I get a lawyer" name that state's lines; "" until they give one.
    region: str = ""
    # The nodes (flow/node) a "did you mean" question offered, numbered from 1, until the next
    # message; never the words that led to them.
    offer: tuple[str, ...] = ()

    def at(self, flow: str, node: str, remember: bool = True) -> "State":
        """The state moved to another node, remembering where it came from for BACK."""
        history = self.history
        if remember and (flow, node) != (self.flow, self.node):
            history = (*history, f"{self.flow}/{self.node}")[-HISTORY_LIMIT:]
        return State(flow, node, self.locale, history, 0, self.opted_out, self.started_at,
                     self.updated_at, self.first_message, 0, self.region, ())

    def touched(self, locale: str, now: float) -> "State":
        """The state as of a new message: its (possibly corrected) locale and time."""
        return State(self.flow, self.node, locale, self.history, self.misses, self.opted_out,
                     self.started_at, now, self.first_message, self.page, self.region, self.offer)

    def to_dict(self) -> dict[str, Any]:
        """A plain dict for a state store."""
        data = self._asdict()
        data["history"] = list(self.history)
        data["offer"] = list(self.offer)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "State":
        """Rebuild a state from a store; raises ValueError if it is not a state."""
        try:
            return cls(
                flow=str(data["flow"]), node=str(data["node"]), locale=str(data["locale"]),
                history=tuple(str(step) for step in data.get("history", ()))[-HISTORY_LIMIT:],
                misses=int(data.get("misses", 0)), opted_out=bool(data.get("opted_out", False)),
                started_at=float(data.get("started_at", 0.0)),
                updated_at=float(data.get("updated_at", 0.0)),
                first_message=int(data.get("first_message", 0)),
                page=int(data.get("page", 0)),
                region=str(data.get("region", ""))[:2],
                offer=tuple(str(key) for key in data.get("offer", ()))[:OFFER_LIMIT],
            )
        except (KeyError, TypeError) as error:
            raise ValueError(f"not a conversation state: {error}") from None


@dataclass(frozen=True)
class Inbound:
    """One message from a person, as a channel hands it to the engine."""

    text: str
    channel: str = "sms"
    received_at: float = 0.0
    locale_hint: str | None = None  # e.g. Telegram's language_code: a hint, never an answer
    locale: str | None = None  # a language already chosen outside the chat (e.g. `kyr chat --lang`)
    kind: str = "text"  # "unsupported": a photo, sticker, voice note... that the bot cannot read


@dataclass(frozen=True)
class Say:
    """A Fluent message to show; `locale` overrides the reply's (a language named in itself)."""

    id: str
    args: Mapping[str, str | float] = field(default_factory=dict)
    locale: str | None = None


@dataclass(frozen=True)
class Choice:
    """An option to show: the key a person can send and its label."""

    key: str
    label: Say


@dataclass(slots=True)  # built on every turn; not frozen because frozen init is slow
class Reply:
    """What to say back, in structure; a channel turns it into text, menus or buttons."""

    locale: str
    messages: tuple[Say, ...] = ()
    choices: tuple[Choice, ...] = ()
    # Where the reply presents a node: how many messages (notices) come before the node's own,
    # so SMS can show its first page without reading the reply back. -1: no node presented.
    lead: int = -1
    # The reply hands out the rights card, in the reply's language: channels attach the picture
    # (or, where none can be sent, its officers' side as text and a link).
    card: bool = False

    def prefixed(self, prefix: tuple[Say, ...]) -> "Reply":
        """The same reply with messages put before it."""
        lead = self.lead + len(prefix) if self.lead >= 0 else -1
        return Reply(self.locale, (*prefix, *self.messages), self.choices, lead, self.card)

    @property
    def silent(self) -> bool:
        """True when nothing should be sent (after an SMS opt-out the carrier confirms)."""
        return not self.messages and not self.choices


class TurnEvent(StrEnum):
    """What a turn did, as the log line names it."""

    OPTION = "option"
    END = "end"
    MENU = "menu"
    BACK = "back"
    BACK_AT_START = "back-at-start"
    LANGUAGE = "language"
    LANGUAGE_MENU = "language-menu"
    RESET = "reset"
    GREET = "greet"
    START = "start"
    ROUTED = "routed"
    PAGE = "page"
    OFFER = "offer"
    UNKNOWN = "unknown"
    STUCK = "stuck"
    HELP = "help"
    STOP = "stop"
    CLEAR = "clear"
    TEXT_ONLY = "text-only"
    IGNORED_OPTED_OUT = "ignored-opted-out"
    PACED_NOTICE = "paced-notice"
    PACED_QUIET = "paced-quiet"
    CARD = "card"  # the card command word: the rights card, from anywhere
    CRISIS = "crisis"  # a medical emergency or despair: 911 or 988 first, above every topic
    DEGRADED = "stateless"  # the store is down and the message named no topic: a hotline

    @property
    def presenting(self) -> bool:
        """True if the reply presents the person's node (on SMS: its first page)."""
        return self in _PRESENTING

    @property
    def free_text(self) -> bool:
        """True if free text decided, or failed to decide, the reply (`kyr chat --explain`)."""
        return self in _FREE_TEXT


_PRESENTING = frozenset({TurnEvent.OPTION, TurnEvent.END, TurnEvent.MENU, TurnEvent.BACK,
                         TurnEvent.CARD, TurnEvent.BACK_AT_START, TurnEvent.LANGUAGE, TurnEvent.RESET,
                         TurnEvent.GREET, TurnEvent.START, TurnEvent.LANGUAGE_MENU,
                         TurnEvent.ROUTED, TurnEvent.CRISIS})
_FREE_TEXT = frozenset({TurnEvent.ROUTED, TurnEvent.OFFER, TurnEvent.UNKNOWN, TurnEvent.STUCK,
                        TurnEvent.GREET, TurnEvent.LANGUAGE_MENU, TurnEvent.STOP, TurnEvent.CRISIS})


@dataclass(slots=True)
class Turn:
    """The engine's answer: the new state (None: forget the person) and the reply."""

    state: State | None
    reply: Reply
    event: TurnEvent
    # Set by the service on CLEAR: the channel's message ids (first, last) of the forgotten
    # conversation, for channels that can delete them.
    forget_messages: tuple[int, int] | None = None
    # How well free text matched the node it led to (high: answered, mid: "did you mean"), for
    # the log line; "" when no free text decided the reply. Never the text itself.
    band: str = ""
    # Answered without the saved state (the store is down or the save failed).
    stateless: bool = False

    @property
    def name(self) -> str:
        """The event as the log line says it: stateless-routed, option, ..."""
        return f"stateless-{self.event}" if self.stateless else str(self.event)
