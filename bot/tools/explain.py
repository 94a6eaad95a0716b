"""Why the bot chose an answer for a free-text message: `kyr why` and `kyr chat --explain`."""

from bot.engine.catalog import Catalog
from bot.engine.conversation import Inbound, State
from bot.engine.engine import Engine
from bot.engine.text import normalize
from bot.engine.understand import THRESHOLDS, Decision

SHOWN = 5  # candidates listed


def explain(catalog: Catalog, engine: Engine, text: str, locale: str | None = None,
            state: State | None = None) -> str:
    """The language, the decision and the top candidates with the words that matched each."""
    if locale is None:  # as a first message: the language the bot would pick
        locale = engine.handle(None, Inbound(text)).reply.locale
    lines = [f"language: {locale}"]
    folded = normalize(text)
    meaning = catalog.keywords.command(locale, folded)
    understanding = catalog.understanding
    matcher = understanding.matchers.get(locale)
    if meaning is not None and meaning.command is not None:
        return "\n".join([*lines, f"decision: the {meaning.command.value.upper()} command "
                          "(commands come before any topic)"])
    if matcher is None:
        return "\n".join([*lines, "decision: no examples in this language"])
    reading = matcher.read(text)
    if not folded.isdigit() and matcher.is_stop(reading):
        return "\n".join([*lines, "decision: opt-out (the stop sentences match it best, and it "
                          "holds mostly their words)"])
    boost: frozenset[int] = frozenset()
    if state is not None and state.locale == locale:
        boost = engine.option_topics(state.flow, state.node)
    match = matcher.match(reading, boost)
    best = match.best
    if match.decision is Decision.ANSWER and best is not None:
        urgent = " (urgent)" if best.urgent else ""
        lines.append(f"decision: answer with {best.key}{urgent}")
    elif match.decision is Decision.OFFER:
        lines.append("decision: did you mean " + ", ".join(c.topic.key for c in match.candidates))
    else:
        lines.append("decision: nothing close enough (the usual hint and options)")
    for candidate, words in matcher.explain(text, boost)[:SHOWN]:
        flag = " urgent" if candidate.topic.urgent else ""
        lines.append(f"  {candidate.topic.key:22s} {candidate.score:6.2f}{flag:7s} {' '.join(words)}")
    limits = THRESHOLDS
    lines.append(f"(answers at {limits.answer:g}+ and {limits.margin:g}x the next; offers at "
                 f"{limits.offer:g}+; an urgent node within {limits.urgent:g}x of the best wins"
                 + ("; options of the current node count " f"{limits.context:g}x" if boost else "")
                 + ")")
    return "\n".join(lines)
