"""Channel text from structured replies: SMS bodies within Twilio's limits, Telegram messages."""

from bot.conversation import Reply
from bot.localization import Localizer
from bot.render import render, sms_text, telegram_buttons, telegram_text
from bot.sms import MAX_BODY, MAX_MESSAGES, plain_punctuation, split_message

TELEGRAM_MAX_TEXT = 4096  # https://core.telegram.org/bots/api#sendmessage


def sms_bodies(reply: Reply, localizer: Localizer) -> list[str]:
    """Bodies for SMS and WhatsApp: numbered menu, plain punctuation, split at sentences."""
    if reply.silent:
        return []
    text = plain_punctuation(sms_text(render(reply, localizer)))
    return split_message(text, MAX_BODY, MAX_MESSAGES)


def telegram_messages(reply: Reply, localizer: Localizer) -> tuple[list[str], list[str]]:
    """Message texts (each within Telegram's limit) and the keyboard's button labels."""
    rendered = render(reply, localizer)
    text = telegram_text(rendered)
    return split_message(text, TELEGRAM_MAX_TEXT, max_parts=20) if text else [], \
        telegram_buttons(rendered)
