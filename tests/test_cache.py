"""The compiled-content cache: nothing in it is unpickled unless this bot wrote it, and no folder
or file that another user could write, swap or link is followed."""

import logging
import os
import pickle
import stat
import threading
import time
from pathlib import Path

import pytest
from fluent.syntax import FluentParser, ast

from bot.content import cachedir, fluentindex

NOBODY = 65534
AS_ROOT = os.getuid() == 0
NEEDS_ROOT = pytest.mark.skipif(not AS_ROOT, reason="giving a file to another user needs root")
RACE_SECONDS = 1.0


class Planted:
    """A pickle another user could leave in the cache: unpickling it makes a marker folder."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return os.mkdir, (str(self.marker),)


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache root of this test's own (its parents are private to this user)."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("KYR_CACHE_DIR", str(folder))
    return folder


def _plant(path: Path, marker: Path) -> None:
    """Put a pickle that runs code at `path`, owned by this user and private, as a real file."""
    path.unlink(missing_ok=True)
    path.write_bytes(pickle.dumps(Planted(marker)))
    path.chmod(0o600)


def _kept(folder: str, name: str, value: object) -> Path:
    """Write a value through the cache and return its path."""
    place = cachedir.cache_dir(folder)
    assert place is not None
    assert cachedir.write(place / name, value)
    return place / name


def _index(content: Path) -> fluentindex.LocaleIndex:
    return fluentindex.index_locale(content / "locales", "en", content)


@pytest.fixture
def ftl(tmp_path: Path) -> Path:
    """A one-file locale to parse."""
    folder = tmp_path / "content" / "locales" / "en"
    folder.mkdir(parents=True)
    (folder / "main.ftl").write_text("hello = Hello { $name }\n", encoding="utf-8")
    return tmp_path / "content"


# ---- only what this bot wrote is unpickled ---------------------------------------------------

def test_a_pickle_planted_in_the_cache_never_runs_and_the_content_is_parsed_again(
        root: Path, ftl: Path, tmp_path: Path) -> None:
    assert "hello" in _index(ftl).entries
    (cached,) = (root / "fluent").glob("*.pickle")
    marker = tmp_path / "PLANTED_RAN"
    _plant(cached, marker)  # right owner, right mode, a valid pickle: only the bot did not write it
    again = _index(ftl)
    assert not marker.exists()
    assert again.entries["hello"].variables == frozenset({"name"})
    assert not marker.exists()
    assert cachedir.private(cached)  # parsed again and kept again, in the bot's own hand


def test_a_planted_pickle_is_refused_in_every_folder_and_by_every_reader(root: Path, tmp_path: Path) -> None:
    marker = tmp_path / "PLANTED_RAN"
    for folder in ("catalogs", "checks", "cards", "fluent"):
        place = cachedir.cache_dir(folder)
        assert place is not None
        _plant(place / "0123.pickle", marker)
        assert cachedir.read(place / "0123.pickle") is None
        assert not cachedir.private(place / "0123.pickle")
    assert not marker.exists()


def test_a_file_another_cache_wrote_is_not_used(root: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    other = tmp_path / "other-cache"
    monkeypatch.setenv("KYR_CACHE_DIR", str(other))
    theirs = _kept("catalogs", "k.pickle", {"from": "another key"})
    monkeypatch.setenv("KYR_CACHE_DIR", str(root))
    ours = cachedir.cache_dir("catalogs")
    assert ours is not None
    (ours / "k.pickle").write_bytes(theirs.read_bytes())
    (ours / "k.pickle").chmod(0o600)
    assert cachedir.read(ours / "k.pickle") is None


def test_a_file_moved_to_another_name_is_not_used(root: Path) -> None:
    kept = _kept("checks", "old-day.pickle", ["the problems of another day"])
    os.rename(kept, kept.with_name("today.pickle"))
    assert cachedir.read(kept.with_name("today.pickle")) is None
    checks = cachedir.cache_dir("catalogs")
    assert checks is not None
    os.rename(kept.with_name("today.pickle"), checks / "old-day.pickle")  # another folder
    assert cachedir.read(checks / "old-day.pickle") is None


def test_a_damaged_file_is_not_used(root: Path) -> None:
    kept = _kept("catalogs", "k.pickle", list(range(1000)))
    whole = kept.read_bytes()
    kept.write_bytes(whole[:-1] + bytes([whole[-1] ^ 1]))
    assert cachedir.read(kept) is None
    kept.write_bytes(whole[:100])  # an interrupted write
    assert cachedir.read(kept) is None


# ---- folders: every one from the file system's root down ----------------------------------

def test_a_cache_folder_reached_through_a_symbolic_link_is_not_used(root: Path) -> None:
    kept = _kept("real", "k.pickle", "a value")
    (root / "linked").symlink_to(root / "real")  # the target is private and the bot's own
    assert cachedir.cache_dir("linked") is None
    assert cachedir.read(root / "linked" / "k.pickle") is None
    assert not cachedir.write(root / "linked" / "other.pickle", "a value")
    assert not (kept.parent / "other.pickle").exists()
    assert cachedir.read(kept) == "a value"


@pytest.mark.parametrize("mode", [0o777, 0o775, 0o757])
def test_a_cache_whose_parent_others_may_write_to_is_not_used(tmp_path: Path, mode: int,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    monkeypatch.setenv("KYR_CACHE_DIR", str(shared / "kyr" / "cache"))
    kept = _kept("catalogs", "k.pickle", "a value")
    assert cachedir.read(kept) == "a value"
    shared.chmod(mode)  # anyone may now swap kyr/ (and all below) for a folder of their own
    assert cachedir.cache_dir("catalogs") is None
    assert cachedir.read(kept) is None and not cachedir.private(kept)
    assert not cachedir.write(kept, "another value")
    shared.chmod(mode | stat.S_ISVTX)  # sticky: others may add entries but not rename this one
    assert cachedir.read(kept) == "a value"


def test_a_cache_root_others_may_write_to_is_not_used_even_sticky(root: Path) -> None:
    kept = _kept("catalogs", "k.pickle", "a value")
    for mode in (0o777, 0o1777, 0o770):
        root.chmod(mode)
        assert cachedir.read(kept) is None and cachedir.cache_dir("catalogs") is None
    root.chmod(0o700)
    assert cachedir.read(kept) == "a value"


def test_a_refused_cache_is_reported_once_without_stopping_the_bot(
        root: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(cachedir, "_reported", set(), raising=False)
    kept = _kept("catalogs", "k.pickle", "a value")
    root.chmod(0o777)
    with caplog.at_level(logging.INFO, logger="kyr.cache"):
        assert [cachedir.read(kept) for _ in range(3)] == [None] * 3
    (warning,) = caplog.records
    assert warning.levelno == logging.WARNING and "others may write to" in warning.getMessage()


def test_a_subfolder_others_may_write_to_is_not_used(root: Path) -> None:
    kept = _kept("catalogs", "k.pickle", "a value")
    kept.parent.chmod(0o777)
    assert cachedir.read(kept) is None and cachedir.cache_dir("catalogs") is None


def test_a_root_given_through_a_symbolic_link_is_used(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "real").mkdir(mode=0o700)
    (tmp_path / "link").symlink_to(tmp_path / "real")  # as a system's /var may be a link
    monkeypatch.setenv("KYR_CACHE_DIR", str(tmp_path / "link"))
    kept = _kept("catalogs", "k.pickle", "a value")
    assert cachedir.read(kept) == "a value"
    assert cachedir.read(tmp_path / "link" / "catalogs" / "k.pickle") == "a value"
    assert (tmp_path / "real" / "catalogs" / "k.pickle").is_file()


@NEEDS_ROOT
def test_a_cache_with_a_folder_of_another_user_on_its_path_is_not_used(root: Path, tmp_path: Path) -> None:
    kept = _kept("catalogs", "k.pickle", "a value")
    for folder in (tmp_path, root, kept.parent):
        os.chown(folder, NOBODY, -1)  # mode unchanged (0700 or 0755): only the owner differs
        assert cachedir.read(kept) is None, folder
        os.chown(folder, 0, -1)
        assert cachedir.read(kept) == "a value"


# ---- files and the key ------------------------------------------------------------------------

def test_a_cache_file_that_is_a_symbolic_link_is_not_followed(root: Path) -> None:
    kept = _kept("catalogs", "k.pickle", "a value")
    (root / "stash").mkdir(mode=0o700)
    os.rename(kept, root / "stash" / "k.pickle")  # the bot's own file, tagged for this very name
    kept.symlink_to(root / "stash" / "k.pickle")
    assert cachedir.read(kept) is None and not cachedir.private(kept)


def test_a_file_others_may_write_to_is_not_used(root: Path) -> None:
    kept = _kept("catalogs", "k.pickle", "a value")
    for mode in (0o666, 0o620, 0o602):
        kept.chmod(mode)
        assert cachedir.read(kept) is None
    kept.chmod(0o400)  # read-only, as in the container: still used
    assert cachedir.read(kept) == "a value"


@NEEDS_ROOT
def test_a_file_of_another_user_is_not_used(root: Path) -> None:
    kept = _kept("catalogs", "k.pickle", "a value")
    os.chown(kept, NOBODY, -1)
    assert cachedir.read(kept) is None
    os.chown(root / ".key", NOBODY, -1)
    os.chown(kept, 0, -1)
    assert cachedir.read(kept) is None


def test_a_fifo_in_place_of_a_file_does_not_hang_the_reader(root: Path) -> None:
    place = cachedir.cache_dir("catalogs")
    assert place is not None
    os.mkfifo(place / "k.pickle", 0o600)
    answers: list[object] = []
    reader = threading.Thread(target=lambda: answers.append(cachedir.read(place / "k.pickle")),
                              daemon=True)
    reader.start()
    reader.join(timeout=5)
    if reader.is_alive():  # let the blocked reader go before failing
        os.close(os.open(place / "k.pickle", os.O_WRONLY | os.O_NONBLOCK))
    assert answers == [None]


@pytest.mark.parametrize("spoil", ["readable", "writable", "symlink", "short", "missing", "folder"])
def test_a_key_that_is_not_private_means_no_cache_and_no_crash(root: Path, tmp_path: Path,
                                                                spoil: str) -> None:
    kept = _kept("catalogs", "k.pickle", "a value")
    key = root / ".key"
    if spoil == "readable":
        key.chmod(0o640)
    elif spoil == "writable":
        key.chmod(0o602)
    elif spoil == "symlink":
        os.rename(key, tmp_path / "elsewhere.key")
        key.symlink_to(tmp_path / "elsewhere.key")
    elif spoil == "short":
        key.write_bytes(key.read_bytes()[:16])
    elif spoil == "missing":
        key.unlink()
    else:
        key.unlink()
        key.mkdir(mode=0o700)
    assert cachedir.read(kept) is None
    written = cachedir.write(kept, "another value")
    assert cachedir.read(kept) == ("another value" if written else None)
    assert written == (spoil == "missing")  # a missing key is made anew; a spoiled one is left alone


# ---- a race: the folder swapped for a link to another user's folder while loads run -----------

def _flip(root: Path, evil: Path, stop: threading.Event, flips: list[int]) -> None:
    """Swap catalogs/ between the real folder and a link to `evil` until told to stop."""
    real, parked, link = root / "catalogs", root / "parked", root / "evil-link"
    while not stop.is_set():
        link.symlink_to(evil)
        os.rename(real, parked)
        os.rename(link, real)
        os.rename(real, link)
        os.rename(parked, real)
        link.unlink()
        flips.append(1)


def test_swapping_the_cache_folder_during_loads_never_runs_a_planted_pickle(
        root: Path, tmp_path: Path) -> None:
    kept = _kept("catalogs", "k.pickle", "the bot's own")
    evil, marker = tmp_path / "evil", tmp_path / "PLANTED_RAN"
    evil.mkdir(mode=0o700)  # private: of another user as root, else of this one
    _plant(evil / "k.pickle", marker)
    if AS_ROOT:
        for path in (evil, evil / "k.pickle"):
            os.chown(path, NOBODY, NOBODY)
    stop, flips = threading.Event(), list[int]()
    flipper = threading.Thread(target=_flip, args=(root, evil, stop, flips), daemon=True)
    flipper.start()
    seen: dict[object, int] = {}
    deadline = time.monotonic() + RACE_SECONDS
    try:
        while time.monotonic() < deadline and not marker.exists():
            value = cachedir.read(kept)
            seen[value] = seen.get(value, 0) + 1
    finally:
        stop.set()
        flipper.join(timeout=5)
    assert not marker.exists()
    assert set(seen) <= {"the bot's own", None}
    assert seen.get("the bot's own", 0) > 0 and len(flips) > 0 and not flipper.is_alive()
    assert cachedir.read(kept) == "the bot's own"


# ---- the cache still does its work -------------------------------------------------------------

def test_a_second_parse_reads_the_cache(root: Path, ftl: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    parses: list[str] = []

    class Counting(FluentParser):
        def parse(self, source: str) -> ast.Resource:
            parses.append(source)
            return super().parse(source)
    monkeypatch.setattr(fluentindex, "FluentParser", Counting)
    first, second = _index(ftl), _index(ftl)
    assert len(parses) == 1
    assert second.entries == first.entries and isinstance(second.resources[0], ast.Resource)


def test_values_come_back_equal_and_the_files_are_private(root: Path) -> None:
    value = {"problems": [("main.ftl", 3, "a message")], "bytes": bytes(range(256))}
    kept = _kept("checks", "k.pickle", value)
    assert cachedir.read(kept) == value and cachedir.private(kept)
    assert not cachedir.private(kept.with_name("absent.pickle"))
    for path in (root, root / ".key", kept.parent, kept):
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path
    assert sorted(p.name for p in kept.parent.iterdir()) == ["k.pickle"]  # no temporary left


def test_a_read_only_cache_is_still_used(root: Path) -> None:
    kept = _kept("catalogs", "k.pickle", "a value")
    for path in (kept, root / ".key", kept.parent, root):
        path.chmod(stat.S_IMODE(path.stat().st_mode) & ~0o222)
    try:
        assert cachedir.read(kept) == "a value" and cachedir.cache_dir("catalogs") is not None
    finally:
        for path in (root, kept.parent):
            path.chmod(0o700)


def test_paths_outside_the_cache_are_refused(root: Path, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.pickle"
    outside.write_bytes(pickle.dumps("a value"))
    outside.chmod(0o600)
    assert cachedir.read(outside) is None and not cachedir.write(outside, "x")
    assert cachedir.read(root / "catalogs" / ".." / ".." / "elsewhere.pickle") is None
    assert cachedir.cache_dir("..") is None and cachedir.cache_dir("a/b") is None
