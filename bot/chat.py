"""`kyr chat`: a terminal simulator that shows exactly what a channel would show."""

import sys
import time
from collections.abc import Callable
from typing import TextIO

from bot.catalog import Catalog
from bot.conversation import Inbound, State
from bot.engine import Engine
from bot.explain import explain
from bot.render import render, sms_text, telegram_buttons, telegram_text
from bot.sms import fold_to_gsm7, plain_punctuation, segments

CHANNELS = ("sms", "telegram")
# Turns where free text decided (or failed to decide) the reply: `--explain` says why.
FREE_TEXT_EVENTS = frozenset({"routed", "offer", "unknown", "stuck", "greet", "language-menu", "stop"})


def show_sms(text: str) -> str:
    """An SMS reply with its segment count, as an organizer needs to see it."""
    if not text:
        return "(no reply: after STOP the carrier sends the confirmation itself)"
    count = segments(text)
    plural = "" if count.count == 1 else "s"
    return f"{text}\n[SMS: {count.count} segment{plural}, {count.encoding}, {len(text)} characters]"


def show_telegram(text: str, buttons: list[str]) -> str:
    """A Telegram reply: its text, then one keyboard button per line."""
    if not text and not buttons:
        return "(no reply)"
    rows = "\n".join(f"  [ {label} ]" for label in buttons)
    return "\n".join(part for part in (text, rows) if part)


class Simulator:
    """Holds one simulated person's state between lines, as a channel's store would."""

    def __init__(self, catalog: Catalog, channel: str, locale: str | None = None,
                 clock: Callable[[], float] = time.time, fold: bool = True,
                 explain: bool = False) -> None:
        self.engine = Engine(catalog, sms_fold=fold)
        self.explain = explain
        self.clock = clock
        self.fold_locales = catalog.fold_locales() if fold else frozenset()
        self.catalog = catalog
        self.channel = channel
        self.locale = locale
        self.state: State | None = None

    def send(self, text: str) -> str:
        """Pass one line to the engine and return what the channel would display (with
        `explain`, then why free text led there)."""
        before = self.state
        turn = self.engine.handle(self.state, Inbound(
            text, channel=self.channel, received_at=self.clock(),
            locale=self.locale if self.state is None else None))
        self.state = turn.state
        rendered = render(turn.reply, self.catalog.localizer, buttons=self.channel == "telegram")
        if self.channel == "sms":
            shown = sms_text(rendered)
            fold = turn.reply.locale in self.fold_locales
            shown = show_sms(fold_to_gsm7(shown) if fold else plain_punctuation(shown))
        else:
            shown = show_telegram(telegram_text(rendered), telegram_buttons(rendered))
        if self.explain and turn.event in FREE_TEXT_EVENTS:
            why = explain(self.catalog, self.engine, text, turn.reply.locale, before)
            shown += "\n" + "\n".join(f"  why: {line}" for line in why.splitlines())
        return shown


def run(catalog: Catalog, channel: str, locale: str | None, stdin: TextIO = sys.stdin,
        stdout: TextIO = sys.stdout, fold: bool = True, explain: bool = False) -> int:
    """Read one message per line until end of input; interactive when stdin is a terminal."""
    simulator = Simulator(catalog, channel, locale, fold=fold, explain=explain)
    interactive = stdin.isatty()
    if interactive:
        stdout.write(f"Simulating {channel}. Type a message; Ctrl-D to quit.\n")
    while True:
        if interactive:
            stdout.write("you> ")
            stdout.flush()
        line = stdin.readline()
        if not line:
            return 0
        message = line.rstrip("\r\n")
        if not interactive:
            stdout.write(f"> {message}\n")
        stdout.write(simulator.send(message) + "\n\n")
        stdout.flush()
