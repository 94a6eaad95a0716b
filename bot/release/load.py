"""Content made ready to serve: checked once, built once, then kept compiled.

The whole of `kyr check` runs before content is first served. Clean content is then pickled
under a key made of the content's files, this code and the libraries it builds with, so a worker
or `kyr chat` that starts on the same release loads the checked catalog instead of parsing and
checking it again. Content that fails the check gets a new key and is never cached: an error
still stops a bad release. The cache is private to the user (bot.content.cachedir).
"""

import hashlib
import logging
import sys
from datetime import date
from importlib import metadata
from pathlib import Path

from bot.content import cachedir
from bot.content.cachedir import cache_dir
from bot.content.localization import FALLBACK_LOCALE
from bot.content.problems import ContentError
from bot.engine.catalog import Catalog, content_root
from bot.release.check import check_and_build, content_hash

log = logging.getLogger("kyr.load")
CODE_DIR = Path(__file__).resolve().parents[1]  # all of bot/: a code change rebuilds
# What a built catalog is made of besides the content and this package's code.
BUILT_WITH = ("fluent.runtime", "fluent.syntax", "Babel", "transitions", "PyStemmer", "rapidfuzz",
              "zipcodes", "pycountry", "phonenumbers", "PyYAML", "jsonschema")
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
    path = folder / f"{key}.pickle" if folder is not None else None
    catalog = cachedir.read(path) if path is not None else None
    if not isinstance(catalog, Catalog):
        checked = check_and_build(root, date.today(), sms_fold, default_locale, use_isolating)
        if checked.catalog is None:
            raise ContentError(checked.problems)
        catalog = checked.catalog
        catalog.places.ready()
        if path is None or not cachedir.write(path, catalog):
            log.warning("event=content-cache-unwritable: each start checks the content again; set "
                        "KYR_CACHE_DIR to a directory only this user can write")
    _LOADED[key] = catalog
    return catalog


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
