"""SMS segment arithmetic: GSM-7 versus UCS-2, as carriers count it (3GPP TS 23.038)."""

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from bot.text import PLAIN_LETTERS

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


def _pieces(text: str) -> list[str]:
    """Paragraphs, then sentences, then words: the places where a long text may be cut."""
    pieces: list[str] = []
    for paragraph in text.split("\n\n"):
        sentences = re.split(r"(?<=[.!?])\s+", paragraph)
        pieces += [s for s in sentences if s] + ["\n\n"]
    return pieces[:-1]


def split_message(text: str, limit: int = MAX_BODY, max_parts: int = MAX_MESSAGES) -> list[str]:
    """Split text into at most `max_parts` bodies of at most `limit` characters, at sentence
    boundaries where possible; text beyond the last part is cut with '...'."""
    if len(text) <= limit:
        return [text] if text.strip() else []
    parts: list[str] = []
    current = ""
    for piece in _pieces(text):
        words = [piece] if len(piece) <= limit else piece.split(" ")
        words = [w[i:i + limit] for w in words for i in range(0, max(len(w), 1), limit)]
        for word in words:
            glue = "" if not current or piece == "\n\n" or current.endswith("\n\n") else " "
            if len(current) + len(glue) + len(word) > limit:
                parts.append(current.strip())
                current, glue = "", ""
            current += glue + word
    if current.strip():
        parts.append(current.strip())
    if len(parts) > max_parts:
        parts = parts[:max_parts]
        parts[-1] = parts[-1][: limit - 3].rstrip() + "..."
    return [part for part in parts if part]


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
