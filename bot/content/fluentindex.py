"""An index of every Fluent entry of a locale with its file, line and variables, for checking."""

import hashlib
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from fluent.syntax import FluentParser, ast, visitor

from bot.content import cachedir
from bot.content.cachedir import cache_dir
from bot.content.files import UnsafeFile, read_text
from bot.content.problems import Problem, display_path

PARSER_VERSION = metadata.version("fluent.syntax")  # a parse is reused only by the same parser


@dataclass(frozen=True)
class FtlEntry:
    """One message or term: where it is and what it refers to."""

    id: str  # terms keep their leading "-"
    path: str
    line: int
    variables: frozenset[str]
    terms: frozenset[str]
    messages: frozenset[str]
    comment: str
    attributes: frozenset[str] = frozenset()


@dataclass
class LocaleIndex:
    """All entries of one locale, and the syntax problems found while parsing it."""

    locale: str
    entries: dict[str, FtlEntry] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    files: dict[str, str] = field(default_factory=dict)  # file name -> display path
    resources: list[ast.Resource] = field(default_factory=list)  # parsed once, for the catalog too


class _References(visitor.Visitor):
    """Collects the variables, terms and messages a Fluent entry refers to."""

    def __init__(self) -> None:
        super().__init__()
        self.variables: set[str] = set()
        self.terms: set[str] = set()
        self.messages: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.variables.add(node.id.name)

    def visit_TermReference(self, node: ast.TermReference) -> None:
        self.terms.add("-" + node.id.name)

    def visit_MessageReference(self, node: ast.MessageReference) -> None:
        self.messages.add(node.id.name)


def _line(text: str, node: ast.SyntaxNode) -> int:
    """1-based line where a parsed node starts (the parser was asked for spans)."""
    offset = node.span.start if node.span is not None else 0
    return text.count("\n", 0, offset) + 1


def _entry(item: ast.Message | ast.Term, path: str, text: str) -> FtlEntry:
    """Index one parsed entry."""
    refs = _References()
    refs.visit(item)
    prefix = "-" if isinstance(item, ast.Term) else ""
    return FtlEntry(
        id=prefix + item.id.name,
        path=path,
        line=_line(text, item.id),
        variables=frozenset(refs.variables),
        terms=frozenset(refs.terms),
        messages=frozenset(refs.messages),
        comment=(item.comment.content or "") if item.comment else "",
        attributes=frozenset(attribute.id.name for attribute in item.attributes),
    )


def _parsed(parser: FluentParser, text: str) -> ast.Resource:
    """The file parsed, or its parse from the cache: an edit re-parses only the files it
    touched, and Fluent's parser is the slowest part of a check."""
    key = hashlib.sha256(f"{PARSER_VERSION}\0{text}".encode()).hexdigest()[:32]
    folder = cache_dir("fluent")
    path = folder / f"{key}.pickle" if folder is not None else None
    resource = cachedir.read(path) if path is not None else None
    if not isinstance(resource, ast.Resource):
        resource = parser.parse(text)
        if path is not None:
            cachedir.write(path, resource)
    return resource


def index_locale(locales_dir: Path, locale: str, root: Path) -> LocaleIndex:
    """Parse every .ftl file of a locale, reporting syntax errors and duplicate ids."""
    index = LocaleIndex(locale)
    parser = FluentParser(with_spans=True)
    for file in sorted((locales_dir / locale).glob("*.ftl")):
        shown = display_path(file, root)
        try:
            text = read_text(file, root)
            resource = _parsed(parser, text)
        except UnsafeFile as refused:
            index.problems.append(Problem(shown, refused.problem.line, refused.problem.message))
            continue
        except RecursionError:  # Fluent's parser recurses once per nested { }
            index.problems.append(Problem(shown, 1, "a message nests placeables ({ inside { ) "
                                          "hundreds of levels deep; write it plainly"))
            continue
        index.files[file.name] = shown
        index.resources.append(resource)
        for item in resource.body:
            if isinstance(item, ast.Junk):
                for note in item.annotations:
                    index.problems.append(Problem(
                        shown, _line(text, note),
                        f"Fluent syntax error: {note.message} ({note.code}); compare the line with "
                        "a working message in the same file"))
            elif isinstance(item, ast.Message | ast.Term):
                entry = _entry(item, shown, text)
                earlier = index.entries.get(entry.id)
                if earlier is not None:
                    index.problems.append(Problem(
                        shown, entry.line, f"{entry.id!r} is defined twice (also at "
                        f"{earlier.path}:{earlier.line}); keep one"))
                    continue
                index.entries[entry.id] = entry
    return index
