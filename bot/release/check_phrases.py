"""`kyr check` for the example messages that route free text: present, enough, and unambiguous."""

import difflib
from collections.abc import Iterator
from pathlib import Path

from bot.content.files import read_text
from bot.content.fluentindex import FtlEntry, LocaleIndex
from bot.content.localization import FALLBACK_LOCALE
from bot.content.problems import ContentError, Problem, Severity
from bot.engine.catalog import Catalog
from bot.engine.text import normalize
from bot.engine.understand import (
    DEFAULT_MIN_PHRASES,
    ELSEWHERE,
    MIN_PHRASES,
    PHRASES_PREFIX,
    SPELLINGS,
    STOP_MIN_TERMS,
    STOP_SENTENCES,
    LocaleMatcher,
    Topic,
    phrase_lines,
    phrases_id,
)

UNDERSTAND_FILE = "understand.ftl"


def understand_ids(catalog: Catalog) -> set[str]:
    """The ids understand.ftl may define (so none is reported as unused)."""
    return {SPELLINGS, STOP_SENTENCES, ELSEWHERE,
            *(phrases_id(topic.flow, topic.node) for topic in catalog.understanding.topics)}


def check_phrases(catalog: Catalog, indexes: dict[str, LocaleIndex], root: Path) -> list[Problem]:
    """Every routable node has enough example messages in every language; each example leads
    to its own node, is no command word and is not read as a request to stop; every stop
    sentence is one; no id names a node free text cannot reach."""
    problems: list[Problem] = []
    topics = catalog.understanding.topics
    known = understand_ids(catalog)
    for locale, index in indexes.items():
        matcher = catalog.understanding.matchers.get(locale)
        if matcher is None:
            continue
        lines = _PhraseLines(root, index)
        for topic in topics:
            problems += _topic_problems(catalog, locale, index, matcher, topic, lines)
        problems += _stop_problems(matcher, index, lines)
        for entry in index.entries.values():
            if entry.id.startswith(PHRASES_PREFIX) and entry.id not in known:
                close = difflib.get_close_matches(entry.id, sorted(known), n=1)
                hint = f"; did you mean {close[0]!r}?" if close else \
                    "; mark the node `route: topic` in its flow, or remove these examples"
                problems.append(Problem(entry.path, entry.line, f"{entry.id!r} names no node that "
                                        f"free text can lead to{hint}"))
    return problems


def _topic_problems(catalog: Catalog, locale: str, index: LocaleIndex, matcher: LocaleMatcher,
                    topic: Topic, lines: "_PhraseLines") -> Iterator[Problem]:
    """One node's examples in one language."""
    message_id = phrases_id(topic.flow, topic.node)
    flow = catalog.flows.flows[topic.flow]
    node = flow.nodes[topic.node]
    wanted = MIN_PHRASES.get(locale, DEFAULT_MIN_PHRASES)
    entry = index.entries.get(message_id)
    if entry is None:
        yield Problem(flow.path, node.line, f"node {topic.node!r} can be reached by free text "
                      f"(route: {node.route}) but locales/{locale}/{UNDERSTAND_FILE} has no "
                      f"{message_id!r}; add at least {wanted} example messages, one per line")
        return
    if not topic.label:
        yield Problem(flow.path, node.line, f"node {topic.node!r} has no option leading to it, so "
                      "\"did you mean\" cannot name it; add an option that leads here")
    phrases = phrase_lines(catalog.localizer.format(locale, message_id))
    if len(phrases) < wanted:
        yield Problem(entry.path, entry.line, f"{message_id!r} has {len(phrases)} example "
                      f"message(s); give at least {wanted}, written as people text them",
                      Severity.WARNING)
    commands = catalog.keywords.globals.get(locale, {})
    own = catalog.understanding.topic_index(topic.flow, topic.node)
    for phrase in phrases:
        line = lines.find(entry, phrase)
        meaning = commands.get(normalize(phrase))
        if meaning is not None and meaning.command is not None:
            yield Problem(entry.path, line, f"the example {phrase!r} is the "
                          f"{meaning.command.value.upper()} command word in {locale}, so it "
                          "could never lead here; write a sentence instead")
            continue
        reading = matcher.read(phrase)
        if matcher.is_stop(reading):
            yield Problem(entry.path, line, f"the example {phrase!r} reads as a request to stop "
                          "messages, so it would end the conversation; reword it")
            continue
        scores = reading.scores[:len(matcher.topics)]
        best = max(range(len(scores)), key=lambda i: (scores[i], i == own))
        if own is not None and best != own and scores[best] > scores[own]:
            yield Problem(entry.path, line, f"the example {phrase!r} matches "
                          f"{matcher.topics[best].key} ({scores[best]:.1f}) better than its own "
                          f"node {topic.key} ({scores[own]:.1f}); use words that belong to "
                          f"{topic.key}, or move it", Severity.WARNING)


def _stop_problems(matcher: LocaleMatcher, index: LocaleIndex, lines: "_PhraseLines"
                   ) -> Iterator[Problem]:
    """Every stop sentence is read as one (else it would be a topic, or nothing)."""
    entry = index.entries.get(STOP_SENTENCES)
    if entry is None:
        if index.locale != FALLBACK_LOCALE or not index.entries:
            return
        yield Problem(f"locales/{index.locale}/{UNDERSTAND_FILE}", 1, f"no {STOP_SENTENCES!r}: "
                      "add sentences people send to stop messages, one per line")
        return
    text = lines.value(entry)
    for sentence in phrase_lines(text):
        reading = matcher.read(sentence)
        if len(set(reading.terms)) < STOP_MIN_TERMS:
            yield Problem(entry.path, lines.find(entry, sentence), f"the stop sentence "
                          f"{sentence!r} is one word: a word that stops everything belongs in "
                          "command.ftl (command-stop), where it works alone in every language",
                          Severity.WARNING)
        elif not matcher.is_stop(reading):
            yield Problem(entry.path, lines.find(entry, sentence), f"the stop sentence "
                          f"{sentence!r} would not be read as a request to stop: it shares too "
                          "many words with a topic; make it plainer", Severity.WARNING)


class _PhraseLines:
    """Finds the line of each example inside its Fluent message, for file:line reports."""

    def __init__(self, root: Path, index: LocaleIndex) -> None:
        self._root = root
        self._index = index
        self._texts: dict[str, list[str]] = {}

    def _lines(self, entry: FtlEntry) -> list[str]:
        """The lines of the file an entry is in (read once per file)."""
        if entry.path not in self._texts:
            try:  # never through a link (bot.content.files)
                text = read_text(self._root / entry.path, self._root)
            except ContentError:
                text = ""
            self._texts[entry.path] = text.splitlines()
        return self._texts[entry.path]

    def find(self, entry: FtlEntry, phrase: str) -> int:
        """The line of an example at or after its message's first line."""
        lines = self._lines(entry)
        for number in range(entry.line, len(lines) + 1):
            if lines[number - 1].strip() == phrase:
                return number
        return entry.line

    def value(self, entry: FtlEntry) -> str:
        """A message's text as written (its indented lines)."""
        lines = self._lines(entry)
        body = []
        for line in lines[entry.line:]:
            if not line.startswith((" ", "\t")):
                break
            body.append(line)
        return "\n".join(body)
