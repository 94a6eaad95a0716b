"""Everything a deployment serves, loaded and checked once at start-up."""

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from bot.flows import FlowSet, load_flows
from bot.keywords import Command, Keywords
from bot.locales import LocaleInfo, in_menu_order, load_locale_info
from bot.localization import FALLBACK_LOCALE, Localizer, load_localizer, shipped_locales
from bot.places import Places
from bot.problems import ContentError, Severity
from bot.understand import Understanding

CONTENT_DIR_ENV = "KYR_CONTENT_DIR"


@dataclass(frozen=True)
class Catalog:
    """The flows, the warmed translations and the keyword tables: read-only once built."""

    flows: FlowSet
    localizer: Localizer
    keywords: Keywords
    places: Places
    understanding: Understanding
    languages: Mapping[str, LocaleInfo] = field(default_factory=dict)

    def fold_locales(self) -> frozenset[str]:
        """Languages whose SMS may be folded to GSM-7 (locale.yaml: sms_fold)."""
        return frozenset(code for code, info in self.languages.items() if info.sms_fold)


def content_root() -> Path:
    """Where flows/ and locales/ are: $KYR_CONTENT_DIR, the installed package, or the checkout."""
    configured = os.environ.get(CONTENT_DIR_ENV)
    if configured:
        return Path(configured)
    packaged = Path(__file__).resolve().parent / "_content"
    if (packaged / "flows").is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent


def load_catalog(root: Path | None = None, default_locale: str = FALLBACK_LOCALE,
                 use_isolating: bool = False) -> Catalog:
    """Check the content and build the catalog; raise ContentError if anything is wrong."""
    from bot.check import check_content  # the checker builds catalogs too

    root = root or content_root()
    problems = check_content(root)
    if any(problem.severity is Severity.ERROR for problem in problems):
        raise ContentError(problems)
    return build_catalog(root, default_locale, use_isolating)


def build_catalog(root: Path, default_locale: str = FALLBACK_LOCALE,
                  use_isolating: bool = False) -> Catalog:
    """Build the catalog without checking (the checker uses this on content it has parsed)."""
    flows, _problems = load_flows(root / "flows", root)
    shipped = shipped_locales(root / "locales")
    languages, _ = load_locale_info(root / "locales", shipped, root)
    localizer = load_localizer(root / "locales", default_locale, use_isolating,
                               only=in_menu_order(shipped, languages))
    keywords = Keywords(localizer, flows)
    stop_words = {locale: [word for word, meaning in table.items() if meaning.command is Command.STOP]
                  for locale, table in keywords.globals.items()}
    return Catalog(flows, localizer, keywords, Places(localizer),
                   Understanding(localizer, flows, stop_words), languages)
