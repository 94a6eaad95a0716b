"""The one wrapper around fluent.runtime: bundles parsed once per locale, warmed, then read-only."""

import copyreg
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import babel
import babel.plural
from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax import ast, visitor

from bot.content.files import read_text

FALLBACK_LOCALE = "en"
Args = Mapping[str, str | float]


@dataclass(frozen=True)
class LocaleFiles:
    """The Fluent files of one shipped locale, by file name."""

    locale: str
    texts: Mapping[str, str]


def shipped_locales(locales_dir: Path) -> list[str]:
    """Every locale folder that holds at least one .ftl file, English first then by code; a
    link is no locale folder (bot.content.files refuses it)."""
    with os.scandir(locales_dir) as entries:
        found = [entry.name for entry in entries if entry.is_dir(follow_symlinks=False)
                 and any(Path(entry.path).glob("*.ftl"))]
    return sorted(found, key=lambda code: (code != FALLBACK_LOCALE, code))


def read_locale(locales_dir: Path, locale: str) -> LocaleFiles:
    """Read the text of every .ftl file of one locale, never through a link (UnsafeFile)."""
    folder = locales_dir / locale
    texts = {path.name: read_text(path, locales_dir) for path in sorted(folder.glob("*.ftl"))}
    return LocaleFiles(locale, texts)


Resources = Mapping[str, Sequence[ast.Resource]]  # parsed .ftl files, by locale


def parse_locale(files: LocaleFiles) -> list[ast.Resource]:
    """Parse each .ftl file of a locale."""
    return [FluentResource(text) for text in files.texts.values()]


def _restored_bundle(state: dict[str, Any], locale: str, plural_rule: Any) -> FluentBundle:
    """A pickled bundle, compiled messages and all; babel's plural function is made again."""
    bundle = FluentBundle.__new__(FluentBundle)
    vars(bundle).update(state)
    bundle._babel_locale = babel.Locale.parse(locale)
    bundle._plural_form = cast(Any, babel.plural.to_python(plural_rule))
    return bundle


def _pickled_bundle(bundle: FluentBundle) -> tuple[Any, tuple[Any, ...]]:
    """Pickle a bundle without babel's plural function, which is generated code: loading the
    compiled bundle is four times faster than parsing and compiling it (fluent.runtime 0.4)."""
    state = {key: value for key, value in vars(bundle).items()
             if key not in ("_plural_form", "_babel_locale")}
    return _restored_bundle, (state, str(bundle._babel_locale), bundle._babel_locale.plural_form)


copyreg.pickle(FluentBundle, _pickled_bundle)


class _SpanRemover(visitor.Visitor):
    """Drops the source positions a checker's parse keeps: a bundle never reads them, and
    they are a fifth of a catalog's memory."""

    def generic_visit(self, node: ast.BaseNode) -> None:
        if isinstance(node, ast.SyntaxNode):
            node.span = None
        super().generic_visit(node)


def _bundle(locale: str, resources: Sequence[ast.Resource], use_isolating: bool) -> FluentBundle:
    """A locale's parsed files in one bundle; babel needs a locale it knows, so fall back."""
    try:
        bundle = FluentBundle([locale], use_isolating=use_isolating)
    except Exception:  # babel raises UnknownLocaleError for codes it lacks (e.g. some Mayan languages)
        bundle = FluentBundle([FALLBACK_LOCALE], use_isolating=use_isolating)
    for resource in resources:
        if resource.span is not None:
            _SpanRemover().visit(resource)
        bundle.add_resource(resource)
    return bundle


class Localizer:
    """Formats Fluent messages with a fallback chain: the person's locale, the default, English."""

    def __init__(self, resources: Resources, default_locale: str = FALLBACK_LOCALE,
                 use_isolating: bool = False) -> None:
        self._setup(dict(resources), default_locale, use_isolating)

    @classmethod
    def from_files(cls, locales: Iterable[LocaleFiles], default_locale: str = FALLBACK_LOCALE,
                   use_isolating: bool = False) -> "Localizer":
        """Parse the files of each locale and build the localizer."""
        return cls({files.locale: parse_locale(files) for files in locales}, default_locale,
                   use_isolating)

    def _setup(self, resources: Resources, default_locale: str, use_isolating: bool) -> None:
        """Bundles, fallback chains, every message compiled, static texts resolved."""
        # use_isolating=False: bidi isolation marks turn a GSM-7 SMS into UCS-2 and double its cost.
        self._bundles = {locale: _bundle(locale, parsed, use_isolating)
                         for locale, parsed in resources.items()}
        self.locales: tuple[str, ...] = tuple(self._bundles)
        self.default_locale = default_locale if default_locale in self._bundles else FALLBACK_LOCALE
        self._chains = {locale: self._chain(locale) for locale in self.locales}
        self._warm()
        # Messages without variables read the same every time: resolve them once, per locale.
        self._static = {locale: self._static_texts(locale) for locale in self.locales}

    def _chain(self, locale: str) -> tuple[FluentBundle, ...]:
        """The bundles to try, in order, for a person speaking `locale`."""
        codes = dict.fromkeys((locale, self.default_locale, FALLBACK_LOCALE))
        return tuple(self._bundles[code] for code in codes if code in self._bundles)

    def _warm(self) -> None:
        """Compile every message now: fluent.runtime compiles lazily and that is not thread-safe."""
        for bundle in self._bundles.values():
            for message_id in list(bundle._messages):
                message = bundle.get_message(message_id)
                if message.value is not None:
                    bundle.format_pattern(message.value, {})
                for attribute in message.attributes.values():
                    bundle.format_pattern(attribute, {})

    def _static_texts(self, locale: str) -> dict[str, str]:
        """Every message of the chain that formats without arguments or errors, as text."""
        texts: dict[str, str] = {}
        for bundle in reversed(self._chains[locale]):  # earlier bundles in the chain win
            for message_id in list(bundle._messages):
                message = bundle.get_message(message_id)
                if message.value is None:
                    continue
                text, errors = bundle.format_pattern(message.value, {})
                if errors:
                    texts.pop(message_id, None)
                else:
                    texts[message_id] = str(text)
        return texts

    def texts(self) -> Iterator[tuple[str, str, str]]:
        """Every message and attribute of every locale, formatted without arguments (a variable
        shows as its name): (locale, message id, text)."""
        for locale, bundle in self._bundles.items():
            for message_id in list(bundle._messages):
                message = bundle.get_message(message_id)
                values = [] if message.value is None else [message.value]
                for pattern in (*values, *message.attributes.values()):
                    text, _errors = bundle.format_pattern(pattern, {})
                    yield locale, message_id, str(text)

    def resolve(self, locale: str) -> str:
        """The shipped locale used for `locale`: itself if shipped, else the default."""
        return locale if locale in self._bundles else self.default_locale

    def has(self, locale: str, message_id: str) -> bool:
        """True if this exact locale (no fallback) defines the message."""
        bundle = self._bundles.get(locale)
        return bundle is not None and bundle.has_message(message_id)

    def format(self, locale: str, message_id: str, args: Args | None = None) -> str:
        """The message in the first locale of the chain that has it; its id if none does."""
        if not args:
            statics = self._static.get(locale) or self._static[self.default_locale]
            static = statics.get(message_id)
            if static is not None:
                return static
        for bundle in self._chains.get(locale, self._chains[self.default_locale]):
            if bundle.has_message(message_id):
                message = bundle.get_message(message_id)
                if message.value is not None:
                    text, _errors = bundle.format_pattern(message.value, dict(args or {}))
                    return str(text)
        return message_id

    def format_variant(self, locale: str, message_id: str, variant: str,
                       args: Args | None = None) -> str:
        """The message's `.<variant>` attribute where the first locale that has the message
        gives one (e.g. `.buttons`, said where options are buttons), else its value."""
        for bundle in self._chains.get(locale, self._chains[self.default_locale]):
            if bundle.has_message(message_id):
                pattern = bundle.get_message(message_id).attributes.get(variant)
                if pattern is None:
                    break
                text, _errors = bundle.format_pattern(pattern, dict(args or {}))
                return str(text)
        return self.format(locale, message_id, args)

    def attribute(self, locale: str, message_id: str, name: str) -> str | None:
        """A message attribute (such as `.keywords`) in this exact locale, or None."""
        bundle = self._bundles.get(locale)
        if bundle is None or not bundle.has_message(message_id):
            return None
        pattern = bundle.get_message(message_id).attributes.get(name)
        if pattern is None:
            return None
        text, _errors = bundle.format_pattern(pattern, {})
        return str(text)


def load_localizer(locales_dir: Path, default_locale: str = FALLBACK_LOCALE,
                   use_isolating: bool = False, only: Sequence[str] | None = None) -> Localizer:
    """Build a warmed Localizer from every shipped locale under `locales_dir`."""
    codes = only if only is not None else shipped_locales(locales_dir)
    return Localizer.from_files((read_locale(locales_dir, code) for code in codes), default_locale,
                                use_isolating)
