"""Whether a message asks to stop all messages: one answer for the engine, the pace and the
daily ceiling, so that an opt-out honoured in one place is honoured in all.

An opt-out is a stop word of any shipped language, or a carrier's, sent alone ("STOP",
"ALTO", "СТОП", "توقف"), or a sentence asking the bot to stop texting ("ya no me manden
mensajes"), read in every language the message may be written in: the languages of its script,
English, and the conversation's. A message that tells of despair is never an opt-out ("I don't
want to live anymore" is not "don't text me anymore"): the safety net answers it first.
"""

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import pairwise

from bot.content.localization import Localizer
from bot.engine.keywords import COMMAND_MESSAGES, LANGUAGE_NAME, Command, Keywords, script_of
from bot.engine.safety import Signs
from bot.engine.text import latin_lookalike, tokens
from bot.engine.understand import ENGLISH, Understanding, runs_of

# A stop sentence is read in the languages that know at most this many fewer of its words than
# the one that knows most.
LANGUAGE_GAP = 1
# A command addressed to a Telegram bot by name in a group: /stop@kyr_bot.
_BOT_NAME = re.compile(r"@\w+$")
# A keyword spelled out in pieces ("S T O P", "STO P") is read joined, when it is this short.
MAX_PIECES, MAX_SPELLED = 12, 14
# Anything that is not a letter, a digit or a space: emoji, arrows, punctuation around a word.
_SYMBOLS = re.compile(r"[^\w\s]|_")


@dataclass(frozen=True)
class OptOut:
    """An opt-out, and the language it was written in ("" for a carrier's word, which belongs
    to none)."""

    locale: str
    sentence: bool = False


class OptOuts:
    """Every language's stop words and stop sentences, read once from the content."""

    def __init__(self, keywords: Keywords, understanding: Understanding, signs: Signs,
                 localizer: Localizer) -> None:
        self._understanding = understanding
        self._signs = signs
        self._locales = tuple(localizer.locales)  # menu order: a word two languages share
        words: dict[str, list[str]] = {}  # goes to the first of them
        for locale in self._locales:
            for word, meaning in keywords.globals[locale].items():
                if meaning.command is Command.STOP:
                    owners = words.setdefault(word, [])
                    if meaning.message_id == COMMAND_MESSAGES[Command.STOP] and locale not in owners:
                        owners.append(locale)
        self._words = {word: owners[0] if owners else "" for word, owners in words.items()}
        self._lookalikes = keywords.lookalikes
        # Words that ask for help, in every language: a message that asks for help and names no
        # stop word is never read as a request to stop ("help me please", "aidez-moi svp").
        self._help = frozenset(word for table in keywords.globals.values()
                               for word, meaning in table.items() if meaning.command is Command.HELP)
        self._scripts = {locale: script_of(localizer.format(locale, LANGUAGE_NAME))
                         for locale in self._locales}

    def word(self, text: str) -> OptOut | None:
        """A stop word of any language sent alone, however it is dressed: emoji or symbols
        around it, repeated, addressed to a bot by name, spelled out letter by letter, or
        written with look-alike letters of another script."""
        for form in _forms(text, self._lookalikes):
            locale = self._words.get(form)
            if locale is not None:
                return OptOut(locale)
        return None

    def sentence(self, text: str, conversation: str | None = None,
                 known: Mapping[str, int] | None = None) -> OptOut | None:
        """A sentence asking to stop, in a language the message may be written in (the caller
        has made sure it tells of no crisis: see `asks`). `known`: each language's count of
        the message's words, when the caller has it already."""
        if text.isdigit() or self._asks_for_help(text):
            return None
        runs = runs_of(text)
        known = known if known is not None else self._understanding.known(runs)
        locale = self._understanding.stop_language(runs, self.plausible(text, known, conversation))
        return None if locale is None else OptOut(locale, sentence=True)

    def asks(self, text: str, conversation: str | None = None) -> OptOut | None:
        """The opt-out a normalised message makes, if it makes one; a message telling of despair
        or an emergency never does."""
        word = self.word(text)
        if word is not None or self._signs.find(text) is not None:
            return word
        return self.sentence(text, conversation)

    def _asks_for_help(self, text: str) -> bool:
        """True when a message holds a word asking for help and no stop word: when unsure, the
        bot keeps answering (a person who meant to stop can send STOP)."""
        words = tokens(text)
        pairs = [" ".join(pair) for pair in pairwise(words)]
        found = {*words, *pairs}
        return not self._help.isdisjoint(found) and all(word not in self._words for word in found)

    def plausible(self, text: str, known: Mapping[str, int], conversation: str | None
                  ) -> tuple[str, ...]:
        """The languages a message may be written in, the conversation's first: those of its
        script, English (which people mix into every other) and any whose examples use its
        words (romanized Hindi is Latin letters read by the Hindi examples), keeping only those
        that know nearly as many of its words as the one that knows most ("para de me mandar
        mensagem" is Portuguese, not English with typos; "m vle rete" is Haitian, not French)."""
        script = script_of(text)
        found = [locale for locale in self._locales
                 if self._scripts.get(locale) == script or locale in (ENGLISH, conversation)
                 or known.get(locale, 0)]
        top = max((known.get(locale, 0) for locale in found), default=0)
        if top:
            found = [locale for locale in found
                     if known.get(locale, 0) >= top - LANGUAGE_GAP or locale == conversation]
        return tuple(sorted(found, key=lambda locale: (locale != conversation, -known.get(locale, 0))))


def _forms(text: str, lookalikes: Mapping[str, str]) -> Iterable[str]:
    """The ways a single keyword may hide in a normalised message, plainest first."""
    yield text
    latin = latin_lookalike(text, lookalikes)  # ꜱᴛᴏᴘ, 🆂🆃🅾🅿, ЅТОР: letters drawn like Latin
    for shown in (text, latin) if latin is not None else (text,):
        plain = _BOT_NAME.sub("", shown)
        plain = " ".join(_SYMBOLS.sub(" ", plain).split())
        if plain != text:
            yield plain
        words = plain.split()
        if len(words) > 1 and len(set(words)) == 1:
            yield words[0]  # STOP STOP
        if 1 < len(words) <= MAX_PIECES and len("".join(words)) <= MAX_SPELLED:
            yield "".join(words)  # S T O P, s.t.o.p, STO P
