"""How the bot reads a message: one decision, used both to answer it and to explain it (`kyr why`).

The order is the house rule, the same for a first message and mid-conversation:
1. a command word of the conversation's language (a first message: of the language it suggests,
   or of the one language that lists the word, "AYUDA" being Spanish);
2. a stop word of any language, sent alone, however it is dressed;
3. a medical emergency or despair (the safety net), whatever else the message says;
4. a sentence asking to stop, in any language the message may be written in;
5. what the conversation asked for: a node "did you mean" offered, an option, the free text a
   node asks for; then a greeting and nothing else: the welcome, in the greeting's language;
6. the topic the message is about: answered when clear, offered when close;
7. a place (a ZIP code, a state, a big U.S. city) that no topic claims clearly;
8. nothing: the hint and the options, or on a first message the welcome or the language menu.
Pure and in memory, like the rest of the engine: the text is read and dropped.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from bot.content.flows import Node
from bot.engine.catalog import Catalog
from bot.engine.conversation import Inbound, State
from bot.engine.keywords import KEYWORDS_ATTRIBUTE, LATIN, Command, Meaning, script_of
from bot.engine.optout import OptOut, OptOuts
from bot.engine.places import Located
from bot.engine.render import BUTTONS
from bot.engine.safety import Sign
from bot.engine.text import normalize, split_keywords, tokens
from bot.engine.understand import (
    ENGLISH,
    NO_MATCH,
    THRESHOLDS,
    Decision,
    Match,
    Reading,
    Topic,
    runs_of,
)

# A message naming a place is about help there when at most this many of its other words are
# words the bot's examples never use.
PLACE_STRANGE_WORDS = 1
CLEAR_SUPPORT = 2  # words of a message an urgent node answered below the threshold must hold
# On a first message these commands greet instead: nothing to go back to, the menu is the welcome.
GREETING_COMMANDS = frozenset({Command.MENU, Command.BACK, Command.START})


class Way(StrEnum):
    """What a message is taken to be."""

    COMMAND = "command"
    OPT_OUT = "opt-out"
    CRISIS = "crisis"
    GREETING = "greeting"
    PICK = "pick"  # a node "did you mean" offered
    OPTION = "option"
    INPUT = "input"  # the free text a node asks for (a place)
    TOPIC = "topic"
    PLACE = "place"
    NOTHING = "nothing"


@dataclass(frozen=True)
class Route:
    """The decision for one message and what it rests on; lives for one turn only."""

    way: Way
    locale: str  # the language of the answer
    known: bool = True  # a first message: False when nothing suggested its language
    meaning: Meaning | None = None
    opt_out: OptOut | None = None
    sign: Sign | None = None
    match: Match = NO_MATCH  # a topic's match; for a crisis, what else the message is about
    option: int | None = None
    target: tuple[str, str] | None = None  # the node a "did you mean" offered and was picked
    region: str = ""  # the state a node's free text gave
    located: Located | None = None
    reading: Reading | None = field(default=None, compare=False)


class Router:
    """Reads messages for every conversation; built once from the content, holds no person's data."""

    def __init__(self, catalog: Catalog) -> None:
        self._catalog = catalog
        self._localizer = catalog.localizer
        self._keywords = catalog.keywords
        self._understanding = catalog.understanding
        self._places = catalog.places
        self._signs = catalog.signs
        self.opt_outs = OptOuts(catalog.keywords, catalog.understanding, catalog.signs,
                                catalog.localizer)
        flows = catalog.flows
        self._entry = (flows.entry.id, flows.entry.start)
        self._nodes = {(flow.id, name): node for flow in flows.flows.values()
                       for name, node in flow.nodes.items()}
        self._parsers: dict[str, Callable[[str], str | None]] = catalog.places.parsers()
        topics = self._understanding.topics
        # The node that asks where the person is: a message naming a place that no topic
        # claims clearly is about help there.
        self.place_topic: Topic | None = next(
            (topic for topic in topics if self._nodes[(topic.flow, topic.node)].input is not None),
            None)
        # The routable nodes each node's options lead to: free text that fits them weighs more.
        self._option_topics = {key: self._topics_offered(*key) for key in self._nodes}
        # Words that pick a node a "did you mean" question offered: its label, as typed or pressed.
        self._offer_words = {(locale, topic.key): self._label_words(locale, topic.label)
                             for locale in self._localizer.locales for topic in topics}

    # ---- a first message -----------------------------------------------------------------------

    def first(self, inbound: Inbound) -> Route:
        """Read a person's first message: its language, then what it is."""
        text = normalize(inbound.text)
        chosen = inbound.locale if inbound.locale in self._localizer.locales else None
        guessed = chosen or self._guess_locale(inbound)
        locale = guessed or self._localizer.default_locale
        meaning = self._keywords.command(locale, text)
        if chosen is None and guessed is None:
            own = self._keywords.own_command(text)  # AYUDA, ALTO: the language that lists it
            if own is not None and own[0].command not in GREETING_COMMANDS:
                meaning, locale, guessed = own[0], own[1], own[1]
        if meaning is not None and meaning.command not in GREETING_COMMANDS:
            return Route(Way.COMMAND, locale, guessed is not None, meaning=meaning)
        opt_out = self.opt_outs.word(text)
        if opt_out is not None:
            said = guessed or opt_out.locale or locale
            return Route(Way.OPT_OUT, said, True, opt_out=opt_out)
        sign = self._signs.find(text)
        if sign is not None:  # in the language it suggests, else the one whose sign it shows
            said = guessed or sign.locale
            reading = self._understanding.read(said, text)
            match = self._understanding.match(said, reading) if reading else NO_MATCH
            return Route(Way.CRISIS, said, sign=sign, match=match, reading=reading)
        known = self._understanding.known(runs_of(text))  # counted once, used twice
        opt_out = self.opt_outs.sentence(text, guessed, known)
        if opt_out is not None:
            return Route(Way.OPT_OUT, chosen or opt_out.locale, opt_out=opt_out)
        greeting = self._keywords.greeting(text)
        if greeting and meaning is None:
            said = chosen or (guessed if guessed in greeting else greeting[0])
            return Route(Way.GREETING, said)
        locale, match, reading = self._first_match(text, guessed, chosen, known)
        suggested = guessed is not None or bool(match.candidates)
        return self._topic_or_place(Route(Way.NOTHING, locale, suggested, reading=reading), match,
                                    text)

    def _first_match(self, text: str, guessed: str | None, chosen: str | None,
                     known: Mapping[str, int]) -> tuple[str, Match, Reading | None]:
        """The language of a first message and the topic match in it: among languages written
        in the same letters (they share greetings and loanwords), the one whose examples hold
        most of its words, unless the language was chosen before the chat."""
        locale = chosen or guessed or self._localizer.default_locale
        if text.isdigit():
            return locale, NO_MATCH, None
        if chosen is None and script_of(text) == LATIN and len(tokens(text)) > 1:
            return self._understanding.best_language(text, guessed or locale,
                                                     self._keywords.detected(text), known)
        reading = self._understanding.read(locale, text)
        return locale, self._understanding.match(locale, reading) if reading else NO_MATCH, reading

    def _guess_locale(self, inbound: Inbound) -> str | None:
        """Guess the language from the script and words of a message; a channel's hint only
        breaks ties. None when nothing suggests any language."""
        localizer = self._localizer
        best = self._keywords.guess_locale(inbound.text, localizer.locales)
        hint = (inbound.locale_hint or "").split("-")[0].lower()
        if len(best) == 1:
            return best[0]
        if hint in localizer.locales and (not best or hint in best):
            return hint
        if not best:
            return None
        return localizer.default_locale if localizer.default_locale in best else best[0]

    # ---- mid-conversation ------------------------------------------------------------------------

    def next(self, state: State, inbound: Inbound) -> Route:
        """Read a message in a conversation already under way, in its language."""
        text, locale = normalize(inbound.text), state.locale
        meaning = self._keywords.command(locale, text)
        if meaning is not None:
            return Route(Way.COMMAND, locale, meaning=meaning)
        opt_out = self.opt_outs.word(text)
        if opt_out is not None:
            return Route(Way.OPT_OUT, locale, opt_out=opt_out)
        sign = self._signs.find(text)
        if sign is not None:
            reading = self._understanding.read(locale, text)
            match = self._understanding.match(locale, reading) if reading else NO_MATCH
            return Route(Way.CRISIS, locale, sign=sign, match=match, reading=reading)
        if state.opted_out:
            return Route(Way.NOTHING, locale)
        opt_out = self.opt_outs.sentence(text, locale)
        if opt_out is not None:
            return Route(Way.OPT_OUT, locale, opt_out=opt_out)
        return self._at_node(state, text)

    def _at_node(self, state: State, text: str) -> Route:
        """What the conversation asked for, then topics and places."""
        locale, key = state.locale, (state.flow, state.node)
        if state.offer:
            picked = self._offer_picked(state, text)
            if picked is not None:
                return Route(Way.PICK, locale, target=picked)
        node = self._nodes.get(key)
        if node is None:
            return Route(Way.NOTHING, locale)
        index = self._keywords.option(locale, state.flow, state.node, text)
        if index is not None:
            return Route(Way.OPTION, locale, option=index)
        if node.input is not None:
            value = self._parsers[node.input.kind](text)
            if value is not None:
                return Route(Way.INPUT, locale, region=value)
            located = self._places.locate(text, codes=True)
            if located is not None and located.state is None:  # Kansas City: which state?
                return Route(Way.PLACE, locale, located=located)
        greeting = self._keywords.greeting(text)
        if greeting:  # "hi" again, or "hola" at the language menu: the welcome, in its language
            return Route(Way.GREETING, locale if locale in greeting else greeting[0])
        reading = None if text.isdigit() or node.language_menu else self._understanding.read(locale, text)
        offered = self._option_topics[key]
        match = self._understanding.match(locale, reading, offered) if reading else NO_MATCH
        return self._topic_or_place(Route(Way.NOTHING, locale, reading=reading), match, text,
                                    offered, here=key)

    def _topic_or_place(self, nothing: Route, match: Match, text: str,
                        offered: frozenset[int] = frozenset(), here: tuple[str, str] | None = None
                        ) -> Route:
        """A topic answered when it is clear; a place when no topic is clear ("I live in
        Houston", "90012"); a topic offered when close; an option of the node when the
        message fits one; else nothing."""
        if not self._clear(match, nothing) and not match.elsewhere \
                and self.place_topic is not None and (self.place_topic.flow, self.place_topic.node) != here:
            located = self._places.locate(text)
            if located is not None and self._about_the_place(text, nothing.locale, located):
                return Route(Way.PLACE, nothing.locale, nothing.known, match=match,
                             located=located, reading=nothing.reading)
        if match.elsewhere:  # about something the bot has no answer for: not even an option
            return nothing
        match = self._prefer_options(match, offered)
        best = match.best
        if match.decision is not Decision.NONE and best is not None and (best.flow, best.node) != here:
            return Route(Way.TOPIC, nothing.locale, True, match=match, reading=nothing.reading)
        return nothing

    def _clear(self, match: Match, route: Route) -> bool:
        """True when a topic is answered on more than one word of the message: an urgent node
        answered on one word ("live", of "I live in Los Angeles") yields to a place named."""
        best = match.candidates[0] if match.candidates else None
        if match.decision is not Decision.ANSWER or best is None:
            return False
        if best.score >= THRESHOLDS.answer or route.reading is None:
            return True
        matcher = self._understanding.matchers.get(route.locale)
        return matcher is None or matcher.support(route.reading, best.topic) >= CLEAR_SUPPORT

    def _about_the_place(self, text: str, locale: str, located: Located) -> bool:
        """True when a message naming a place is about being there: its other words are the
        bot's own ("im in chicago need help"), not others ("the weather tomorrow in chicago")."""
        matchers = self._understanding.matchers
        known = [matcher.topic_vocabulary for matcher in (matchers.get(locale), matchers.get(ENGLISH))
                 if matcher is not None]
        words = [word for word in tokens(text) if not word.isdigit()]
        strange = sum(not any(word in vocabulary for vocabulary in known) for word in words)
        return strange - located.span <= PLACE_STRANGE_WORDS

    def _prefer_options(self, match: Match, offered: frozenset[int]) -> Match:
        """Mid-conversation, a message that could mean one of the node's own options (among
        other close candidates, or best of the weak ones) picks that option."""
        if match.decision is Decision.ANSWER or not match.candidates or not offered:
            return match
        candidates = match.candidates if match.decision is Decision.OFFER else match.candidates[:1]
        for candidate in candidates:
            index = self._understanding.topic_index(candidate.topic.flow, candidate.topic.node)
            # The option's own score, before the weight options get here ("بدي", I want, is
            # not "what do I say" because the node offers it).
            if index in offered and candidate.score / THRESHOLDS.context >= THRESHOLDS.option:
                return Match(Decision.ANSWER, (candidate,))
        return match

    def _offer_picked(self, state: State, text: str) -> tuple[str, str] | None:
        """The node a reply to "did you mean" picks, by its number or its label."""
        for number, key in enumerate(state.offer, start=1):
            if text == str(number) or text in self._offer_words.get((state.locale, key), ()):
                flow, _, name = key.partition("/")
                return (flow, name) if (flow, name) in self._nodes else None
        return None

    # ---- built once ------------------------------------------------------------------------------

    def option_topics(self, flow: str, name: str) -> frozenset[int]:
        """The routable nodes a node's options lead to (free text that fits them weighs more)."""
        return self._option_topics.get((flow, name), frozenset())

    def _topics_offered(self, flow: str, name: str) -> frozenset[int]:
        """The routable nodes a node's options lead to; none at the main menu, whose options
        are every topic's start (free text there has chosen no topic yet)."""
        if (flow, name) == self._entry:
            return frozenset()
        found = set()
        flows = self._catalog.flows.flows
        for option in self._nodes[(flow, name)].options:
            target = (option.flow, flows[option.flow].start) if option.flow \
                else (flow, option.next or "")
            index = self._understanding.topic_index(*target)
            if index is not None:
                found.add(index)
        return frozenset(found)

    def _label_words(self, locale: str, label: str) -> frozenset[str]:
        """An option label as a person may send it back: its words, its button, its keywords."""
        if not label:
            return frozenset()
        words = {normalize(self._localizer.format(locale, label)),
                 normalize(self._localizer.format_variant(locale, label, BUTTONS))}
        words.update(split_keywords(self._localizer.attribute(locale, label, KEYWORDS_ATTRIBUTE) or ""))
        return frozenset(words)

    def node(self, flow: str, name: str) -> Node | None:
        """A node of the content, if it exists."""
        return self._nodes.get((flow, name))

