"""`kyr segments`: what a full walkthrough costs in SMS segments per language, folded or not."""

from dataclasses import dataclass

from bot.catalog import Catalog
from bot.engine import Engine
from bot.render import render, sms_text
from bot.sms import fold_to_gsm7, plain_punctuation, segments


@dataclass(frozen=True)
class Walkthrough:
    """Segments of every reply a language can send (the first reply and every node), summed."""

    locale: str
    replies: int
    plain: int
    folded: int
    worst_plain: int
    worst_folded: int


def walkthrough(catalog: Catalog, locale: str) -> Walkthrough:
    """Count the segments of the first reply and of entering every node, with and without folding."""
    engine = Engine(catalog)
    replies = [engine.preview_greeting(locale)] + [
        engine.preview(flow.id, node, locale)
        for flow in catalog.flows.flows.values() for node in flow.nodes]
    texts = [sms_text(render(reply, catalog.localizer)) for reply in replies]
    plain = [segments(plain_punctuation(text)).count for text in texts]
    folded = [segments(fold_to_gsm7(text)).count for text in texts]
    return Walkthrough(locale, len(texts), sum(plain), sum(folded), max(plain), max(folded))


def table(catalog: Catalog) -> str:
    """A Markdown table of every shipped language."""
    lines = ["| language | replies | segments | folded | folded / plain | longest reply | folded |",
             "|---|---|---|---|---|---|---|"]
    for locale in catalog.localizer.locales:
        w = walkthrough(catalog, locale)
        allowed = "" if catalog.languages.get(locale) and catalog.languages[locale].sms_fold \
            else " (not allowed)"
        lines.append(f"| {locale}{allowed} | {w.replies} | {w.plain} | {w.folded} | "
                     f"{w.folded / w.plain:.2f} | {w.worst_plain} | {w.worst_folded} |")
    return "\n".join(lines)
