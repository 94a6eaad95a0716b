"""Normalising what people type so keywords match across case, accents, digits and punctuation."""

import unicodedata

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


def normalize(text: str) -> str:
    """Fold text to the form keywords are compared in: no accents, lower case, single spaces."""
    if text.isascii():  # most messages: nothing to decompose, and casefold equals lower
        return " ".join(text.lower().split()).strip(_EDGE_PUNCTUATION)
    decomposed = unicodedata.normalize("NFKD", text)
    folded = "".join(_fold_char(char) for char in decomposed).casefold()
    words = folded.split()
    return " ".join(words).strip(_EDGE_PUNCTUATION)


def split_keywords(value: str) -> list[str]:
    """Split a comma-separated keyword list (as translators write it) into normalised keywords."""
    return [word for word in (normalize(part) for part in value.split(",")) if word]


def tokens(text: str) -> list[str]:
    """Split normalised text into words, for guessing the language of a first message."""
    cleaned = "".join(char if char.isalnum() else " " for char in normalize(text))
    return cleaned.split()
