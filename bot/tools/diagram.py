"""A flow as a Mermaid state diagram, for organizers: drawn by the `transitions` library from the
same machine the engine runs, each step labelled in the chosen language."""

import re

from transitions import State
from transitions.extensions.diagrams import GraphMachine

from bot.content.flows import Flow, Node
from bot.engine.catalog import Catalog
from bot.engine.engine import INPUT_EVENT, LANGUAGE_EVENT, OPTION_EVENT, build_machine

LABEL_LENGTH = 40  # characters of a step's label; a diagram is for finding your way, not reading
ELLIPSIS = "…"
_OPTION_TRIGGER = re.compile(OPTION_EVENT.format(r"(\d+)") + "$")
# Text Mermaid would read as syntax: a quote ends a state's label, `#…;` is an entity code, and
# a brace opens or closes a composite state. (A colon would end an edge's label: edges are
# labelled with numbers and the engine's names only.)
_UNSAFE = str.maketrans({'"': "'", ";": ",", "{": "(", "}": ")",
                         "\u2068": None, "\u2069": None})  # Fluent's bidi isolation marks
_SPACES = re.compile(r"\s+")


class _Step(State):
    """A state with a label: GraphMachine's markup reads a state's `label` attribute and the
    Mermaid graph writes it as `state "label" as name`."""

    def __init__(self, name: str, label: str) -> None:
        super().__init__(name)
        self.label = label


class _Sheet:
    """The model the diagram is drawn for: the library binds `get_graph` to a model."""


def flows_known(catalog: Catalog) -> list[str]:
    """Every flow id of the catalog, sorted, for a "no such flow" message."""
    return sorted(catalog.flows.flows)


def mermaid(catalog: Catalog, flow_id: str, locale: str) -> str:
    """The flow as Mermaid `stateDiagram-v2` text: one state per node, labelled with the label of
    the option that leads to it (else its first message) in `locale`, and one edge per transition
    of the engine's machine for the flow. Raises KeyError for an unknown flow and ValueError for a
    language the catalog does not ship; both messages list what is known."""
    flow = catalog.flows.flows.get(flow_id)
    if flow is None:
        raise KeyError(f"no flow {flow_id!r}; flows: {', '.join(flows_known(catalog))}")
    if locale not in catalog.localizer.locales:
        raise ValueError(f"no language {locale!r}; languages: {', '.join(catalog.localizer.locales)}")
    engine_machine = build_machine(flow)  # the engine's own machine: the diagram cannot drift from it
    labels = _state_labels(catalog, flow, locale)
    states = [_Step(name, labels[name]) for name in engine_machine.states]
    transitions = [
        {"trigger": trigger, "source": source, "dest": transition.dest,
         "label": _edge_label(flow.nodes[source], trigger)}
        for trigger, event in engine_machine.events.items()
        for source, found in event.transitions.items()
        for transition in found
    ]
    machine = GraphMachine(model=_Sheet(), states=states, transitions=transitions, initial=flow.start,
                           auto_transitions=False, graph_engine="mermaid",
                           # The library writes the title bare between `---` lines, as front
                           # matter: written as `title: ...`, Mermaid shows it above the diagram.
                           title=f"title: {_safe(flow_id)} ({_safe(locale)})")
    source = machine.get_combined_graph().draw(None)
    if source is None:  # draw(None) returns the text; only a file name makes it write instead
        raise RuntimeError("the diagram library returned no text")
    return source


def _state_labels(catalog: Catalog, flow: Flow, locale: str) -> dict[str, str]:
    """Each node's label: the first option of the flow that leads to it, or for a node no option
    of the flow leads to (the start) an option of another flow that opens this one; else the
    node's first message; else its name."""
    localizer = catalog.localizer
    texts: dict[str, str] = {}
    for node in flow.nodes.values():
        for option in node.options:
            if option.next is not None and option.next not in texts:
                texts[option.next] = localizer.format(locale, option.label)
    if flow.start not in texts:
        opening = next((option.label for other in catalog.flows.flows.values()
                        for node in other.nodes.values() for option in node.options
                        if option.flow == flow.id), None)
        if opening is not None:
            texts[flow.start] = localizer.format(locale, opening)
    for name, node in flow.nodes.items():
        if name not in texts and node.say:
            first = node.say[0]
            texts[name] = localizer.format(locale, first.id, dict(first.args) or None)
    return {name: short_label(texts.get(name, name)) or name for name in flow.nodes}


def _edge_label(node: Node, trigger: str) -> str:
    """What moves a person along an edge: the number of an option, as the engine numbers them,
    the kind of text a node accepts, or a language chosen from the language menu."""
    option = _OPTION_TRIGGER.match(trigger)
    if option is not None:
        return str(int(option.group(1)) + 1)
    if trigger == INPUT_EVENT and node.input is not None:
        return _safe(f"text ({node.input.kind})")
    if trigger == LANGUAGE_EVENT:
        return "a language"
    return _safe(trigger)


def _safe(text: str) -> str:
    """Plain text on one line, without the characters Mermaid would read as syntax."""
    return _SPACES.sub(" ", text.translate(_UNSAFE)).strip()


def short_label(text: str) -> str:
    """Safe text cut to LABEL_LENGTH characters, marked with an ellipsis where it was cut."""
    text = _safe(text)
    if len(text) <= LABEL_LENGTH:
        return text
    return text[:LABEL_LENGTH - 1].rstrip() + ELLIPSIS
