"""Test helpers for the channels: signed Twilio requests, TwiML parsing, a fake Bot API server."""

import hashlib
import json
import re
import subprocess
import threading
import time
import urllib.request
import xml.etree.ElementTree as ElementTree
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

from flask import Flask
from flask.testing import FlaskClient
from twilio.request_validator import RequestValidator
from werkzeug.test import TestResponse

from webhooks.app import create_app
from webhooks.settings import Settings

TWILIO_TOKEN = "twilio-test-auth-token-0123456789"
TELEGRAM_TOKEN = "123456789:TEST-telegram-token"
TELEGRAM_SECRET = "telegram-webhook-secret_0123"
PUBLIC_URL = "https://kyr.example.org"
FIXTURES = Path(__file__).parent / "fixtures"


def settings(**changes: Any) -> Settings:
    """Production-like settings: both channels configured, a fixed key."""
    base: dict[str, Any] = {
        "twilio_auth_token": TWILIO_TOKEN, "telegram_bot_token": TELEGRAM_TOKEN,
        "telegram_webhook_secret": TELEGRAM_SECRET, "public_url": PUBLIC_URL,
        "secret_key": "k" * 32,
    }
    return Settings(**{**base, **changes})


def app(**changes: Any) -> Flask:
    """An app with production-like settings."""
    built = create_app(settings(**changes))
    built.testing = True
    return built


def sms_form(body: str, sender: str = "+13125550123", sid: str = "SM00000000000000000000000000000001",
             **extra: str) -> dict[str, str]:
    """A Twilio Messaging webhook payload with the fields Twilio documents; a test's own name
    for a delivery (SM-odd-1) becomes a message SID of Twilio's shape, the same for the same name."""
    if not re.fullmatch(r"SM[0-9a-f]{32}", sid):
        sid = "SM" + hashlib.sha256(sid.encode()).hexdigest()[:32]
    return {
        "MessageSid": sid, "SmsSid": sid, "SmsMessageSid": sid,
        "AccountSid": "AC00000000000000000000000000000000", "MessagingServiceSid": "",
        "From": sender, "To": "+13125550100", "Body": body, "NumMedia": "0", "NumSegments": "1",
        "SmsStatus": "received", "ApiVersion": "2010-04-01", "FromCountry": "US",
        "FromState": "IL", "FromCity": "CHICAGO", "FromZip": "60601", "ToCountry": "US", **extra,
    }


def signature(url: str, form: dict[str, str], token: str = TWILIO_TOKEN) -> str:
    """The X-Twilio-Signature Twilio would send, computed by the twilio library itself."""
    return str(RequestValidator(token).compute_signature(url, form))


def post_signed(client: FlaskClient, form: dict[str, str], url: str = f"{PUBLIC_URL}/twilio",
                **headers: str) -> TestResponse:
    """POST a correctly signed Twilio webhook, and read the reply at once, as a server writes
    it (the delivery is confirmed once its body has been written)."""
    response = client.post("/twilio", data=form,
                           headers={"X-Twilio-Signature": signature(url, form), **headers})
    response.get_data()
    return response


def twiml_bodies(response: TestResponse) -> list[str]:
    """The <Message> texts of a TwiML response."""
    root = ElementTree.fromstring(response.data)
    assert root.tag == "Response"
    return [message.text or "" for message in root.iter("Message")]


def telegram_fixture(name: str) -> dict[str, Any]:
    """An update in the shape the Bot API sends."""
    loaded: dict[str, Any] = json.loads((FIXTURES / "telegram" / f"{name}.json").read_text("utf-8"))
    return loaded


class FakeBotApi:
    """A Bot API server on loopback that records calls; python-telegram-bot's Bot talks to it."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        calls = self.calls

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                raw = self.rfile.read(length).decode("utf-8")
                kind = self.headers.get("Content-Type", "")
                params = json.loads(raw) if "json" in kind else dict(parse_qsl(raw))
                method = self.path.rsplit("/", 1)[-1]
                calls.append((method, params))
                body = json.dumps({"ok": True, "result": _result(method, params)}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                return None

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/bot"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def methods(self) -> list[str]:
        return [method for method, _ in self.calls]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _result(method: str, params: dict[str, Any]) -> Any:
    """A plausible Bot API result for the methods the bot uses."""
    if method == "getMe":
        return {"id": 1, "is_bot": True, "first_name": "KYR", "username": "kyr_test_bot"}
    if method == "sendMessage":
        chat_id = int(params.get("chat_id", 0))
        return {"message_id": 100 + len(params), "date": 0, "text": params.get("text", ""),
                "chat": {"id": chat_id, "type": "private"}}
    return True


def wait_until_serving(base: str, process: "subprocess.Popen[bytes]", seconds: float = 30) -> None:
    """Return once `base`/healthz answers; AssertionError if the server exits or is too slow."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(f"{base}/healthz", timeout=1).read()
            return
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                raise AssertionError(f"the server at {base} did not start") from None
            time.sleep(0.2)
