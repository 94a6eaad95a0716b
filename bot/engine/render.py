"""Turning a structured reply into what a channel shows: text with a numbered menu, or buttons."""

from dataclasses import dataclass

from bot.content.cards import OFFICERS_LOCALE, Card
from bot.content.localization import Localizer
from bot.engine.conversation import Reply
from bot.engine.text import split_message


@dataclass(frozen=True)
class Rendered:
    """A reply as text plus the options, each as (key, label)."""

    paragraphs: tuple[str, ...]
    options: tuple[tuple[str, str], ...]


BUTTONS = "buttons"  # the attribute a message says instead where its options are buttons


def render(reply: Reply, localizer: Localizer, buttons: bool = False) -> Rendered:
    """Format every message and option label; a label may carry its own locale (a language's
    name in itself). With `buttons` (Telegram), a message's `.buttons` wording is used where it
    has one, so that nobody is asked to send a number above a keyboard."""
    locale, text = reply.locale, localizer.format
    if buttons and reply.choices:
        paragraphs = tuple([localizer.format_variant(say.locale or locale, say.id, BUTTONS, say.args)
                            for say in reply.messages])
    else:
        paragraphs = tuple([text(say.locale or locale, say.id, say.args) for say in reply.messages])
    options = tuple([(choice.key, text(choice.label.locale or locale, choice.label.id, choice.label.args))
                     for choice in reply.choices])
    return Rendered(paragraphs, options)


def sms_text(rendered: Rendered) -> str:
    """Text for SMS: paragraphs, then one numbered line per option."""
    menu = "\n".join([f"{key}) {label}" for key, label in rendered.options])
    return "\n\n".join(part for part in (*rendered.paragraphs, menu) if part)


def telegram_text(rendered: Rendered) -> str:
    """Text for Telegram: paragraphs only; options travel as reply-keyboard buttons."""
    return "\n\n".join(rendered.paragraphs)


def telegram_buttons(rendered: Rendered) -> list[str]:
    """Button labels; pressing one sends the label, which the engine accepts as a keyword."""
    return [label for _key, label in rendered.options]


TELEGRAM_MAX_TEXT = 4096  # https://core.telegram.org/bots/api#sendmessage


def telegram_messages(reply: Reply, localizer: Localizer) -> tuple[list[str], list[str]]:
    """Message texts (each within Telegram's limit) and the keyboard's button labels."""
    rendered = render(reply, localizer, buttons=True)
    text = telegram_text(rendered)
    return split_message(text, TELEGRAM_MAX_TEXT, max_parts=20) if text else [], \
        telegram_buttons(rendered)

TELEGRAM_MAX_CAPTION = 1024  # https://core.telegram.org/bots/api#sendphoto
CARD_ROUTE = "/cards/<locale>.png"  # where the web app serves each language's rights card
EXAMPLE_BASE = "https://kyr.example.org"  # an address of a typical length, for tools and checks


def card_address(base: str, locale: str) -> str:
    """The address of a language's card picture under `base` ("" for a path on this server)."""
    return base + CARD_ROUTE.replace("<locale>", locale)
CARD_LINK = "card-link"


def card_texts(card: Card | None, localizer: Localizer, locale: str, link: str | None
               ) -> tuple[str, ...]:
    """The card where no picture can be sent: its officers' side (English) as one message, to
    show on the screen, and, when the picture has an address, a line with it in the person's
    language."""
    if card is None:
        return ()
    side = card.officers
    statements = " ".join(localizer.format(OFFICERS_LOCALE, line.say) for line in side.lines)
    officers = f"{localizer.format(OFFICERS_LOCALE, side.title)}: {statements}"
    if not link:
        return (officers,)
    return officers, localizer.format(locale, CARD_LINK, {"link": link})
