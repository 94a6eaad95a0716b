"""Golden conversations: user turns and the message ids expected back, per flow and locale.

Each tests/transcripts/<flow>/<case>.yaml has a rendered snapshot beside it (<case>.txt),
showing exactly what the channel displays. After a deliberate wording change, regenerate the
snapshots with `pytest tests/test_transcripts.py --update-snapshots` and review the diff.
"""

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.engine.catalog import Catalog
from bot.engine.conversation import Inbound, State
from bot.engine.engine import Engine
from bot.tools.chat import Simulator

TRANSCRIPTS = Path(__file__).parent / "transcripts"
CASES = sorted(TRANSCRIPTS.glob("*/*.yaml"))


@dataclass
class Replay:
    """What replaying a transcript produced."""

    rendered: str
    visited: set[tuple[str, str]]  # (flow, locale)


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def replay(case: Path, catalog: Catalog, engine: Engine) -> Replay:
    """Run every turn through the engine, asserting ids, and render the channel's view."""
    data = _load(case)
    channel = data.get("channel", "sms")
    clock = iter(range(1, len(data["turns"]) + 1))
    simulator = Simulator(catalog, channel, data.get("start_locale"), clock=lambda: float(next(clock)))
    state: State | None = None
    visited: set[tuple[str, str]] = set()
    lines = [f"# {case.parent.name}/{case.stem} ({channel})"]
    for number, turn in enumerate(data["turns"], start=1):
        result = engine.handle(state, Inbound(
            str(turn["send"]), channel=channel, received_at=float(number),
            locale=data.get("start_locale") if state is None else None))
        said = [say.id for say in result.reply.messages]
        options = [choice.label.id for choice in result.reply.choices]
        where = f"{case.name}, turn {number} ({turn['send']!r})"
        assert said == turn.get("say", []), f"{where}: said"
        assert options == turn.get("options", []), f"{where}: options"
        if "locale" in turn:
            assert result.reply.locale == turn["locale"], f"{where}: locale"
        state = result.state
        if state is not None:
            visited.add((state.flow, state.locale))
        lines += [f"> {turn['send']}", simulator.send(str(turn["send"])), ""]
        assert simulator.state == state, f"{where}: simulator and engine disagree"
    return Replay("\n".join(lines), visited)


@pytest.mark.parametrize("case", CASES, ids=[f"{c.parent.name}/{c.stem}" for c in CASES])
def test_transcript(case: Path, catalog: Catalog, engine: Engine,
                    request: pytest.FixtureRequest) -> None:
    result = replay(case, catalog, engine)
    snapshot = case.with_suffix(".txt")
    if request.config.getoption("--update-snapshots"):
        snapshot.write_text(result.rendered, encoding="utf-8")
    assert snapshot.exists(), f"no snapshot for {case.name}; run pytest --update-snapshots"
    assert result.rendered == snapshot.read_text(encoding="utf-8")


def test_every_flow_has_transcripts_in_every_locale(catalog: Catalog, engine: Engine) -> None:
    visited: set[tuple[str, str]] = set()
    for case in CASES:
        visited |= replay(case, catalog, engine).visited
    wanted = {(flow, locale) for flow in catalog.flows.flows for locale in catalog.localizer.locales}
    assert wanted - visited == set()
