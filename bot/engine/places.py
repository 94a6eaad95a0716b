"""U.S. places people type (a ZIP code, a state's name in any shipped language) as a state code.

State names come from the ISO 3166-2 translations that the pycountry package ships (Spanish,
Chinese, Vietnamese, French, Russian, Hindi, ...) and from each language's word list,
`locales/<language>/places.ftl`, where translators add the names pycountry lacks (Arabic,
Haitian Creole, Portuguese) and the spellings people use. Everything is read once, at start-up.
"""

import gettext
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

import pycountry
import zipcodes

from bot.content.localization import Localizer
from bot.engine.text import split_keywords, tokens

PLACES_PREFIX = "places-"  # places-ny = Nueva York, NY: the name shown first, then other spellings
# The ISO 3166-2 catalog to read for a shipped language, when its code alone is not the name.
GETTEXT_LANGUAGES = {"zh": ["zh_CN", "zh"], "pt": ["pt_BR", "pt"]}
ZIP_DIGITS = 5
# Chinese writes 加州 for California as often as 加利福尼亚州: the suffix 州 (state) is optional.
OPTIONAL_SUFFIXES = ("州",)


@dataclass(frozen=True)
class PlaceCollision:
    """A name a language's word list gives to two states."""

    locale: str
    name: str
    codes: tuple[str, ...]


@cache
def us_states() -> dict[str, str]:
    """The 50 states, DC and Puerto Rico: two-letter code to English name (from pycountry)."""
    subdivisions = pycountry.subdivisions.get(country_code="US")  # type: ignore[no-untyped-call]
    found = {sub.code.removeprefix("US-"): sub.name for sub in subdivisions
             if sub.type in ("State", "District") or sub.code == "US-PR"}
    return dict(sorted(found.items()))


@cache
def _zip_states() -> dict[str, str]:
    """ZIP code to state, from the zipcodes package's offline data (read once, at start-up)."""
    entries: list[dict[str, Any]] = zipcodes.list_all()  # type: ignore[no-untyped-call]  # untyped upstream
    # One string per state, not one per ZIP code: pickled and loaded once each.
    return {entry["zip_code"]: sys.intern(entry["state"]) for entry in entries}


def _iso_names(locale: str) -> dict[str, str]:
    """Each state's name in a language as pycountry's ISO 3166-2 translations give it."""
    languages = GETTEXT_LANGUAGES.get(locale, [locale])
    catalog = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=languages,
                                  fallback=True)
    return {code: catalog.gettext(name) for code, name in us_states().items()}


def _key(name: str) -> str:
    """A name as it is compared: the words of its normalised form, single-spaced."""
    return " ".join(tokens(name))


def _variants(name: str) -> Iterable[str]:
    """A name and its forms without an optional suffix."""
    key = _key(name)
    yield key
    for suffix in OPTIONAL_SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix) + 1:
            yield key.removesuffix(suffix)


class Places:
    """State names in every shipped language, and the parsers the flows' `input:` kinds use."""

    def __init__(self, localizer: Localizer) -> None:
        self.collisions: list[PlaceCollision] = []
        self._names: dict[tuple[str, str], str] = {}  # (code, locale) -> name shown
        listed: dict[str, dict[str, set[str]]] = {}  # locale -> key -> codes, from word lists
        iso: dict[str, set[str]] = defaultdict(set)
        for code, english in us_states().items():
            iso[_key(english)].add(code)
        for locale in localizer.locales:
            listed[locale] = defaultdict(set)
            for code, name in _iso_names(locale).items():
                self._names[(code, locale)] = name
                for key in _variants(name):
                    iso[key].add(code)
            for code in us_states():
                message_id = PLACES_PREFIX + code.lower()
                if not localizer.has(locale, message_id):
                    continue
                listed_names = localizer.format(locale, message_id)
                self._names[(code, locale)] = listed_names.split(",")[0].strip()  # shown first
                for word in split_keywords(listed_names):
                    for key in _variants(word):
                        listed[locale][key].add(code)
        self._index: dict[str, str] = {}
        for key, codes in iso.items():  # pycountry's names; a word list's name wins over them
            if len(codes) == 1:
                self._index[key] = next(iter(codes))
        for locale, keys in listed.items():
            for key, codes in keys.items():
                if len(codes) > 1:
                    self.collisions.append(PlaceCollision(locale, key, tuple(sorted(codes))))
                else:
                    self._index[key] = next(iter(codes))
        for code in us_states():  # codes are also words ("in", "me", "or"): only a whole message
            self._index[code.lower()] = code
        # Longest names first, so "west virginia" is found before "virginia".
        self._by_length = sorted((key for key in self._index if not (key.isascii() and len(key) <= 2)),
                                 key=len, reverse=True)
        self._longest_name = max((key.count(" ") + 1 for key in self._index), default=1)
        # Chinese names are found inside a sentence written without spaces.
        self._spaceless = frozenset(key for key in self._by_length if _spaceless(key))
        self._zips: dict[str, str] | None = None  # read by ready(), before anyone is answered

    def ready(self) -> None:
        """Read the ZIP table now, never while answering; it is kept here so a compiled catalog
        carries it (the zipcodes package's full records take far more memory than this map)."""
        if self._zips is None:
            self._zips = _zip_states()

    def name(self, code: str, locale: str) -> str:
        """A state's name in a language (its English name where none is known)."""
        return self._names.get((code, locale)) or us_states().get(code, code)

    def _zip_table(self) -> dict[str, str]:
        """The ZIP table, read on first use where ready() was not called (checks, tests)."""
        self.ready()
        assert self._zips is not None
        return self._zips

    def parse_zip(self, text: str) -> str | None:
        """The state of the first five-digit U.S. ZIP code in the text (ZIP+4 accepted)."""
        for word in tokens(text):
            if len(word) == ZIP_DIGITS and word.isdigit():
                return self._zip_table().get(word)
        return None

    def parse_state(self, text: str) -> str | None:
        """A state's code from its name, in any shipped language, anywhere in the text
        ("vivo en nueva york", "我住在加州"); a two-letter code only as the whole message."""
        key = _key(text)
        if key in self._index:
            return self._index[key]
        padded = f" {key} "
        for name in self._by_length:
            if f" {name} " in padded or (name in self._spaceless and name in key):
                return self._index[name]
        return None

    def mentioned(self, text: str) -> str | None:
        """A state a sentence names, or a ZIP code in it; never a two-letter code ("hi", "in"
        and "me" are words before they are Hawaii, Indiana and Maine). Looks up the sentence's
        runs of words, longest first, rather than searching it for every name: it runs on
        messages no topic claimed, so it must be cheap."""
        words = tokens(text)
        for word in words:
            if len(word) == ZIP_DIGITS and word.isdigit():
                return self._zip_table().get(word)
        for size in range(min(self._longest_name, len(words)), 0, -1):
            for start in range(len(words) - size + 1):
                key = " ".join(words[start:start + size])
                if key in self._index and not (key.isascii() and len(key) <= 2):
                    return self._index[key]
        joined = "".join(words)
        return next((self._index[name] for name in self._spaceless if name in joined), None)

    def parse_place(self, text: str) -> str | None:
        """A state code from a ZIP code or a state's name."""
        return self.parse_zip(text) or self.parse_state(text)

    def parsers(self) -> dict[str, Callable[[str], str | None]]:
        """The parser of each `input:` kind; every kind gives back a state's two-letter code,
        the only thing the bot uses it for."""
        return {"zip": self.parse_zip, "us_state": self.parse_state, "us_place": self.parse_place}


def _spaceless(name: str) -> bool:
    """True for a name in a script written without spaces between words (Chinese)."""
    return any("\u4e00" <= char <= "\u9fff" for char in name)
