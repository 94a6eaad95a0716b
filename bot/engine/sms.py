"""Everything about a reply travelling by SMS, in one place: GSM-7 versus UCS-2 segment
arithmetic as carriers count it (3GPP TS 23.038), folding to GSM-7 (decided once per
deployment and language), measuring, cutting long replies into pages with More and Back, and
the final bodies the channel sends and the simulator shows.

A text in Arabic, Russian, Hindi or Chinese travels as UCS-2: 67 characters a segment instead of
153. Replies written for English would cost twice as many segments, so on SMS they are shown a
page at a time. Pages are cut between messages, never inside one, and only where needed.
"""

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from bot.content.localization import Localizer
from bot.engine.conversation import Choice, Reply, Say
from bot.engine.render import render, sms_text
from bot.engine.text import PLAIN_LETTERS, split_message

MAX_REPLY_SEGMENTS = 3  # a reply longer than this costs people and carriers too much
MAX_MENU_SEGMENTS = 2
T = TypeVar("T")
KEPT = 50_000  # measured replies and finished bodies remembered; all are made of the content

# GSM 03.38 basic character set: one septet each.
GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
# Extension table: an escape plus the character, two septets each.
GSM7_EXTENSION = frozenset("\f^{}\\[~]|€")

GSM7_SINGLE, GSM7_PART = 160, 153  # septets in one message, and per part of a long one
UCS2_SINGLE, UCS2_PART = 70, 67  # UTF-16 code units likewise


@dataclass(frozen=True)
class Segments:
    """How a text travels by SMS: its encoding, its length in units, its number of parts."""

    encoding: str  # "GSM-7" or "UCS-2"
    units: int
    count: int


GSM7 = GSM7_BASIC | GSM7_EXTENSION


def is_gsm7(text: str) -> bool:
    """True if every character of the text has a GSM-7 encoding."""
    return GSM7.issuperset(text)


def _parts(sizes: list[int], single: int, part: int) -> int:
    """Number of parts when units of these sizes are packed without splitting any of them."""
    total = sum(sizes)
    if total == 0:
        return 0
    if total <= single:
        return 1
    count, used = 1, 0
    for size in sizes:
        if used + size > part:
            count, used = count + 1, 0
        used += size
    return count


def segments(text: str) -> Segments:
    """Count the SMS parts a text needs; one non-GSM-7 character makes the whole text UCS-2."""
    if is_gsm7(text):
        escapes = GSM7_EXTENSION.intersection(text)
        if not escapes:
            return Segments("GSM-7", len(text), _even_parts(len(text), GSM7_SINGLE, GSM7_PART))
        sizes = [2 if char in escapes else 1 for char in text]
        return Segments("GSM-7", sum(sizes), _parts(sizes, GSM7_SINGLE, GSM7_PART))
    if text.isascii() or max(text) <= "\uffff":  # no surrogate pair to keep together
        return Segments("UCS-2", len(text), _even_parts(len(text), UCS2_SINGLE, UCS2_PART))
    sizes = [2 if ord(char) > 0xFFFF else 1 for char in text]  # surrogate pairs stay together
    return Segments("UCS-2", sum(sizes), _parts(sizes, UCS2_SINGLE, UCS2_PART))


def _even_parts(units: int, single: int, part: int) -> int:
    """Number of parts for units of one size each: what _parts gives, without the list."""
    return 0 if units == 0 else 1 if units <= single else -(-units // part)


# Typographic characters that have a plain GSM-7 equivalent; one of them alone would make a
# whole SMS UCS-2 and cut its capacity from 160 to 70 characters.
_PLAIN_PUNCTUATION = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"', "\u2033": '"',
    "\u2013": "-", "\u2014": "-", "\u2011": "-", "\u2212": "-",
    "\u2026": "...", "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ",
    "\u2068": None, "\u2069": None, "\u2066": None, "\u2067": None, "\u200e": None, "\u200f": None,
})

MAX_BODY = 1600  # Twilio's limit for one message body: https://www.twilio.com/docs/glossary/what-sms-character-limit
MAX_MESSAGES = 10  # Twilio sends at most 10 <Message> elements in reply to one inbound message


@lru_cache(maxsize=8192)  # replies are mostly the same few thousand static texts
def plain_punctuation(text: str) -> str:
    """Replace smart quotes, dashes, ellipses, special spaces and bidi marks with GSM-7 ones."""
    return text if text.isascii() else text.translate(_PLAIN_PUNCTUATION)


@lru_cache(maxsize=8192)
def fold_to_gsm7(text: str) -> str:
    """Replace each character outside GSM-7 by its nearest GSM-7 form where one exists (á -> a,
    ç -> c), keeping those GSM-7 has (é, ñ, ü, à, ¿, ¡). Characters with no such form are kept,
    so a text that cannot be folded stays readable, in UCS-2."""
    return plain_punctuation(text).translate(_FOLDED)


class _FoldTable(dict[int, str]):
    """A str.translate table filled in as characters are met: each is folded once per process."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold(chr(code))
        return folded


_FOLDED = _FoldTable()


def _fold(char: str) -> str:
    """One character folded to GSM-7 if that keeps its letter."""
    if char in GSM7_BASIC or char in GSM7_EXTENSION:
        return char
    if char in PLAIN_LETTERS:
        return PLAIN_LETTERS[char]
    base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    return base if base and all(c in GSM7_BASIC for c in base) else char


Shape = tuple[object, ...]


def _shape(reply: Reply) -> Shape:
    """A hashable copy of a reply: the same shape always reads and measures the same. Every
    argument comes from the content (a state's name, a line's number), never from a person."""
    return (reply.locale,
            tuple((say.id, tuple(say.args.items()), say.locale) for say in reply.messages),
            tuple((choice.key, choice.label.id, tuple(choice.label.args.items()), choice.label.locale)
                  for choice in reply.choices))


class SmsOut:
    """How one deployment sends replies by SMS: folded to GSM-7 for the languages that allow it
    (or for none), measured, cut into pages, finished into bodies. Shared by every thread: its
    memories only ever gain entries computed from the content."""

    def __init__(self, localizer: Localizer, fold_locales: frozenset[str]) -> None:
        self.localizer = localizer
        self.fold_locales = fold_locales
        self._measured: dict[Shape, tuple[Segments, Segments]] = {}
        self._bodies: dict[Shape, tuple[str, ...]] = {}

    def unfolded(self) -> "SmsOut":
        """The same without folding (WhatsApp carries any letter at no extra cost)."""
        return SmsOut(self.localizer, frozenset())

    def finish(self, locale: str, text: str) -> str:
        """Text as it is sent: folded where this language allows it, else plain punctuation."""
        return fold_to_gsm7(text) if locale in self.fold_locales else plain_punctuation(text)

    def text(self, reply: Reply) -> str:
        """The whole SMS text of a reply: paragraphs, the numbered menu, finished."""
        return self.finish(reply.locale, sms_text(render(reply, self.localizer)))

    def bodies(self, reply: Reply) -> tuple[str, ...]:
        """The bodies to send, split at sentences within Twilio's limits; () for silence."""
        if reply.silent:
            return ()
        shape = _shape(reply)
        found = self._bodies.get(shape)
        if found is None:
            found = _remember(self._bodies, shape,
                              tuple(split_message(self.text(reply), MAX_BODY, MAX_MESSAGES)))
        return found

    def measure(self, reply: Reply) -> tuple[Segments, Segments]:
        """Segments of the whole reply and of its menu alone."""
        shape = _shape(reply)
        found = self._measured.get(shape)
        if found is None:
            rendered = render(reply, self.localizer)
            menu = "\n".join(f"{key}) {label}" for key, label in rendered.options)
            found = _remember(self._measured, shape, (
                segments(self.finish(reply.locale, sms_text(rendered))),
                segments(self.finish(reply.locale, menu))))
        return found

    def fits(self, reply: Reply) -> bool:
        """True if the reply is within 3 segments and its menu within 2."""
        whole, menu = self.measure(reply)
        return whole.count <= MAX_REPLY_SEGMENTS and menu.count <= MAX_MENU_SEGMENTS

    def paginate(self, locale: str, messages: Sequence[Say], choices: tuple[Choice, ...],
                 page_choices: tuple[Choice, ...], first_prefix: tuple[Say, ...] = ()
                 ) -> tuple[int, ...]:
        """The index of the first message of each page: (0,) when the whole reply fits.

        Every page but the last offers `page_choices` (More, Main menu); the last offers the
        node's own `choices`. The first page keeps room for `first_prefix` (a notice that may
        precede it). A message too long for any page still gets a page of its own; `kyr check`
        reports it.
        """
        if self.fits(Reply(locale, (*first_prefix, *messages), choices)):
            return (0,)
        starts = [0]
        for index in range(1, len(messages) + 1):
            start = starts[-1]
            prefix = first_prefix if start == 0 else ()
            last = index == len(messages)
            page = Reply(locale, (*prefix, *messages[start:index]), choices if last else page_choices)
            if self.fits(page) or index - start == 1:
                continue
            starts.append(index - 1)  # the message that overflowed opens the next page
        return tuple(starts)


def page_of(locale: str, said: Sequence[Say], starts: Sequence[int], page: int,
            choices: tuple[Choice, ...], page_choices: tuple[Choice, ...],
            prefix: tuple[Say, ...] = ()) -> Reply:
    """One page of a node's reply: its messages, then More (every page but the last) or the
    node's own options. A saved page beyond an edited node's last one shows the last."""
    page = min(page, len(starts) - 1)
    end = starts[page + 1] if page + 1 < len(starts) else len(said)
    last = page + 1 >= len(starts)
    return Reply(locale, (*prefix, *said[starts[page]:end]), choices if last else page_choices)


def turned_page(starts: Sequence[int], page: int, more: bool, back: bool) -> int | None:
    """The page a More or a Back leads to, or None where it does not turn a page."""
    if more and page + 1 < len(starts):
        return page + 1
    if back and page > 0:
        return page - 1
    return None


def _remember(memory: dict[Shape, T], shape: Shape, value: T) -> T:
    """Keep a computed value, starting again if the memory is full."""
    if len(memory) >= KEPT:
        memory.clear()
    memory[shape] = value
    return value
