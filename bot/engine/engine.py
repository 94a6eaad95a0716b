"""The conversation engine: state and an inbound message in, new state and a reply out. No I/O."""

from collections.abc import Sequence

from transitions import Machine

from bot.content.flows import Flow, MessageRef, Node, Referral
from bot.engine.catalog import Catalog
from bot.engine.conversation import Choice, Inbound, Reply, Say, State, Turn, TurnEvent
from bot.engine.directory import Directory
from bot.engine.keywords import CARRIER_STOP_WORDS, DRAFT_NOTICE, LANGUAGE_NAME, Command, Meaning
from bot.engine.places import Located
from bot.engine.routing import Route, Router, Way
from bot.engine.safety import Crisis, Sign
from bot.engine.sms import SmsOut, page_of, turned_page
from bot.engine.text import normalize
from bot.engine.understand import Candidate, Decision, Match, Topic

MISSES_BEFORE_HELP = 3  # after this many misunderstood messages in a row, offer HELP and a hotline
MENU_KEY = "0"
# Channels where Twilio itself confirms an opt-out (for its own words); a reply would be refused.
CARRIER_OPT_OUT_CHANNELS = frozenset({"sms"})

# Messages the engine itself says; every shipped locale must define them (`kyr check` verifies).
UNKNOWN = "shared-unknown"
STUCK = "shared-stuck"
HELP = "shared-help"
STOPPED = "shared-stopped"
CLEARED = "shared-cleared"
MENU_CHANGED = "shared-menu-changed"
BACK_AT_START = "shared-back-at-start"
MENU_CHOICE = "shared-choice-menu"
MORE_CHOICE = "shared-choice-more"
WHAT_NEXT = "shared-what-next"
TEXT_ONLY = "shared-text-only"
DEGRADED = "shared-degraded"
CLEAR_PENDING = "shared-clear-pending"
NO_LISTING = "shared-no-listing"
UNKNOWN_INPUT = "shared-unknown-input"
ROUTED_NOTICE = "shared-routed-notice"
DID_YOU_MEAN = "shared-did-you-mean"
SLOW_DOWN = "shared-slow-down"
WHICH_STATE = "shared-which-state"
ENGINE_MESSAGES = (UNKNOWN, STUCK, HELP, STOPPED, CLEARED, MENU_CHANGED, BACK_AT_START,
                   MENU_CHOICE, MORE_CHOICE, WHAT_NEXT, TEXT_ONLY, DEGRADED, CLEAR_PENDING, NO_LISTING,
                   UNKNOWN_INPUT, ROUTED_NOTICE, DID_YOU_MEAN, SLOW_DOWN, WHICH_STATE)
CRISIS_OFFERS = 1  # a crisis reply offers at most this many topics the message was also about

OPTION_EVENT = "option_{}"
OPTION_EVENTS = tuple(OPTION_EVENT.format(index) for index in range(10))  # formatted once
INPUT_EVENT = "text_input"
LANGUAGE_EVENT = "language_chosen"

MORE_KEY = "1"


class _Cursor:
    """A throwaway model: the saved node is assigned, the event fired, the new node read back."""

    def __init__(self, state: str) -> None:
        self.state = state


def build_machine(flow: Flow) -> Machine:
    """One flat machine per flow, built once; `auto_transitions=False` avoids N² to_* events."""
    machine = Machine(model=None, states=list(flow.nodes), initial=flow.start,
                      auto_transitions=False, ignore_invalid_triggers=False)
    for node in flow.nodes.values():
        for index, option in enumerate(node.options):
            if option.next is not None:
                machine.add_transition(OPTION_EVENT.format(index), node.name, option.next)
        if node.input is not None:
            machine.add_transition(INPUT_EVENT, node.name, node.input.next)
        if node.language_menu and node.next is not None:
            machine.add_transition(LANGUAGE_EVENT, node.name, node.next)
    return machine


def _says(refs: tuple[MessageRef, ...], extra: dict[str, str] | None = None) -> tuple[Say, ...]:
    """Flow message references as reply messages."""
    return tuple(Say(ref.id, {**ref.args, **(extra or {})}) for ref in refs)


class Engine:
    """Runs every conversation of a deployment; shared by all threads, it holds no per-person data."""

    def __init__(self, catalog: Catalog, sms_fold: bool = True) -> None:
        self.catalog = catalog
        self._localizer = catalog.localizer
        self._keywords = catalog.keywords
        self._flows = catalog.flows.flows
        self._parsers = catalog.places.parsers()  # ZIP codes, states and cities, read at start-up
        self._router = Router(catalog)
        self._entry = catalog.flows.entry
        self._directory = Directory(catalog.flows.referrals)
        self._places = catalog.places
        self._machines = {flow_id: build_machine(flow) for flow_id, flow in self._flows.items()}
        self._language_node = next(
            (flow.id, node.name) for flow in self._flows.values()
            for node in flow.nodes.values() if node.language_menu
        )
        language_says = self._node(*self._language_node).say
        self._language_prompt = language_says[0].id if language_says else UNKNOWN
        card = catalog.flows.card  # the node that hands out the rights card, if there is one
        self._card_node: tuple[str, str] | None = None
        if card is not None:
            card_flow, _, card_name = card.node.partition("/")
            self._card_node = (card_flow, card_name)
        # What each node says and offers never changes while serving: build it once. A node
        # that lists the person's state's lines has one body per state, built on first use.
        self._bodies = {(flow.id, node.name): self._compose_body(node, "", "")
                        for flow in self._flows.values() for node in flow.nodes.values()}
        self._regional_bodies: dict[tuple[str, str, str, str], tuple[Say, ...]] = {}
        self._node_choices = {key: self._build_choices(*key) for key in self._bodies}
        self._page_choices = (Choice(MORE_KEY, Say(MORE_CHOICE)), Choice(MENU_KEY, Say(MENU_CHOICE)))
        self.sms = SmsOut(self._localizer, catalog.fold_locales() if sms_fold else frozenset())
        self._more_words = {locale: {MORE_KEY, normalize(self._localizer.format(locale, MORE_CHOICE))}
                            for locale in self._localizer.locales}
        # The node that answers each crisis (the safety net), before any topic.
        self._safety = {Crisis(node.safety): (flow.id, node.name) for flow in self._flows.values()
                        for node in flow.nodes.values() if node.safety}
        # Nodes that can answer a first message (and where a first message giving a state goes).
        self._first_answers = {(topic.flow, topic.node) for topic in catalog.understanding.topics}
        self._first_answers |= {(flow, node.input.next) for flow, name in list(self._first_answers)
                                if (node := self._node(flow, name)).input is not None}
        # (flow, node, locale) -> where each SMS page starts, for replies too long for one SMS.
        self._pages = {(*key, locale): starts for locale in self._localizer.locales
                       for key in self._bodies if len(starts := self._paginate(*key, locale)) > 1}
        self._regional_pages: dict[tuple[str, str, str, str], tuple[int, ...]] = {}
        self._understanding = catalog.understanding

    # ---- entry point -------------------------------------------------------------------------

    def handle(self, state: State | None, inbound: Inbound) -> Turn:
        """Answer one inbound message. Never raises for any text or any saved state."""
        if inbound.channel != "sms":
            return self._handle(state, inbound)
        turned = self._turn_page(state, inbound)
        return turned if turned is not None else self._cut_to_page(self._handle(state, inbound))

    def _handle(self, state: State | None, inbound: Inbound, ask_language: bool = True) -> Turn:
        """Answer one message, whole (SMS pages are cut afterwards)."""
        if inbound.kind != "text":
            return self._text_only(state, inbound)
        if state is None:
            return self._first_contact(self._router.first(inbound), inbound, ask_language)
        locale = self._localizer.resolve(state.locale)
        state = state.touched(locale, inbound.received_at)
        route = self._router.next(state, inbound)
        if route.way is Way.CRISIS:  # a life first: opted out or not, wherever the person was
            return self._crisis(state, route)
        if state.opted_out:
            return self._while_opted_out(state, route.meaning, inbound)
        if (state.flow, state.node) not in self._bodies:  # the flows changed since the last message
            restarted = state.at(self._entry.id, self._entry.start, remember=False)
            restarted = restarted._replace(history=())
            return Turn(restarted, self._show(restarted, prefix=(Say(MENU_CHANGED),)), TurnEvent.RESET)
        return self._carry_out(state, route, inbound)

    def read(self, state: State | None, inbound: Inbound) -> Route:
        """How a message is read, exactly as the bot answers it (for `kyr why`)."""
        if state is None:
            return self._router.first(inbound)
        return self._router.next(state._replace(locale=self._localizer.resolve(state.locale)), inbound)

    # ---- first contact and language --------------------------------------------------------

    def _first_contact(self, route: Route, inbound: Inbound, ask_language: bool) -> Turn:
        """A first message gets what it asks for at once, after one line saying this is
        information, not legal advice (a crisis gets its number first, with nothing before it);
        a greeting or a message about nothing gets the welcome, in the language it suggests;
        when it suggests none, the language menu, each language named in itself."""
        now, locale = inbound.received_at, route.locale
        state = self._new(locale, now)
        way = route.way
        if way is Way.COMMAND and route.meaning is not None:
            return self._command(state, route.meaning, inbound)
        if way is Way.OPT_OUT:
            return self._stop(state, inbound)
        if way is Way.CRISIS:
            return self._crisis(state, route)
        if way is Way.TOPIC:
            return self._follow(state, route.match, normalize(inbound.text), self._routed_notice(locale))
        if way is Way.PLACE and route.located is not None:
            return self._place(state, route.located, self._routed_notice(locale))
        if not route.known and ask_language and len(self._localizer.locales) > 1:
            asked = state.at(*self._language_node, remember=False)
            return Turn(asked, self._show(asked), TurnEvent.LANGUAGE_MENU)
        return Turn(state, self._show(state, prefix=self._greeting(locale)), TurnEvent.GREET)

    def _carry_out(self, state: State, route: Route, inbound: Inbound) -> Turn:
        """Do what a message in a conversation under way was read as."""
        way = route.way
        if way is Way.COMMAND and route.meaning is not None:
            return self._command(state, route.meaning, inbound)
        if way is Way.OPT_OUT:
            return self._stop(state, inbound)
        state = state._replace(offer=()) if state.offer else state  # asked once, answered now
        if way is Way.GREETING:  # "hi" again: who we are and the menu, in the greeting's language
            moved = state.at(self._entry.id, self._entry.start, remember=False)
            moved = moved._replace(history=(), locale=route.locale)
            return Turn(moved, self._show(moved, prefix=self._greeting(route.locale)), TurnEvent.GREET)
        if way is Way.PICK and route.target is not None:
            return self._enter(state, *route.target, event=TurnEvent.ROUTED)
        node = self._node(state.flow, state.node)
        if way is Way.OPTION and route.option is not None:
            if node.language_menu:
                return self._switch_language(state, self.catalog.localizer.locales[route.option])
            option = node.options[route.option]
            if option.flow is not None:
                return self._enter(state, option.flow, self._flows[option.flow].start)
            return self._enter(state, state.flow,
                               self._step(state.flow, node.name, OPTION_EVENTS[route.option]))
        if way is Way.INPUT:
            target = self._step(state.flow, node.name, INPUT_EVENT)
            return self._enter(state, state.flow, target, region=route.region)
        if way is Way.TOPIC:
            return self._follow(state, route.match, normalize(inbound.text))
        if way is Way.PLACE and route.located is not None:
            return self._place(state, route.located)
        return self._unknown(state, node)

    def _crisis(self, state: State, route: Route) -> Turn:
        """The safety net: the number to call, first and on one SMS page; then the topic the
        message was also about (officers at the door, a detained son), offered as option 1.
        A person who opted out gets the number too, and stays opted out."""
        crisis = route.sign.crisis if route.sign is not None else Crisis.EMERGENCY
        flow, name = self._safety[crisis]
        also: tuple[Topic, ...] = ()
        if route.match.decision is not Decision.NONE and not state.opted_out:
            also = tuple(candidate.topic for candidate in route.match.candidates[:CRISIS_OFFERS])
        moved = state.at(flow, name)._replace(offer=tuple(topic.key for topic in also))
        choices = () if state.opted_out else (
            *(Choice(str(i), Say(topic.label)) for i, topic in enumerate(also, start=1)),
            Choice(MENU_KEY, Say(MENU_CHOICE)))
        said = self._presentation(flow, name, moved.locale, moved.region)
        return Turn(moved, Reply(moved.locale, said, choices, lead=0), TurnEvent.CRISIS,
                    band=route.match.band if also else "")

    def _place(self, state: State, located: Located, prefix: tuple[Say, ...] = ()) -> Turn:
        """"I live in Houston", "90012": help near that place, at once. A city that several
        states share ("Kansas City") asks which state, at the node that asks for the place."""
        topic = self._router.place_topic
        if topic is None:
            return self._unknown(state, self._node(state.flow, state.node))
        node = self._node(topic.flow, topic.node)
        if located.state is not None and node.input is not None:
            turn = self._enter(state.at(topic.flow, topic.node), topic.flow, node.input.next,
                               located.state, TurnEvent.ROUTED)
        else:
            moved = state.at(topic.flow, topic.node)
            names = ", ".join(self._places.name(code, state.locale) for code in located.states)
            which = Say(WHICH_STATE, {"place": located.name, "states": names})
            turn = Turn(moved, self._show(moved, prefix=(which,)), TurnEvent.ROUTED)
        turn.reply = turn.reply.prefixed(prefix)
        turn.band = "high"
        return turn

    def _routed_notice(self, locale: str) -> tuple[Say, ...]:
        """What precedes an answer to a first message: not legal advice, and not yet reviewed."""
        return (Say(ROUTED_NOTICE), *self._draft_notice(locale))

    def _greeting(self, locale: str) -> tuple[Say, ...]:
        """The entry flow's greeting and, for a language not yet reviewed, a notice saying so."""
        return (*_says(self._entry.greeting), *self._draft_notice(locale))

    def _draft_notice(self, locale: str) -> tuple[Say, ...]:
        """A short word, in that language, that its text is not yet reviewed."""
        info = self.catalog.languages.get(locale)
        return (Say(DRAFT_NOTICE),) if info is not None and info.draft else ()

    def stateless(self, inbound: Inbound) -> Turn:
        """An answer without the saved state (the store is down): commands still work; a message
        about a topic gets that topic's answer, without options (they could not be followed);
        anything else gets a hotline, in the language the message suggests."""
        turn = self._handle(None, inbound, ask_language=False)  # nothing would remember the choice
        if turn.event is TurnEvent.CLEAR:  # nothing could be erased: do not say it was
            return Turn(None, Reply(turn.reply.locale, (Say(CLEAR_PENDING),)), TurnEvent.CLEAR,
                        stateless=True)
        if turn.event is TurnEvent.ROUTED and turn.state is not None:
            shown = self._cut_to_page(turn) if inbound.channel == "sms" else turn
            return Turn(turn.state, Reply(turn.reply.locale, shown.reply.messages),
                        TurnEvent.ROUTED, band=turn.band, stateless=True)
        if turn.event is TurnEvent.CRISIS:  # the number, without options nothing would remember
            return Turn(turn.state, Reply(turn.reply.locale, turn.reply.messages), TurnEvent.CRISIS,
                        stateless=True)
        if turn.event not in (TurnEvent.GREET, TurnEvent.OFFER):
            turn.stateless = True
            return turn
        state = turn.state or State(self._entry.id, self._entry.start, turn.reply.locale)
        # No menu: without the state an option could not be followed, and a hotline is what helps.
        return Turn(state, Reply(state.locale, (Say(DEGRADED), *self._hotlines(""))),
                    TurnEvent.DEGRADED)

    def paced(self, locale: str, notice: bool) -> Turn:
        """For a person writing faster than anyone reads: one short notice, then nothing; the
        state is left as it was."""
        said = (Say(SLOW_DOWN),) if notice else ()
        return Turn(None, Reply(self._localizer.resolve(locale), said),
                    TurnEvent.PACED_NOTICE if notice else TurnEvent.PACED_QUIET)

    def asks_to_stop(self, inbound: Inbound, sentences: bool = True) -> bool:
        """True if the message is an opt-out in any language: an opt-out is honoured at any
        pace. Without `sentences`, only a stop word counts (a few dictionary lookups). The
        same reading as a turn's (bot.engine.optout), with no conversation to go by."""
        if inbound.kind != "text":
            return False
        opt_outs = self._router.opt_outs
        text = normalize(inbound.text)
        if not sentences:
            return opt_outs.word(text) is not None
        return opt_outs.asks(text, inbound.locale) is not None

    def opt_out(self, state: State | None, inbound: Inbound) -> Turn:
        """Carry out an opt-out and nothing else (a message let past the pace because it asks
        to stop): the conversation is marked stopped, confirmed where the carrier does not."""
        if state is None:
            state = self._new(self.infer_locale(inbound), inbound.received_at)
        else:
            state = state.touched(self._localizer.resolve(state.locale), inbound.received_at)
        return self._stop(state, inbound)

    def _new(self, locale: str, now: float) -> State:
        """A conversation starting now at the entry flow's first node."""
        return State(self._entry.id, self._entry.start, locale, started_at=now, updated_at=now)

    def stopped(self, state: State | None, locale: str, inbound: Inbound) -> State:
        """The state of a person who opted out (kept apart from the conversation, which may have
        expired): their conversation if there is one, else a new one in that language."""
        if state is None:
            state = self._new(self._localizer.resolve(locale), inbound.received_at)
        return state if state.opted_out else state._replace(opted_out=True, history=(), misses=0)

    def _text_only(self, state: State | None, inbound: Inbound) -> Turn:
        """Something that is not text (a photo, a voice note): say so and show the options."""
        if state is None:
            state = self._new(self.infer_locale(inbound), inbound.received_at)
        if state.opted_out:
            return Turn(state, Reply(state.locale), TurnEvent.IGNORED_OPTED_OUT)
        if (state.flow, state.node) not in self._bodies:
            state = state.at(self._entry.id, self._entry.start, remember=False)
        # At the language menu the names are in many scripts (UCS-2): only its short question.
        said = self._language_prompt if (state.flow, state.node) == self._language_node else TEXT_ONLY
        return Turn(state, Reply(state.locale, (Say(said),), self._choices(state)), TurnEvent.TEXT_ONLY)

    def infer_locale(self, inbound: Inbound) -> str:
        """The language a first message is answered in (a notice to a person not yet known)."""
        return self._router.first(inbound).locale

    def preview(self, flow: str, node: str, locale: str, region: str = "") -> Reply:
        """The whole reply a person gets on entering a node, before any cut into SMS pages
        (for checks and tools; no state kept)."""
        return self._enter(State(flow, node, locale), flow, node, region).reply

    def preview_stateless(self, locale: str) -> Reply:
        """The reply while the store is down (for checks and tools)."""
        return self.stateless(Inbound("", locale=locale)).reply

    def preview_help(self, locale: str, region: str = "") -> Reply:
        """The reply to HELP, for a person whose state is known or not (for checks and tools)."""
        return self._help(State(self._entry.id, self._entry.start, locale, region=region)).reply

    def preview_greeting(self, locale: str) -> Reply:
        """The first reply a person gets in a language."""
        state = State(self._entry.id, self._entry.start, locale)
        return self._show(state, prefix=self._greeting(locale))

    def preview_crisis(self, crisis: Crisis, locale: str, also: Topic | None = None) -> Reply:
        """The safety net's reply in a language, with a topic offered after it (for checks)."""
        match = Match(Decision.ANSWER, (Candidate(also, 1.0),)) if also else Match(Decision.NONE)
        route = Route(Way.CRISIS, locale, sign=Sign(crisis, locale), match=match)
        return self._crisis(State(self._entry.id, self._entry.start, locale), route).reply

    def safety_messages(self, crisis: Crisis) -> tuple[str, ...]:
        """The ids of what the safety net says for a crisis."""
        flow, name = self._safety[crisis]
        return tuple(ref.id for ref in self._node(flow, name).say)

    def preview_first_answer(self, flow: str, node: str, locale: str) -> Reply:
        """The first SMS page of a node answering a first message (for checks and tools)."""
        return self._page(flow, node, locale, "", 0, self._routed_notice(locale))

    def preview_offer(self, locale: str, topics: Sequence[Topic]) -> Reply:
        """"Did you mean" offering these nodes, as a first message gets it (for checks and tools)."""
        match = Match(Decision.OFFER, tuple(Candidate(topic, 1.0) for topic in topics))
        state = State(self._entry.id, self._entry.start, locale)
        return self._follow(state, match, "", self._routed_notice(locale)).reply

    def _switch_language(self, state: State, locale: str) -> Turn:
        """Speak another language from now on, and show where the person is in it."""
        state = state._replace(locale=locale, page=0)
        notice = self._draft_notice(locale)
        if (state.flow, state.node) == self._language_node:
            node = self._node(state.flow, state.node)
            if node.next is not None:
                target = self._step(state.flow, state.node, LANGUAGE_EVENT)
                state = state.at(state.flow, target)
            if (state.flow, state.node) == (self._entry.id, self._entry.start):
                notice = self._greeting(locale)  # first words in this language: who we are
        return Turn(state, self._show(state, prefix=notice), TurnEvent.LANGUAGE)

    # ---- commands --------------------------------------------------------------------------

    def _command(self, state: State, meaning: Meaning, inbound: Inbound) -> Turn:
        """Carry out a global command from any node."""
        command = meaning.command
        if command is Command.SWITCH_LANGUAGE and meaning.locale is not None:
            return self._switch_language(state, meaning.locale)
        if command is Command.STOP:
            return self._stop(state, inbound)
        if command is Command.CLEAR:
            return Turn(None, Reply(state.locale, (Say(CLEARED),)), TurnEvent.CLEAR)
        if command is Command.HELP:
            return self._help(state)
        if command is Command.BACK:
            return self._back(state)
        if command is Command.LANGUAGE:
            moved = state.at(*self._language_node)
            return Turn(moved, self._show(moved), TurnEvent.LANGUAGE_MENU)
        if command is Command.CARD and self._card_node is not None:
            moved = state.at(*self._card_node)
            return Turn(moved, self._show(moved), TurnEvent.CARD)
        moved = state.at(self._entry.id, self._entry.start, remember=False)._replace(history=())
        return Turn(moved, self._show(moved), TurnEvent.MENU)

    def _help(self, state: State) -> Turn:
        """How to use the bot and the hotlines; only the way to the main menu, so the reply is
        the same size everywhere and fits one SMS budget."""
        choices = () if (state.flow, state.node) == (self._entry.id, self._entry.start) \
            else (Choice(MENU_KEY, Say(MENU_CHOICE)),)
        return Turn(state, Reply(state.locale, (Say(HELP), *self._hotlines(state.region)), choices),
                    TurnEvent.HELP)

    def _stop(self, state: State, inbound: Inbound) -> Turn:
        """Opt out: mark the conversation ended; Twilio confirms its own words on SMS, we the rest."""
        stopped = state._replace(opted_out=True, history=(), misses=0)
        # Twilio knows its words only as plain text: a disguised STOP (a zero-width space in it,
        # Cyrillic look-alike letters) passes it by, so the bot confirms that one itself.
        if inbound.channel in CARRIER_OPT_OUT_CHANNELS and inbound.text.isascii() \
                and normalize(inbound.text) in CARRIER_STOP_WORDS:
            return Turn(stopped, Reply(state.locale), TurnEvent.STOP)
        return Turn(stopped, Reply(state.locale, (Say(STOPPED),)), TurnEvent.STOP)

    def _while_opted_out(self, state: State, meaning: Meaning | None, inbound: Inbound) -> Turn:
        """After STOP only START (or HELP, which carriers require) gets an answer."""
        if meaning is not None and meaning.command is Command.START:
            fresh = self._new(state.locale, inbound.received_at)
            return Turn(fresh, self._show(fresh, prefix=self._greeting(state.locale)), TurnEvent.START)
        if meaning is not None and meaning.command is Command.HELP:
            return Turn(state, Reply(state.locale, (Say(HELP), *self._hotlines(state.region))),
                        TurnEvent.HELP)
        return Turn(state, Reply(state.locale), TurnEvent.IGNORED_OPTED_OUT)

    def _back(self, state: State) -> Turn:
        """Return to the previous node that still exists."""
        history = list(state.history)
        while history:
            flow, _, node = history.pop().partition("/")
            if (flow, node) in self._bodies:  # the step still exists
                moved = state._replace(flow=flow, node=node, history=tuple(history), misses=0,
                                       page=0)
                return Turn(moved, self._show(moved), TurnEvent.BACK)
        return Turn(state._replace(history=()),
                    self._show(state, prefix=(Say(BACK_AT_START),)), TurnEvent.BACK_AT_START)

    # ---- answers at a node -----------------------------------------------------------------

    def _follow(self, state: State, match: Match, text: str, prefix: tuple[Say, ...] = ()) -> Turn:
        """Answer with the node free text is about, or ask which of the close ones it meant."""
        best = match.best
        if match.decision is Decision.ANSWER and best is not None:
            target = self._node(best.flow, best.node)
            value = self._parsers[target.input.kind](text) if target.input is not None else None
            located = self._places.locate(text, codes=True) if target.input is not None else None
            if value is None and located is not None and located.state is None:
                return self._place(state, located, prefix)  # "near Kansas City": which state?
            if target.input is not None and value is not None:  # "help near me, in Texas"
                turn = self._enter(state.at(best.flow, best.node), best.flow, target.input.next,
                                   value, TurnEvent.ROUTED)
            else:
                turn = self._enter(state, best.flow, best.node, event=TurnEvent.ROUTED)
            turn.reply = turn.reply.prefixed(prefix)
            turn.band = match.band
            return turn
        topics = tuple(candidate.topic for candidate in match.candidates)
        asked = state._replace(offer=tuple(topic.key for topic in topics), page=0)
        choices = (*(Choice(str(i), Say(topic.label)) for i, topic in enumerate(topics, start=1)),
                   Choice(MENU_KEY, Say(MENU_CHOICE)))
        return Turn(asked, Reply(state.locale, (*prefix, Say(DID_YOU_MEAN)), choices), TurnEvent.OFFER,
                    band=match.band)

    def option_topics(self, flow: str, name: str) -> frozenset[int]:
        """The routable nodes a node's options lead to (free text that fits them weighs more)."""
        return self._router.option_topics(flow, name)

    def _enter(self, state: State, flow: str, node: str, region: str = "",
               event: TurnEvent | None = None) -> Turn:
        """Move to a node and say it (with `region`, the state the person just gave, kept for
        the rest of the conversation); an ending node then offers only the way to the main
        menu (the whole menu again would make every ending longer than an SMS budget allows)."""
        moved = state.at(flow, node)
        if region:
            moved = moved._replace(region=region)
        return Turn(moved, self._show(moved),
                    event or (TurnEvent.END if self._node(flow, node).end else TurnEvent.OPTION))

    def _unknown(self, state: State, node: Node) -> Turn:
        """A short hint and the options again; after repeated misses, HELP and a hotline. At a
        crisis node, its number again, and nothing before it."""
        misses = state.misses + 1
        state = state._replace(misses=misses)
        if node.safety:  # after a crisis, anything not understood gets the number again
            return Turn(state, Reply(state.locale, _says(node.say), self._choices(state)),
                        TurnEvent.UNKNOWN)
        if misses % MISSES_BEFORE_HELP == 0:
            # A rescue, not a lesson: the lines and the way to the menu, which fit one SMS
            # budget in every language wherever the person is.
            rescue = (Say(STUCK), *self._hotlines(state.region))
            return Turn(state, Reply(state.locale, rescue, (Choice(MENU_KEY, Say(MENU_CHOICE)),)),
                        TurnEvent.STUCK)
        messages: tuple[Say, ...] = (Say(UNKNOWN_INPUT if node.input else UNKNOWN),)
        if node.language_menu:
            messages = (Say(self._language_prompt),)  # the names follow, each in its language
        elif node.input is not None or not (node.options or node.end):
            messages += _says(node.say)  # ask the node's question again
        return Turn(state, Reply(state.locale, messages, self._choices(state)), TurnEvent.UNKNOWN)

    # ---- building replies ------------------------------------------------------------------

    def _show(self, state: State, prefix: tuple[Say, ...] = ()) -> Reply:
        """The reply that presents a node: what it says, its referrals (at an ending, the
        question what next), its options."""
        said = self._presentation(state.flow, state.node, state.locale, state.region)
        return Reply(state.locale, (*prefix, *said), self._node_choices[(state.flow, state.node)],
                     lead=len(prefix), card=(state.flow, state.node) == self._card_node)

    def _body_at(self, flow: str, name: str, locale: str, region: str) -> tuple[Say, ...]:
        """What a node says and its referrals, in a language, for a state ("" when unknown)."""
        node = self._node(flow, name)
        if not node.regional_referrals:
            return self._bodies[(flow, name)]
        key = (flow, name, locale, region)
        body = self._regional_bodies.get(key)
        if body is None:  # built once per state and language; a pure function of the content
            body = self._regional_bodies[key] = self._compose_body(node, locale, region)
        return body

    def _compose_body(self, node: Node, locale: str, region: str) -> tuple[Say, ...]:
        """A node's messages, fixed referrals and lines. A node listing the person's state's
        lines names the state; with no line listed there, or no state known yet, it gives the
        national lines instead, so nobody is left without a number."""
        services = node.regional_services
        lines: tuple[Referral, ...] = ()
        notice: tuple[Say, ...] = ()
        said = _says(node.say)
        if node.regional_referrals:
            name = self._places.name(region, locale) if region else ""
            said = _says(node.say, {"value": name})
            lines = self._directory.serving(region, services) if region else ()
            if region and not lines:  # nothing listed for the state: say so, then the country's
                notice, said = (Say(NO_LISTING, {"value": name}),), ()
        if node.national_referrals or (node.regional_referrals and not lines):
            lines += tuple(line for line in self._directory.national(services) if line not in lines)
        return (*notice, *said, *self._referrals(node.referrals), *self._says_lines(lines))

    def _choices(self, state: State) -> tuple[Choice, ...]:
        """The options at the person's node."""
        return self._node_choices[(state.flow, state.node)]

    def _build_choices(self, flow: str, name: str) -> tuple[Choice, ...]:
        """The options at a node, numbered, plus 0 for the main menu away from it."""
        node = self._node(flow, name)
        if node.language_menu:
            # Every language named in itself, and nothing else: the names are in several
            # scripts, so this menu is UCS-2 and every character counts (0 still works).
            return tuple(Choice(str(i + 1), Say(LANGUAGE_NAME, locale=code))
                         for i, code in enumerate(self.catalog.localizer.locales))
        choices = [Choice(str(i + 1), Say(option.label)) for i, option in enumerate(node.options)]
        if (flow, name) != (self._entry.id, self._entry.start):
            choices.append(Choice(MENU_KEY, Say(MENU_CHOICE)))
        return tuple(choices)

    def _referrals(self, ids: tuple[str, ...]) -> tuple[Say, ...]:
        """Referral entries named by id, as messages."""
        return self._says_lines(tuple(self.catalog.flows.referrals[ref] for ref in ids))

    @staticmethod
    def _says_lines(entries: tuple[Referral, ...]) -> tuple[Say, ...]:
        """Referral entries as messages that name the organization and give its number (or,
        for a directory on the web, its address)."""
        return tuple(Say(entry.message, {"phone": format_phone(entry.phone)} if entry.phone
                         else {"web": entry.web}) for entry in entries)

    def _hotlines(self, region: str) -> tuple[Say, ...]:
        """For HELP and for people who are stuck: their state's lines when the conversation
        knows the state, and the national ones."""
        return self._says_lines(self._directory.hotlines(region, self._entry.hotline_services))

    # ---- SMS pages -------------------------------------------------------------------------

    def _presentation(self, flow: str, name: str, locale: str, region: str) -> tuple[Say, ...]:
        """What presenting a node says: its body, and at an ending the question what next."""
        body = self._body_at(flow, name, locale, region)
        return (*body, Say(WHAT_NEXT)) if self._node(flow, name).end else body

    def _paginate(self, flow: str, name: str, locale: str, region: str = "") -> tuple[int, ...]:
        """Where the SMS pages of a node's reply start in a language (one page if it fits)."""
        node = self._node(flow, name)
        if node.input is not None or node.language_menu:  # short questions, never cut
            return (0,)
        return self.sms.paginate(locale, self._presentation(flow, name, locale, region),
                                 self._node_choices[(flow, name)], self._page_choices,
                        self._longest_prefix(locale, (flow, name) in self._first_answers))

    def _longest_prefix(self, locale: str, first_answer: bool = False) -> tuple[Say, ...]:
        """Of what can precede a node's first page (the draft notice after a language switch,
        "you are at the start already", "the menu has changed", and for a node that can answer
        a first message, the notice that this is not legal advice), the longest in a language:
        the first page keeps room for it."""
        prefixes: tuple[tuple[Say, ...], ...] = (
            self._draft_notice(locale), (Say(BACK_AT_START),), (Say(MENU_CHANGED),))
        if first_answer:
            prefixes += (self._routed_notice(locale),)
        return max(prefixes, key=lambda says: sum(len(self._localizer.format(locale, say.id))
                                                  for say in says))

    def _starts(self, flow: str, name: str, locale: str, region: str) -> tuple[int, ...]:
        """Where each SMS page of a node starts; (0,) for a reply that fits one SMS."""
        if not self._node(flow, name).regional_referrals:
            return self._pages.get((flow, name, locale), (0,))
        key = (flow, name, locale, region)
        starts = self._regional_pages.get(key)
        if starts is None:  # built once per state and language, like the node's body
            starts = self._regional_pages[key] = self._paginate(flow, name, locale, region)
        return starts

    def sms_pages(self, flow: str, name: str, locale: str, notice: bool = True,
                  region: str = "") -> list[Reply]:
        """Every SMS page of a node's reply in a language; with `notice`, the first page carries
        the draft notice a language switch adds (the longest it can be). For checks and tools."""
        starts = self._starts(flow, name, locale, region)
        # A switch shows the node with the notice; the language menu is never shown with it.
        shown_after_switch = not self._node(flow, name).language_menu
        prefix = self._draft_notice(locale) if notice and shown_after_switch else ()
        return [self._page(flow, name, locale, region, page, prefix if page == 0 else ())
                for page in range(len(starts))]

    def _page(self, flow: str, name: str, locale: str, region: str, page: int,
              prefix: tuple[Say, ...] = ()) -> Reply:
        """One page of a node's SMS reply: its messages, then More or the node's own options."""
        return page_of(locale, self._presentation(flow, name, locale, region),
                       self._starts(flow, name, locale, region), page,
                       self._node_choices[(flow, name)], self._page_choices, prefix)

    def _state_starts(self, state: State) -> tuple[int, ...]:
        """Where the SMS pages of the person's node start."""
        return self._starts(state.flow, state.node, state.locale, state.region)

    def _turn_page(self, state: State | None, inbound: Inbound) -> Turn | None:
        """On a node cut into SMS pages: More shows the next page, BACK the previous one."""
        if state is None or state.opted_out or inbound.kind != "text" or state.offer \
                or (state.flow, state.node) not in self._bodies \
                or state.locale not in self._more_words:
            return None
        starts = self._state_starts(state)
        if len(starts) == 1:
            return None
        text = normalize(inbound.text)
        more = text in self._more_words[state.locale]
        page = turned_page(starts, state.page, more, not more and self._is_back(state.locale, text))
        if page is None:
            return None
        moved = state.touched(state.locale, inbound.received_at)._replace(page=page, misses=0)
        return Turn(moved, self._page(state.flow, state.node, state.locale, state.region, page),
                    TurnEvent.PAGE)

    def _is_back(self, locale: str, text: str) -> bool:
        """True if the message is the BACK command in this language."""
        meaning = self._keywords.command(locale, text)
        return meaning is not None and meaning.command is Command.BACK

    def _cut_to_page(self, turn: Turn) -> Turn:
        """Show only the first SMS page of a node presented whole; away from the last page,
        offer More instead of the node's options."""
        state = turn.state
        if state is None or (state.flow, state.node) not in self._bodies:
            return turn
        starts = self._state_starts(state)
        presenting = turn.event.presenting
        if len(starts) == 1:  # most turns: the reply fits as it is
            if presenting and state.page:
                turn.state = state._replace(page=0)
            return turn
        if presenting:
            state = state._replace(page=0) if state.page else state
            lead = turn.reply.lead
            if lead >= 0:
                prefix = turn.reply.messages[:lead]
                page = self._page(state.flow, state.node, state.locale, state.region, 0, prefix)
                return Turn(state, page, turn.event, turn.forget_messages, turn.band)
            return Turn(state, turn.reply, turn.event, turn.forget_messages, turn.band)
        if state.page + 1 < len(starts) and \
                turn.reply.choices == self._node_choices[(state.flow, state.node)]:
            turn.reply.choices = self._page_choices
        return turn

    # ---- the state machines ----------------------------------------------------------------

    def _step(self, flow: str, node: str, event: str) -> str:
        """Fire an event on the flow's shared machine for a restored node; return the new node."""
        cursor = _Cursor(node)
        self._machines[flow].events[event].trigger(cursor)
        return cursor.state

    def _node(self, flow: str, node: str) -> Node:
        """A node known to exist."""
        return self._flows[flow].nodes[node]


def format_phone(e164: str) -> str:
    """A US number as people dial it: +18554357693 -> 855-435-7693; 988 stays 988."""
    if not e164.startswith("+"):
        return e164
    digits = e164.removeprefix("+1")
    return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"
