"""POST /twilio: SMS and WhatsApp through Twilio, answered with TwiML."""

import hmac
import re
from collections.abc import Callable
from functools import lru_cache
from urllib.parse import parse_qsl

from flask import Blueprint, Response, abort, request
from twilio.request_validator import HMAC_SHA1, HMAC_SHA256, RequestValidator, get_signature_algorithm
from twilio.twiml.messaging_response import MessagingResponse

from bot.engine.conversation import Turn
from bot.state.service import Message
from webhooks import written
from webhooks.cards import fallback_texts, picture_url
from webhooks.local import unsigned_allowed
from webhooks.runtime import runtime
from webhooks.settings import Settings

blueprint = Blueprint("twilio", __name__)
WHATSAPP_PREFIX = "whatsapp:"  # Twilio writes WhatsApp senders as whatsapp:+E164
MAX_FIELDS = 200  # Twilio's messaging webhooks send a few dozen parameters
EMPTY_TWIML = str(MessagingResponse())
# The signatures Twilio sends. Anything else is refused here, before the library, which would
# log a line for every forged request naming an algorithm it does not know.
ALGORITHMS = frozenset({HMAC_SHA1, HMAC_SHA256})


def _signed_url(settings: Settings) -> str:
    """The URL Twilio signed: PUBLIC_URL when set, else what the proxies (if trusted) say."""
    if not settings.public_url:
        return request.url
    query = request.query_string.decode("latin-1")
    return settings.public_url + request.path + (f"?{query}" if query else "")


def _form() -> dict[str, str]:
    """The urlencoded body as Twilio sent it, as a plain dict (parse_qsl: a third of werkzeug's
    form parser's cost). Twilio never repeats a field; a repeated one keeps its last value, so
    the signature, computed over what was sent, fails."""
    if request.mimetype != "application/x-www-form-urlencoded":
        return {}
    raw = request.get_data(cache=False).decode("utf-8", "replace")
    try:
        return dict(parse_qsl(raw, keep_blank_values=True, max_num_fields=MAX_FIELDS))
    except ValueError:  # more fields than any Twilio webhook has
        abort(400)


def _authentic(settings: Settings, validator: RequestValidator | None, form: dict[str, str]
               ) -> bool:
    """True if X-Twilio-Signature matches this request under the account's token.

    The URL Twilio signed is known (PUBLIC_URL or the proxies' view), so it is signed once and
    compared; only on a mismatch does the library try its other forms of the URL (with and
    without the port), which costs two more HMACs.
    """
    if validator is None:
        return unsigned_allowed(settings)
    signature = request.headers.get("X-Twilio-Signature")
    if not signature:
        return False
    algorithm = get_signature_algorithm(request.headers.get("X-Twilio-Webhooks-Signature-Settings"))
    if algorithm not in ALGORITHMS:
        return False
    url = _signed_url(settings)
    expected = validator.compute_signature(url, form, algorithm)
    if expected and hmac.compare_digest(expected.encode(), signature.encode()):
        return True
    return bool(validator.validate(url, form, signature, algorithm))


# Twilio's identifiers and numbers, as Twilio writes them: a message SID (SM or MM and 32 hex
# digits), an account SID (AC and 32 hex digits), and E.164 numbers, WhatsApp's with its prefix.
MESSAGE_SID = re.compile(r"(?:SM|MM)[0-9a-f]{32}")
ACCOUNT_SID = re.compile(r"AC[0-9a-f]{32}")
NUMBER = re.compile(r"(?:whatsapp:)?\+[1-9][0-9]{6,14}")
SHAPES = {"MessageSid": MESSAGE_SID, "SmsSid": MESSAGE_SID, "SmsMessageSid": MESSAGE_SID,
          "AccountSid": ACCOUNT_SID, "From": NUMBER, "To": NUMBER}
REQUIRED = ("MessageSid", "AccountSid", "From")


def _well_formed(form: dict[str, str]) -> bool:
    """True when every id and number a signed request carries has Twilio's shape (a field that
    swallowed the fields after it does not)."""
    return all(key in form for key in REQUIRED) and all(
        shape.fullmatch(form[key]) is not None for key, shape in SHAPES.items() if key in form)


@lru_cache(maxsize=4096)  # every reply is made of the content: a few thousand distinct ones
def twiml(bodies: tuple[str, ...], media: str | None = None) -> str:
    """The TwiML that sends these bodies (the last with a picture, if any), built by the twilio
    library once per distinct reply."""
    response = MessagingResponse()
    for number, body in enumerate(bodies, start=1):
        message = response.message(body)
        if media is not None and number == len(bodies):
            message.media(media)
    return str(response)


@blueprint.post("/twilio")
def inbound() -> Response:
    """One inbound SMS or WhatsApp message; the reply goes back in the HTTP response."""
    current = runtime()
    if not current.settings.twilio_enabled:
        abort(404)
    form = _form()
    if not _authentic(current.settings, current.twilio_validator, form):
        abort(403)  # before any state is read or anything is logged
    # The signature joins keys and values with no separator, so "MessageSid=SMx" can be rewritten
    # "MessageSi=dSMx", or MessageSid can swallow the fields after it, and still validate: a
    # message webhook must carry both ids, each in the shape Twilio gives it, and a sender that
    # is a phone number.
    account = form.get("AccountSid", "")
    if not form.get("MessageSid") or not account:
        abort(400)
    if current.twilio_validator is not None and not _well_formed(form):
        abort(400)
    expected = current.settings.twilio_account_sid
    if expected and account != expected:
        abort(403)
    sender = form.get("From", "")
    if not sender:
        abort(400)
    channel = "whatsapp" if sender.startswith(WHATSAPP_PREFIX) else "sms"
    body = form.get("Body", "")
    has_media = form.get("NumMedia", "0") not in ("", "0")
    kind = "unsupported" if has_media and not body.strip() else "text"
    out = current.texting[channel]

    def produce(turn: Turn) -> str:
        """The TwiML of the reply (made inside the turn, so a failure here releases the claim)."""
        bodies = out.bodies(turn.reply)
        media = None
        if turn.reply.card:  # WhatsApp carries pictures; SMS only where the number sends MMS
            if channel == "whatsapp" or current.settings.sms_media:
                media = picture_url(current, turn.reply.locale)
            if media is None:
                texts = fallback_texts(current, turn.reply)
                bodies += tuple(out.finish(turn.reply.locale, text) for text in texts)
        current.metrics.replied(channel, bodies)
        return twiml(bodies, media)
    after: list[Callable[[], None]] = []
    answered = current.conversations.respond(Message(
        channel, sender, body, delivery=form.get("MessageSid") or None, kind=kind), produce,
        sent=after.append)
    # None: a duplicate of a message answered or being answered, acknowledged with no reply
    return written.response((answered or EMPTY_TWIML).encode("utf-8"), "application/xml", after)
