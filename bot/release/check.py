"""`kyr check`: every mistake in flows and translations, as file:line and what to do."""

import difflib
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import phonenumbers
from phonenumbers import shortnumberinfo

from bot.content.cards import OFFICERS_LOCALE
from bot.content.files import read_content
from bot.content.flows import Flow, FlowSet, Node, Referral, load_flows
from bot.content.fluentindex import FtlEntry, LocaleIndex, index_locale
from bot.content.leaks import secret_shapes
from bot.content.locales import load_locale_info
from bot.content.localization import FALLBACK_LOCALE, shipped_locales
from bot.content.problems import Problem, Severity
from bot.engine.catalog import Catalog, build_catalog
from bot.engine.conversation import Inbound, Reply, State
from bot.engine.engine import ENGINE_MESSAGES, MISSES_BEFORE_HELP, Engine
from bot.engine.keywords import (
    COMMAND_MESSAGES,
    DRAFT_NOTICE,
    LANGUAGE_GREETINGS,
    LANGUAGE_NAME,
    LANGUAGE_WORDS,
    Collision,
    Command,
)
from bot.engine.places import PLACES_PREFIX, PlaceCollision, us_states
from bot.engine.render import BUTTONS, CARD_LINK
from bot.engine.sms import MAX_MENU_SEGMENTS, MAX_REPLY_SEGMENTS, Segments
from bot.engine.text import split_keywords
from bot.engine.understand import ELSEWHERE, SPELLINGS, STOP_SENTENCES, phrases_id
from bot.release.check_card import (
    LINK_ARGS,
    card_messages,
    check_card,
    check_card_sms,
    check_english_only,
    check_glyphs,
    with_cards,
)
from bot.release.check_phrases import check_phrases
from bot.release.check_safety import check_safety, check_safety_nodes, check_shadowed, signs_usages

NodeKey = tuple[str, str]
REFERRAL_ARGS = frozenset({"phone"})
WEB_REFERRAL_ARGS = frozenset({"web"})
REFERRALS_PATH = "flows/referrals.yaml"
INPUT_ARGS = frozenset({"value"})
ENGINE_ARGS = {"shared-no-listing": frozenset({"value"}),  # engine messages given arguments
               "shared-which-state": frozenset({"place", "states"})}
TERMS_FILE = "terms.ftl"
SHORT_NUMBER_DIGITS = 3


@dataclass(frozen=True)
class Usage:
    """A place that uses a Fluent id, and the arguments it will receive there."""

    id: str
    path: str
    line: int
    args: frozenset[str] = frozenset()
    english_only: bool = False  # the card's officers' side: never translated


def content_hash(root: Path) -> str:
    """A hash of every flow and locale file under `root`, names and bytes, read without
    following a link (a refused entry counts by its kind, size and time)."""
    return read_content(root).digest()


@dataclass(frozen=True)
class Checked:
    """What `kyr check` found, and the catalog built from the same parse when nothing is wrong."""

    problems: list[Problem]
    catalog: Catalog | None


def check_content(root: Path, today: date | None = None, sms_fold: bool = True) -> list[Problem]:
    """Run every check on the content under `root`; problems sorted by file and line.
    `sms_fold` is the deployment's KYR_SMS_FOLD: with folding off, more replies are UCS-2."""
    return check_and_build(root, today, sms_fold).problems


def check_and_build(root: Path, today: date | None = None, sms_fold: bool = True,
                    default_locale: str = FALLBACK_LOCALE, use_isolating: bool = False) -> Checked:
    """Every check, run on the files as they are now, and the catalog they make when there is
    no error: the files are read and parsed once for both."""
    today = today or date.today()
    content = read_content(root)
    if content.problems:  # links, special files, sizes: refused before anything is parsed
        return Checked(sorted(content.problems), None)
    flows, problems = load_flows(root / "flows", root)
    flows_loaded = not problems
    problems += secret_shapes(content)
    locales_dir = root / "locales"
    locales = shipped_locales(locales_dir) if locales_dir.is_dir() else []
    if FALLBACK_LOCALE not in locales:
        problems.append(Problem("locales", 1, f"there is no locales/{FALLBACK_LOCALE}/ folder; "
                                "English is the last fallback and must be shipped"))
        return Checked(sorted(problems), None)
    indexes = {locale: index_locale(locales_dir, locale, root) for locale in locales}
    problems += load_locale_info(locales_dir, locales, root)[1]
    for index in indexes.values():
        problems += index.problems
    if flows_loaded:  # a flow that failed to load would make every later finding noise
        problems += _check_structure(flows)
        problems += _check_reviews(flows, today)
        problems += _check_referrals(flows, today)
        problems += check_card(flows, today)
        problems += check_safety_nodes(flows)
    if not _has_error(problems):
        problems += _check_graph(flows)
    usages = list(_usages(flows, indexes[FALLBACK_LOCALE]))
    problems += _check_messages(usages, indexes)
    problems += check_english_only(flows.card, indexes)
    routed = {phrases_id(flow.id, node.name) for flow in flows.flows.values()
              for node in flow.nodes.values() if node.route} | {SPELLINGS, STOP_SENTENCES, ELSEWHERE}
    problems += _check_conventions(indexes, usages, routed, flows_loaded)
    catalog = None
    if not _has_error(problems):
        catalog = build_catalog(root, default_locale, use_isolating, flows,
                                {locale: index.resources for locale, index in indexes.items()})
        problems += [_collision_problem(c, indexes) for c in catalog.keywords.collisions]
        problems += [_place_problem(c, indexes) for c in catalog.places.collisions]
        problems += _check_sms_length(catalog, sms_fold)
        problems += check_phrases(catalog, indexes, root)
        problems += check_glyphs(catalog, indexes)
        problems += check_card_sms(catalog, indexes, sms_fold)
        problems += check_safety(catalog, indexes, sms_fold)
        problems += check_shadowed(catalog, indexes)
        if not _has_error(problems):
            catalog, found = with_cards(catalog)
            problems += found
    problems = sorted(set(problems))
    return Checked(problems, None if _has_error(problems) else catalog)


def _meant(message_id: str, usages: list[Usage], english: LocaleIndex) -> bool:
    """True if a flow uses a misspelling of this id (already said with 'did you mean')."""
    missing = [usage.id for usage in usages if usage.id not in english.entries]
    return bool(missing) and message_id in {close for wrong in missing
                                            for close in difflib.get_close_matches(
                                                wrong, english.entries, 1)}


def _did_you_mean(name: str, known: Iterable[str]) -> str:
    """'; did you mean X?' for the closest known name, or nothing."""
    close = difflib.get_close_matches(name, list(known), n=1)
    return f"; did you mean {close[0]!r}?" if close else ""


def _has_error(problems: list[Problem]) -> bool:
    """True if any problem must stop the content being served."""
    return any(problem.severity is Severity.ERROR for problem in problems)


# ---- flows ---------------------------------------------------------------------------------

def _check_structure(flows: FlowSet) -> list[Problem]:
    """Entry flow, language menu, references between nodes, flows and referrals, sources."""
    problems: list[Problem] = []
    entries = [flow for flow in flows.flows.values() if flow.entry]
    if len(entries) != 1:
        where = entries[1].path if len(entries) > 1 else "flows"
        problems.append(Problem(where, 1, f"{len(entries)} flows say `entry: true`; exactly one "
                                "flow must hold the main menu"))
    menus = [(f, n) for f in flows.flows.values() for n in f.nodes.values() if n.language_menu]
    if len(menus) != 1:
        problems.append(Problem("flows", 1, f"{len(menus)} nodes say `language_menu: true`; "
                                "exactly one node must offer the languages"))
    for flow in flows.flows.values():
        problems += _check_flow_references(flow, flows)
    return problems


def _check_flow_references(flow: Flow, flows: FlowSet) -> list[Problem]:
    """Every name a flow points at must exist."""
    problems = []
    if flow.start not in flow.nodes:
        problems.append(Problem(flow.path, flow.line, f"start node {flow.start!r} does not exist; "
                                f"use one of: {', '.join(flow.nodes)}"))
    if flow.entry and flow.hotline_services and not any(
            set(flow.hotline_services) & set(entry.services) for entry in
            flows.referrals.values() if "US" in entry.region):
        problems.append(Problem(flow.path, 1, "no line in flows/referrals.yaml serves the whole "
                                f"U.S. with one of {', '.join(flow.hotline_services)}: HELP would "
                                "leave people elsewhere with no line; add one"))
    for node in flow.nodes.values():
        for option in node.options:
            if option.next is not None and option.next not in flow.nodes:
                problems.append(Problem(flow.path, option.line, f"`next: {option.next}` points "
                                        f"nowhere: {flow.id} has no node called {option.next!r}"
                                        f"{_did_you_mean(option.next, flow.nodes)}"))
            if option.flow is not None and option.flow not in flows.flows:
                problems.append(Problem(flow.path, option.line, f"`flow: {option.flow}` points "
                                        f"nowhere: there is no flows/{option.flow}.yaml"
                                        f"{_did_you_mean(option.flow, flows.flows)}"))
        for target, line in _single_targets(node):
            if target not in flow.nodes:
                problems.append(Problem(flow.path, line, f"`next: {target}` points nowhere: "
                                        f"{flow.id} has no node called {target!r}"
                                        f"{_did_you_mean(target, flow.nodes)}"))
        for ref in node.referrals:
            if ref not in flows.referrals:
                problems.append(Problem(flow.path, node.line, f"referral {ref!r} is not in "
                                        "flows/referrals.yaml"))
        if flow.requires_sources and node.say and not node.sources:
            problems.append(Problem(flow.path, node.line, f"node {node.name!r} states facts but "
                                    "records no `sources:`; add where each fact comes from"))
        if not (node.say or node.options or node.input or node.language_menu):
            problems.append(Problem(flow.path, node.line, f"node {node.name!r} says nothing and "
                                    "offers nothing; give it `say:` and `options:` or remove it"))
        if node.language_menu and node.next is None:
            problems.append(Problem(flow.path, node.line, "the language menu needs `next:` (where "
                                    "to go once a language is chosen)"))
    return problems


def _single_targets(node: Node) -> Iterator[tuple[str, int]]:
    """The input and language-menu targets of a node, with their lines."""
    if node.input is not None:
        yield node.input.next, node.input.line
    if node.language_menu and node.next is not None:
        yield node.next, node.line


def _edges(flows: FlowSet, flow: Flow, node: Node) -> Iterator[NodeKey]:
    """Where a person can go from a node by what it offers (global commands excluded)."""
    for option in node.options:
        if option.flow is not None:
            yield option.flow, flows.flows[option.flow].start
        elif option.next is not None:
            yield flow.id, option.next
    for target, _line in _single_targets(node):
        yield flow.id, target
    if node.end or node.safety:  # a crisis reply always offers the main menu
        yield flows.entry.id, flows.entry.start


def _reachable(start: NodeKey, edges: dict[NodeKey, set[NodeKey]]) -> set[NodeKey]:
    """Every node reachable from `start` along `edges`."""
    seen, queue = {start}, deque([start])
    while queue:
        for target in edges.get(queue.popleft(), set()):
            if target not in seen:
                seen.add(target)
                queue.append(target)
    return seen


def _check_graph(flows: FlowSet) -> list[Problem]:
    """Nodes no one can reach, and nodes from which the main menu is only reachable by typing."""
    forward: dict[NodeKey, set[NodeKey]] = {}
    backward: dict[NodeKey, set[NodeKey]] = {}
    for flow in flows.flows.values():
        for node in flow.nodes.values():
            for target in _edges(flows, flow, node):
                forward.setdefault((flow.id, node.name), set()).add(target)
                backward.setdefault(target, set()).add((flow.id, node.name))
    home = (flows.entry.id, flows.entry.start)
    language = next((f.id, n.name) for f in flows.flows.values()
                    for n in f.nodes.values() if n.language_menu)
    # The safety net's nodes are reached from any message that shows their signs.
    safety = [(f.id, n.name) for f in flows.flows.values() for n in f.nodes.values() if n.safety]
    reached = set().union(*(_reachable(start, forward) for start in (home, language, *safety)))
    leads_home = _reachable(home, backward)
    problems = []
    for flow in flows.flows.values():
        for node in flow.nodes.values():
            key = (flow.id, node.name)
            if key not in reached:
                problems.append(Problem(flow.path, node.line, f"node {node.name!r} cannot be "
                                        "reached from the main menu; link an option to it or "
                                        "remove it"))
            elif key not in leads_home:
                problems.append(Problem(flow.path, node.line, f"from node {node.name!r} no option "
                                        "leads back to the main menu; add options or `end: true`"))
    return problems


# ---- sources, reviews and numbers ----------------------------------------------------------------

REFERRAL_STALE_DAYS = 180  # a phone number not checked against its source for this long is flagged


def _check_reviews(flows: FlowSet, today: date) -> list[Problem]:
    """Content blocks carry a jurisdiction and review dates; a past re-review date is flagged."""
    problems = []
    for flow in flows.flows.values():
        if not flow.requires_sources:
            continue
        for node in flow.nodes.values():
            if not node.say:
                continue
            missing = [k for k in ("jurisdiction", "reviewed", "review_by") if not getattr(node, k)]
            if missing:
                problems.append(Problem(flow.path, node.line, f"node {node.name!r} needs "
                                        f"{', '.join(missing)}: where its facts apply and when they "
                                        "were and will next be checked"))
                continue
            if str(node.review_by) < str(node.reviewed):
                problems.append(Problem(flow.path, node.line, f"node {node.name!r}: review_by "
                                        "is before reviewed"))
            elif str(node.review_by) < today.isoformat():
                problems.append(Problem(flow.path, node.line, f"node {node.name!r} was due for "
                                        f"review on {node.review_by}: check its facts against its "
                                        "sources, then update reviewed and review_by",
                                        Severity.WARNING))
    return problems


def _check_referrals(flows: FlowSet, today: date) -> list[Problem]:
    """Every number is a valid, normalised phone number, checked against its source recently."""
    problems = []
    path = REFERRALS_PATH
    for referral in flows.referrals.values():
        if not referral.phone:  # a directory on the web: its address, checked by the schema
            problems += _check_verified_age(referral, today)
            continue
        try:
            if len(referral.phone) == SHORT_NUMBER_DIGITS:  # 988: a national three-digit number
                number = phonenumbers.parse(referral.phone, "US")
                valid, normal = shortnumberinfo.is_valid_short_number(number), referral.phone
            else:
                number = phonenumbers.parse(referral.phone, None)
                valid = phonenumbers.is_valid_number(number)
                normal = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        except phonenumbers.NumberParseException:
            valid, normal = False, ""
        if not valid:
            problems.append(Problem(path, referral.line, f"{referral.id}: {referral.phone} is not a "
                                    "valid phone number; copy it again from its source"))
        elif normal != referral.phone:
            problems.append(Problem(path, referral.line, f"{referral.id}: write the number as "
                                    f"{normal}"))
        problems += _check_verified_age(referral, today)
    return problems


def _check_verified_age(referral: Referral, today: date) -> list[Problem]:
    """A number or address not checked against its source for too long is flagged."""
    age = (today - date.fromisoformat(referral.verified)).days
    if age <= REFERRAL_STALE_DAYS:
        return []
    return [Problem(REFERRALS_PATH, referral.line, f"{referral.id}: the number was last verified "
                    f"{age} days ago; call it or check its source again, then update verified",
                    Severity.WARNING)]


# ---- SMS length ----------------------------------------------------------------------------

def _length_problem(where: str, line: int, what: str, counted: Segments, limit: int, locale: str,
                    fix: str) -> Problem:
    return Problem(where, line, f"in {locale}, {what} takes {counted.count} SMS segments "
                   f"({counted.encoding}, {counted.units} units); the limit is {limit}: {fix}")


SmsView = tuple[str, int, str, Reply, str]
MISS = "zzqx"  # a message no language's words or options can mean


def _sms_views(engine: Engine, catalog: Catalog, locale: str) -> Iterator[SmsView]:
    """Every SMS reply the engine can compose in a language: the first replies, each page of
    each node (for every state where a node names the person's state), and, at every node and
    page, what each command, a miss, the rescue after repeated misses and a photo get back;
    HELP and the rescue for every state."""
    entry = catalog.flows.entry
    states = ["", *us_states()]
    yield entry.path, 1, "the first reply", engine.preview_greeting(locale), entry.id
    yield entry.path, 1, "the reply while the state store is down", \
        engine.preview_stateless(locale), "shared"
    yield entry.path, 1, "the first reply to a message in no known language", \
        engine.handle(None, Inbound("12345", locale_hint=None)).reply, "main"
    understanding = catalog.understanding
    for topic in understanding.topics:
        flow = catalog.flows.flows[topic.flow]
        yield flow.path, flow.nodes[topic.node].line, f"node {topic.node!r} answering a first " \
            "message", engine.preview_first_answer(topic.flow, topic.node, locale), flow.id
    longest = sorted(understanding.topics, key=lambda t: -len(catalog.localizer.format(locale, t.label)))
    yield entry.path, 1, "the longest \"did you mean\"", engine.preview_offer(locale, longest[:3]), \
        "shared"
    words = _command_words(catalog, locale)
    deep = next((f.id, n) for f in catalog.flows.flows.values() for n in f.nodes if not f.entry)
    for flow in catalog.flows.flows.values():
        for name, node in flow.nodes.items():
            for region in states if node.regional_referrals else [""]:
                pages = engine.sms_pages(flow.id, name, locale, region=region)
                for number, page in enumerate(pages, start=1):
                    what = f"node {name!r}" + (f" for {region}" if region else "") + \
                        (f" (SMS page {number} of {len(pages)})" if len(pages) > 1 else "")
                    yield flow.path, node.line, what, page, flow.id
            shown = engine.sms_pages(flow.id, name, locale)
            for page_number in sorted({0, len(shown) - 1}):
                at = State(flow.id, name, locale, page=page_number)
                for word, misses in (*((w, 0) for w in words), (MISS, 0)):
                    reply = engine.handle(at._replace(misses=misses), Inbound(word)).reply
                    yield flow.path, node.line, f"the reply to {word!r} at node {name!r}", reply, "shared"
                photo = engine.handle(at, Inbound("", kind="unsupported")).reply
                yield flow.path, node.line, f"the reply to a photo at node {name!r}", photo, "shared"
    for flow_id, name in ((entry.id, entry.start), deep):
        for region in states:
            at = State(flow_id, name, locale, region=region, misses=MISSES_BEFORE_HELP - 1)
            where = f" for someone in {region}" if region else ""
            for word, what in ((words[0], "HELP"), (MISS, "the rescue after repeated misses")):
                reply = engine.handle(at, Inbound(word)).reply
                yield entry.path, 1, f"{what} at {flow_id}/{name}{where}", reply, "shared"


def _command_words(catalog: Catalog, locale: str) -> list[str]:
    """HELP first, then one word of every other command, as a person of this language writes."""
    localizer = catalog.localizer
    first = {command: split_keywords(localizer.format(locale, message_id))[:1]
             for command, message_id in COMMAND_MESSAGES.items()}
    order = [Command.HELP, *(c for c in COMMAND_MESSAGES if c is not Command.HELP)]
    return [word for command in order for word in first[command]] + ["stop", "help"]


def _check_sms_length(catalog: Catalog, sms_fold: bool) -> list[Problem]:
    """Every SMS reply within 3 segments and every menu within 2, per language; replies too
    long for one SMS are cut into pages between messages, so each page must fit."""
    # The deployment's own setting: with folding off, Latin-script languages travel as UCS-2.
    engine, problems = Engine(catalog, sms_fold=sms_fold), []
    for locale in catalog.localizer.locales:
        for path, line, what, reply, file in _sms_views(engine, catalog, locale):
            whole, menu = engine.sms.measure(reply)
            fix = (f"shorten its messages in locales/{locale}/{file}.ftl"
                   + (", or split a long message in two" if "page" in what else ""))
            if whole.count > MAX_REPLY_SEGMENTS:
                problems.append(_length_problem(path, line, what, whole, MAX_REPLY_SEGMENTS,
                                                locale, fix))
            if menu.count > MAX_MENU_SEGMENTS:
                problems.append(_length_problem(path, line, f"the menu of {what}", menu,
                                                MAX_MENU_SEGMENTS, locale, "shorten its option labels"))
    return problems


# ---- messages ------------------------------------------------------------------------------

def _usages(flows: FlowSet, english: LocaleIndex) -> Iterator[Usage]:
    """Every Fluent id the content uses, where, and with which arguments."""
    input_targets = {(f.id, n.input.next) for f in flows.flows.values()
                     for n in f.nodes.values() if n.input is not None}
    input_targets |= {(f.id, n.name) for f in flows.flows.values() for n in f.nodes.values()
                      if n.regional_referrals}  # they name the person's state
    for flow in flows.flows.values():
        for ref in flow.greeting:
            yield Usage(ref.id, flow.path, ref.line, frozenset(ref.args))
        for node in flow.nodes.values():
            extra = INPUT_ARGS if (flow.id, node.name) in input_targets else frozenset()
            for ref in node.say:
                yield Usage(ref.id, flow.path, ref.line, frozenset(ref.args) | extra)
            for option in node.options:
                yield Usage(option.label, flow.path, option.line)
    for referral in flows.referrals.values():
        yield Usage(referral.message, REFERRALS_PATH, referral.line,
                    REFERRAL_ARGS if referral.phone else WEB_REFERRAL_ARGS)
    if flows.card is not None:
        for message_id, line, english_only in card_messages(flows.card):
            yield Usage(message_id, flows.card.path, line, english_only=english_only)
        yield Usage(CARD_LINK, flows.card.path, flows.card.line, LINK_ARGS)
    for message_id, path, line in signs_usages(flows):
        yield Usage(message_id, path, line)
    for message_id in (*ENGINE_MESSAGES, *COMMAND_MESSAGES.values(), LANGUAGE_NAME,
                       LANGUAGE_WORDS, LANGUAGE_GREETINGS, DRAFT_NOTICE):
        entry = english.entries.get(message_id)
        yield Usage(message_id, entry.path if entry else "locales/en", entry.line if entry else 1,
                    ENGINE_ARGS.get(message_id, frozenset()))


def _check_messages(usages: list[Usage], indexes: dict[str, LocaleIndex]) -> list[Problem]:
    """Every used id in every locale, with the variables English has and the flow provides."""
    problems = []
    english = indexes[FALLBACK_LOCALE]
    for usage in usages:
        reference = english.entries.get(usage.id)
        if reference is None and (close := difflib.get_close_matches(usage.id, english.entries, 1)):
            problems.append(Problem(usage.path, usage.line, f"there is no message {usage.id!r}; "
                                    f"did you mean {close[0]!r}?"))
            continue  # one line for a typo, not one per language
        if reference is not None and not reference.variables <= usage.args:
            missing = ", ".join(f"${v}" for v in sorted(reference.variables - usage.args))
            problems.append(Problem(usage.path, usage.line, f"{usage.id!r} uses {missing} but "
                                    "nothing gives it a value here; remove the variable or pass it"))
        for locale, index in indexes.items():
            if usage.english_only and locale != OFFICERS_LOCALE:
                continue
            entry = index.entries.get(usage.id)
            if entry is None:
                problems.append(_missing(usage, locale, reference))
            elif reference is not None and entry.variables != reference.variables:
                problems.append(Problem(entry.path, entry.line, _variables_differ(entry, reference)))
            elif reference is not None and BUTTONS in reference.attributes - entry.attributes:
                problems.append(Problem(entry.path, entry.line, f"{usage.id!r} has no `.{BUTTONS}` "
                                        "wording: Telegram would ask people to send a number above "
                                        f"its buttons; add it (English: {reference.path}:"
                                        f"{reference.line})"))
    for index in indexes.values():
        for entry in index.entries.values():
            problems += _check_references(entry, index)
    return problems


def _missing(usage: Usage, locale: str, reference: FtlEntry | None) -> Problem:
    """A used message that a locale lacks: say where it is used and where to add it."""
    file = Path(reference.path).name if reference else f"{usage.id.split('-')[0]}.ftl"
    english = f" (English text: {reference.path}:{reference.line})" if reference else ""
    return Problem(usage.path, usage.line, f"message {usage.id!r} is missing from "
                   f"locales/{locale}/{file}; add it there{english}")


def _variables_differ(entry: FtlEntry, reference: FtlEntry) -> str:
    """Explain a variable mismatch between a translation and English."""
    have = ", ".join(f"${v}" for v in sorted(entry.variables)) or "no variables"
    want = ", ".join(f"${v}" for v in sorted(reference.variables)) or "no variables"
    return (f"{entry.id!r} uses {have} but English uses {want}; variable names must stay "
            "exactly as in English (only the words around them are translated)")


def _check_references(entry: FtlEntry, index: LocaleIndex) -> list[Problem]:
    """Terms and messages referenced inside a Fluent entry must exist in the same locale."""
    problems = []
    for name in sorted(entry.terms | entry.messages):
        if name not in index.entries:
            problems.append(Problem(entry.path, entry.line, f"{entry.id!r} refers to {name!r}, "
                                    f"which locale {index.locale} does not define"))
    return problems


def _check_conventions(indexes: dict[str, LocaleIndex], usages: list[Usage],
                       examples: set[str], flows_loaded: bool = True) -> list[Problem]:
    """Mozilla's conventions: ids prefixed by their file, a `# Variables:` comment, terms apart;
    and English messages no flow uses (not said while a flow cannot be read: they may be its)."""
    problems = []
    used = {usage.id for usage in usages} | examples
    states = {PLACES_PREFIX + code.lower() for code in us_states()}
    for index in indexes.values():
        for entry in index.entries.values():
            if entry.id.startswith(PLACES_PREFIX) and entry.id not in states:
                problems.append(Problem(entry.path, entry.line, f"{entry.id!r}: there is no U.S. "
                                        "state, DC or Puerto Rico with that code; use its two-letter "
                                        "postal code, such as places-ny"))
            used |= states
            file = Path(entry.path).name
            stem = file.removesuffix(".ftl")
            if entry.id.startswith("-") != (file == TERMS_FILE):
                problems.append(Problem(entry.path, entry.line, f"{entry.id!r}: terms (names of "
                                        f"organisations) belong in {TERMS_FILE}, messages elsewhere",
                                        Severity.WARNING))
            elif not entry.id.startswith("-") and not entry.id.startswith(stem + "-"):
                problems.append(Problem(entry.path, entry.line, f"{entry.id!r} should start with "
                                        f"{stem + '-'!r} because it is in {file}",
                                        Severity.WARNING))
            undocumented = [v for v in sorted(entry.variables) if f"${v}" not in entry.comment]
            if undocumented:
                names = ", ".join(f"${v}" for v in undocumented)
                problems.append(Problem(entry.path, entry.line, f"{entry.id!r} has no `# Variables:`"
                                        f" comment explaining {names}; add one above it so "
                                        "translators know what it holds"))
            if (flows_loaded and index.locale == FALLBACK_LOCALE and not entry.id.startswith("-")
                    and entry.id not in used and not _meant(entry.id, usages, index)):
                problems.append(Problem(entry.path, entry.line, f"{entry.id!r} is not used by any "
                                        "flow; remove it or use it", Severity.WARNING))
    return problems


def _collision_problem(collision: Collision, indexes: dict[str, LocaleIndex]) -> Problem:
    """Place a keyword collision at the translation line that introduced the second meaning."""
    index = indexes[collision.locale]
    located = [index.entries[m.message_id] for m in collision.meanings
               if m.message_id in index.entries]
    entry = located[-1] if located else None
    meanings = " and ".join(m.describe() for m in collision.meanings)
    where = f" at {collision.where}" if collision.where != "commands" else ""
    return Problem(entry.path if entry else f"locales/{collision.locale}", entry.line if entry else 1,
                   f"in {collision.locale}{where}, {collision.word!r} means both {meanings}; "
                   "remove it from one of them")


def _place_problem(collision: PlaceCollision, indexes: dict[str, LocaleIndex]) -> Problem:
    """A state name that a language's word list gives to two states, at the second one."""
    index = indexes[collision.locale]
    entry = index.entries.get(PLACES_PREFIX + collision.codes[-1].lower())
    return Problem(entry.path if entry else f"locales/{collision.locale}", entry.line if entry else 1,
                   f"in {collision.locale}, {collision.name!r} names both "
                   f"{' and '.join(collision.codes)}; keep it for one state only")


def legal_review_nodes(root: Path) -> list[str]:
    """Every node a flow marks `legal_review:` (a contested or changing point), as flow/node."""
    flows, _problems = load_flows(root / "flows", root)
    return [f"{flow.id}/{node.name}" for flow in flows.flows.values()
            for node in flow.nodes.values() if node.legal_review]
