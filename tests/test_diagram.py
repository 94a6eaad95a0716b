"""`bot.tools.diagram`: a flow as a Mermaid state diagram, drawn by the transitions library."""

import re

import pytest

from bot.engine.catalog import Catalog
from bot.engine.engine import build_machine
from bot.tools.diagram import ELLIPSIS, LABEL_LENGTH, flows_known, mermaid, short_label

STATE_LINE = re.compile(r'^\s*state "([^"]*)" as (\w+)$')
EDGE_LINE = re.compile(r"^\s*(\w+) --> (\w+): (.+)$")


def state_labels(diagram: str) -> dict[str, str]:
    """Each state's label, by node name."""
    return {match[2]: match[1] for line in diagram.splitlines() if (match := STATE_LINE.match(line))}


def edges(diagram: str) -> set[tuple[str, str]]:
    """Every (source, destination) pair the diagram draws an edge for."""
    return {(match[1], match[2]) for line in diagram.splitlines() if (match := EDGE_LINE.match(line))}


def test_officers_diagram_has_the_library_header_every_node_and_the_intro_options(catalog: Catalog) -> None:
    diagram = mermaid(catalog, "officers", "en")
    lines = diagram.splitlines()
    assert lines[:4] == ["---", "title: officers (en)", "---", "stateDiagram-v2"]
    flow = catalog.flows.flows["officers"]
    assert set(state_labels(diagram)) == set(flow.nodes)
    intro = flow.nodes["intro"]
    assert {option.next for option in intro.options} == {"door", "public"}
    for number, option in enumerate(intro.options, start=1):
        assert f"intro --> {option.next}: {number}" in diagram
    assert "[*] --> intro" in diagram.splitlines()[-1]


def test_edges_are_the_engines_own_transitions(catalog: Catalog) -> None:
    for flow_id, flow in catalog.flows.flows.items():
        machine = build_machine(flow)
        expected = {(source, transition.dest) for event in machine.events.values()
                    for source, found in event.transitions.items() for transition in found}
        assert edges(mermaid(catalog, flow_id, "en")) == expected, flow_id


def test_labels_are_short_safe_text_in_the_chosen_language(catalog: Catalog) -> None:
    english = state_labels(mermaid(catalog, "officers", "en"))
    spanish = state_labels(mermaid(catalog, "officers", "es"))
    assert english.keys() == spanish.keys()
    assert english != spanish
    assert english["door"] == catalog.localizer.format("en", "officers-choice-door")
    assert spanish["door"] == catalog.localizer.format("es", "officers-choice-door")
    for locale in catalog.localizer.locales:
        for flow_id in flows_known(catalog):
            diagram = mermaid(catalog, flow_id, locale)
            for label in state_labels(diagram).values():
                assert 0 < len(label) <= LABEL_LENGTH, (flow_id, locale, label)
            assert diagram.count('"') == 2 * len(state_labels(diagram)), (flow_id, locale)


def test_a_label_is_one_line_without_quotes_or_braces_and_cut_short() -> None:
    assert short_label('Say: "I do not consent";\nstay { calm }') == "Say: 'I do not consent', stay ( calm )"
    long = short_label("word " * 20)
    assert len(long) == LABEL_LENGTH and long.endswith(f"word{ELLIPSIS}")
    assert short_label("\u2068Ana\u2069 ") == "Ana"


def test_an_unknown_flow_names_the_known_ones(catalog: Catalog) -> None:
    with pytest.raises(KeyError) as raised:
        mermaid(catalog, "no_such_flow", "en")
    message = str(raised.value)
    assert "no_such_flow" in message
    for flow_id in flows_known(catalog):
        assert flow_id in message
    assert "officers" in flows_known(catalog)


def test_an_unknown_language_names_the_shipped_ones(catalog: Catalog) -> None:
    with pytest.raises(ValueError, match=r"no language 'xx'; languages: en, .*es"):
        mermaid(catalog, "officers", "xx")


def test_kyr_diagram_prints_the_flow_and_names_the_known_ones(
        capsys: pytest.CaptureFixture[str]) -> None:
    from bot.tools.cli import main

    assert main(["diagram", "officers", "--lang", "es"]) == 0
    printed = capsys.readouterr().out
    assert "stateDiagram-v2" in printed and '"En mi puerta" as door' in printed
    assert main(["diagram", "nope"]) == 2
    assert "no flow 'nope'; flows: " in capsys.readouterr().err
