"""`kyr check` for the rights card: in step with the officers flow, English on the officers'
side, every character drawable, and the pictures drawn once (kept in the cache)."""

import hashlib
import logging
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from datetime import date
from importlib import metadata
from pathlib import Path

from bot.content import cachedir
from bot.content.cards import OFFICERS_FONT, OFFICERS_LOCALE, Card, CardLine
from bot.content.flows import FlowSet, Node
from bot.content.fluentindex import LocaleIndex
from bot.content.locales import DEFAULT_CARD_FONT
from bot.content.problems import Problem, Severity
from bot.engine.catalog import Catalog
from bot.engine.render import CARD_LINK, EXAMPLE_BASE, card_address, card_texts
from bot.engine.sms import SmsOut, segments
from bot.release import card as drawing

log = logging.getLogger("kyr.card")
LINK_ARGS = frozenset({"link"})


def card_font(catalog: Catalog, locale: str) -> str:
    """The font family a language's card is drawn in (locale.yaml's card_font)."""
    info = catalog.languages.get(locale)
    return info.card_font if info is not None else DEFAULT_CARD_FONT


def card_messages(card: Card) -> Iterator[tuple[str, int, bool]]:
    """Every message the card uses: its id, its line in card.yaml, and whether it is English only."""
    yield card.person.title, card.line, False
    for line in card.person.lines:
        yield line.say, line.line, False
    yield card.officers.title, card.line, True
    for line in card.officers.lines:
        yield line.say, line.line, True


def _node(flows: FlowSet, key: str) -> Node | None:
    """The node named flow/node, if it exists."""
    flow_id, _, name = key.partition("/")
    flow = flows.flows.get(flow_id)
    return flow.nodes.get(name) if flow is not None else None


def _cites(node: Node, source: str) -> bool:
    """True if one of the node's sources is this url or seed."""
    return any(source in (cited.url, cited.seed) for cited in node.sources)


def _line_problems(card: Card, flows: FlowSet, line: CardLine) -> list[Problem]:
    """A line repeats a node that exists, citing a source the node still cites."""
    node = _node(flows, line.node)
    if node is None:
        return [Problem(card.path, line.line, f"{line.say!r} says it repeats {line.node!r}, which "
                        "does not exist; name the officers-flow node (flow/node) whose facts it repeats")]
    if not _cites(node, line.source):
        return [Problem(card.path, line.line, f"{line.say!r} cites {line.source!r}, which "
                        f"{line.node} does not cite; use one of that node's sources, or add the "
                        "source to the node after checking it says this")]
    if node.reviewed and str(node.reviewed) > card.reviewed:
        return [Problem(card.path, line.line, f"{line.node} was reviewed on {node.reviewed}, after "
                        f"the card ({card.reviewed}); check that {line.say!r} still says what the "
                        "node says, then update the card's reviewed date", Severity.WARNING)]
    return []


def check_card(flows: FlowSet, today: date) -> list[Problem]:
    """The card's node exists, every line is in step with its node, and it is not overdue."""
    card = flows.card
    if card is None:
        return []
    problems: list[Problem] = []
    if _node(flows, card.node) is None:
        problems.append(Problem(card.path, card.line, f"node {card.node!r}, which hands out the "
                                "card, does not exist"))
    for line in (*card.person.lines, *card.officers.lines):
        problems += _line_problems(card, flows, line)
    if card.review_by < card.reviewed:
        problems.append(Problem(card.path, card.line, "review_by is before reviewed"))
    elif card.review_by < today.isoformat():
        problems.append(Problem(card.path, card.line, f"the card was due for review on "
                                f"{card.review_by}: check every line against its source, then "
                                "update reviewed and review_by", Severity.WARNING))
    return problems


def check_english_only(card: Card | None, indexes: Mapping[str, LocaleIndex]) -> list[Problem]:
    """The officers' side is English on every card: a translation of it is a mistake."""
    if card is None:
        return []
    problems = []
    for message_id, _line, english_only in card_messages(card):
        if not english_only:
            continue
        for locale, index in indexes.items():
            entry = index.entries.get(message_id)
            if locale != OFFICERS_LOCALE and entry is not None:
                problems.append(Problem(entry.path, entry.line, f"{message_id!r} is on the officers' "
                                        "side, which stays in English on every card; remove it "
                                        "from this file"))
    return problems


CARD_SMS_SEGMENTS = 2  # the officers' side sent as text, and then the line with the address


def check_card_sms(catalog: Catalog, indexes: Mapping[str, LocaleIndex], sms_fold: bool
                   ) -> list[Problem]:
    """Where SMS cannot carry the picture, the card goes as two more messages: its officers'
    side (at most 2 segments) and the picture's address (at most 1), in every language."""
    card = catalog.flows.card
    if card is None:
        return []
    out = SmsOut(catalog.localizer, catalog.fold_locales() if sms_fold else frozenset())
    problems = []
    for locale in catalog.localizer.locales:
        officers, link = card_texts(card, catalog.localizer, locale, card_address(EXAMPLE_BASE, locale))
        for text, limit, message_locale, message_id in (
                (officers, CARD_SMS_SEGMENTS, OFFICERS_LOCALE, card.officers.title),
                (link, 1, locale, CARD_LINK)):
            counted = segments(out.finish(locale, text))
            if counted.count <= limit:
                continue
            entry = indexes[message_locale].entries.get(message_id) if message_locale in indexes \
                else None
            where = (entry.path, entry.line) if entry else (card.path, card.line)
            problems.append(Problem(*where, f"in {locale}, the card sent as text ({message_id!r}) "
                                    f"takes {counted.count} SMS segments ({counted.encoding}, "
                                    f"{counted.units} units); the limit is {limit}: shorten it"))
    return problems


def _texts(catalog: Catalog, card: Card) -> Iterator[tuple[str, str, str, str]]:
    """Every text drawn: locale, message id, text, font family."""
    localizer = catalog.localizer
    for locale in localizer.locales:
        family = card_font(catalog, locale)
        for message_id in card.person.messages:
            yield locale, message_id, localizer.format(locale, message_id), family
    for message_id in card.officers.messages:
        yield (OFFICERS_LOCALE, message_id, localizer.format(OFFICERS_LOCALE, message_id),
               OFFICERS_FONT)


def check_glyphs(catalog: Catalog, indexes: Mapping[str, LocaleIndex]) -> list[Problem]:
    """Every character of every card has a glyph in its font (no empty boxes, "tofu")."""
    card = catalog.flows.card
    if card is None:
        return []
    try:
        import uharfbuzz as hb
    except ImportError:  # pragma: no cover - a dependency of the package
        return [Problem(card.path, card.line, "uharfbuzz is not installed, so the card's "
                        "characters cannot be checked", Severity.WARNING)]
    problems = []
    fonts: dict[str, object] = {}
    for locale, message_id, text, family in _texts(catalog, card):
        try:
            face = drawing.faces(family)[0]
        except drawing.CardUnavailable as error:
            return [Problem(card.path, card.line, f"the card cannot be drawn here: {error}",
                            Severity.WARNING)]
        key = f"{face.path}#{face.index}"
        if key not in fonts:
            fonts[key] = hb.Font(hb.Face(hb.Blob.from_file_path(str(face.path)), face.index))
        font = fonts[key]
        missing = sorted({char for char in text if not char.isspace()
                          and font.get_nominal_glyph(ord(char)) is None})  # type: ignore[attr-defined]
        if missing:
            entry = indexes[locale].entries.get(message_id) if locale in indexes else None
            where = (entry.path, entry.line) if entry else (card.path, card.line)
            shown = ", ".join(f"{char!r} (U+{ord(char):04X})" for char in missing)
            problems.append(Problem(*where, f"{message_id!r} in {locale}: the card's font {family} "
                                    f"has no glyph for {shown}, which would print as an empty box; "
                                    "use another character or set card_font in locale.yaml"))
    return problems


def _cards_key(catalog: Catalog, card: Card) -> str:
    """A hash of everything a drawing depends on: texts, fonts, drawing code and Pillow."""
    digest = hashlib.sha256(Path(drawing.__file__).read_bytes())
    for locale, message_id, text, family in _texts(catalog, card):
        digest.update(f"{locale}\0{message_id}\0{text}\0{family}\n".encode())
    for family in sorted({family for *_rest, family in _texts(catalog, card)}):
        for face in drawing.faces(family):
            digest.update(f"{face.path}:{face.index}:{face.path.stat().st_size}".encode())
    digest.update(metadata.version("pillow").encode())
    return digest.hexdigest()[:32]


class KeptCards(Mapping[str, bytes]):
    """Every language's picture, read from the cache when first asked for: a compiled catalog
    carries only their key, so a worker holds the pictures only once it sends one."""

    def __init__(self, key: str, locales: Iterable[str]) -> None:
        self.key = key
        self.locales = tuple(locales)
        self._pictures: dict[str, bytes] | None = None

    def _loaded(self) -> dict[str, bytes]:
        """The pictures, read once; none if the cache lost them (the card then goes as text)."""
        if self._pictures is None:
            folder = cachedir.cache_dir("cards")
            kept = cachedir.read(folder / f"{self.key}.pickle") if folder is not None else None
            self._pictures = kept if isinstance(kept, dict) else {}
            if not self._pictures:
                log.warning("event=card-pictures-missing: the cache lost them; the card goes as "
                            "text until the content is built again (kyr check)")
        return self._pictures

    def __getitem__(self, locale: str) -> bytes:
        return self._loaded()[locale]

    def __contains__(self, locale: object) -> bool:
        return locale in self.locales and locale in self._loaded()

    def __iter__(self) -> Iterator[str]:
        return iter(self.locales)

    def __len__(self) -> int:
        return len(self.locales)

    def __getstate__(self) -> dict[str, object]:
        return {"key": self.key, "locales": self.locales, "_pictures": None}


def with_cards(catalog: Catalog) -> tuple[Catalog, list[Problem]]:
    """The catalog with every language's card drawn (from the cache when drawn before), or
    unchanged with a warning if this machine cannot draw them (channels then send text)."""
    card = catalog.flows.card
    if card is None:
        return catalog, []
    locales = catalog.localizer.locales
    try:
        key = _cards_key(catalog, card)
        folder = cachedir.cache_dir("cards")
        if folder is None or not cachedir.private(folder / f"{key}.pickle"):  # drawn before?
            drawn = drawing.render_cards(card, catalog.localizer,
                                         {locale: card_font(catalog, locale) for locale in locales})
            if folder is None or not cachedir.write(folder / f"{key}.pickle", drawn):
                return replace(catalog, cards=drawn), []  # no cache: the catalog holds them
    except drawing.CardUnavailable as error:
        return catalog, [Problem(card.path, card.line, f"the card cannot be drawn on this machine: "
                                 f"{error}; people get its text instead", Severity.WARNING)]
    return replace(catalog, cards=KeptCards(key, locales)), []
