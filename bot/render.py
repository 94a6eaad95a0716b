"""Turning a structured reply into what a channel shows: text with a numbered menu, or buttons."""

from dataclasses import dataclass

from bot.conversation import Reply, Say
from bot.localization import Localizer


@dataclass(frozen=True)
class Rendered:
    """A reply as text plus the options, each as (key, label)."""

    paragraphs: tuple[str, ...]
    options: tuple[tuple[str, str], ...]


def _text(say: Say, reply: Reply, localizer: Localizer) -> str:
    """One message in the reply's locale (or its own, for a language named in itself)."""
    return localizer.format(say.locale or reply.locale, say.id, say.args)


def render(reply: Reply, localizer: Localizer) -> Rendered:
    """Format every message and option label of a reply."""
    paragraphs = tuple(_text(say, reply, localizer) for say in reply.messages)
    options = tuple((choice.key, _text(choice.label, reply, localizer)) for choice in reply.choices)
    return Rendered(paragraphs, options)


def sms_text(rendered: Rendered) -> str:
    """Text for SMS: paragraphs, then one numbered line per option."""
    menu = "\n".join(f"{key}) {label}" for key, label in rendered.options)
    return "\n\n".join(part for part in (*rendered.paragraphs, menu) if part)


def telegram_text(rendered: Rendered) -> str:
    """Text for Telegram: paragraphs only; options travel as reply-keyboard buttons."""
    return "\n\n".join(rendered.paragraphs)


def telegram_buttons(rendered: Rendered) -> list[str]:
    """Button labels; pressing one sends the label, which the engine accepts as a keyword."""
    return [label for _key, label in rendered.options]
