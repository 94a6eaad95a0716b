"""Normalising what people type so keywords match across case, accents, digits and punctuation."""

import re
import unicodedata
from collections.abc import Mapping

# Characters people put around a keyword that never change its meaning ("1.", "¿menú?", "/start").
_EDGE_PUNCTUATION = " \t\r\n.,;:!?¡¿'\"()[]{}<>/\\*#-_~`“”‘’«»。、！？،؛؟"


# Letters Unicode does not decompose but that have a plain form people write (Vietnamese đ is
# d in unaccented text, French œ is oe). Used for what people type and for folding SMS.
PLAIN_LETTERS = {"đ": "d", "Đ": "D", "œ": "oe", "Œ": "OE", "ı": "i"}


def _fold_char(char: str) -> str:
    """Map any Unicode decimal digit to ASCII, drop combining accents, write đ as d."""
    if char in PLAIN_LETTERS:
        return PLAIN_LETTERS[char]
    if char.isdigit():
        try:
            return str(unicodedata.digit(char))
        except ValueError:
            return char
    return "" if unicodedata.combining(char) else char


_FORMAT_CHARACTERS = (0x00AD, 0x061C, 0x180E, *range(0x200B, 0x2010), *range(0x202A, 0x202F),
                      *range(0x2060, 0x2065), *range(0x2066, 0x2070), 0xFEFF,
                      *range(0xFFF9, 0xFFFC))

def latin_lookalike(text: str, lookalikes: Mapping[str, str]) -> str | None:
    """A normalised text written in Latin letters and letters drawn like them (ЅТОР, ꜱᴛᴏᴘ,
    🆂🆃🅾🅿; the table comes from bot.content.lookalikes), as plain Latin; None when it uses
    another letter (a Russian or Greek word stays itself)."""
    if text.isascii() or not any(char in lookalikes for char in text):
        return None
    if any(char.isalpha() and not char.isascii() and char not in lookalikes for char in text):
        return None
    return "".join(lookalikes.get(char, char) for char in text)


def _fold_table() -> dict[int, str | None]:
    """One translate table for the blocks where the basic plane's accents, diacritics, vowel
    marks and non-ASCII digits live (built in about 2 ms): translate() folds in C what
    _fold_char would one character at a time."""
    table: dict[int, str | None] = {ord(k): v for k, v in PLAIN_LETTERS.items()}
    # Invisible format characters (zero-width spaces, bidi overrides, the soft hyphen) never
    # change what a word means, and would hide a STOP ("S\u200bTOP").
    table.update({code: None for code in _FORMAT_CHARACTERS})
    for low, high in ((0x0300, 0x1E00), (0x2000, 0x2100), (0x3000, 0x3040), (0xA000, 0xAC00),
                      (0xFE00, 0xFE30), (0xFF00, 0xFFF0)):
        for code in range(low, high):
            folded = _fold_char(chr(code))
            if folded != chr(code):
                table[code] = folded or None
    return table


_FOLD = _fold_table()
_BEYOND_TABLE = "\uffff"  # beyond it (rare: other planes' digits and marks), fold one by one


def normalize(text: str) -> str:
    """Fold text to the form keywords are compared in: no accents, lower case, single spaces."""
    if text.isascii():  # most messages: nothing to decompose, and casefold equals lower
        return " ".join(text.lower().split()).strip(_EDGE_PUNCTUATION)
    decomposed = unicodedata.normalize("NFKD", text)
    if max(decomposed) <= _BEYOND_TABLE:
        folded = decomposed.translate(_FOLD).casefold()
    else:
        folded = "".join(_fold_char(char) for char in decomposed).casefold()
    return " ".join(folded.split()).strip(_EDGE_PUNCTUATION)


def split_keywords(value: str) -> list[str]:
    """Split a comma-separated keyword list (as translators write it) into normalised keywords."""
    return [word for word in (normalize(part) for part in value.split(",")) if word]


_ALNUM_RUN = re.compile(r"[^\W_]+")  # letters and digits: what str.isalnum() accepts


def tokens(text: str) -> list[str]:
    """Split normalised text into words, for guessing the language of a first message."""
    return _ALNUM_RUN.findall(normalize(text))


def _pieces(text: str) -> list[str]:
    """Paragraphs, then sentences, then words: the places where a long text may be cut."""
    pieces: list[str] = []
    for paragraph in text.split("\n\n"):
        sentences = re.split(r"(?<=[.!?])\s+", paragraph)
        pieces += [s for s in sentences if s] + ["\n\n"]
    return pieces[:-1]


def split_message(text: str, limit: int, max_parts: int) -> list[str]:
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
