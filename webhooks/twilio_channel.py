"""POST /twilio: SMS and WhatsApp through Twilio, answered with TwiML."""

from flask import Blueprint, Response, abort, request
from twilio.request_validator import RequestValidator, get_signature_algorithm
from twilio.twiml.messaging_response import MessagingResponse

from bot.service import Message
from webhooks.replies import sms_bodies
from webhooks.runtime import runtime
from webhooks.settings import Settings

blueprint = Blueprint("twilio", __name__)
WHATSAPP_PREFIX = "whatsapp:"  # Twilio writes WhatsApp senders as whatsapp:+E164


def _signed_url(settings: Settings) -> str:
    """The URL Twilio signed: PUBLIC_URL when set, else what the proxies (if trusted) say."""
    if not settings.public_url:
        return request.url
    query = request.query_string.decode("latin-1")
    return settings.public_url + request.path + (f"?{query}" if query else "")


def _authentic(settings: Settings) -> bool:
    """True if X-Twilio-Signature matches this request under the account's token."""
    if settings.twilio_auth_token is None:
        return settings.development
    signature = request.headers.get("X-Twilio-Signature")
    if not signature:
        return False
    algorithm = get_signature_algorithm(request.headers.get("X-Twilio-Webhooks-Signature-Settings"))
    validator = RequestValidator(settings.twilio_auth_token)
    return bool(validator.validate(_signed_url(settings), request.form, signature, algorithm))


@blueprint.post("/twilio")
def inbound() -> Response:
    """One inbound SMS or WhatsApp message; the reply goes back in the HTTP response."""
    current = runtime()
    if not current.settings.twilio_enabled:
        abort(404)
    if not _authentic(current.settings):  # before any state is read or anything is logged
        abort(403)
    sender = request.form.get("From", "")
    if not sender:
        abort(400)
    channel = "whatsapp" if sender.startswith(WHATSAPP_PREFIX) else "sms"
    body = request.form.get("Body", "")
    has_media = request.form.get("NumMedia", "0") not in ("", "0")
    kind = "unsupported" if has_media and not body.strip() else "text"
    turn = current.conversations.handle(Message(
        channel, sender, body, delivery=request.form.get("MessageSid") or None, kind=kind))
    twiml = MessagingResponse()
    if turn is not None:  # None: a retry of a message already answered
        for text in sms_bodies(turn.reply, current.catalog.localizer):
            twiml.message(text)
    return Response(str(twiml), mimetype="application/xml")
