"""The rights card as organizers write it: flows/card.yaml, its lines and their sources."""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.content.problems import Problem, display_path
from bot.content.yamlsource import LocatedYaml, YamlError, load_located

CARD_FILE = "card.yaml"
PERSON, OFFICERS = "person", "officers"
OFFICERS_LOCALE = "en"  # the officers' side is this English on every card, never translated
OFFICERS_FONT = "NotoSans"


@dataclass(frozen=True)
class CardLine:
    """One line of a side: its message, the node whose facts it repeats, and that source."""

    say: str
    node: str  # flow/node
    source: str  # the url or seed of one of the node's sources
    line: int


@dataclass(frozen=True)
class CardSide:
    """A side of the card: a title and its lines."""

    title: str
    lines: tuple[CardLine, ...]

    @property
    def messages(self) -> tuple[str, ...]:
        """The side's message ids, title first."""
        return (self.title, *(line.say for line in self.lines))


@dataclass(frozen=True)
class Card:
    """The card: the node that hands it out, its review dates and its two sides. The person's
    side is said in the person's language; the officers' side always in English."""

    path: str
    node: str
    reviewed: str
    review_by: str
    person: CardSide
    officers: CardSide
    line: int = 1


def _side(raw: dict[str, Any], doc: LocatedYaml, name: str) -> CardSide:
    """One side from its YAML."""
    lines = tuple(CardLine(item["say"], item["from"], str(item["source"]),
                           doc.line((name, "lines", number)))
                  for number, item in enumerate(raw["lines"]))
    return CardSide(raw["title"], lines)


Validate = Callable[[LocatedYaml, str, Path], list[Problem]]


def load_card(path: Path, root: Path, validate: Validate) -> tuple[Card | None, list[Problem]]:
    """Load flows/card.yaml and check it against its schema (`validate`, the flows' schema
    check); no card, and no problem, if there is no such file."""
    if not path.exists():
        return None, []
    try:
        doc = load_located(path, root)
    except YamlError as error:
        return None, [Problem(display_path(path, root), error.line, error.problem)]
    problems = validate(doc, "card.schema.json", root)
    if problems:
        return None, problems
    data = doc.data
    return Card(display_path(path, root), data["node"], str(data["reviewed"]), str(data["review_by"]),
                _side(data[PERSON], doc, PERSON), _side(data[OFFICERS], doc, OFFICERS)), []
