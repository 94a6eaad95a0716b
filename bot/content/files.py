"""Content files read safely: regular files inside the content root, reached without following
a link, each and all of them within a size bound.

Content editors are trusted less than whoever holds the server's secrets, so a content file
must not be a way to read anything else the server can read: a symbolic link (to a `.env`
file, to /proc/self/environ) is refused before it is opened, and so is anything that is not a
plain file (a named pipe would hang the reader). Every folder and file under the root is opened
one at a time, relative to the one above it, with O_NOFOLLOW, and checked on the open descriptor,
so a link swapped in between a check and a read is refused too. The root itself is the
operator's choice (KYR_CONTENT_DIR) and may be a link.

Sizes are bounded so that no edit can hold a process for minutes: a file over the bound is
refused from its size alone, before a byte of it is read or parsed.
"""

import errno
import hashlib
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from bot.content.problems import ContentError, Problem

# The largest shipped file is 53 KB (locales/hi/understand.ftl, 2026-12-07): about ten times
# that. A check reads roughly 8 s per MB of Fluent, so one file can cost at most a few seconds.
MAX_FILE_BYTES = 512 * 1024
# All of flows/ and locales/ is 0.75 MB for ten languages (2026-12-07): eight times that leaves
# room for about seventy more languages, and a check of it stays within a minute.
MAX_CONTENT_BYTES = 6 * 1024 * 1024
# 188 files today; a folder of thousands of tiny files would be slow in other ways.
MAX_CONTENT_FILES = 2000
# flows/<file>, locales/<code>/<file>: folders nested deeper are not content, but a link or an
# oversized file there is still refused, down to this depth.
MAX_DEPTH = 4
CONTENT_FOLDERS = ("flows", "locales")
OPEN_ROOT = os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC
OPEN_FOLDER = OPEN_ROOT | os.O_NOFOLLOW
# O_NONBLOCK: a named pipe put in place of a file must not hang the reader before fstat refuses it.
OPEN_FILE = os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NONBLOCK | os.O_NOCTTY
REPLACE_LINK = ("content files must be ordinary files inside the content folder, so that no edit "
                "can publish another file the server can read; replace the link with the file itself")


class UnsafeFile(ContentError):
    """A content file that is refused before it is read: a link, not a plain file, too big."""

    def __init__(self, problem: Problem) -> None:
        super().__init__([problem])
        self.problem = problem


def shown(relative: str) -> str:
    """A path as organizers see it (relative to the content root, with slashes)."""
    return relative.replace(os.sep, "/")


def _size(count: int) -> str:
    """A byte count in words: 52,428,800 bytes (50.0 MB)."""
    return f"{count:,} bytes ({count / 1024 / 1024:.1f} MB)"


def _link_problem(relative: str) -> Problem:
    return Problem(shown(relative), 1, f"is a symbolic link; {REPLACE_LINK}")


def _special_problem(relative: str) -> Problem:
    return Problem(shown(relative), 1, "is not an ordinary file (a named pipe, socket or device); "
                   "content files must be ordinary text files: replace it with one")


def _size_problem(relative: str, size: int) -> Problem:
    return Problem(shown(relative), 1, f"is {_size(size)}; a content file may be at most "
                   f"{_size(MAX_FILE_BYTES)}: split it into several files")


def _refused_open(error: OSError, relative: str, folder_fd: int, name: str) -> Problem:
    """Why opening `name` without following links failed: a link, or something else."""
    try:
        mode = os.lstat(name, dir_fd=folder_fd).st_mode
    except OSError:
        mode = 0
    if stat.S_ISLNK(mode) or error.errno == errno.ELOOP:
        return _link_problem(relative)
    return Problem(shown(relative), 1, f"cannot be read ({os.strerror(error.errno or 0)})")


def _read_open(fd: int, relative: str) -> bytes:
    """The bytes of an opened file, if it is a plain file within the size bound."""
    status = os.fstat(fd)
    if not stat.S_ISREG(status.st_mode):
        raise UnsafeFile(_special_problem(relative))
    if status.st_size > MAX_FILE_BYTES:
        raise UnsafeFile(_size_problem(relative, status.st_size))
    chunks, total = [], 0
    while chunk := os.read(fd, MAX_FILE_BYTES + 1 - total):
        chunks.append(chunk)
        total += len(chunk)
        if total > MAX_FILE_BYTES:  # it grew after fstat
            raise UnsafeFile(_size_problem(relative, total))
    return b"".join(chunks)


@contextmanager
def _opened(name: str, flags: int, folder_fd: int | None, relative: str) -> Iterator[int]:
    """A descriptor for `name` in a folder, opened without following a link; closed after."""
    try:
        fd = os.open(name, flags, dir_fd=folder_fd)
    except OSError as error:
        if folder_fd is None:
            raise UnsafeFile(Problem(shown(relative), 1, f"cannot be read ({error.strerror})")) from None
        raise UnsafeFile(_refused_open(error, relative, folder_fd, name)) from None
    try:
        yield fd
    finally:
        os.close(fd)


def _parts(path: Path, root: Path) -> tuple[str, ...]:
    """The names from `root` down to `path`; refused if the path leaves the root."""
    try:
        parts = path.relative_to(root).parts
    except ValueError:
        raise UnsafeFile(Problem(path.as_posix(), 1, "is outside the content folder")) from None
    if not parts or any(part in ("..", ".") for part in parts):
        raise UnsafeFile(Problem(path.as_posix(), 1, "is outside the content folder"))
    return parts


def read_bytes(path: Path, root: Path) -> bytes:
    """The bytes of a content file under `root`; UnsafeFile if any folder or the file below
    the root is a link, if it is not a plain file, or if it is over MAX_FILE_BYTES."""
    parts = _parts(path, root)
    relative = os.path.join(*parts)
    with _opened(str(root), OPEN_ROOT, None, ".") as root_fd:
        return _read_below(root_fd, parts, relative)


def _read_below(folder_fd: int, parts: tuple[str, ...], relative: str) -> bytes:
    """Open each folder of `parts` in turn, then read its last part as a file."""
    if len(parts) == 1:
        with _opened(parts[0], OPEN_FILE, folder_fd, relative) as fd:
            return _read_open(fd, relative)
    with _opened(parts[0], OPEN_FOLDER, folder_fd, relative) as fd:
        return _read_below(fd, parts[1:], relative)


def decoded(data: bytes, relative: str) -> str:
    """A content file's bytes as text; UnsafeFile naming the line if they are not UTF-8."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise UnsafeFile(Problem(shown(relative), line, "is not UTF-8 text here; save the file "
                                 "as UTF-8")) from None


def read_text(path: Path, root: Path) -> str:
    """The text of a content file under `root`, read as `read_bytes` does."""
    return decoded(read_bytes(path, root), os.path.join(*_parts(path, root)))


@dataclass
class ContentFiles:
    """Every file under flows/ and locales/, read once and safely: bytes by path relative to
    the root, and a problem for each entry that cannot be content (refused, so unread)."""

    files: dict[str, bytes] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    # What changes when a refused entry changes, so a watch notices it without reading it.
    refused: dict[str, str] = field(default_factory=dict)
    total: int = 0
    over: bool = False  # MAX_CONTENT_BYTES reached: nothing more is read
    crowded: bool = False  # MAX_CONTENT_FILES reached: nothing more is read

    def digest(self) -> str:
        """A hash of every file's name and bytes, and of every refused entry."""
        digest = hashlib.sha256()
        for name in sorted(self.files):
            digest.update(name.encode() + b"\0" + self.files[name])
        for name in sorted(self.refused):
            digest.update(b"\1" + name.encode() + b"\0" + self.refused[name].encode())
        return digest.hexdigest()


def read_content(root: Path) -> ContentFiles:
    """Read flows/ and locales/ under `root` without following a link, and say what is refused:
    links, anything that is not a plain file, a file over MAX_FILE_BYTES, more than
    MAX_CONTENT_BYTES or MAX_CONTENT_FILES in all (nothing more is read past those)."""
    content = ContentFiles()
    try:
        root_fd = os.open(str(root), OPEN_ROOT)
    except OSError:
        return content  # no content folder: the loaders say what is missing
    try:
        for folder in CONTENT_FOLDERS:
            _walk(root_fd, folder, folder, 1, content)
    finally:
        os.close(root_fd)
    return content


def _walk(parent_fd: int, name: str, relative: str, depth: int, content: ContentFiles) -> None:
    """Read one folder below the root, without following links."""
    try:
        status = os.lstat(name, dir_fd=parent_fd)
    except FileNotFoundError:
        return
    if stat.S_ISLNK(status.st_mode):
        _refuse(content, relative, _link_problem(relative), status)
        return
    if not stat.S_ISDIR(status.st_mode) or depth > MAX_DEPTH:
        return
    try:
        fd = os.open(name, OPEN_FOLDER, dir_fd=parent_fd)
    except OSError as error:
        _refuse(content, relative, _refused_open(error, relative, parent_fd, name), status)
        return
    try:
        with os.scandir(fd) as entries:
            names = sorted(entry.name for entry in entries)
        for child in names:
            if len(content.files) + len(content.refused) >= MAX_CONTENT_FILES:
                if not content.crowded:  # said once; nothing more is read
                    content.problems.append(Problem(shown(relative), 1, f"the content has more "
                                                    f"than {MAX_CONTENT_FILES:,} files; remove "
                                                    "the ones it does not use"))
                content.crowded = True
                return
            _entry(fd, child, os.path.join(relative, child), depth, content)
    finally:
        os.close(fd)


def _entry(folder_fd: int, name: str, relative: str, depth: int, content: ContentFiles) -> None:
    """Read one entry of a content folder: a folder is walked, a file read, the rest refused."""
    try:
        status = os.lstat(name, dir_fd=folder_fd)
    except FileNotFoundError:  # removed since the folder was listed
        return
    if stat.S_ISDIR(status.st_mode):
        _walk(folder_fd, name, relative, depth + 1, content)
        return
    if stat.S_ISLNK(status.st_mode):
        _refuse(content, relative, _link_problem(relative), status)
        return
    if not stat.S_ISREG(status.st_mode):
        _refuse(content, relative, _special_problem(relative), status)
        return
    if status.st_size > MAX_FILE_BYTES:
        _refuse(content, relative, _size_problem(relative, status.st_size), status)
        return
    if content.over or content.total + status.st_size > MAX_CONTENT_BYTES:
        # Said once, at the file that crosses the bound; nothing after it is read.
        crossing = None if content.over else Problem(
            shown(relative), 1, f"the content reaches {_size(content.total + status.st_size)} "
            f"with this file; all of flows/ and locales/ may be at most "
            f"{_size(MAX_CONTENT_BYTES)}: remove what is not used")
        content.over = True
        _refuse(content, relative, crossing, status)
        return
    try:
        with _opened(name, OPEN_FILE, folder_fd, relative) as fd:
            data = _read_open(fd, relative)
    except UnsafeFile as refused:
        _refuse(content, relative, refused.problem, status)
        return
    content.files[shown(relative)] = data
    content.total += len(data)


def _refuse(content: ContentFiles, relative: str, problem: Problem | None,
            status: os.stat_result) -> None:
    """Record a refused entry (and its problem, if it is to be said) by what would change if it
    were edited."""
    if problem is not None:
        content.problems.append(problem)
    content.refused[shown(relative)] = f"{stat.S_IFMT(status.st_mode)}|{status.st_size}|" \
        f"{status.st_mtime_ns}"
