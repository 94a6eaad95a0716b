"""`kyr segments`: what a full walkthrough costs in SMS segments per language, folded or not."""

from dataclasses import dataclass

from bot.engine.catalog import Catalog
from bot.engine.conversation import Reply
from bot.engine.engine import Engine


@dataclass(frozen=True)
class Walkthrough:
    """The SMS replies of a full walkthrough in one language (the first reply, then every page
    of every node) and the segments they cost."""

    replies: int
    segments: int
    longest: int


def walkthrough(engine: Engine, locale: str) -> Walkthrough:
    """Count the replies and segments of the first reply and of every page of every node."""
    catalog = engine.catalog
    replies: list[Reply] = [engine.preview_greeting(locale)]
    for flow in catalog.flows.flows.values():
        for node in flow.nodes:
            replies += engine.sms_pages(flow.id, node, locale, notice=False)
    counts = [engine.sms.measure(reply)[0].count for reply in replies]
    return Walkthrough(len(replies), sum(counts), max(counts))


def table(catalog: Catalog) -> str:
    """A Markdown table of every shipped language: without folding, then folded where allowed."""
    plain_engine, folded_engine = Engine(catalog, sms_fold=False), Engine(catalog, sms_fold=True)
    lines = ["| language | fold allowed | replies | segments | replies folded | segments folded "
             "| folded / plain | longest reply (segments) |",
             "|---|---|---|---|---|---|---|---|"]
    for locale in catalog.localizer.locales:
        plain, folded = walkthrough(plain_engine, locale), walkthrough(folded_engine, locale)
        allowed = "yes" if locale in catalog.fold_locales() else "no"
        lines.append(f"| {locale} | {allowed} | {plain.replies} | {plain.segments} | "
                     f"{folded.replies} | {folded.segments} | "
                     f"{folded.segments / plain.segments:.2f} | {folded.longest} |")
    return "\n".join(lines)
