"""The safety net: a message that tells of a medical emergency or of despair, in any language.

Each language lists the signs of each situation, one phrase per line, in
locales/<language>/crisis.ftl (`crisis-signs-emergency`, `crisis-signs-despair`). A phrase
matches when its words appear in the message in order, with at most two other words between
two of them ("not breathing" is in "he is not really breathing"). In a language with a
Snowball stemmer, the words of a longer phrase match their other forms ("quiero morir" is in
"quiero morirme ya").
A word ending in `*` stands for every word it begins ("overdos*": overdose, overdosed). A word
of five letters or more also matches a typo of it: one letter added or dropped ("breathing",
"breating"; a changed letter is left out, because it makes other words: choking, cooking).
Phrases in Chinese, written without spaces, match where their characters stand together.

Every language's signs are looked for in every message, whatever language the message is in:
people mix languages, and an extra line about 911 costs little where a missed one can cost a
life. Built once at start-up; looking costs a few dictionary lookups a word.
"""

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import Stemmer  # type: ignore[import-not-found]  # PyStemmer ships no type hints

from bot.content.localization import Localizer
from bot.engine.text import normalize
from bot.engine.understand import SNOWBALL

SIGNS_PREFIX = "crisis-signs-"  # crisis-signs-emergency, crisis-signs-despair
PREFIX_MARK = "*"
MAX_GAP = 2  # other words allowed between two words of a phrase...
SYLLABLE_LANGUAGES = frozenset({"vi"})  # ...but none where every syllable is written apart
TYPO_LENGTH = 5  # words at least this long (in Latin letters) also match one typo of them...
TYPO_LENGTH_OTHER = 6  # ...and in other letters, where short words are closer together
LATIN_STEMMED = frozenset({"en", "es", "fr", "pt"})  # languages with a stemmer, in Latin letters
# Letters and digits, and the vowel signs of Indic scripts, which Python counts as neither (not
# the danda, which ends a Hindi sentence).
_WORD = re.compile(r"(?:[^\W_]|[\u0900-\u0963\u0966-\u0dff])+")
_APOSTROPHES = str.maketrans({"'": None, "’": None, "`": None, "´": None})
# Arabic letters written more than one way, and the tatweel that only stretches a word.
_ARABIC_FOLD = str.maketrans({"ة": "ه", "ى": "ي", "ـ": None})


class Crisis(StrEnum):
    """A situation that comes before every topic; its value names its signs and its node."""

    EMERGENCY = "emergency"  # a medical emergency now: call 911
    DESPAIR = "despair"  # despair, thoughts of suicide or self-harm: call or text 988


@dataclass(frozen=True)
class Sign:
    """A crisis a message tells of, and the language whose phrase showed it."""

    crisis: Crisis
    locale: str


@dataclass(frozen=True)
class _Phrase:
    """One phrase of one language: its words (a word ending in * is a prefix)."""

    crisis: Crisis
    locale: str
    words: tuple[str, ...]

    @property
    def gap(self) -> int:
        """Other words allowed between two of its words: none in a language of syllables, where
        two syllables apart are other words (bat ... tinh is not bat tinh, unconscious)."""
        return 0 if self.locale in SYLLABLE_LANGUAGES else MAX_GAP


def signs_id(crisis: Crisis) -> str:
    """The Fluent id of a language's signs of a crisis."""
    return f"{SIGNS_PREFIX}{crisis.value}"


def sign_words(text: str) -> list[str]:
    """A text's words as signs are compared: normalised, apostrophes dropped ("can't" is
    "cant"), Arabic letters of one sound written one way."""
    folded = normalize(text).translate(_APOSTROPHES)
    if not folded.isascii():
        folded = folded.translate(_ARABIC_FOLD)
    return _WORD.findall(folded)


def _spaceless(phrase: str) -> bool:
    """True for a phrase in Chinese characters, matched inside text without spaces."""
    return any("\u3400" <= char <= "\u9fff" for char in phrase)


def _typo_tolerant(word: str) -> bool:
    """True for a word long enough to be matched with one letter more or less."""
    return len(word) >= (TYPO_LENGTH if word.isascii() else TYPO_LENGTH_OTHER) \
        and not _spaceless(word)


def _deletions(word: str) -> Iterator[str]:
    """The word with one letter dropped, at every place."""
    return (word[:i] + word[i + 1:] for i in range(len(word)))


class Signs:
    """Every language's signs of every crisis, indexed by each phrase's rarest word."""

    def __init__(self, phrases: Iterable[_Phrase], spaceless: Iterable[_Phrase]) -> None:
        words: set[str] = set()
        self._prefixes: set[str] = set()
        phrases = list(phrases)
        # Languages whose words are compared by their Snowball stem (every form of a word),
        # Latin-letter ones apart: a word in Latin letters is stemmed only by them, and a word
        # in other letters only by the others (a stemmer leaves another script as it is).
        self._algorithms = {phrase.locale: SNOWBALL[phrase.locale] for phrase in phrases
                            if phrase.locale in SNOWBALL}
        self._latin = frozenset(self._algorithms) & LATIN_STEMMED
        self._stemmers: dict[str, Any] = {}
        # Words of the content (set by the catalog): their keys are kept once worked out.
        self.content_words: frozenset[str] = frozenset()
        self._known_keys: dict[str, frozenset[str]] = {}
        for raw in phrases:
            for word in raw.words:
                if word.endswith(PREFIX_MARK):
                    self._prefixes.add(word[:-1])
                else:
                    words.add(word)
        self._phrases = tuple(self._stemmed(raw) for raw in phrases)
        # Each phrase is looked for only when its rarest word is in the message (many phrases
        # start with "i", "me" or "no"; few hold "breathing").
        frequency = Counter(word for phrase in self._phrases for word in set(phrase.words))
        self._anchored: dict[str, list[_Phrase]] = {}
        for phrase in self._phrases:
            anchor = min(phrase.words, key=lambda word: (frequency[word], -len(word)))
            self._anchored.setdefault(anchor, []).append(phrase)
        self._words = frozenset(words)
        # The lengths of the prefixes that begin with each letter: a word is cut only at those.
        lengths: dict[str, set[int]] = {}
        for prefix in self._prefixes:
            lengths.setdefault(prefix[:1], set()).add(len(prefix))
        self._prefix_lengths = {start: tuple(sorted(found)) for start, found in lengths.items()}
        # A long word with one letter dropped, as a person may type it.
        self._dropped: dict[str, set[str]] = {}
        for word in words:
            if _typo_tolerant(word):
                for dropped in _deletions(word):
                    self._dropped.setdefault(dropped, set()).add(word)
        self._spaceless = tuple(spaceless)

    def __getstate__(self) -> dict[str, Any]:
        """Kept in a compiled catalog without the C stemmers, which are made again on use."""
        return {**vars(self), "_stemmers": {}, "_known_keys": {}}

    def _stemmer(self, locale: str) -> Any:
        """A language's Snowball stemmer, made once per process."""
        stemmer = self._stemmers.get(locale)
        if stemmer is None:
            stemmer = self._stemmers[locale] = Stemmer.Stemmer(self._algorithms[locale])
        return stemmer

    def _stemmed(self, phrase: _Phrase) -> _Phrase:
        """A phrase whose words (but prefixes) are compared by their stem in its language; a
        phrase of one word stays as written (the stem of "cortarme", cut myself, is that of
        "corte", a court)."""
        if phrase.locale not in self._algorithms or len(phrase.words) < 2:
            return phrase
        stemmer = self._stemmer(phrase.locale)
        latin = phrase.locale in self._latin
        words = tuple(word if word.endswith(PREFIX_MARK) or word.isascii() != latin else
                      f"{phrase.locale}:{stemmer.stemWord(word)}" for word in phrase.words)
        return _Phrase(phrase.crisis, phrase.locale, words)

    @classmethod
    def from_content(cls, localizer: Localizer) -> "Signs":
        """Read every shipped language's signs of every crisis."""
        spaced: list[_Phrase] = []
        spaceless: list[_Phrase] = []
        for locale in localizer.locales:
            for crisis in Crisis:
                message_id = signs_id(crisis)
                if not localizer.has(locale, message_id):
                    continue
                for line in localizer.format(locale, message_id).splitlines():
                    phrase = _phrase(crisis, locale, line)
                    if phrase is not None:
                        (spaceless if _spaceless(line) else spaced).append(phrase)
        return cls(spaced, spaceless)

    def find(self, text: str) -> Sign | None:
        """The crisis a message tells of, or None; despair wins when both show, because its
        answer names 911 as well as 988."""
        found = {sign.crisis: sign for sign in self._found(text)}
        return found.get(Crisis.DESPAIR) or found.get(Crisis.EMERGENCY)

    def _found(self, text: str) -> Iterator[Sign]:
        """Every sign in a message (each crisis at most once per phrase that shows it)."""
        words = sign_words(text)
        keys = [self._keys(word) for word in words]
        present: set[str] = set().union(*keys)
        for key in present:
            for phrase in self._anchored.get(key, ()):
                if not present.issuperset(phrase.words):
                    continue
                first = phrase.words[0]
                if any(first in options and _follows(phrase.words, keys, start, phrase.gap)
                       for start, options in enumerate(keys)):
                    yield Sign(phrase.crisis, phrase.locale)
        if self._spaceless and any("\u3400" <= char <= "\u9fff" for char in text):
            joined = "".join(words)
            for phrase in self._spaceless:
                if phrase.words[0] in joined:
                    yield Sign(phrase.crisis, phrase.locale)

    def _keys(self, word: str) -> frozenset[str]:
        """The sign words a message's word can stand for: itself, its stem in each language
        whose stemmer reads its letters, a prefix it begins with, or a long word it is one
        typo away from (and that word's stems). Kept for the words of the content, which come
        back in message after message; never for other words (they may be a person's)."""
        found = self._known_keys.get(word)
        if found is None:
            found = self._keys_of(word)
            if word in self.content_words:
                self._known_keys[word] = found
        return found

    def _keys_of(self, word: str) -> frozenset[str]:
        """The keys of one word, worked out."""
        keys = {word, *self._stems(word)}
        keys.update(word[:length] + PREFIX_MARK for length in self._prefix_lengths.get(word[:1], ())
                    if length <= len(word) and word[:length] in self._prefixes)
        if len(word) >= TYPO_LENGTH - 1:
            typos = set(self._dropped.get(word, ()))  # a letter missing
            typos.update(extra for extra in _deletions(word)  # a letter too many
                         if extra in self._words and _typo_tolerant(extra))
            for typo in typos:
                keys.add(typo)
                keys.update(self._stems(typo))
        return frozenset(keys)

    def _stems(self, word: str) -> list[str]:
        """A word's stem keys in the languages whose stemmers read its letters."""
        latin = word.isascii()
        return [f"{locale}:{self._stemmer(locale).stemWord(word)}" for locale in self._algorithms
                if (locale in self._latin) == latin]

    def words(self) -> frozenset[str]:
        """Every word the signs are written with."""
        return self._words

    def locales(self) -> frozenset[str]:
        """The languages that list signs."""
        return frozenset(phrase.locale for phrase in (*self._phrases, *self._spaceless))

    def count(self, locale: str, crisis: Crisis) -> int:
        """How many phrases a language lists for a crisis (for checks)."""
        return sum(phrase.locale == locale and phrase.crisis is crisis
                   for phrase in (*self._phrases, *self._spaceless))


def _phrase(crisis: Crisis, locale: str, line: str) -> _Phrase | None:
    """One line of a signs list as a phrase; None for a blank line."""
    if _spaceless(line):
        joined = "".join(sign_words(line))
        return _Phrase(crisis, locale, (joined,)) if joined else None
    words: list[str] = []
    for written in line.split():
        found = sign_words(written.rstrip(PREFIX_MARK))
        if found and written.endswith(PREFIX_MARK):  # overdos*: every word it begins
            found[-1] += PREFIX_MARK
        words += found
    return _Phrase(crisis, locale, tuple(words)) if words else None


def _follows(phrase: Sequence[str], keys: Sequence[frozenset[str]], start: int, gap: int) -> bool:
    """True when the phrase's words after its first stand in order after `start`, each at
    most `gap` words after the one before."""
    at = start
    for word in phrase[1:]:
        window = range(at + 1, min(at + 2 + gap, len(keys)))
        at = next((i for i in window if word in keys[i]), -1)
        if at < 0:
            return False
    return True


def signs_by_locale(signs: Mapping[str, Mapping[Crisis, Sequence[str]]]) -> Signs:
    """Signs built from plain lists (for tests and tools): locale -> crisis -> phrases."""
    spaced: list[_Phrase] = []
    spaceless: list[_Phrase] = []
    for locale, kinds in signs.items():
        for crisis, lines in kinds.items():
            for line in lines:
                phrase = _phrase(crisis, locale, line)
                if phrase is not None:
                    (spaceless if _spaceless(line) else spaced).append(phrase)
    return Signs(spaced, spaceless)
