"""A private directory for what can be rebuilt from the content: parsed files, built catalogs.

Unpickling runs code, so nothing is unpickled that this bot did not write itself: each file
carries an HMAC-SHA256 of its name and bytes under a random key that only this user can read
(`.key` in the cache root), and the tag is checked before a byte is unpickled. Folders and files
are opened one at a time from the file system's root without following symbolic links, and
checked on the open descriptor: the cache root and everything in it belong to this user and no
one else may write to them; each folder above the root belongs to this user or to root and is
writable by no one else, unless it is sticky (as the system's temporary folder is), so no one
can swap a folder between its check and its use. Anything that fails is not used: the content
is built again. `KYR_CACHE_DIR` chooses the root; else the user's cache directory.
"""

import hashlib
import hmac
import logging
import os
import pickle
import secrets
import stat
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, suppress
from pathlib import Path
from typing import Any, NamedTuple

log = logging.getLogger("kyr.cache")
CACHE_ENV = "KYR_CACHE_DIR"
KEEP = 400  # files per folder: older ones are removed when a new one is written
KEY_NAME = ".key"
KEY_BYTES = 32
MAGIC = b"kyr-cache 1\n"  # an older version's untagged file is told apart, and never unpickled
TAG_BYTES = hashlib.sha256().digest_size
STALE_TEMPORARY_SECONDS = 3600  # a write interrupted this long ago left its temporary file
OPEN_FOLDER = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC
# O_NONBLOCK: a FIFO put in place of a file must not hang the reader before fstat can refuse it.
OPEN_FILE = os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NONBLOCK
CREATE_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
OTHERS_WRITE = stat.S_IWGRP | stat.S_IWOTH
OTHERS_ANY = stat.S_IRWXG | stat.S_IRWXO
ROOT_UID = 0
_reported: set[str] = set()


class Unsafe(Exception):
    """A folder or file of the cache that someone else could have written, or a bad key."""


class Place(NamedTuple):
    """Where a cache file is: its root, the folders below the root, and its name."""

    root: Path
    folders: tuple[str, ...]
    name: str

    @property
    def label(self) -> str:
        """The file's name within the cache, which its tag covers: a file moved is not used."""
        return "/".join((*self.folders, self.name))


class Opened(NamedTuple):
    """Descriptors of the cache root and of a folder in it, both checked."""

    root: int
    folder: int


def cache_dir(*parts: str) -> Path | None:
    """The private cache folder (and subfolder), made if needed; None if it cannot be private."""
    top = _root()
    if top is None or not all(_plain(part) for part in parts):
        return None
    try:
        with _opened(top, parts, create=True):
            return top.joinpath(*parts)
    except (OSError, Unsafe) as error:
        _report(f"the cache folder cannot be used ({error}); each start builds the content again")
        return None


def private(path: Path) -> bool:
    """True if the cache holds at `path` a file that this bot wrote (nothing is unpickled)."""
    return _payload(path) is not None


def read(path: Path) -> Any:
    """What this bot pickled at `path`, or None if there is nothing usable there."""
    payload = _payload(path)
    if payload is None:
        return None
    try:
        return pickle.loads(payload)
    except Exception:  # written by an older version of a library: the caller builds it again
        return None


def write(path: Path, value: Any) -> bool:
    """Pickle and tag atomically (a reader sees the old file or the whole new one); False on
    failure."""
    place = _place(path)
    if place is None:
        return False
    payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    try:
        with _opened(place.root, place.folders, create=True) as opened:
            tag = _tag(_key(opened.root, create=True), place.label, payload)
            _replace(opened.folder, place.name, (MAGIC, tag, payload))
            _prune(opened.folder)
    except (OSError, Unsafe) as error:
        _report(f"a cache file cannot be written ({error})")
        return False
    return True


def _payload(path: Path) -> memoryview | None:
    """The pickled bytes of a file at `path` whose tag proves this bot wrote it, else None."""
    place = _place(path)
    if place is None:
        return None
    try:
        with _opened(place.root, place.folders, create=False) as opened:
            key = _key(opened.root, create=False)
            record = _read_file(opened.folder, place.name)
    except FileNotFoundError:
        return None  # not cached yet
    except (OSError, Unsafe) as error:
        _report(f"the cache cannot be read ({error}); the content is built again")
        return None
    if not record.startswith(MAGIC):  # an older version's untagged file, or not the bot's
        _report("a cache file in another format was ignored", logging.INFO)
        return None
    header = len(MAGIC) + TAG_BYTES
    payload = memoryview(record)[header:]
    if not hmac.compare_digest(record[len(MAGIC):header], _tag(key, place.label, payload)):
        _report("a cache file this bot did not write (or wrote with another key, or did not finish "
                "writing) was ignored")
        return None
    return payload


# ---- where the cache is ------------------------------------------------------------------------

def _configured() -> Path | None:
    """The cache root as configured, made absolute; None if there is no home to put it in."""
    configured = os.environ.get(CACHE_ENV, "").strip()
    try:
        base = Path(configured) if configured else (
            Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kyr")
    except RuntimeError:  # no HOME and no entry in the password database
        return None
    return base.absolute()


def _root() -> Path | None:
    """The cache root with the symbolic links above it resolved (each folder on the resolved
    path is then checked as it is opened)."""
    configured = _configured()
    return Path(os.path.realpath(configured)) if configured is not None else None


def _place(path: Path) -> Place | None:
    """Split a path `cache_dir` gave (joined with a file name) into root, folders and name; a
    path under the root as configured is taken as under the resolved root."""
    configured, root = _configured(), _root()
    if configured is None or root is None:
        return None
    for given in (root, configured):
        if path.is_relative_to(given) and path != given:
            *folders, name = path.relative_to(given).parts
            if all(_plain(part) for part in folders) and _plain(name):
                return Place(root, tuple(folders), name)
    return None


def _plain(name: str) -> bool:
    """A name that stays in its folder and is not the key's or a temporary file's."""
    return bool(name) and name not in {".", ".."} and "/" not in name and "\0" not in name \
        and not name.startswith(".")


# ---- opening, one checked folder at a time -----------------------------------------------------

@contextmanager
def _opened(top: Path, folders: tuple[str, ...], create: bool) -> Iterator[Opened]:
    """Descriptors of the root and of its subfolder, reached from the file system's root
    without following a symbolic link; each folder checked once open, so none can be swapped
    between its check and its use."""
    above = top.parts[1:]
    with ExitStack() as closing:
        descriptor = os.open(top.anchor, OPEN_FOLDER)
        closing.callback(os.close, descriptor)
        if above:
            _check_above(descriptor, top.anchor)
        else:  # the cache is the file system's root itself
            _check_own(descriptor, top.anchor)
        for depth, name in enumerate(above):
            descriptor = _open_folder(descriptor, name, create)
            closing.callback(os.close, descriptor)
            shown = str(Path(*top.parts[:depth + 2]))
            if depth < len(above) - 1:
                _check_above(descriptor, shown)
            else:
                _check_own(descriptor, shown)
        root = descriptor
        for name in folders:
            descriptor = _open_folder(descriptor, name, create)
            closing.callback(os.close, descriptor)
            _check_own(descriptor, name)
        yield Opened(root, descriptor)


def _open_folder(parent: int, name: str, create: bool) -> int:
    """Open a folder inside `parent` (never through a symbolic link), made private if missing."""
    try:
        return os.open(name, OPEN_FOLDER, dir_fd=parent)
    except FileNotFoundError:
        if not create:
            raise
    with suppress(FileExistsError):  # another process made it meanwhile: checked like any other
        os.mkdir(name, 0o700, dir_fd=parent)
    return os.open(name, OPEN_FOLDER, dir_fd=parent)


def _check_above(descriptor: int, shown: str) -> None:
    """A folder above the root: this user's or root's, and no one else may rename what is in
    it (not writable by others, or sticky)."""
    info = os.fstat(descriptor)
    if info.st_uid not in {os.getuid(), ROOT_UID}:
        raise Unsafe(f"{shown} belongs to another user")
    if info.st_mode & OTHERS_WRITE and not info.st_mode & stat.S_ISVTX:
        raise Unsafe(f"others may write to {shown}")


def _check_own(descriptor: int, shown: str) -> None:
    """The root, a folder or a file in it: this user's, and no one else may write to it."""
    info = os.fstat(descriptor)
    if info.st_uid != os.getuid():
        raise Unsafe(f"{shown} belongs to another user")
    if info.st_mode & OTHERS_WRITE:
        raise Unsafe(f"others may write to {shown}")


# ---- files ------------------------------------------------------------------------------------

def _read_file(folder: int, name: str) -> bytes:
    """The bytes of a regular file of this user's that no one else may write to."""
    descriptor = os.open(name, OPEN_FILE, dir_fd=folder)
    with open(descriptor, "rb", closefd=True) as file:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise Unsafe("a cache file is not a regular file")
        _check_own(descriptor, "a cache file")
        return file.read()


def _replace(folder: int, name: str, chunks: tuple[bytes, ...]) -> None:
    """Write a new file under a temporary name, then put it in place in one step."""
    temporary = f".{secrets.token_hex(8)}.tmp"
    descriptor = os.open(temporary, CREATE_FILE, 0o600, dir_fd=folder)
    try:
        with open(descriptor, "wb", closefd=True) as file:
            for chunk in chunks:
                file.write(chunk)
        os.replace(temporary, name, src_dir_fd=folder, dst_dir_fd=folder)
    except BaseException:
        with suppress(OSError):
            os.unlink(temporary, dir_fd=folder)
        raise


def _prune(folder: int) -> None:
    """Keep the most recent files of a folder (each edit of the content leaves one behind), and
    remove what interrupted writes left."""
    kept: list[tuple[float, str]] = []
    now = time.time()
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if not entry.is_file(follow_symlinks=False):
                    continue
                modified = entry.stat(follow_symlinks=False).st_mtime
                if entry.name.endswith(".pickle"):
                    kept.append((modified, entry.name))
                elif entry.name.endswith(".tmp") and now - modified > STALE_TEMPORARY_SECONDS:
                    os.unlink(entry.name, dir_fd=folder)
        for _modified, stale in sorted(kept, reverse=True)[KEEP:]:
            os.unlink(stale, dir_fd=folder)
    except OSError:
        pass


# ---- the key ------------------------------------------------------------------------------------

def _tag(key: bytes, label: str, payload: bytes | memoryview) -> bytes:
    """The HMAC-SHA256 of a file's name in the cache and its pickled bytes."""
    mac = hmac.new(key, MAGIC + label.encode() + b"\0", hashlib.sha256)
    mac.update(payload)
    return mac.digest()


def _key(root: int, create: bool) -> bytes:
    """The cache's key, made (random) the first time the cache is written."""
    try:
        return _read_key(root)
    except FileNotFoundError:
        if not create:
            raise
    temporary = f".{secrets.token_hex(8)}.tmp"
    descriptor = os.open(temporary, CREATE_FILE, 0o600, dir_fd=root)
    try:
        with open(descriptor, "wb", closefd=True) as file:
            file.write(secrets.token_bytes(KEY_BYTES))
        # A link, unlike a rename, never replaces a key another process made meanwhile, whose
        # files would then all look foreign.
        os.link(temporary, KEY_NAME, src_dir_fd=root, dst_dir_fd=root)
    except FileExistsError:
        pass
    finally:
        os.unlink(temporary, dir_fd=root)
    return _read_key(root)


def _read_key(root: int) -> bytes:
    """The key, if it is a regular file of this user's that no one else may read or write."""
    descriptor = os.open(KEY_NAME, OPEN_FILE, dir_fd=root)
    with open(descriptor, "rb", closefd=True) as file:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & OTHERS_ANY:
            raise Unsafe("the cache's key is not this user's alone")
        key = file.read(KEY_BYTES + 1)
    if len(key) != KEY_BYTES:
        raise Unsafe("the cache's key is damaged")
    return key


def _report(problem: str, level: int = logging.WARNING) -> None:
    """Log once per process each kind of problem (a busy worker would repeat it)."""
    if problem not in _reported:
        _reported.add(problem)
        log.log(level, "event=content-cache-refused: %s", problem)
