"""Reading YAML while remembering the line of every value, so errors point at file:line.

Anchors and aliases (`&name`, `*name`) are refused before anything is built from the file: an
alias repeats a whole part of the document, so a few hundred bytes of them nested in each other
stand for gigabytes ("billion laughs"), and organizers never need them.
"""

import datetime
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.content.files import UnsafeFile, read_text

Path_ = tuple[str | int, ...]


class YamlError(Exception):
    """A file that is not valid YAML, with the line where the parser stopped."""

    def __init__(self, path: Path, line: int, problem: str) -> None:
        super().__init__(f"{path}:{line}: {problem}")
        self.path, self.line, self.problem = path, line, problem


@dataclass
class LocatedYaml:
    """Plain Python data from a YAML file plus a line number for every key and item."""

    path: Path
    data: Any
    lines: dict[Path_, int] = field(default_factory=dict)

    def line(self, at: Path_) -> int:
        """The line of the value at `at`, or of its closest located parent."""
        while at not in self.lines and at:
            at = at[:-1]
        return self.lines.get(at, 1)


# What the YAML parser says, in words an organizer can act on; the key is the start of its text.
PLAIN_WORDS = {
    "could not find expected ':'": "a line that should read `key: value` has no colon, or its "
    "indentation is off; compare it with the lines around it",
    "mapping values are not allowed": "a colon (:) in a text that is not in quotes, or a line "
    "indented further than the one above; put the text in \"quotes\" or fix the indentation",
    "found character that cannot start any token": "a character YAML cannot start a value with "
    "(often a tab: indent with spaces, or put the text in \"quotes\")",
    "did not find expected ',' or ']'": "a list in [brackets] that is not closed; add the ]",
    "did not find expected key": "a line indented differently from the others at its level; "
    "line it up with them",
    "found unexpected end of stream": "a quote or bracket opened here is never closed",
    "found duplicate anchor": "the same &anchor is defined twice",
    "found undefined alias": "a *name refers to an &anchor that does not exist",
}
NO_ALIASES = ("write the text out in full: anchors and aliases (& and *) are not allowed in "
              "content, where a few of them can stand for gigabytes of text")
# Flows nest about eight levels deep; a document nested far deeper is a mistake or an attack,
# and reading it would exhaust Python's recursion limit.
MAX_NESTING = 64


class _Unreadable(Exception):
    """A value that parses as YAML but cannot be read (an impossible date)."""

    def __init__(self, line: int, problem: str) -> None:
        super().__init__(problem)
        self.line, self.problem = line, problem


def _unreadable(node: yaml.Node, error: Exception) -> str:
    """Why a scalar cannot be read, in plain words."""
    text = str(getattr(node, "value", ""))
    if node.tag.endswith(":timestamp"):
        return (f"{text!r} is not a real date ({error}); write dates as YYYY-MM-DD, "
                "such as 2026-12-02")
    return f"{text!r} cannot be read here; put it in \"quotes\" if it is meant as text"


def _plain(error: yaml.MarkedYAMLError) -> tuple[int, str]:
    """The line to fix and what is wrong there, for a YAML syntax error."""
    problem = error.problem or "not valid YAML"
    words = next((plain for start, plain in PLAIN_WORDS.items() if problem.startswith(start)),
                 f"{problem}; check the indentation and quotes on this line and the one above")
    # A key without its colon is only noticed on the next line; the key's own line is the one
    # to fix. Other problems are where the parser stopped.
    mark = error.context_mark if problem.startswith("could not find expected ':'") else None
    mark = mark or error.problem_mark or error.context_mark
    return (mark.line + 1 if mark else 1), f"not valid YAML: {words}"


# libyaml's parser when PyYAML was built with it (ten times faster), else the pure-Python one.
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _construct(node: yaml.Node, at: Path_, lines: dict[Path_, int],
               scalar: yaml.constructor.SafeConstructor | None = None) -> Any:
    """Turn a composed YAML node into Python data, recording 1-based lines."""
    scalar = scalar or yaml.constructor.SafeConstructor()  # reads a value as safe_load does
    if len(at) > MAX_NESTING:
        raise _Unreadable(node.start_mark.line + 1, f"nested more than {MAX_NESTING} levels "
                          "deep; a flow never needs that many, so check the indentation")
    lines[at] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = scalar.construct_object(key_node, deep=True)
            result[key] = _construct(value_node, (*at, key), lines, scalar)
            lines[(*at, key)] = key_node.start_mark.line + 1
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_construct(item, (*at, index), lines, scalar) for index, item in enumerate(node.value)]
    try:
        value = scalar.construct_object(node, deep=True)
    except (ValueError, yaml.constructor.ConstructorError) as error:
        raise _Unreadable(node.start_mark.line + 1, _unreadable(node, error)) from None
    # Dates are kept as written (2026-11-22), so organizers need not quote them.
    return value.isoformat() if isinstance(value, datetime.date) else value


def _refuse_aliases(path: Path, source: str) -> None:
    """YamlError at the first anchor or alias, found from the parser's events, before the
    document is composed (the events are read one at a time, and nothing is expanded)."""
    if "&" not in source and "*" not in source:  # neither can be written without its sign
        return
    for event in yaml.parse(source, Loader=_LOADER):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            mark = event.start_mark
            raise YamlError(path, mark.line + 1 if mark else 1, NO_ALIASES)


def load_located(path: Path, root: Path | None = None, text: str | None = None) -> LocatedYaml:
    """Parse one YAML document, read safely from under `root` (bot.content.files; the file's
    own folder if not given); raise YamlError with a line number if it is malformed, holds an
    anchor or an alias, or cannot be read safely."""
    try:
        source = read_text(path, root or path.parent) if text is None else text
    except UnsafeFile as refused:
        raise YamlError(path, refused.problem.line, refused.problem.message) from None
    try:
        _refuse_aliases(path, source)
        node = yaml.compose(source, Loader=_LOADER)
    except yaml.MarkedYAMLError as error:
        raise YamlError(path, *_plain(error)) from None
    except yaml.YAMLError as error:  # a character YAML does not allow anywhere
        raise YamlError(path, 1, f"not valid YAML: {error}") from None
    lines: dict[Path_, int] = {}
    try:
        data = None if node is None else _construct(node, (), lines)
    except _Unreadable as error:
        raise YamlError(path, error.line, error.problem) from None
    return LocatedYaml(path, data, lines)
