"""POST /telegram: Telegram webhook updates, answered in the webhook response where possible."""

import hmac
import logging
from dataclasses import dataclass
from typing import Any

from flask import Blueprint, Response, abort, jsonify, request
from telegram import KeyboardButton, ReplyKeyboardMarkup, ReplyKeyboardRemove, Update

from bot.localization import Localizer
from bot.service import Conversations, Message
from webhooks.replies import telegram_messages
from webhooks.runtime import runtime
from webhooks.settings import Settings

blueprint = Blueprint("telegram", __name__)
log = logging.getLogger("kyr.telegram")
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# What `kyr set-webhook` asks Telegram to send; anything else is acknowledged and ignored.
ALLOWED_UPDATES = ("message", "edited_message", "callback_query")


@dataclass(frozen=True)
class Outgoing:
    """What to send back to one chat: texts in order, and the keyboard."""

    chat_id: int
    texts: list[str]
    markup: ReplyKeyboardMarkup | ReplyKeyboardRemove
    delete: tuple[int, int] | None = None  # after CLEAR: the conversation's message ids


def _authentic(settings: Settings) -> bool:
    """Constant-time check of the webhook secret, on bytes (on str, non-ASCII would raise)."""
    if settings.telegram_webhook_secret is None:
        return settings.development
    given = request.headers.get(SECRET_HEADER, "").encode("utf-8", "surrogateescape")
    return hmac.compare_digest(given, settings.telegram_webhook_secret.encode("utf-8"))


def _keyboard(labels: list[str]) -> ReplyKeyboardMarkup | ReplyKeyboardRemove:
    """One button per option; pressing it sends its label, which the engine understands."""
    if not labels:
        return ReplyKeyboardRemove()
    return ReplyKeyboardMarkup([[KeyboardButton(label)] for label in labels], resize_keyboard=True)


def answer_update(update: Update, conversations: Conversations, localizer: Localizer
                  ) -> Outgoing | None:
    """Run the engine for an update from a person in a private chat; None when nothing is due."""
    message = update.message or update.edited_message
    if message is None or message.chat.type != "private":
        return None  # group and channel posts, member updates: never answered (privacy)
    supported = update.message is not None and message.text is not None
    user = message.from_user
    turn = conversations.handle(Message(
        "telegram", str(message.chat.id), message.text or "", delivery=str(update.update_id),
        locale_hint=user.language_code if user else None,
        kind="text" if supported else "unsupported", reference=message.message_id))
    if turn is None or turn.reply.silent:
        return None
    texts, labels = telegram_messages(turn.reply, localizer)
    if not texts:
        return None
    return Outgoing(message.chat.id, texts, _keyboard(labels), turn.forget_messages)


def _parse(data: Any) -> Update:
    """An Update from JSON, or a 400 for anything that is not one."""
    if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
        abort(400)
    try:
        update = Update.de_json(data, None)
    except Exception:  # untrusted JSON of any shape; PTB raises many kinds of errors
        abort(400)
    if update is None:
        abort(400)
    return update


@blueprint.post("/telegram")
def inbound() -> Response:
    """One Telegram update; a single reply rides on the webhook response (no outbound call)."""
    current = runtime()
    if not current.settings.telegram_enabled:
        abort(404)
    if not _authentic(current.settings):
        abort(403)
    update = _parse(request.get_json(silent=True))
    if update.callback_query is not None:
        return jsonify({"method": "answerCallbackQuery",
                        "callback_query_id": update.callback_query.id})
    outgoing = answer_update(update, current.conversations, current.catalog.localizer)
    if outgoing is None:
        return Response(status=200)
    if outgoing.delete and current.telegram is not None and current.settings.telegram_delete_on_clear:
        current.telegram.delete_range(outgoing.chat_id, *outgoing.delete)
    if len(outgoing.texts) == 1:
        return jsonify({"method": "sendMessage", "chat_id": outgoing.chat_id,
                        "text": outgoing.texts[0], "reply_markup": outgoing.markup.to_dict()})
    if current.telegram is None:
        log.warning("event=telegram-outbound-disabled parts=%d", len(outgoing.texts))
        return jsonify({"method": "sendMessage", "chat_id": outgoing.chat_id,
                        "text": outgoing.texts[0], "reply_markup": outgoing.markup.to_dict()})
    current.telegram.send_messages(outgoing.chat_id, outgoing.texts, outgoing.markup)
    return Response(status=200)
