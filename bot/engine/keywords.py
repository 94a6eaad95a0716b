"""Words people can send: global commands in every language, option keywords, language guessing."""

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum

from bot.content.flows import FlowSet, Node
from bot.content.localization import Localizer
from bot.engine.text import latin_lookalike, normalize, split_keywords, tokens


class Command(Enum):
    """Commands recognised at any node."""

    MENU = "menu"
    BACK = "back"
    LANGUAGE = "language"
    HELP = "help"
    STOP = "stop"
    START = "start"
    CLEAR = "clear"
    CARD = "card"  # the rights card, from anywhere
    SWITCH_LANGUAGE = "switch-language"


# Words that mean the same in every language, because carriers and regulators define them.
# Opt-out: the FCC's list for revoking consent by text (stop, quit, end, revoke, opt out, cancel,
# unsubscribe; FCC 24-24, 89 FR 15756), Twilio's default opt-out keywords (STOP, STOPALL,
# UNSUBSCRIBE, CANCEL, END, QUIT, REVOKE, OPTOUT:
# https://www.twilio.com/docs/messaging/tutorials/advanced-opt-out) and the Spanish ALTO and
# PARAR. Help: Twilio's HELP and INFO (https://www.twilio.com/docs/api/errors/23002) and the
# Spanish AYUDA. Opt-in: Twilio's START and UNSTOP (its YES is left out: it answers questions).
UNIVERSAL_WORDS: Mapping[Command, tuple[str, ...]] = {
    Command.STOP: ("stop", "stopall", "unsubscribe", "cancel", "end", "quit", "revoke", "optout",
                   "opt out", "opt-out", "alto", "parar"),
    Command.START: ("start", "unstop"),
    Command.HELP: ("help", "info", "ayuda"),
    Command.MENU: ("0",),
}
# The opt-out words Twilio itself acts on by default: it blocks the number and sends the
# confirmation, so the bot must stay silent. For any other stop word (ALTO, "opt out", a
# translator's word) Twilio does nothing, so the bot confirms the opt-out itself.
CARRIER_STOP_WORDS = frozenset({"stop", "stopall", "unsubscribe", "cancel", "end", "quit", "revoke",
                                "optout"})

# The Fluent message in locales/<xx>/commands.ftl that lists each command's words.
COMMAND_MESSAGES: Mapping[Command, str] = {
    Command.MENU: "command-menu",
    Command.BACK: "command-back",
    Command.LANGUAGE: "command-language",
    Command.HELP: "command-help",
    Command.STOP: "command-stop",
    Command.START: "command-start",
    Command.CLEAR: "command-clear",
    Command.CARD: "command-card",
}
LANGUAGE_NAME = "language-name"
DRAFT_NOTICE = "language-draft-notice"
LANGUAGE_WORDS = "language-detect-words"
LANGUAGE_GREETINGS = "language-greetings"  # hello, good morning...: a first message of only these
KEYWORDS_ATTRIBUTE = "keywords"


@dataclass(frozen=True)
class Meaning:
    """What a word does: a command (with its target locale for a language switch) or an option."""

    command: Command | None = None
    locale: str | None = None
    option: int | None = None
    message_id: str = ""

    def describe(self) -> str:
        """Words for a collision report."""
        if self.option is not None:
            return f"option {self.option + 1} ({self.message_id})"
        target = f" to {self.locale}" if self.locale else ""
        source = f" ({self.message_id})" if self.message_id else " (built in)"
        return f"the {self.command.value if self.command else '?'} command{target}{source}"


@dataclass(frozen=True)
class Collision:
    """A word that means two things in one language, where it was found."""

    locale: str
    word: str
    meanings: tuple[Meaning, ...]
    where: str


@dataclass
class _Table:
    """A word table that records every meaning, so collisions can be reported."""

    words: dict[str, list[Meaning]] = field(default_factory=lambda: defaultdict(list))

    def add(self, word: str, meaning: Meaning) -> None:
        """Record a meaning for a word, once."""
        if meaning not in self.words[word]:
            self.words[word].append(meaning)

    def resolved(self) -> dict[str, Meaning]:
        """Each word's first meaning (collisions are reported, not served)."""
        return {word: meanings[0] for word, meanings in self.words.items()}

    def collisions(self, locale: str, where: str) -> list[Collision]:
        """Words that carry more than one distinct meaning."""
        return [
            Collision(locale, word, tuple(meanings), where)
            for word, meanings in self.words.items()
            if len({(m.command, m.locale, m.option) for m in meanings}) > 1
        ]


def _global_table(localizer: Localizer, locale: str) -> _Table:
    """Command words for one locale: built-in words, its own words, every language's name."""
    table = _Table()
    for command, words in UNIVERSAL_WORDS.items():
        for word in words:
            table.add(normalize(word), Meaning(command))
    for command, message_id in COMMAND_MESSAGES.items():
        if localizer.has(locale, message_id):
            for word in split_keywords(localizer.format(locale, message_id)):
                table.add(word, Meaning(command, message_id=message_id))
    # Someone lost in a language they cannot read must still find the way out of it.
    for other in localizer.locales:
        for word in split_keywords(localizer.format(other, COMMAND_MESSAGES[Command.LANGUAGE])):
            table.add(word, Meaning(Command.LANGUAGE, message_id=COMMAND_MESSAGES[Command.LANGUAGE]))
        name = normalize(localizer.format(other, LANGUAGE_NAME))
        table.add(name, Meaning(Command.SWITCH_LANGUAGE, other, message_id=LANGUAGE_NAME))
    return table


def _option_table(localizer: Localizer, locale: str, node: Node) -> _Table:
    """Words that pick an option at a node: its number, its label, the label's keywords."""
    table = _Table()
    if node.language_menu:
        for index, _code in enumerate(localizer.locales):
            table.add(str(index + 1), Meaning(option=index, message_id=LANGUAGE_NAME))
        return table
    for index, option in enumerate(node.options):
        meaning = Meaning(option=index, message_id=option.label)
        table.add(str(index + 1), meaning)
        table.add(normalize(localizer.format(locale, option.label)), meaning)
        extra = localizer.attribute(locale, option.label, KEYWORDS_ATTRIBUTE)
        for word in split_keywords(extra or ""):
            table.add(word, meaning)
    return table


class Keywords:
    """Every word table, built once at start-up from the Fluent files and the flows."""

    def __init__(self, localizer: Localizer, flows: FlowSet,
                 lookalikes: Mapping[str, str] | None = None) -> None:
        self.collisions: list[Collision] = []
        # Letters drawn like Latin ones (bot.content.lookalikes), to read "ЅТОР" as STOP.
        self.lookalikes: Mapping[str, str] = lookalikes or {}
        self.globals: dict[str, dict[str, Meaning]] = {}
        # (flow, node, locale) -> word -> option index: one flat lookup per message.
        self._option_index: dict[tuple[str, str, str], dict[str, int]] = {}
        # Command words a language lists as its own, with the languages that list each.
        self._own: dict[str, list[tuple[str, Meaning]]] = {}
        for locale in localizer.locales:
            for command, message_id in COMMAND_MESSAGES.items():
                if localizer.has(locale, message_id):
                    for word in split_keywords(localizer.format(locale, message_id)):
                        self._own.setdefault(word, []).append(
                            (locale, Meaning(command, message_id=message_id)))
        for locale in localizer.locales:
            table = _global_table(localizer, locale)
            self.globals[locale] = table.resolved()
            self.collisions += table.collisions(locale, "commands")
            self._add_options(localizer, flows, locale, table)
        self._detect = self._detection_words(localizer)
        # Each detection word belongs to exactly one language: one lookup per word of a message.
        self._word_locale = {word: locale for locale, words in self._detect.items() for word in words}
        # Greetings, as runs of words: a message made of nothing else is greeted in their language.
        self._greetings: dict[tuple[str, ...], list[str]] = {}
        for locale in localizer.locales:
            if localizer.has(locale, LANGUAGE_GREETINGS):
                for phrase in split_keywords(localizer.format(locale, LANGUAGE_GREETINGS)):
                    owners = self._greetings.setdefault(tuple(tokens(phrase)), [])
                    if locale not in owners:
                        owners.append(locale)
        self._longest_greeting = max((len(words) for words in self._greetings), default=0)
        # A language written in its own script (Arabic, Cyrillic, Devanagari, Chinese
        # characters) is told by its letters alone, whatever the words.
        self._scripts = {locale: script_of(localizer.format(locale, LANGUAGE_NAME))
                         for locale in localizer.locales}

    def _add_options(self, localizer: Localizer, flows: FlowSet, locale: str,
                     global_table: _Table) -> None:
        """Build option tables per node and check each against the command words."""
        for flow in flows.flows.values():
            for node in flow.nodes.values():
                table = _option_table(localizer, locale, node)
                self._option_index[(flow.id, node.name, locale)] = {
                    word: meaning.option for word, meaning in table.resolved().items()
                    if meaning.option is not None
                }
                # An option word that is also a command would be shadowed by the command.
                for word in list(table.words):
                    for meaning in global_table.words.get(word, []):
                        table.add(word, meaning)
                self.collisions += table.collisions(locale, f"{flow.id}/{node.name}")

    @staticmethod
    def _detection_words(localizer: Localizer) -> dict[str, set[str]]:
        """Per locale, single words that suggest a first message is in that language."""
        detect: dict[str, set[str]] = {}
        for locale in localizer.locales:
            words: set[str] = set()
            for message_id in (LANGUAGE_WORDS, LANGUAGE_NAME):
                if localizer.has(locale, message_id):
                    for phrase in split_keywords(localizer.format(locale, message_id)):
                        words.update(tokens(phrase))
            # A command or greeting of one word says its language; the words of a longer one may
            # be any language's ("forget me": "me" is Spanish and French too; "e aí": "e").
            for message_id in (*COMMAND_MESSAGES.values(), LANGUAGE_GREETINGS):
                if localizer.has(locale, message_id):
                    words.update(word for word in split_keywords(localizer.format(locale, message_id))
                                 if len(tokens(word)) == 1)
            detect[locale] = {word for word in words if not word.isdigit()}
        # Only words that tell languages apart count: shared and carrier words are dropped.
        universal = {token for words in UNIVERSAL_WORDS.values() for w in words for token in tokens(w)}
        counts = Counter(word for words in detect.values() for word in words)
        return {locale: {w for w in words if counts[w] == 1 and w not in universal}
                for locale, words in detect.items()}

    def command(self, locale: str, text: str) -> Meaning | None:
        """The global command a normalised message means in this locale, if any."""
        table = self.globals.get(locale)
        if table is None:
            return None
        meaning = table.get(text)
        if meaning is None and not text.isascii():
            latin = latin_lookalike(text, self.lookalikes)  # STOP written in look-alikes
            if latin is not None:
                meaning = table.get(latin)
        return meaning

    def option(self, locale: str, flow: str, node: str, text: str) -> int | None:
        """The index of the option a normalised message picks at a node, if any."""
        table = self._option_index.get((flow, node, locale))
        return None if table is None else table.get(text)

    def greeting(self, text: str) -> tuple[str, ...]:
        """The languages (in menu order) whose greetings make up the whole message ("hola",
        "hi, how are you?", "привет"); empty when anything else is in it."""
        words = tokens(text)
        languages: list[str] | None = None
        start = 0
        while start < len(words):
            for size in range(min(self._longest_greeting, len(words) - start), 0, -1):
                owners = self._greetings.get(tuple(words[start:start + size]))
                if owners is not None:
                    break
            else:
                return ()
            shared = [locale for locale in (languages or owners) if locale in owners]
            languages = shared or languages or owners
            start += size
        return tuple(languages or ())

    def own_command(self, text: str) -> tuple[Meaning, str] | None:
        """A command word that a language lists as its own ("ayuda", "alto", "aide"), with the
        first such language in menu order; a carrier's word no language lists gives None."""
        owners = self._own.get(text)
        if not owners:
            return None
        locale, meaning = owners[0]
        return meaning, locale

    def detected(self, text: str) -> Counter[str]:
        """How many of a message's words say each language (greetings, common words, names)."""
        return Counter(locale for word in tokens(text) if (locale := self._word_locale.get(word)))

    def guess_locale(self, text: str, candidates: Iterable[str]) -> list[str]:
        """Locales whose script the text is written in or, for Latin letters, whose words appear
        most in the text (empty if none match)."""
        candidates = list(candidates)
        script = script_of(text)
        if script != LATIN:
            written = [locale for locale in candidates if self._scripts.get(locale) == script]
            if written:
                return written
        counts = Counter(locale for word in tokens(text)
                         if (locale := self._word_locale.get(word)) in candidates)
        best = max(counts.values(), default=0)
        return [locale for locale in candidates if best and counts[locale] == best]


LATIN = "LATIN"


def script_of(text: str) -> str:
    """The script most of a text's letters are written in (LATIN, CYRILLIC, ARABIC, CJK...)."""
    if text.isascii():  # most first messages: no need to name every character
        return LATIN
    scripts = Counter(unicodedata.name(char, "UNKNOWN").split(" ")[0]
                      for char in text if char.isalpha())
    return scripts.most_common(1)[0][0] if scripts else LATIN
