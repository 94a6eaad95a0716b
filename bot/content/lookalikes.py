"""Letters drawn like Latin ones, for reading a keyword written with them (ЅТОР, ꜱᴛᴏᴘ, 🆂🆃🅾🅿).

Generated, not listed by hand: from Unicode's confusables data as the confusable_homoglyphs
package ships it (a character Unicode says is confusable with a Latin letter), and from
Unicode's character names (small capitals, squared, circled and parenthesized letters, the
regional indicator letters that make flags). Read once, when the content is built; the engine
only uses the table.
"""

import json
import re
import sys
import unicodedata
from collections.abc import Iterable
from functools import cache
from importlib import resources

# Blocks where letters drawn like Latin ones live under names that say which letter they are.
NAMED_BLOCKS = ((0x1D00, 0x1DC0), (0x2100, 0x2150), (0x2460, 0x2500), (0xA700, 0xA800),
                (0xFF00, 0xFF60), (0x1D400, 0x1D800), (0x1F100, 0x1F200))
_NAMED = re.compile(r"(?:LATIN (?:LETTER SMALL CAPITAL|CAPITAL LETTER|SMALL LETTER)|"
                    r"REGIONAL INDICATOR SYMBOL LETTER|MATHEMATICAL [A-Z -]*(?:CAPITAL|SMALL)) "
                    r"([A-Z])$")


@cache
def lookalike_table() -> dict[str, str]:
    """Each non-ASCII letter that is drawn like one Latin letter, to that letter (lower case)."""
    table: dict[str, str] = {}
    for char, letter in (*_confusables(), *_named()):
        for form in {char, char.casefold(), unicodedata.normalize("NFKD", char).casefold()}:
            if len(form) == 1 and not form.isascii():
                table.setdefault(form, letter)
    return table


def _confusables() -> Iterable[tuple[str, str]]:
    """Characters Unicode's confusables data pairs with an ASCII letter, directly or through
    one other character (ᴛ is confusable with τ, which is with t)."""
    text = resources.files("confusable_homoglyphs").joinpath("confusables.json").read_text(
        encoding="utf-8")
    data: dict[str, list[dict[str, str]]] = json.loads(text)
    direct: dict[str, str] = {}
    for char, glyphs in data.items():
        letter = next((g["c"].lower() for g in glyphs if _ascii_letter(g["c"])), None)
        if letter is not None and not _ascii_letter(char):
            direct[char] = letter
    for char, glyphs in data.items():
        if char in direct or _ascii_letter(char):
            continue
        letter = next((direct[g["c"]] for g in glyphs if g["c"] in direct), None)
        if letter is not None:
            yield char, letter
    yield from direct.items()


def _named() -> Iterable[tuple[str, str]]:
    """Letters whose Unicode name says which Latin letter they are drawn as."""
    for start, end in NAMED_BLOCKS:
        for code in range(start, min(end, sys.maxunicode + 1)):
            found = _NAMED.search(unicodedata.name(chr(code), ""))
            if found is not None:
                yield chr(code), found.group(1).lower()


def _ascii_letter(text: str) -> bool:
    """True for one ASCII letter."""
    return len(text) == 1 and text.isascii() and text.isalpha()
