"""Whole conversation turns per second: this engine beside two peers, measured in one run.

Usage: python -m tests.benchmarks.turns [--seconds 1.0] [--rounds 5]

A turn is one inbound message to rendered SMS text: keyword matching, the state step and Fluent
formatting. The peers run the same scripted conversations over the same Fluent files:
- ptb: a python-telegram-bot ConversationHandler fed Update objects in-process (Application
  initialised against an in-process fake Bot API: no network), formatting with FluentLocalization,
  as a Python developer would write the bot without this project;
- machine-per-message: this engine, except that it builds a transitions Machine (library
  defaults) for every message, the pattern the engine's design avoids.
Rounds alternate between the contenders and the best round of each is kept, because the
machines
this runs on are noisy; ratios are printed against the engine measured in the same run.
"""

import argparse
import asyncio
import json
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fluent.runtime import FluentLocalization, FluentResourceLoader
from telegram import Update
from telegram.ext import Application, ContextTypes, ConversationHandler, MessageHandler, filters
from telegram.request import BaseRequest, RequestData
from transitions import Machine

from bot.content.flows import Flow, Node
from bot.engine.catalog import Catalog, build_catalog
from bot.engine.conversation import Inbound, State, Turn
from bot.engine.engine import INPUT_EVENT, LANGUAGE_EVENT, OPTION_EVENT, Engine
from bot.engine.render import render, sms_text
from bot.release.load import load_catalog

REPO = Path(__file__).resolve().parents[2]
# Each conversation starts from nothing and walks a rights flow to its end, in both languages.
SCRIPTS = (
    ("hola", "1", "1", "1", "1", "1"),
    ("hello", "1", "2", "1", "1"),
    ("hi", "1", "1", "2", "1", "1"),
    ("hola", "1", "2", "1", "menu"),
)


# ---- contender 1: this engine ------------------------------------------------------------------

Scripts = tuple[tuple[str, ...], ...]


def engine_runner(catalog: Catalog, engine: Engine, scripts: Scripts) -> Callable[[], int]:
    """Run every script once through engine + renderer; return the number of turns."""
    inbound = [[Inbound(text, received_at=1.0) for text in script] for script in scripts]

    def run() -> int:
        turns = 0
        for script in inbound:
            state: State | None = None
            for message in script:
                turn = engine.handle(state, message)
                sms_text(render(turn.reply, catalog.localizer))
                state = turn.state
                turns += 1
        return turns
    return run


# ---- contender 2: the engine with a Machine built per message -----------------------------------

def _naive_machine(flow: Flow, node: str) -> tuple[Machine, Any]:
    """What a first attempt does: a Machine with the library's defaults, per message."""
    model = type("Conversation", (), {})()
    transitions = []
    for source in flow.nodes.values():
        for index, option in enumerate(source.options):
            if option.next is not None:
                transitions.append([OPTION_EVENT.format(index), source.name, option.next])
        if source.input is not None:
            transitions.append([INPUT_EVENT, source.name, source.input.next])
        if source.language_menu and source.next is not None:
            transitions.append([LANGUAGE_EVENT, source.name, source.next])
    machine = Machine(model=model, states=list(flow.nodes), transitions=transitions, initial=node)
    return machine, model


class MachinePerMessage(Engine):
    """The same engine, but every message builds its flow's Machine before anything else."""

    def handle(self, state: State | None, inbound: Inbound) -> Turn:
        flow = self._flows.get(state.flow) if state else self._entry
        flow = flow or self._entry
        node = state.node if state and state.node in flow.nodes else flow.start
        self._fresh = _naive_machine(flow, node)
        return super().handle(state, inbound)

    def _step(self, flow: str, node: str, event: str) -> str:
        machine, model = self._fresh
        machine.set_state(node, model)
        getattr(model, event)()
        return str(model.state)


# ---- contender 3: python-telegram-bot's ConversationHandler ------------------------------------

class NoNetwork(BaseRequest):
    """An in-process Bot API that answers getMe, so Application.initialize needs no network."""

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    @property
    def read_timeout(self) -> float:
        return 1.0

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         read_timeout: Any = None, write_timeout: Any = None,
                         connect_timeout: Any = None, pool_timeout: Any = None) -> tuple[int, bytes]:
        if url.endswith("/getMe"):
            me = {"id": 1, "is_bot": True, "first_name": "Bench", "username": "bench_bot"}
            return 200, json.dumps({"ok": True, "result": me}).encode()
        raise AssertionError(f"the benchmark must not reach the network: {url}")


class PtbBot:
    """The rights flows written the usual way: one ConversationHandler state per node."""

    def __init__(self, catalog: Catalog, root: Path, scripts: Scripts) -> None:
        self.flows = catalog.flows
        self.scripts = scripts
        files = sorted({p.name for p in (root / "locales/en").glob("*.ftl")})
        loader = FluentResourceLoader(str(root / "locales") + "/{locale}")
        self.l10n = {code: FluentLocalization([code, "en"], files, loader)
                     for code in catalog.localizer.locales}
        for l10n in self.l10n.values():  # warm: the first load is not thread-safe
            l10n.format_value("main-welcome")
        self.sink: list[str] = []
        entry = self.flows.entry
        self.home = f"{entry.id}/{entry.start}"
        self.app = (Application.builder().token("123456:BENCH").updater(None)
                    .request(NoNetwork()).get_updates_request(NoNetwork()).build())
        states: dict[object, list[Any]] = {
                  f"{flow.id}/{name}": [MessageHandler(filters.TEXT, self._at(flow, node))]
                  for flow in self.flows.flows.values() for name, node in flow.nodes.items()}
        menu_words = filters.Regex(r"(?i)^\s*(0|menu|menú|main menu|inicio)\s*$")
        self.app.add_handler(ConversationHandler(
            entry_points=[MessageHandler(filters.TEXT, self._greet)], states=states,
            fallbacks=[MessageHandler(menu_words, self._menu)], name="rights"))

    def _say(self, locale: str, key: str, prefix: tuple[str, ...] = ()) -> None:
        """Format a node's messages and numbered options, as the SMS reply would read."""
        flow_id, name = key.split("/")
        node = self.flows.flows[flow_id].nodes[name]
        l10n = self.l10n[locale]
        lines = [l10n.format_value(message) for message in prefix]
        lines += [l10n.format_value(ref.id) for ref in node.say]
        lines += [f"{i}) {l10n.format_value(o.label)}" for i, o in enumerate(node.options, 1)]
        self.sink.append("\n".join(lines))

    async def _greet(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
        text = (update.message.text if update.message else "") or ""
        locale = "es" if text.strip().lower() in ("hola", "buenas", "buenos dias") else "en"
        context.chat_data["locale"] = locale  # type: ignore[index]
        self._say(locale, self.home, ("main-welcome",))
        return self.home

    async def _menu(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
        self._say(context.chat_data["locale"], self.home)  # type: ignore[index]
        return self.home

    def _at(self, flow: Flow, node: Node) -> Callable[..., Any]:
        """The handler for one state: pick an option by number or label, or repeat."""
        labels = {code: {l10n.format_value(o.label).lower(): i for i, o in enumerate(node.options)}
                  for code, l10n in self.l10n.items()}

        async def handler(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
            locale = context.chat_data["locale"]  # type: ignore[index]
            text = ((update.message.text if update.message else "") or "").strip().lower()
            index = int(text) - 1 if text.isdigit() else labels[locale].get(text, -1)
            if not 0 <= index < len(node.options):
                self._say(locale, f"{flow.id}/{node.name}", ("shared-unknown",))
                return f"{flow.id}/{node.name}"
            option = node.options[index]
            target_flow = self.flows.flows[option.flow] if option.flow else flow
            target = f"{target_flow.id}/{option.next or target_flow.start}"
            self._say(locale, target)
            ended = self.flows.flows[target_flow.id].nodes[target.split("/")[1]].end
            return self.home if ended else target
        return handler

    def updates(self) -> list[Update]:
        """The scripts as Telegram updates, one chat per conversation."""
        updates, update_id = [], 0
        for chat, script in enumerate(self.scripts * 50, start=1):
            for text in script:
                update_id += 1
                updates.append(Update.de_json({"update_id": update_id, "message": {
                    "message_id": update_id, "date": 0, "text": text,
                    "chat": {"id": chat, "type": "private"},
                    "from": {"id": chat, "is_bot": False, "first_name": "P"}}}, self.app.bot))
        return updates


def ptb_runner(bot: PtbBot, loop: asyncio.AbstractEventLoop) -> Callable[[], int]:
    """Feed every update through Application.process_update; return the number of turns."""
    loop.run_until_complete(bot.app.initialize())
    updates = bot.updates()  # built once, outside the timing, as the engine's inbound messages are

    def run() -> int:
        for handler in bot.app.handlers[0]:
            if isinstance(handler, ConversationHandler):
                handler._conversations.clear()  # each round starts with new conversations

        async def feed() -> None:
            for update in updates:
                await bot.app.process_update(update)
        started = len(bot.sink)
        loop.run_until_complete(feed())
        assert len(bot.sink) - started == len(updates), "every update must produce a reply"
        return len(updates)
    return run


# ---- a larger flow, to show how the Machine-per-message cost grows -----------------------------

def write_chain_flow(root: Path, nodes: int) -> Scripts:
    """Content with one flow of `nodes` nodes (two options each) behind the shipped main menu."""
    for folder in ("flows", "locales"):
        shutil.copytree(REPO / folder, root / folder)
    lines = ["spec_version: 1", "flow: chain", "start: n0", "nodes:"]
    for index in range(nodes):
        lines += [f"  n{index}:", f"    say: [chain-node-{index}]"]
        if index == nodes - 1:
            lines.append("    end: true")
            continue
        lines += ["    options:", f"      - {{label: chain-next, next: n{index + 1}}}",
                  "      - {label: chain-restart, next: n0}"]
    (root / "flows/chain.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    main = root / "flows/main.yaml"
    main.write_text(main.read_text(encoding="utf-8").replace(
        "    options:\n", "    options:\n      - label: chain-next\n        flow: chain\n", 1),
        encoding="utf-8")
    messages = ["chain-next = Next", "chain-restart = Start again"]
    messages += [f"chain-node-{index} = Step {index} of the chain." for index in range(nodes)]
    for locale in ("en", "es"):
        (root / f"locales/{locale}/chain.ftl").write_text("\n".join(messages) + "\n")
    walk = ("1",) * nodes
    return (("hello", *walk), ("hola", *walk))


# ---- measuring -------------------------------------------------------------------------------

def turns_per_second(run: Callable[[], int], seconds: float) -> float:
    """Repeat `run` for about `seconds`; turns per second."""
    turns, started = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - started) < seconds:
        turns += run()
    return turns / elapsed


def event_seconds(catalog: Catalog, count: int = 50_000) -> float:
    """What firing one event on a flow's shared machine costs by itself, per call."""
    from bot.engine.engine import OPTION_EVENT, _Cursor, build_machine

    flow = next(f for f in catalog.flows.flows.values() if not f.entry)
    node = next(n for n in flow.nodes.values() if n.options and n.options[0].next)
    event = build_machine(flow).events[OPTION_EVENT.format(0)]
    started = time.perf_counter()
    for _ in range(count):
        event.trigger(_Cursor(node.name))
    return (time.perf_counter() - started) / count


def measure(title: str, root: Path, scripts: Scripts, seconds: float, rounds: int) -> None:
    """Measure the three contenders on one content root in alternating rounds; print a table."""
    catalog = build_catalog(root) if root != REPO else load_catalog(REPO)
    loop = asyncio.new_event_loop()
    contenders = {
        "engine": engine_runner(catalog, Engine(catalog), scripts),
        "ptb ConversationHandler": ptb_runner(PtbBot(catalog, root, scripts), loop),
        "machine per message": engine_runner(catalog, MachinePerMessage(catalog), scripts),
    }
    best = dict.fromkeys(contenders, 0.0)
    for _ in range(rounds):
        for name, run in contenders.items():
            best[name] = max(best[name], turns_per_second(run, seconds))
    loop.close()
    baseline = best["engine"]
    event = event_seconds(catalog)
    print(f"\n{title}")
    print(f"{'contender':<26}{'turns/s':>12}{'µs/turn':>10}{'engine speed':>14}")
    for name, rate in best.items():
        ratio = "" if name == "engine" else f"{baseline / rate:.2f}x"
        print(f"{name:<26}{rate:>12,.0f}{1e6 / rate:>10.1f}{ratio:>14}")
    print(f"(firing one transitions event alone: {event * 1e6:.1f} µs, "
          f"{event * baseline:.2f} of the engine's turn)")


def main() -> None:
    """Measure on the shipped flows, then on a larger generated flow."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--seconds", type=float, default=1.0, help="per contender per round")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--chain", type=int, default=30, help="nodes in the generated flow")
    args = parser.parse_args()
    measure("shipped flows (main 2 nodes, officers 7 nodes)", REPO, SCRIPTS, args.seconds,
            args.rounds)
    with tempfile.TemporaryDirectory() as folder:
        scripts = write_chain_flow(Path(folder), args.chain)
        measure(f"a generated flow of {args.chain} nodes, 2 options each", Path(folder), scripts,
                args.seconds, args.rounds)


if __name__ == "__main__":
    main()
