"""SMS segment arithmetic: GSM-7 versus UCS-2, as carriers count it (3GPP TS 23.038)."""

from dataclasses import dataclass

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


def is_gsm7(text: str) -> bool:
    """True if every character of the text has a GSM-7 encoding."""
    return all(char in GSM7_BASIC or char in GSM7_EXTENSION for char in text)


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
        sizes = [2 if char in GSM7_EXTENSION else 1 for char in text]
        return Segments("GSM-7", sum(sizes), _parts(sizes, GSM7_SINGLE, GSM7_PART))
    sizes = [2 if ord(char) > 0xFFFF else 1 for char in text]  # surrogate pairs stay together
    return Segments("UCS-2", sum(sizes), _parts(sizes, UCS2_SINGLE, UCS2_PART))
