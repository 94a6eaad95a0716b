"""Reading YAML while remembering the line of every value, so errors point at file:line."""

import datetime
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

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


# libyaml's parser when PyYAML was built with it (ten times faster), else the pure-Python one.
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _construct(node: yaml.Node, at: Path_, lines: dict[Path_, int],
               scalar: yaml.constructor.SafeConstructor | None = None) -> Any:
    """Turn a composed YAML node into Python data, recording 1-based lines."""
    scalar = scalar or yaml.constructor.SafeConstructor()  # reads a value as safe_load does
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
    value = scalar.construct_object(node, deep=True)
    # Dates are kept as written (2026-11-22), so organizers need not quote them.
    return value.isoformat() if isinstance(value, datetime.date) else value


def load_located(path: Path, text: str | None = None) -> LocatedYaml:
    """Parse one YAML document; raise YamlError with a line number if it is malformed."""
    source = path.read_text(encoding="utf-8") if text is None else text
    try:
        node = yaml.compose(source, Loader=_LOADER)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        raise YamlError(path, line, f"not valid YAML: {error.problem}") from None
    lines: dict[Path_, int] = {}
    data = None if node is None else _construct(node, (), lines)
    return LocatedYaml(path, data, lines)
