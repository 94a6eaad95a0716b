"""What operators watch: /healthz (alive), /readyz (ready to answer), /metrics, JSON logs,
`kyr --version` and `kyr probe`."""

import io
import json
import logging
import re
import subprocess
import sys
import time
from importlib.metadata import version
from typing import Any

import pytest
from flask.testing import FlaskClient

from bot.state import logsafe
from bot.state.redis_store import CircuitBreaker, RedisStore
from tests.helpers import TELEGRAM_SECRET, post_signed, sms_form
from tests.helpers import settings as production_like
from tests.redisserver import RedisServer
from webhooks.app import create_app
from webhooks.settings import Settings

METRICS_TOKEN = "metrics-token-for-tests-0123456789"


def client_for(**changes: Any) -> FlaskClient:
    return create_app(production_like(**changes)).test_client()


def samples(client: FlaskClient, **headers: str) -> dict[str, float]:
    """The exposition's samples by name and labels, as a scraper would read them."""
    response = client.get("/metrics", headers=headers)
    assert response.status_code == 200, response.status_code
    assert response.mimetype == "text/plain" and "version=0.0.4" in response.content_type
    values: dict[str, float] = {}
    for line in response.get_data(as_text=True).splitlines():
        if line and not line.startswith("#"):
            name, _, value = line.rpartition(" ")
            values[name] = float(value)
    return values


def total(values: dict[str, float], name: str, **labels: str) -> float:
    """The sum of a metric's samples whose labels include these."""
    wanted = [f'{key}="{value}"' for key, value in labels.items()]
    return sum(value for sample, value in values.items()
               if sample.split("{")[0] == name and all(label in sample for label in wanted))


# ---- readiness ---------------------------------------------------------------------------------

def test_ready_with_content_and_the_memory_store() -> None:
    response = client_for().get("/readyz")
    assert response.status_code == 200 and response.json == {"status": "ready", "store": "memory"}


def test_readiness_follows_redis_while_liveness_stays_up(own_redis: RedisServer) -> None:
    store = RedisStore.from_url(own_redis.url)
    store.breaker = CircuitBreaker(seconds=0.3)
    client = create_app(production_like(redis_url=own_redis.url), store=store).test_client()
    assert client.get("/readyz").json == {"status": "ready", "store": "redis"}
    own_redis.kill()
    down = client.get("/readyz")
    assert down.status_code == 503 and down.json is not None
    assert down.json["status"] == "not ready" and down.json["reason"].startswith("redis unreachable")
    assert client.get("/healthz").status_code == 200  # alive: people still get stateless answers
    own_redis.start()
    time.sleep(0.4)  # the breaker lets a trial through
    assert client.get("/readyz").status_code == 200


def test_not_ready_while_redis_would_write_to_disk(own_redis: RedisServer) -> None:
    store = RedisStore.from_url(own_redis.url)
    client = create_app(production_like(redis_url=own_redis.url), store=store).test_client()
    assert client.get("/readyz").status_code == 200
    own_redis.client().config_set("save", "3600 1")
    store._checked_at = None  # as after a minute: the settings are read again
    persisting = client.get("/readyz")
    assert persisting.status_code == 503 and persisting.json is not None
    assert "persists" in persisting.json["reason"]


# ---- metrics -----------------------------------------------------------------------------------

def test_metrics_count_turns_replies_and_duplicates() -> None:
    client = client_for()
    for text, sid in (("hola", "SM-m1"), ("1", "SM-m2"), ("1", "SM-m2")):  # the last is a retry
        assert post_signed(client, sms_form(text, sid=sid)).status_code == 200
    headers = {"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET}
    update = {"update_id": 7, "message": {"message_id": 1, "date": 0, "text": "hello",
                                          "chat": {"id": 42, "type": "private"}}}
    assert client.post("/telegram", json=update, headers=headers).status_code == 200
    values = samples(client)
    assert total(values, "kyr_turns_total", channel="sms", event="greet", locale="es") == 1
    assert total(values, "kyr_turns_total", channel="sms", event="option") == 1
    assert total(values, "kyr_turns_total", channel="telegram") == 1
    assert total(values, "kyr_duplicates_total", channel="sms") == 1
    assert total(values, "kyr_turn_duration_seconds_count", channel="sms") == 2
    assert total(values, "kyr_reply_segments_count", channel="sms") == 2
    assert total(values, "kyr_reply_segments_bucket", channel="sms", le="1.0") < 2  # menus are long
    assert total(values, "kyr_store_breaker_open") == 0


def test_metrics_count_the_pace_and_store_failures(own_redis: RedisServer) -> None:
    store = RedisStore.from_url(own_redis.url)
    store.breaker = CircuitBreaker(failures=2, seconds=30)
    client = create_app(production_like(redis_url=own_redis.url, sender_limit="2/minute"),
                        store=store).test_client()
    for number in range(4):
        post_signed(client, sms_form("hello", sid=f"SM-p{number}"))
    values = samples(client)
    assert total(values, "kyr_rate_limited_total", channel="sms", pacing="notice") == 1
    assert total(values, "kyr_rate_limited_total", channel="sms", pacing="quiet") == 1
    own_redis.kill()
    for number in range(3):
        post_signed(client, sms_form("hello", sender="+13125550777", sid=f"SM-f{number}"))
    values = samples(client)
    assert total(values, "kyr_store_errors_total") >= 3
    assert total(values, "kyr_store_errors_total", reason="circuit open") >= 1
    assert total(values, "kyr_store_breaker_open") == 1


def test_metrics_labels_are_only_code_and_content() -> None:
    client = client_for()
    post_signed(client, sms_form("my name is Zqcanary and I live at 99 Canarystreet",
                                 sender="+13125550999", sid="SM-canary"))
    text = client.get("/metrics").get_data(as_text=True)
    assert "kyr_turns_total{" in text
    for canary in ("Zqcanary", "Canarystreet", "3125550999", "SM-canary"):
        assert canary not in text
    allowed = {"channel", "flow", "node", "locale", "event", "pacing", "reason", "le"}
    for labels in re.findall(r"\{([^}]*)\}", text):
        assert {pair.split("=")[0] for pair in labels.split(",")} <= allowed, labels


def test_metrics_only_from_this_machine_or_with_the_token() -> None:
    open_client = client_for()
    assert open_client.get("/metrics").status_code == 200  # loopback, directly
    assert open_client.get("/metrics", headers={"X-Forwarded-For": "203.0.113.9"}).status_code == 404
    assert open_client.get("/metrics", environ_base={"REMOTE_ADDR": "203.0.113.9"}).status_code == 404
    guarded = client_for(metrics_token=METRICS_TOKEN)
    outside = {"REMOTE_ADDR": "203.0.113.9"}
    refused = guarded.get("/metrics", environ_base=outside)
    assert refused.status_code == 401 and refused.headers["WWW-Authenticate"] == "Bearer"
    wrong = guarded.get("/metrics", environ_base=outside, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401
    right = guarded.get("/metrics", environ_base=outside,
                        headers={"Authorization": f"Bearer {METRICS_TOKEN}"})
    assert right.status_code == 200 and b"kyr_turns_total" in right.data



@pytest.mark.parametrize("header", ["X-Forwarded-Host", "X-Forwarded-Proto", "X-Client-IP",
                                    "True-Client-IP", "CF-Connecting-IP", "Via", "Forwarded"])
def test_a_request_that_came_through_a_proxy_is_not_from_this_machine(header: str) -> None:
    """A local proxy that adds no X-Forwarded-For, but another header of its kind, is still a
    proxy: /metrics was served to the world through one."""
    assert client_for().get("/metrics", headers={header: "203.0.113.9"}).status_code == 404


def test_metrics_refuse_a_part_of_the_token() -> None:
    guarded = client_for(metrics_token=METRICS_TOKEN)
    outside = {"REMOTE_ADDR": "203.0.113.9"}
    for given in ("", " ", METRICS_TOKEN[:1], METRICS_TOKEN[:-1], METRICS_TOKEN[1:],
                  METRICS_TOKEN + "x", METRICS_TOKEN.upper()):
        response = guarded.get("/metrics", environ_base=outside,
                               headers={"Authorization": f"Bearer {given}"})
        assert response.status_code == 401, repr(given)
    whole = guarded.get("/metrics", environ_base=outside,
                        headers={"Authorization": f"Bearer {METRICS_TOKEN}"})
    assert whole.status_code == 200


class AcceptedOn:
    """gunicorn's socket of a connection, as far as the app asks: the address it was accepted on."""

    def __init__(self, address: str) -> None:
        self.address = address

    def getsockname(self) -> tuple[str, int]:
        return self.address, 8000


def test_a_loopback_peer_on_a_public_listener_is_not_this_machine() -> None:
    open_client = client_for()  # no token: /metrics only for this machine
    for listener, status in (("203.0.113.5", 404), ("0.0.0.0", 404), ("127.0.0.1", 200), ("::1", 200)):
        environ = {"REMOTE_ADDR": "127.0.0.1", "gunicorn.socket": AcceptedOn(listener)}
        assert open_client.get("/metrics", environ_base=environ).status_code == status, listener


# ---- logs --------------------------------------------------------------------------------------

def test_json_logs_are_one_sanitized_object_per_line() -> None:
    client = client_for(log_format="json")
    handler = logging.getLogger("kyr").handlers[0]
    assert isinstance(handler, logging.StreamHandler)
    written = io.StringIO()
    previous = handler.setStream(written)
    try:
        post_signed(client, sms_form("hola soy Qjsoncanary", sender="+13125550888", sid="SM-json"))
        try:
            raise KeyError("Qjsoncanary +13125550888")
        except KeyError:
            logging.getLogger("kyr.app").exception("event=test-exception")
    finally:
        handler.setStream(previous)
        client_for()  # back to text for the tests after this one (the handler is shared)
    err = written.getvalue()
    lines = [json.loads(line) for line in err.splitlines()]  # every line is one object
    turn = next(line for line in lines if line.get("event") == "greet")
    assert turn["logger"] == "kyr.turn" and turn["channel"] == "sms" and turn["locale"] == "es"
    assert turn["level"] == "INFO" and turn["time"].endswith("+00:00")
    failure = next(line for line in lines if line.get("event") == "test-exception")
    assert "KeyError: (message withheld)" in failure["exception"]
    assert "Qjsoncanary" not in err and "3125550888" not in err


def test_json_fields_stop_at_the_explanation() -> None:
    record = logging.LogRecord("kyr.app", logging.ERROR, __file__, 1,
                               "event=channel name=twilio enabled=no: PUBLIC_URL=x is not set", None,
                               None)
    line = json.loads(logsafe.JsonLines().format(record))
    assert (line["event"], line["name"], line["enabled"]) == ("channel", "twilio", "no")
    assert "PUBLIC_URL" not in line and line["message"].startswith("event=channel")


def test_an_unknown_log_format_is_named() -> None:
    with pytest.raises(ValueError, match="KYR_LOG_FORMAT"):
        Settings.from_env({"KYR_LOG_FORMAT": "xml"})


# ---- the command -------------------------------------------------------------------------------

def test_kyr_version_is_the_package_version() -> None:
    done = subprocess.run([sys.executable, "-m", "bot.tools.cli", "--version"], capture_output=True,
                          text=True, timeout=30)
    assert done.returncode == 0 and done.stdout.strip() == f"kyr {version('kyr-bot')}"


def test_kyr_probe_with_nothing_listening_fails_and_says_so() -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    done = subprocess.run([sys.executable, "-m", "bot.tools.cli", "probe", "--timeout", "1"],
                          capture_output=True, text=True, timeout=30,
                          env={"PATH": "/usr/bin:/bin", "PORT": str(port)})
    assert done.returncode == 1 and "/healthz did not answer" in done.stderr


def test_kyr_chat_channels_are_the_simulators() -> None:
    from bot.tools import chat, cli

    assert cli.CHANNELS == chat.CHANNELS
