"""Everything a deployment serves, built from the content files (bot.release.load checks it first)."""

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from bot.content.flows import FlowSet, load_flows
from bot.content.locales import LocaleInfo, in_menu_order, load_locale_info
from bot.content.localization import FALLBACK_LOCALE, Localizer, Resources, load_localizer, shipped_locales
from bot.content.lookalikes import lookalike_table
from bot.engine.keywords import Command, Keywords
from bot.engine.places import Places
from bot.engine.safety import Signs
from bot.engine.understand import Understanding

CONTENT_DIR_ENV = "KYR_CONTENT_DIR"


@dataclass(frozen=True)
class Catalog:
    """The flows, the warmed translations and the keyword tables: read-only once built."""

    flows: FlowSet
    localizer: Localizer
    keywords: Keywords
    places: Places
    understanding: Understanding
    signs: Signs  # of a medical emergency and of despair, in every language
    languages: Mapping[str, LocaleInfo] = field(default_factory=dict)
    # The rights card drawn for each language (PNG), when the content has one and the machine
    # that built the catalog could draw it (bot.release.card); channels send it, the engine never.
    cards: Mapping[str, bytes] = field(default_factory=dict)

    def fold_locales(self) -> frozenset[str]:
        """Languages whose SMS may be folded to GSM-7 (locale.yaml: sms_fold)."""
        return frozenset(code for code, info in self.languages.items() if info.sms_fold)


def content_root() -> Path:
    """Where flows/ and locales/ are: $KYR_CONTENT_DIR, the installed package, or the checkout."""
    configured = os.environ.get(CONTENT_DIR_ENV)
    if configured:
        return Path(configured)
    package = Path(__file__).resolve().parents[1]  # bot/
    packaged = package / "_content"
    if (packaged / "flows").is_dir():
        return packaged
    return package.parent


def build_catalog(root: Path, default_locale: str = FALLBACK_LOCALE, use_isolating: bool = False,
                  flows: FlowSet | None = None, resources: Resources | None = None) -> Catalog:
    """Build the catalog without checking, from the files or from what the checker has already
    parsed (`flows`, `resources`), so nothing is read or parsed twice."""
    if flows is None:
        flows, _problems = load_flows(root / "flows", root)
    shipped = shipped_locales(root / "locales")
    languages, _ = load_locale_info(root / "locales", shipped, root)
    order = in_menu_order(shipped, languages)
    if resources is None:
        localizer = load_localizer(root / "locales", default_locale, use_isolating, only=order)
    else:
        localizer = Localizer({code: resources[code] for code in order}, default_locale,
                              use_isolating)
    keywords = Keywords(localizer, flows, lookalike_table())
    stop_words = {locale: [word for word, meaning in table.items() if meaning.command is Command.STOP]
                  for locale, table in keywords.globals.items()}
    understanding = Understanding(localizer, flows, stop_words)
    # A city's name that is a word of the bot's own examples is that word first ("mesa", "vista").
    places = Places(localizer, understanding.vocabulary())
    understanding.neutral = places.single_words()  # "houston" is no language's word
    signs = Signs.from_content(localizer)
    signs.content_words = understanding.vocabulary() | signs.words()
    return Catalog(flows, localizer, keywords, places, understanding, signs, languages)
