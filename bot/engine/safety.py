"""The safety net: a message that tells of a medical emergency or of despair, in any language.

Each language lists the signs of each situation, one phrase per line, in
locales/<language>/crisis.ftl (`crisis-signs-emergency`, `crisis-signs-despair`). A phrase
matches when its words appear in the message in order, with at most one other word between
two of them ("not breathing" is in "he is not really breathing"). A word ending in `*` stands
for every word it begins ("overdos*": overdose, overdosed). A word of five letters or more also
matches a typo of it: one letter added or dropped ("breathing", "breating"; a changed letter
is left out, because it makes other words: choking, cooking). Phrases
in Chinese, written without spaces, match where their characters stand together.

Every language's signs are looked for in every message, whatever language the message is in:
people mix languages, and an extra line about 911 costs little where a missed one can cost a
life. Built once at start-up; looking costs a few dictionary lookups a word.
"""

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from bot.content.localization import Localizer
from bot.engine.text import normalize

SIGNS_PREFIX = "crisis-signs-"  # crisis-signs-emergency, crisis-signs-despair
PREFIX_MARK = "*"
MAX_GAP = 1  # other words allowed between two words of a phrase...
SYLLABLE_LANGUAGES = frozenset({"vi"})  # ...but none where every syllable is written apart
TYPO_LENGTH = 5  # words at least this long (in Latin letters) also match one typo of them...
TYPO_LENGTH_OTHER = 6  # ...and in other letters, where short words are closer together
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
    """Every language's signs of every crisis, indexed by each phrase's first word."""

    def __init__(self, phrases: Iterable[_Phrase], spaceless: Iterable[_Phrase]) -> None:
        self._first: dict[str, list[_Phrase]] = {}
        words: set[str] = set()
        self._prefixes: set[str] = set()
        for phrase in phrases:
            self._first.setdefault(phrase.words[0], []).append(phrase)
            for word in phrase.words:
                if word.endswith(PREFIX_MARK):
                    self._prefixes.add(word[:-1])
                else:
                    words.add(word)
        self._words = frozenset(words)
        self._prefix_lengths = sorted({len(prefix) for prefix in self._prefixes})
        # A long word with one letter dropped, as a person may type it.
        self._dropped: dict[str, set[str]] = {}
        for word in words:
            if _typo_tolerant(word):
                for dropped in _deletions(word):
                    self._dropped.setdefault(dropped, set()).add(word)
        self._spaceless = tuple(spaceless)

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
        for start, options in enumerate(keys):
            for key in options:
                for phrase in self._first.get(key, ()):
                    if _follows(phrase.words, keys, start, phrase.gap):
                        yield Sign(phrase.crisis, phrase.locale)
        if self._spaceless and any("\u3400" <= char <= "\u9fff" for char in text):
            joined = "".join(words)
            for phrase in self._spaceless:
                if phrase.words[0] in joined:
                    yield Sign(phrase.crisis, phrase.locale)

    def _keys(self, word: str) -> set[str]:
        """The sign words a message's word can stand for: itself, a prefix it begins with, or
        a long word it is one typo away from."""
        keys = {word} if word in self._words else set()
        keys.update(word[:length] + PREFIX_MARK for length in self._prefix_lengths
                    if length <= len(word) and word[:length] in self._prefixes)
        if len(word) >= TYPO_LENGTH - 1:
            keys.update(self._dropped.get(word, ()))  # a letter missing
            keys.update(extra for extra in _deletions(word)  # a letter too many
                        if extra in self._words and _typo_tolerant(extra))
        return keys

    def locales(self) -> frozenset[str]:
        """The languages that list signs."""
        phrases = [phrase for group in self._first.values() for phrase in group]
        return frozenset(phrase.locale for phrase in (*phrases, *self._spaceless))

    def count(self, locale: str, crisis: Crisis) -> int:
        """How many phrases a language lists for a crisis (for checks)."""
        phrases = [phrase for group in self._first.values() for phrase in group]
        return sum(phrase.locale == locale and phrase.crisis is crisis
                   for phrase in (*phrases, *self._spaceless))


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


def _follows(phrase: Sequence[str], keys: Sequence[set[str]], start: int, gap: int) -> bool:
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
