"""The hand-written peer the bot is measured against: a plain Flask Twilio endpoint.

What a careful developer writes in an afternoon: ProxyFix, the library's RequestValidator on
`request.form`, a dict of replies keyed by the text received, MessagingResponse for the TwiML.
No state, no engine, no Fluent, no dedupe, no pacing, no log line.
"""

import os

from flask import Flask, Response, abort, request
from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse
from werkzeug.middleware.proxy_fix import ProxyFix

REPLIES = {
    "hola": "Usted tiene derechos, sin importar su estatus migratorio. ¿Dónde están los agentes?"
            "\n\n1) En mi puerta\n2) En la calle, en un carro o en el trabajo\n0) Menú principal",
    "hello": "You have rights, whatever your immigration status. Where are the officers?\n\n"
             "1) At my door\n2) On the street, in a car or at work\n0) Main menu",
    "1": "Do not open the door. Ask them to show a warrant signed by a judge through the window"
         " or under the door.\n\n1) More\n0) Main menu",
    "2": "You can stay silent. Ask: am I free to go? If yes, walk away calmly.\n\n0) Main menu",
    "0": "Main menu:\n1) Officers are here\n2) Health care\n3) Find help near me",
}
FALLBACK = "Reply 0 for the main menu."


def create_peer() -> Flask:
    """The peer app, signing against PUBLIC_URL as the bot does."""
    app = Flask("peer")
    app.wsgi_app = ProxyFix(app.wsgi_app)  # type: ignore[method-assign]
    validator = RequestValidator(os.environ["TWILIO_AUTH_TOKEN"])
    public_url = os.environ["PUBLIC_URL"]

    @app.post("/twilio")
    def twilio() -> Response:
        if not validator.validate(public_url + request.path, request.form,
                                  request.headers.get("X-Twilio-Signature", "")):
            abort(403)
        reply = MessagingResponse()
        reply.message(REPLIES.get(request.form.get("Body", "").strip().lower(), FALLBACK))
        return Response(str(reply), mimetype="application/xml")

    @app.get("/healthz")
    def healthz() -> str:
        return "ok"
    return app
