"""`kyr chat`: a terminal simulator that shows exactly what a channel would show."""

import os
import sys
import time
from collections.abc import Callable
from typing import TextIO

from bot.engine.catalog import Catalog
from bot.engine.conversation import Inbound, Reply, State
from bot.engine.engine import Engine
from bot.engine.render import EXAMPLE_BASE, card_address, card_texts, telegram_messages
from bot.engine.sms import SmsOut, segments
from bot.tools.explain import explain

CHANNELS = ("sms", "telegram")


def public_url() -> str:
    """The deployment's PUBLIC_URL for `kyr chat` to show, or the example address."""
    return os.environ.get("PUBLIC_URL", "").strip().rstrip("/") or EXAMPLE_BASE


def card_bodies(catalog: Catalog, out: SmsOut, reply: Reply, base: str = EXAMPLE_BASE
                ) -> tuple[str, ...]:
    """What plain SMS adds for the rights card (no picture): its officers' side and its address."""
    if not reply.card:
        return ()
    texts = card_texts(catalog.flows.card, catalog.localizer, reply.locale,
                       card_address(base, reply.locale))
    return tuple(out.finish(reply.locale, text) for text in texts)


def card_note(catalog: Catalog, reply: Reply, base: str = EXAMPLE_BASE) -> str:
    """Where a channel sends the card as a picture: a line saying so."""
    if not reply.card or reply.locale not in catalog.cards:
        return ""
    return (f"[photo: the rights card in {reply.locale}, {card_address(base, reply.locale)}; "
            f"print it with: kyr card --lang {reply.locale} --out card.pdf]")


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
                 explain: bool = False, base_url: str = EXAMPLE_BASE) -> None:
        self.engine = Engine(catalog, sms_fold=fold)
        self.base_url = base_url  # where the card's picture is shown to be
        self._whatsapp = self.engine.sms.unfolded()
        self.explain = explain
        self.clock = clock
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
        if self.channel == "sms":  # exactly the bodies the SMS channel sends (no MMS)
            bodies = (*self.engine.sms.bodies(turn.reply),
                      *card_bodies(self.catalog, self.engine.sms, turn.reply, self.base_url))
            shown = show_sms("\n\n".join(bodies))
        elif self.channel == "whatsapp":  # Twilio's WhatsApp: the numbered menu, never folded
            note = card_note(self.catalog, turn.reply, self.base_url)
            said = [*self._whatsapp.bodies(turn.reply), *([note] if note else [])]
            shown = "\n\n".join(said) or "(no reply)"
        else:
            texts, buttons = telegram_messages(turn.reply, self.catalog.localizer)
            note = card_note(self.catalog, turn.reply, self.base_url)
            shown = show_telegram("\n\n".join([note, *texts] if note else texts), buttons)
        if self.explain and turn.event.free_text:
            why = explain(self.catalog, self.engine, text, self.locale, before)
            shown += "\n" + "\n".join(f"  why: {line}" for line in why.splitlines())
        return shown


def run(catalog: Catalog, channel: str, locale: str | None, stdin: TextIO = sys.stdin,
        stdout: TextIO = sys.stdout, fold: bool = True, explain: bool = False,
        sent: list[str] | None = None) -> int:
    """Read one message per line until end of input; interactive when stdin is a terminal.
    Every message is appended to `sent` when given (kyr chat --record)."""
    simulator = Simulator(catalog, channel, locale, fold=fold, explain=explain,
                          base_url=public_url())
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
        if sent is not None:
            sent.append(message)
        if not interactive:
            stdout.write(f"> {message}\n")
        stdout.write(simulator.send(message) + "\n\n")
        stdout.flush()
