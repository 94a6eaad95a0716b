"""Why the bot chose an answer for a message: `kyr why` and `kyr chat --explain`.

It prints the decision the engine itself takes (bot.engine.routing), never a second guess of
it: the same reading, the same thresholds, the same order of rules.
"""

from bot.engine.catalog import Catalog
from bot.engine.conversation import Inbound, State
from bot.engine.engine import Engine
from bot.engine.routing import Route, Way
from bot.engine.safety import Crisis
from bot.engine.understand import THRESHOLDS, Decision, Match

SHOWN = 5  # candidates listed
CRISIS_WORDS = {Crisis.EMERGENCY: "a medical emergency: 911 first",
                Crisis.DESPAIR: "despair: 988 first"}


def explain(catalog: Catalog, engine: Engine, text: str, chosen: str | None = None,
            state: State | None = None) -> str:
    """The language, the decision and the top candidates with the words that matched each.
    `state` is the conversation before the message (None: a first message, in the language
    `chosen` before the chat, if any)."""
    route = engine.read(state, Inbound(text, locale=chosen if state is None else None))
    lines = [f"language: {route.locale}", f"decision: {_decision(catalog, route, state is None)}"]
    if route.way not in (Way.TOPIC, Way.NOTHING, Way.CRISIS, Way.PLACE) or text.strip().isdigit():
        return "\n".join(lines)
    matcher = catalog.understanding.matchers.get(route.locale)
    if matcher is None:
        return "\n".join([*lines, "  (no example messages in this language)"])
    boost: frozenset[int] = frozenset()
    if state is not None:
        boost = engine.option_topics(state.flow, state.node)
    for candidate, words in matcher.explain(text, boost)[:SHOWN]:
        flag = " urgent" if candidate.topic.urgent else ""
        lines.append(f"  {candidate.topic.key:22s} {candidate.score:6.2f}{flag:7s} {' '.join(words)}")
    limits = THRESHOLDS
    lines.append(f"(answers at {limits.answer:g}+ and {limits.margin:g}x the next; offers at "
                 f"{limits.offer:g}+; an urgent node at {limits.urgent_answer:g}+ within "
                 f"{limits.urgent:g}x of the best wins"
                 + ("; options of the current node count " f"{limits.context:g}x" if boost else "")
                 + ")")
    return "\n".join(lines)


def _decision(catalog: Catalog, route: Route, first: bool) -> str:
    """What the bot does with the message, in words."""
    way = route.way
    if way is Way.COMMAND and route.meaning is not None and route.meaning.command is not None:
        return (f"the {route.meaning.command.value.upper()} command "
                "(commands come before anything else)")
    if way is Way.OPT_OUT and route.opt_out is not None:
        written = f" in {route.opt_out.locale}" if route.opt_out.locale else ""
        if route.opt_out.sentence:
            return (f"opt-out: a sentence asking to stop{written} (the stop sentences match it "
                    "best, and it holds mostly their words)")
        return f"opt-out: a stop word{written}, sent alone"
    if way is Way.CRISIS and route.sign is not None:
        also = _topic(route.match)
        return (f"crisis, {CRISIS_WORDS[route.sign.crisis]} (a sign in {route.sign.locale}; "
                f"before every topic)" + (f", then {also} offered" if also else ""))
    if way is Way.GREETING:
        return "a greeting: the welcome"
    if way is Way.PICK and route.target is not None:
        return f"picks {'/'.join(route.target)}, which \"did you mean\" offered"
    if way is Way.OPTION and route.option is not None:
        return f"option {route.option + 1} of this node"
    if way is Way.INPUT:
        return f"the place this node asks for: {route.region}"
    if way is Way.PLACE and route.located is not None:
        if route.located.state is not None:
            return f"a place no topic claims: help near {route.located.state}"
        return (f"a city in several states ({', '.join(route.located.states)}): ask which")
    if way is Way.TOPIC:
        match = route.match
        best = match.best
        if match.decision is Decision.ANSWER and best is not None:
            return f"answer with {best.key}" + (" (urgent)" if best.urgent else "")
        return "did you mean " + ", ".join(c.topic.key for c in match.candidates)
    if first:
        return ("nothing close enough: the welcome" if route.known
                else "nothing suggests a language or a topic: the language menu")
    return "nothing close enough (the usual hint and options)"


def _topic(match: Match) -> str:
    """The topic a crisis message was also about, if any."""
    best = match.best
    return best.key if best is not None and match.decision is not Decision.NONE else ""
