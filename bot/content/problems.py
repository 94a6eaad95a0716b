"""What `kyr check` and the loaders report: a place in a file and what to do about it."""

from dataclasses import dataclass
from enum import Enum
from pathlib import Path


class Severity(Enum):
    """Errors stop content from being served; warnings are shown but allowed."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Problem:
    """One mistake in the content, located at file:line."""

    path: str
    line: int
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        prefix = "" if self.severity is Severity.ERROR else "warning: "
        return f"{self.path}:{self.line}: {prefix}{self.message}"


def display_path(path: Path, root: Path) -> str:
    """A path relative to the content root, as organizers see it in the repository."""
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


class ContentError(Exception):
    """Content that cannot be served; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        errors = [p for p in problems if p.severity is Severity.ERROR]
        lines = "\n".join(str(problem) for problem in errors[:20])
        super().__init__(f"the content has {len(errors)} error(s); run `kyr check`:\n{lines}")
        self.problems = problems
