"""Channel text from structured replies: SMS bodies within Twilio's limits, Telegram messages."""

from bot.conversation import Reply
from bot.localization import Localizer
from bot.render import render, sms_text, telegram_buttons, telegram_text
from bot.sms import MAX_BODY, MAX_MESSAGES, fold_to_gsm7, plain_punctuation, split_message

TELEGRAM_MAX_TEXT = 4096  # https://core.telegram.org/bots/api#sendmessage


def sms_bodies(reply: Reply, localizer: Localizer, fold: bool = False) -> list[str]:
    """Bodies for SMS and WhatsApp: numbered menu, plain punctuation (and, where the language
    allows and the deployment wants it, letters folded to GSM-7), split at sentences."""
    if reply.silent:
        return []
    text = sms_text(render(reply, localizer))
    text = fold_to_gsm7(text) if fold else plain_punctuation(text)
    return split_message(text, MAX_BODY, MAX_MESSAGES)


def telegram_messages(reply: Reply, localizer: Localizer) -> tuple[list[str], list[str]]:
    """Message texts (each within Telegram's limit) and the keyboard's button labels."""
    rendered = render(reply, localizer, buttons=True)
    text = telegram_text(rendered)
    return split_message(text, TELEGRAM_MAX_TEXT, max_parts=20) if text else [], \
        telegram_buttons(rendered)
