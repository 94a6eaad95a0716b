"""`kyr studio`: the chat per channel, the problems as files change, save as test, loopback only."""

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from bot.engine.catalog import Catalog
from bot.engine.engine import Engine
from bot.engine.sms import segments
from bot.tools import cli, studio
from bot.tools.chat import Simulator, show_sms
from bot.tools.diagram import mermaid
from bot.tools.loopback import is_loopback
from tests.conftest import REPO
from tests.test_transcripts import _load, replay

BROKEN_ID = "      - clinic-intro-typo\n"


@pytest.fixture
def app(catalog: Catalog, tmp_path: Path) -> Flask:
    """The studio on the bundled content (checked once by the session's catalog); tests are
    saved under this test's folder."""
    return studio.create_app(REPO, transcripts=tmp_path / "transcripts")


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def send(client: FlaskClient, channel: str, text: str) -> dict[str, Any]:
    response = client.post("/api/send", json={"channel": channel, "text": text})
    assert response.status_code == 200, response.get_data(as_text=True)
    data: dict[str, Any] = response.get_json()
    return data


def problems(client: FlaskClient) -> dict[str, Any]:
    data: dict[str, Any] = client.get("/api/problems").get_json()
    return data


def test_the_page_has_the_three_views_the_languages_and_its_script(client: FlaskClient) -> None:
    page = client.get("/").get_data(as_text=True)
    for view in ("channel-sms", "channel-whatsapp", "channel-telegram", 'id="language"',
                 'value="es"', "Español", 'id="problems"', 'id="diagram"', 'id="save-name"'):
        assert view in page
    assert "/static/studio.js" in page and "/static/studio.css" in page
    assert "http" not in page.replace("http-equiv", "")  # nothing loaded from elsewhere
    assert client.get("/static/studio.js").status_code == 200
    assert client.get("/static/studio.css").status_code == 200


def test_sms_reply_is_exactly_what_the_channel_sends_with_segments_flow_and_node(
        client: FlaskClient, catalog: Catalog) -> None:
    turn = send(client, "sms", "hello")
    assert (turn["flow"], turn["node"], turn["event"], turn["locale"]) == ("main", "menu", "greet", "en")
    assert turn["say"][0] == "main-welcome" and "main-choice-officers" in turn["options"]
    bodies = [message["text"] for message in turn["messages"]]
    simulator = Simulator(catalog, "sms", clock=lambda: 1.0)
    assert show_sms("\n\n".join(bodies)) == simulator.send("hello")  # what `kyr chat` shows
    for message in turn["messages"]:
        count = segments(message["text"])
        assert message["segments"] == {"count": count.count, "encoding": count.encoding,
                                       "units": count.units}
        assert message["characters"] == len(message["text"])
    assert turn["messages"][0]["segments"]["encoding"] == "GSM-7"
    clinic = send(client, "sms", "2")
    assert (clinic["flow"], clinic["node"]) == ("clinic", "intro")
    assert "1) Is my medical information private?" in clinic["messages"][0]["text"]


def test_arabic_sms_travels_as_ucs2(client: FlaskClient) -> None:
    client.post("/api/language", json={"locale": "ar"})
    turn = send(client, "sms", "1")
    assert turn["locale"] == "ar"
    assert {message["segments"]["encoding"] for message in turn["messages"]} == {"UCS-2"}


def test_telegram_view_has_buttons_and_a_pressed_button_is_sent_as_its_label(
        client: FlaskClient) -> None:
    turn = send(client, "telegram", "hello")
    assert "Officers at my door or in public" in turn["buttons"]
    assert "At a clinic or hospital" in turn["buttons"]
    assert all("1)" not in message["text"] and "segments" not in message
               for message in turn["messages"])
    pressed = send(client, "telegram", "At a clinic or hospital")
    assert (pressed["flow"], pressed["node"]) == ("clinic", "intro")
    assert "Is my medical information private?" in pressed["buttons"]


def test_whatsapp_keeps_the_accents_sms_folds(client: FlaskClient) -> None:
    client.post("/api/language", json={"locale": "es"})
    sms = send(client, "sms", "hola")["messages"][0]["text"]
    whatsapp = send(client, "whatsapp", "hola")["messages"][0]
    assert "7) Cambiar idioma" in sms and "información" not in sms
    assert "información" in whatsapp["text"] and "segments" not in whatsapp


def test_free_text_is_explained_and_numbers_are_not(client: FlaskClient) -> None:
    send(client, "sms", "hello")
    assert send(client, "sms", "2")["why"] is None
    why = send(client, "sms", "emergency room")["why"]
    assert why.startswith("language: en\ndecision:") and "answers at" in why


def test_language_switch_replays_the_conversation_in_that_language(client: FlaskClient) -> None:
    assert send(client, "sms", "hello")["messages"][0]["text"].startswith("Hello.")
    send(client, "sms", "2")
    switched = client.post("/api/language", json={"locale": "es"}).get_json()
    assert switched == {"locale": "es", "replayed": {"sms": 2}}
    turns = client.get("/api/conversation?channel=sms").get_json()["turns"]
    assert [turn["locale"] for turn in turns] == ["es", "es"]
    assert turns[0]["messages"][0]["text"].startswith("Hola.")
    assert (turns[1]["flow"], turns[1]["node"]) == ("clinic", "intro")
    assert send(client, "telegram", "hello")["locale"] == "es"  # a new one starts in it too
    assert client.post("/api/language", json={"locale": "tlh"}).status_code == 400
    client.post("/api/language", json={"locale": ""})
    assert send(client, "whatsapp", "hello")["locale"] == "en"  # guessed again


def test_each_browser_and_each_channel_has_its_own_conversation(app: Flask) -> None:
    one, other = app.test_client(), app.test_client()
    send(one, "sms", "hello")
    send(one, "sms", "2")
    assert send(other, "sms", "2")["event"] != "option"  # a first message for the other browser
    assert len(one.get("/api/conversation?channel=sms").get_json()["turns"]) == 2
    assert one.get("/api/conversation?channel=telegram").get_json()["turns"] == []
    one.post("/api/reset", json={"channel": "sms"})
    assert one.get("/api/conversation?channel=sms").get_json()["turns"] == []


def test_problems_appear_with_file_and_line_and_clear_when_fixed(
        catalog: Catalog, content_copy: Path) -> None:
    client = studio.create_app(content_copy).test_client()
    clean = problems(client)
    assert (clean["errors"], clean["chat"]) == (0, "current")
    flow = content_copy / "flows/clinic.yaml"
    good = flow.read_text(encoding="utf-8")
    flow.write_text(good.replace("      - clinic-intro\n", BROKEN_ID, 1), encoding="utf-8")
    broken = problems(client)
    assert broken["errors"] == 1 and broken["chat"] == "last good"
    found = broken["problems"][0]
    assert found["where"] == "flows/clinic.yaml:11" and found["severity"] == "error"
    assert "clinic-intro-typo" in found["message"] and "did you mean 'clinic-intro'" in found["message"]
    # the chat keeps answering with the last content without errors
    assert send(client, "sms", "hello")["flow"] == "main"
    assert client.post("/api/save", json={"channel": "sms", "name": "x"}).status_code == 409
    flow.write_text(good, encoding="utf-8")
    fixed = problems(client)
    assert (fixed["errors"], fixed["problems"], fixed["chat"]) == (0, [], "current")
    assert fixed["version"] == clean["version"]  # the same content: the same catalog


def test_a_clean_edit_reaches_the_chat(catalog: Catalog, content_copy: Path) -> None:
    client = studio.create_app(content_copy).test_client()
    before = problems(client)["version"]
    messages = content_copy / "locales/en/main.ftl"
    text = messages.read_text(encoding="utf-8")
    assert "Hello. I share" in text
    messages.write_text(text.replace("Hello. I share", "Hi there. I share"), encoding="utf-8")
    turn = send(client, "sms", "hello")
    assert turn["messages"][0]["text"].startswith("Hi there. I share")
    assert problems(client)["version"] == before + 1


def test_content_broken_from_the_start_waits_for_a_fix(catalog: Catalog, content_copy: Path) -> None:
    flow = content_copy / "flows/clinic.yaml"
    good = flow.read_text(encoding="utf-8")
    flow.write_text(good.replace("      - clinic-intro\n", BROKEN_ID, 1), encoding="utf-8")
    client = studio.create_app(content_copy).test_client()
    assert problems(client)["chat"] == "none"
    assert client.post("/api/send", json={"channel": "sms", "text": "hi"}).status_code == 503
    assert client.get("/").status_code == 200
    flow.write_text(good, encoding="utf-8")
    assert send(client, "sms", "hi")["flow"] == "main"


def test_diagram_is_kyr_diagrams_text(client: FlaskClient, catalog: Catalog) -> None:
    data = client.get("/api/diagram?flow=clinic&locale=es").get_json()
    assert data["text"] == mermaid(catalog, "clinic", "es")
    assert client.get("/api/diagram?flow=nope").status_code == 404
    assert "no flow 'nope'" in client.get("/api/diagram?flow=nope").get_json()["error"]


def test_transcript_is_the_golden_format() -> None:
    steps = [studio.Step("hola", "es", ("main-welcome",), ("main-choice-officers",)),
             studio.Step("stop", "es")]
    data = studio.transcript(steps, "es", "sms")
    assert data == {"channel": "sms", "start_locale": "es", "turns": [
        {"send": "hola", "locale": "es", "say": ["main-welcome"], "options": ["main-choice-officers"]},
        {"send": "stop", "locale": "es"}]}
    assert "start_locale" not in studio.transcript(steps, None, "telegram")
    text = studio.transcript_yaml(studio.transcript([studio.Step("2", "en")], None, "sms"), "")
    assert text.startswith("# Recorded in kyr studio over sms.\nchannel: sms\n")
    assert "- send: '2'\n" in text  # a number typed stays text


@pytest.mark.parametrize("channel", ["sms", "whatsapp", "telegram"])
def test_save_as_test_writes_a_transcript_the_golden_test_replays(
        client: FlaskClient, app: Flask, catalog: Catalog, engine: Engine, channel: str) -> None:
    client.post("/api/language", json={"locale": "es"})
    for text in ("hola", "2", "emergencia"):
        send(client, channel, text)
    saved = client.post("/api/save", json={"channel": channel, "name": f"studio-{channel}",
                                           "comment": "Una prueba\ndesde el estudio"})
    assert saved.status_code == 201, saved.get_data(as_text=True)
    data = saved.get_json()
    case = Path(data["yaml"])
    folder: Path = app.extensions["kyr_studio"].transcripts
    assert case == folder / "clinic" / f"studio-{channel}.yaml" and data["flow"] == "clinic"
    assert data["same_as_shown"] is True and data["turns"] == 3
    assert case.read_text(encoding="utf-8").startswith("# Una prueba desde el estudio\n")
    loaded = _load(case)
    assert loaded["channel"] == channel and loaded["start_locale"] == "es"
    assert [turn["send"] for turn in loaded["turns"]] == ["hola", "2", "emergencia"]
    result = replay(case, catalog, engine)  # asserts every id, option and locale
    assert result.rendered == Path(data["snapshot"]).read_text(encoding="utf-8")
    assert ("clinic", "es") in result.visited
    # The snapshot shows what that channel shows: a numbered menu on SMS and WhatsApp (segments
    # only on SMS), buttons on Telegram.
    assert ("1) " in result.rendered) == (channel != "telegram")
    assert ("[ " in result.rendered) == (channel == "telegram")
    assert ("[SMS:" in result.rendered) == (channel == "sms")
    again = client.post("/api/save", json={"channel": channel, "name": f"studio-{channel}"})
    assert again.status_code == 409 and "exists" in again.get_json()["error"]


@pytest.mark.parametrize("name", ["", "Door", "../up", "a/b", "a.b", "door es", 7])
def test_save_refuses_names_that_are_not_lowercase_digits_dashes_or_underscores(
        client: FlaskClient, app: Flask, name: object) -> None:
    send(client, "sms", "hello")
    refused = client.post("/api/save", json={"channel": "sms", "name": name})
    assert refused.status_code == 400
    assert not app.extensions["kyr_studio"].transcripts.exists()


def test_save_refuses_an_empty_conversation_an_unknown_folder_and_non_json(client: FlaskClient) -> None:
    empty = client.post("/api/save", json={"channel": "sms", "name": "nothing"})
    assert empty.status_code == 400 and "send a message first" in empty.get_json()["error"]
    send(client, "sms", "hello")
    assert client.post("/api/save", json={"channel": "sms", "name": "x",
                                          "flow": "../.."}).status_code == 400
    form = client.post("/api/save", data={"channel": "sms", "name": "x"})
    assert form.status_code == 415


def test_save_refuses_a_name_too_long_for_a_file_and_a_flow_that_does_not_exist(
        client: FlaskClient, app: Flask) -> None:
    """A 300-letter name once made the file system refuse the file (a 500); a made-up flow once
    made a new folder of tests for nothing the content has."""
    send(client, "sms", "hello")
    long = client.post("/api/save", json={"channel": "sms", "name": "a" * 300})
    assert long.status_code == 400 and "up to 100" in long.get_json()["error"]
    unknown = client.post("/api/save", json={"channel": "sms", "name": "ok1", "flow": "zzznew"})
    assert unknown.status_code == 400 and "no flow 'zzznew'" in unknown.get_json()["error"]
    assert "clinic" in unknown.get_json()["error"]  # the flows it could be
    assert not app.extensions["kyr_studio"].transcripts.exists()
    longest = client.post("/api/save", json={"channel": "sms", "name": "a" * 100, "flow": "main"})
    assert longest.status_code == 201


def test_only_this_machine_is_answered(client: FlaskClient) -> None:
    assert client.get("/", headers={"Host": "studio.example:8001"}).status_code == 403
    assert client.get("/api/problems", headers={"Host": "127.0.0.1:8001"}).status_code == 200
    assert client.get("/api/problems", headers={"Host": "[::1]:8001"}).status_code == 200
    elsewhere = client.post("/api/send", json={"channel": "sms", "text": "hi"},
                            headers={"Origin": "https://example.org"})
    assert elsewhere.status_code == 403
    assert client.post("/api/send", json={"channel": "fax", "text": "hi"}).status_code == 400



def test_a_name_that_starts_with_localhost_is_not_this_machine(client: FlaskClient) -> None:
    for name in ("localhost.evil.example", "localhost-evil.example", "localhostx", "localhost."):
        assert not is_loopback(name), name
    assert is_loopback("localhost")
    # A page from such a name (DNS rebinding) is refused by both the Host and the Origin checks.
    assert client.get("/api/problems", headers={"Host": "localhost.evil.example:8001"}).status_code == 403
    assert client.get("/api/problems", headers={"Host": "localhost:8001"}).status_code == 200
    sent = client.post("/api/send", json={"channel": "sms", "text": "hi"},
                       headers={"Origin": "http://localhost.evil.example:8001"})
    assert sent.status_code == 403

def test_the_server_binds_loopback_only(app: Flask) -> None:
    listening = studio.server(app, "127.0.0.1", 0)
    try:
        assert listening.server_address[0] == "127.0.0.1" and listening.port > 0
    finally:
        listening.server_close()
    for host in ("0.0.0.0", "::", "192.168.1.10", "example.org", ""):
        with pytest.raises(ValueError, match="this machine only"):
            studio.server(app, host, 0)
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("[::1]")
    assert is_loopback("::ffff:127.0.0.1") and not is_loopback("10.0.0.1")


def test_kyr_studio_refuses_other_hosts_and_bad_ports(capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    assert cli.main(["studio", "--root", str(REPO), "--host", "0.0.0.0"]) == 2
    assert "this machine only" in capsys.readouterr().err
    monkeypatch.setenv("PORT", "http")
    assert cli.main(["studio", "--root", str(REPO)]) == 2
    assert "PORT='http' is not a port number" in capsys.readouterr().err
    assert studio.port_from({}) == 8001 and studio.port_from({"PORT": "9100"}) == 9100


def test_conversations_stay_in_memory_no_store_no_redis_no_webhooks(
        client: FlaskClient, tmp_path: Path) -> None:
    for text in ("hello", "2", "1", "stop", "start", "clear"):
        send(client, "sms", text)
    assert not (tmp_path / "transcripts").exists()  # only "Save as test" writes
    code = ("import sys, bot.tools.studio; print(sorted(m for m in sys.modules if m.split('.')[0] "
            "in ('redis', 'webhooks', 'telegram', 'twilio') or m.startswith('bot.state')))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == "[]"
