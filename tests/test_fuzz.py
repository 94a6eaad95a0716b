"""Property-based fuzzing of both endpoints: no input of any shape produces a 5xx."""

from typing import Any

import pytest
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from werkzeug.test import TestResponse

from tests.helpers import PUBLIC_URL, TELEGRAM_SECRET, app, signature

FUZZ = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children,
                                                                      max_size=4),
    max_leaves=20)
update_keys = st.sampled_from(["message", "edited_message", "callback_query", "channel_post",
                               "my_chat_member", "poll", "text", "chat", "from", "photo"])


@pytest.fixture(scope="module")
def signed_client() -> FlaskClient:
    return app().test_client()


@pytest.fixture(scope="module")
def dev_client() -> FlaskClient:
    return app(twilio_auth_token=None, telegram_bot_token=None, telegram_webhook_secret=None,
               development=True).test_client()



def written(response: TestResponse) -> int:
    """The status, once the body is read as a server writes it at once (a delivery is
    confirmed only then: an unread reply would leave its claim held for a second)."""
    response.get_data()
    return response.status_code

@FUZZ
@given(form=st.dictionaries(st.sampled_from(["From", "Body", "MessageSid", "NumMedia", "To", "x"]),
                            st.text(max_size=200), max_size=6))
def test_twilio_signed_fuzz(signed_client: FlaskClient, form: dict[str, str]) -> None:
    headers = {"X-Twilio-Signature": signature(f"{PUBLIC_URL}/twilio", form)}
    assert written(signed_client.post("/twilio", data=form, headers=headers)) < 500


@FUZZ
@given(body=st.binary(max_size=400), content_type=st.sampled_from(
    ["application/x-www-form-urlencoded", "application/json", "text/plain", "multipart/form-data"]))
def test_twilio_raw_fuzz(dev_client: FlaskClient, body: bytes, content_type: str) -> None:
    assert written(dev_client.post("/twilio", data=body, content_type=content_type)) < 500


@FUZZ
@given(update=st.fixed_dictionaries({"update_id": st.integers(0, 2**40)},
                                    optional={"message": json_values, "edited_message": json_values}),
       extra=st.dictionaries(update_keys, json_values, max_size=2))
def test_telegram_shaped_fuzz(dev_client: FlaskClient, update: dict[str, Any],
                              extra: dict[str, Any]) -> None:
    response = dev_client.post("/telegram", json={**extra, **update})
    assert written(response) < 500


@FUZZ
@given(message=st.fixed_dictionaries({
    "message_id": st.integers(0, 10**6), "date": st.integers(0, 2**31),
    "chat": st.fixed_dictionaries({"id": st.integers(-2**52, 2**52),
                                   "type": st.sampled_from(["private", "group", "channel", "x"])}),
}, optional={"text": st.text(max_size=300), "from": st.fixed_dictionaries(
    {"id": st.integers(1, 2**40), "is_bot": st.booleans(), "first_name": st.text(max_size=10)},
    optional={"language_code": st.text(max_size=6)})}))
def test_telegram_plausible_messages(dev_client: FlaskClient, message: dict[str, Any]) -> None:
    response = dev_client.post("/telegram", json={"update_id": 1 + message["message_id"],
                                                  "message": message})
    assert written(response) < 500


@FUZZ
@given(body=st.binary(max_size=400),
       secret=st.text(st.characters(codec="utf-8", exclude_characters="\r\n\x00"),
                      max_size=40))
def test_telegram_raw_fuzz(signed_client: FlaskClient, body: bytes, secret: str) -> None:
    for headers in ({"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET},
                    {"X-Telegram-Bot-Api-Secret-Token": secret.encode("utf-8").decode("latin-1")}):
        response = signed_client.post("/telegram", data=body, content_type="application/json",
                                      headers=headers)
        assert written(response) < 500
