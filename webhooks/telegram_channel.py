"""POST /telegram: Telegram webhook updates, answered in the webhook response where possible."""

import hmac
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from flask import Blueprint, Response, abort, jsonify, request
from telegram import KeyboardButton, ReplyKeyboardMarkup, ReplyKeyboardRemove, Update

from bot.content.localization import Localizer
from bot.engine.conversation import Reply, Turn
from bot.engine.render import TELEGRAM_MAX_CAPTION, TELEGRAM_MAX_TEXT, telegram_messages
from bot.state.service import Conversations, Message
from webhooks import written
from webhooks.cards import fallback_texts, picture_url
from webhooks.local import unsigned_allowed
from webhooks.runtime import runtime
from webhooks.settings import Settings

blueprint = Blueprint("telegram", __name__)
log = logging.getLogger("kyr.telegram")
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# What `kyr set-webhook` asks Telegram to send; anything else is acknowledged and ignored.
ALLOWED_UPDATES = ("message", "edited_message", "callback_query")
# Real updates nest about 8 deep (a reply inside a message inside the update, entities, photo
# sizes); anything far deeper is not from Telegram.
MAX_JSON_DEPTH = 32


@dataclass(frozen=True)
class Outgoing:
    """What to send back to one chat: texts in order, and the keyboard."""

    chat_id: int
    texts: list[str]
    markup: ReplyKeyboardMarkup | ReplyKeyboardRemove
    delete: tuple[int, int] | None = None  # after CLEAR: the conversation's message ids
    photo: str | None = None  # the rights card's address: sent as a photo, the text its caption


# How a reply's rights card travels: the picture's public address (None when it has none), and
# the texts that replace it where no picture can be sent.
CardFor = Callable[[Reply], tuple[str | None, tuple[str, ...]]]


def _authentic(settings: Settings) -> bool:
    """Constant-time check of the webhook secret, on bytes (on str, non-ASCII would raise)."""
    if settings.telegram_webhook_secret is None:
        return unsigned_allowed(settings)
    given = request.headers.get(SECRET_HEADER, "").encode("utf-8", "surrogateescape")
    return hmac.compare_digest(given, settings.telegram_webhook_secret.encode("utf-8"))


START_COMMAND = "/start"
DEEP_LINK_MAX = 64  # Telegram's limit for a start parameter


def _keyboard(labels: list[str]) -> ReplyKeyboardMarkup | ReplyKeyboardRemove:
    """One button per option; pressing it sends its label, which the engine understands."""
    if not labels:
        return ReplyKeyboardRemove()
    return ReplyKeyboardMarkup([[KeyboardButton(label)] for label in labels], resize_keyboard=True)


def answer_update(update: Update, conversations: Conversations, localizer: Localizer,
                  card_for: CardFor | None = None,
                  sent: Callable[[Callable[[], None]], None] | None = None) -> Outgoing | None:
    """Run the engine for an update from a person in a private chat; None when nothing is due.
    An edited message is read as a new one: a person who corrects a word to STOP, or to a
    cry for help, means it."""
    message = update.message or update.edited_message
    if message is None or message.chat.type != "private":
        return None  # group and channel posts, member updates: never answered (privacy)
    supported = message.text is not None
    user = message.from_user

    def outgoing(turn: Turn) -> Outgoing | None:
        """What to send for a turn (built inside it, so a failure here releases the claim)."""
        if turn.reply.silent:
            return None
        texts, labels = telegram_messages(turn.reply, localizer)
        if not texts:
            return None
        photo = None
        if turn.reply.card and card_for is not None:
            photo, instead = card_for(turn.reply)
            if photo is None or len(texts) != 1 or len(texts[0]) > TELEGRAM_MAX_CAPTION:
                photo, texts = None, [*texts, *instead]
        return Outgoing(message.chat.id, texts, _keyboard(labels), turn.forget_messages, photo)
    text, chosen = deep_link(message.text or "")
    return conversations.respond(Message(
        "telegram", str(message.chat.id), text, delivery=str(update.update_id),
        locale_hint=user.language_code if user else None, locale=chosen,
        kind="text" if supported else "unsupported", reference=message.message_id), outgoing,
        sent=sent)


def deep_link(text: str) -> tuple[str, str | None]:
    """A link t.me/<bot>?start=es opens the chat with "/start es": the command, and the language
    chosen before the chat (the engine keeps it if it ships that language)."""
    command, _, payload = text.strip().partition(" ")
    if command.split("@")[0] != START_COMMAND or not payload:
        return text, None
    return command, payload.strip()[:DEEP_LINK_MAX].lower()


def _parse(body: bytes) -> Update:
    """An Update from the request body, or a 400 for anything that is not one we can read."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):  # not JSON, or nested past what the parser can follow
        abort(400)
    if not isinstance(data, dict) or not _is_int(data.get("update_id")) \
            or _depth(data) > MAX_JSON_DEPTH or not _readable(data):
        abort(400)
    try:
        update = Update.de_json(data, None)
    except Exception:  # untrusted JSON of any shape; PTB raises many kinds of errors
        abort(400)
    if update is None:
        abort(400)
    return update


def _depth(data: Any) -> int:
    """How deeply lists and objects nest (iteratively: a deep value must not exhaust the stack)."""
    deepest, pending = 0, [(data, 1)]
    while pending:
        value, depth = pending.pop()
        if isinstance(value, dict | list):
            deepest = max(deepest, depth)
            if depth > MAX_JSON_DEPTH:
                return depth
            children = value.values() if isinstance(value, dict) else value
            pending.extend((child, depth + 1) for child in children)
    return deepest


def _is_int(value: Any) -> bool:
    """A JSON integer (booleans are ints in Python, not in the Bot API)."""
    return isinstance(value, int) and not isinstance(value, bool)


def _readable(data: dict[str, Any]) -> bool:
    """The fields this bot reads have the Bot API's types (PTB does not check them)."""
    for name in ("message", "edited_message"):
        message = data.get(name)
        if message is None:
            continue
        if not isinstance(message, dict) or not _is_int(message.get("message_id")):
            return False
        chat, sender = message.get("chat"), message.get("from")
        if not isinstance(chat, dict) or not _is_int(chat.get("id")) \
                or not isinstance(chat.get("type"), str):
            return False
        if not isinstance(message.get("text", ""), str):
            return False
        if sender is not None and (not isinstance(sender, dict)
                                   or not isinstance(sender.get("language_code", ""), str)):
            return False
    query = data.get("callback_query")
    return query is None or (isinstance(query, dict) and isinstance(query.get("id"), str))


@blueprint.post("/telegram")
def inbound() -> Response:
    """One Telegram update; a single reply rides on the webhook response (no outbound call)."""
    current = runtime()
    if not current.settings.telegram_enabled:
        abort(404)
    if not _authentic(current.settings):
        abort(403)
    if not request.is_json:
        abort(400)
    update = _parse(request.get_data(cache=False))
    if update.callback_query is not None:
        return jsonify({"method": "answerCallbackQuery",
                        "callback_query_id": update.callback_query.id})
    after: list[Callable[[], None]] = []
    outgoing = answer_update(update, current.conversations, current.catalog.localizer,
                             lambda reply: (picture_url(current, reply.locale),
                                            fallback_texts(current, reply)), sent=after.append)
    if outgoing is None:
        return written.response(b"", "text/plain", after)
    if outgoing.photo is not None:  # the rights card, its caption the reply's one message
        return _method({"method": "sendPhoto", "chat_id": outgoing.chat_id, "photo": outgoing.photo,
                        "caption": outgoing.texts[0], "reply_markup": outgoing.markup.to_dict()},
                       after)
    if outgoing.delete and current.telegram is not None and current.settings.telegram_delete_on_clear:
        current.telegram.delete_range(outgoing.chat_id, *outgoing.delete)
    if len(outgoing.texts) == 1:
        return _method({"method": "sendMessage", "chat_id": outgoing.chat_id,
                        "text": outgoing.texts[0], "reply_markup": outgoing.markup.to_dict()}, after)
    if current.telegram is None:  # no token to send more: one message on the response
        joined = "\n\n".join(outgoing.texts)
        if len(joined) > TELEGRAM_MAX_TEXT:  # only a reply too long for one message is cut
            log.warning("event=telegram-outbound-disabled parts=%d", len(outgoing.texts))
            joined = outgoing.texts[0]
        return _method({"method": "sendMessage", "chat_id": outgoing.chat_id,
                        "text": joined, "reply_markup": outgoing.markup.to_dict()}, after)
    current.telegram.send_messages(outgoing.chat_id, outgoing.texts, outgoing.markup)
    return written.response(b"", "text/plain", after)  # sent: confirmed once this is written


def _method(call: dict[str, Any], after: list[Callable[[], None]]) -> Response:
    """A Bot API call riding on the webhook response, confirmed once it has been written."""
    return written.response(json.dumps(call, ensure_ascii=False, separators=(",", ":")).encode(),
                            "application/json", after)
