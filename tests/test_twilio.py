"""POST /twilio with requests signed by the twilio library: SMS and WhatsApp end to end."""

import itertools
import logging
from typing import Any

import pytest
from flask.testing import FlaskClient

from bot.content.problems import ContentError
from bot.engine.catalog import Catalog
from bot.engine.conversation import Inbound
from bot.engine.engine import Engine
from bot.engine.sms import is_gsm7, segments
from bot.state.store import MemoryStore
from tests.helpers import (
    PUBLIC_URL,
    app,
    post_signed,
    signature,
    sms_form,
    twiml_bodies,
)
from webhooks.app import create_app
from webhooks.settings import Settings

SIDS = itertools.count(1)


@pytest.fixture
def client() -> FlaskClient:
    return app().test_client()


def converse(client: FlaskClient, *texts: str, sender: str = "+13125550123") -> list[list[str]]:
    """Send several signed messages from one person; the TwiML bodies of each reply."""
    replies = []
    for text in texts:
        response = post_signed(client, sms_form(text, sender, sid=f"SM{next(SIDS):032d}"))
        assert response.status_code == 200
        assert response.mimetype == "application/xml"
        replies.append(twiml_bodies(response))
    return replies


def test_a_signed_spanish_sms_conversation(client: FlaskClient) -> None:
    greeting, intro, door = converse(client, "hola", "1", "1")
    assert greeting[0].startswith("Hola.") and "1) Agentes en mi puerta" in greeting[0]
    assert intro[0].startswith("Usted tiene derechos") and "0) Menu principal" in intro[0]
    assert all(is_gsm7(body) for bodies in (greeting, intro, door) for body in bodies)  # folded
    assert door[0].startswith("No abra la puerta.")


def test_english_replies_stay_gsm7_and_their_segments_are_counted(client: FlaskClient) -> None:
    replies = converse(client, "hello", "1", "1", "1", "1", "1", sender="+13125550999")
    counts = []
    for bodies in replies:
        for body in bodies:
            assert is_gsm7(body), body
            assert len(body) <= 1600  # Twilio refuses a longer body
            counts.append(segments(body).count)
    # Every English reply of the walkthrough fits in three SMS segments (the snapshots show each count).
    assert len(counts) == 6 and max(counts) <= 3


def test_whatsapp_uses_the_same_endpoint_and_confirms_stop(client: FlaskClient) -> None:
    sender = "whatsapp:+5215512345678"
    greeting, stopped, ignored = converse(client, "hola", "ALTO", "hola", sender=sender)
    assert greeting[0].startswith("Hola.")
    assert stopped == ["No recibirá más mensajes míos. Envíe EMPEZAR para comenzar de nuevo."]
    assert ignored == []


def test_sms_stop_gets_an_empty_response_and_start_resumes(client: FlaskClient) -> None:
    converse(client, "hello")
    response = post_signed(client, sms_form("STOP", sid="SM-stop"))
    assert response.data.decode().endswith("<Response />")
    assert converse(client, "what")[0] == []
    helped = converse(client, "HELP")[0]
    assert helped and helped[0].startswith("Send 0 for the menu")
    assert converse(client, "START")[0][0].startswith("Hello.")


def test_a_retried_message_sid_is_answered_once(client: FlaskClient) -> None:
    form = sms_form("hola", sid="SM-retried-delivery")
    first, retry = post_signed(client, form), post_signed(client, form)
    assert twiml_bodies(first) and twiml_bodies(retry) == []
    assert converse(client, "1")[0][0].startswith("Usted tiene derechos")  # state moved once


def test_a_picture_without_text_gets_a_text_only_explanation(client: FlaskClient) -> None:
    form = sms_form("", NumMedia="1", MediaUrl0="https://api.twilio.com/media/ME1",
                    MediaContentType0="image/jpeg")
    assert twiml_bodies(post_signed(client, form))[0].startswith("I can only read text messages.")


@pytest.mark.parametrize("case", ["tampered", "missing", "wrong-token", "wrong-url", "garbage"])
def test_forged_requests_are_refused_before_state_or_logs(case: str,
                                                          caplog: pytest.LogCaptureFixture) -> None:
    calls: list[str] = []

    class SpyStore(MemoryStore):
        def __getattribute__(self, name: str) -> Any:
            if name in ("load", "save", "delete", "first_delivery", "lock"):
                calls.append(name)
            return super().__getattribute__(name)

    client = create_app(app().extensions["kyr"].settings, store=SpyStore()).test_client()
    form = sms_form("hola")
    good = signature(f"{PUBLIC_URL}/twilio", form)
    headers = {
        "tampered": {"X-Twilio-Signature": signature(f"{PUBLIC_URL}/twilio", {**form, "Body": "x"})},
        "missing": {},
        "wrong-token": {"X-Twilio-Signature": signature(f"{PUBLIC_URL}/twilio", form, "other-token")},
        "wrong-url": {"X-Twilio-Signature": signature("https://evil.example.org/twilio", form)},
        "garbage": {"X-Twilio-Signature": "ümlaut" + good},
    }[case]
    caplog.clear()
    with caplog.at_level(logging.DEBUG):
        response = client.post("/twilio", data=form, headers=headers)
    assert response.status_code == 403
    assert calls == []
    assert [r for r in caplog.records if r.name.startswith("kyr.turn")] == []


def test_behind_a_trusted_proxy_the_public_url_is_rebuilt() -> None:
    form = sms_form("hello")
    sig = signature("https://kyr.example.org/twilio", form)
    proxy = {"X-Forwarded-Proto": "https", "X-Forwarded-Host": "kyr.example.org",
             "X-Forwarded-For": "203.0.113.9", "X-Twilio-Signature": sig}
    trusting = app(public_url=None, trusted_proxies=1).test_client()
    assert trusting.post("/twilio", data=form, headers=proxy).status_code == 200
    naive = app(public_url=None, trusted_proxies=0).test_client()
    assert naive.post("/twilio", data=form, headers=proxy).status_code == 404


def test_without_a_public_address_twilio_is_not_served_and_start_says_why(
        caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO):
        client = app(public_url=None, trusted_proxies=0).test_client()
    form = sms_form("hello")  # signed for the Host the client chose: must not be enough
    response = client.post("/twilio", data=form,
                           headers={"X-Twilio-Signature": signature("http://localhost/twilio", form)})
    assert response.status_code == 404
    assert "name=twilio enabled=no" in caplog.text and "PUBLIC_URL" in caplog.text


@pytest.mark.parametrize(("peer", "headers", "served"), [
    ("127.0.0.1", {}, True), ("::1", {}, True), ("::ffff:127.0.0.1", {}, True),
    ("203.0.113.7", {}, False), ("192.0.2.2", {}, False),
    ("127.0.0.1", {"X-Forwarded-For": "203.0.113.7"}, False),
    ("127.0.0.1", {"Forwarded": "for=203.0.113.7"}, False),
])
def test_development_mode_answers_unsigned_requests_only_from_this_machine(
        peer: str, headers: dict[str, str], served: bool) -> None:
    development = create_app(Settings(development=True))
    development.testing = True
    client = development.test_client()
    response = client.post("/twilio", data=sms_form("hello", sid=f"SM-dev-{peer}-{len(headers)}"),
                           headers=headers, environ_base={"REMOTE_ADDR": peer})
    assert response.status_code == (200 if served else 403)
    update = {"update_id": 99, "message": {"message_id": 1, "date": 0, "text": "hello",
                                           "chat": {"id": 9, "type": "private"}}}
    answer = client.post("/telegram", json=update, headers=headers, environ_base={"REMOTE_ADDR": peer})
    assert answer.status_code == (200 if served else 403)


def test_a_query_string_is_part_of_the_signed_url(client: FlaskClient) -> None:
    form = sms_form("hello")
    sig = signature(f"{PUBLIC_URL}/twilio?source=sms", form)
    assert client.post("/twilio?source=sms", data=form,
                       headers={"X-Twilio-Signature": sig}).status_code == 200


def test_without_a_token_the_endpoint_does_not_exist() -> None:
    client = app(twilio_auth_token=None).test_client()
    form = sms_form("hola")
    assert post_signed(client, form).status_code == 404


@pytest.mark.parametrize(("data", "kwargs", "status"), [
    ({"Body": "hola"}, {}, 400),  # no From
    # No MessageSid: nothing to tell a retry by (unsigned requests are not checked for shape).
    ({"Body": "hola", "From": "+13125550123", "AccountSid": "AC" + "0" * 32}, {}, 400),
    (b"\xff\xfe\x00garbage", {"content_type": "application/x-www-form-urlencoded"}, 400),
    ('{"From": "+1"}', {"content_type": "application/json"}, 400),
    (b"Body=" + b"a" * 70_000, {"content_type": "application/x-www-form-urlencoded"}, 413),
])
def test_malformed_requests_get_a_clean_4xx_in_development_mode(data: Any, kwargs: dict[str, Any],
                                                                 status: int) -> None:
    client = app(twilio_auth_token=None, development=True).test_client()
    response = client.post("/twilio", data=data, **kwargs)
    assert response.status_code == status
    assert b"Traceback" not in response.data


@pytest.mark.parametrize(("body", "reply"), [
    ("", "Sorry, I did not understand."), (" ", "Sorry, I did not understand."),
    ("x" * 10_000, "Sorry, I did not understand."), ("🙂🙂", "Sorry, I did not understand."),
    ("\u202eabc", "Sorry, I did not understand."), ("1" * 1600, "Sorry, I did not understand."),
    ("مرحبا", "حقوقك"),  # an Arabic greeting mid-conversation: the welcome, in Arabic
])
def test_odd_bodies_get_a_polite_reply(client: FlaskClient, body: str, reply: str) -> None:
    converse(client, "hello")
    response = post_signed(client, sms_form(body, sid=f"SM-odd-{len(body)}-{body[:2]!r}"))
    assert response.status_code == 200
    bodies = twiml_bodies(response)
    # Twilio's own limits: 1,600 characters a body, 10 <Message> elements a response.
    assert bodies and all(len(b) <= 1600 for b in bodies) and len(bodies) <= 10
    assert bodies[0].startswith(reply)


def test_a_wrong_auth_token_in_settings_is_never_used_for_other_accounts() -> None:
    client = app(twilio_auth_token="another-account-token").test_client()
    assert post_signed(client, sms_form("hola")).status_code == 403


def test_folding_turned_off_is_checked_before_serving_and_keeps_every_letter(
        catalog: Catalog) -> None:
    # The shipped translations are written for folded SMS: unfolded, some pages need more
    # than 3 segments, and the check that runs before serving says so (README: Pages).
    with pytest.raises(ContentError, match="SMS segments"):
        app(sms_fold=False)
    engine = Engine(catalog, sms_fold=False)
    bodies = engine.sms.bodies(engine.handle(None, Inbound("hola", received_at=1.0)).reply)
    assert "Menú" in bodies[0] or "información" in bodies[0]
    assert not is_gsm7(bodies[0])


@pytest.mark.parametrize("drop", ["MessageSid", "AccountSid"])
def test_a_signed_request_without_message_ids_is_refused(client: FlaskClient, drop: str) -> None:
    form = sms_form("hola", sid=f"SM{next(SIDS):032d}")
    del form[drop]
    assert post_signed(client, form).status_code == 400


def test_a_key_shifted_into_its_value_keeps_the_signature_but_is_refused(
        client: FlaskClient) -> None:
    """Twilio signs keys and values joined without a separator: MessageSi=dSM... signs the same
    as MessageSid=SM..., and would have skipped deduplication."""
    form = sms_form("hola", sid=f"SM{next(SIDS):032d}")
    sid = form.pop("MessageSid")
    shifted = {**form, "MessageSi": "d" + sid}
    assert signature(f"{PUBLIC_URL}/twilio", shifted) == signature(
        f"{PUBLIC_URL}/twilio", {**form, "MessageSid": sid})
    assert post_signed(client, shifted).status_code == 400


def test_another_accounts_request_is_refused_when_the_account_is_set() -> None:
    own = app(twilio_account_sid="AC" + "1" * 32).test_client()
    other = sms_form("hola", sid=f"SM{next(SIDS):032d}")  # AccountSid AC000...
    assert post_signed(own, other).status_code == 403
    mine = sms_form("hola", sid=f"SM{next(SIDS):032d}", AccountSid="AC" + "1" * 32)
    assert post_signed(own, mine).status_code == 200


@pytest.mark.parametrize("field", ["MessageSid", "From"])
def test_a_field_that_swallows_the_fields_after_it_is_refused(client: FlaskClient,
                                                             field: str) -> None:
    """The audit's re-splitting: Twilio signs url + key1 + value1 + key2 + value2... with no
    separator, so MessageSid (or From) can absorb every field sorted after it and the signature
    still validates, giving a new delivery id (or a new sender) from one captured request."""
    form = sms_form("hola", sid=f"SM{next(SIDS):032d}", MessagingServiceSid="MG" + "0" * 32)
    keys = sorted(form)
    after = keys[keys.index(field) + 1:keys.index(field) + 3]
    merged = {key: value for key, value in form.items() if key not in after}
    merged[field] = form[field] + "".join(key + form[key] for key in after)
    assert signature(f"{PUBLIC_URL}/twilio", merged) == signature(f"{PUBLIC_URL}/twilio", form)
    assert post_signed(client, form).status_code == 200
    assert post_signed(client, merged).status_code == 400


def test_signatures_are_compared_in_constant_time(client: FlaskClient,
                                                 compared_digests: list[tuple[Any, Any]]) -> None:
    compared = compared_digests
    form = sms_form("hola", sid="SM-constant-time")
    signed = signature(f"{PUBLIC_URL}/twilio", form)
    response = client.post("/twilio", data=form, headers={"X-Twilio-Signature": signed})
    assert response.status_code == 200 and twiml_bodies(response)
    # A plain == stops at the first differing character, and how soon it stops can be timed.
    assert any(signed in (a, b) or signed.encode() in (a, b) for a, b in compared), compared
