"""A private directory for what can be rebuilt from the content: parsed files, built catalogs.

Loading a pickle runs code, so a directory or file that anyone but this user could have written
is never used. `KYR_CACHE_DIR` chooses the directory; else the user's cache directory.
"""

import logging
import os
import pickle
import stat
import tempfile
from pathlib import Path
from typing import Any

log = logging.getLogger("kyr.cache")
CACHE_ENV = "KYR_CACHE_DIR"
KEEP = 400  # files per folder: older ones are removed when a new one is written


def cache_dir(*parts: str) -> Path | None:
    """The private cache folder (and subfolder), made if needed; None if it cannot be private."""
    configured = os.environ.get(CACHE_ENV, "").strip()
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kyr"
    folder = Path(configured) if configured else base
    folder = folder.joinpath(*parts)
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return None
    return folder if private(folder) else None


def private(path: Path) -> bool:
    """True if the path belongs to this user and no one else may write to it."""
    try:
        info = path.stat()
    except OSError:
        return False
    return info.st_uid == os.getuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def read(path: Path) -> Any:
    """What was pickled at `path`, or None if there is nothing usable there."""
    if not private(path):
        return None
    try:
        with path.open("rb") as file:
            return pickle.load(file)
    except Exception:  # an interrupted write, an older library: the caller builds it again
        return None


def write(path: Path, value: Any) -> bool:
    """Pickle atomically (a reader sees the old file or the whole new one); False on failure."""
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
        with os.fdopen(handle, "wb") as file:
            pickle.dump(value, file, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except OSError:
        return False
    _prune(path.parent)
    return True


def _prune(folder: Path) -> None:
    """Keep the most recent files of a folder; each edit of the content leaves one behind."""
    try:
        files = sorted(folder.glob("*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for stale in files[KEEP:]:
            stale.unlink(missing_ok=True)
    except OSError:
        pass
