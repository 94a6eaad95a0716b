"""The safety net above every route: 911 for a medical emergency and 988 for despair, in every
language, first message or mid-conversation, whatever else the message says; a sentence of
despair is never an opt-out; stop sentences in the language they are written in; places,
greetings and command words of one language anywhere; who is asking.

Messages are written here by hand, as people would send them (not taken from the signs lists
or the examples), and go through the engine, the Twilio webhook or the Telegram webhook."""

from pathlib import Path

import pytest

from bot.engine.catalog import Catalog
from bot.engine.conversation import Inbound, State, Turn, TurnEvent
from bot.engine.engine import Engine
from bot.engine.render import telegram_messages
from bot.engine.safety import Crisis, signs_by_locale
from bot.tools.explain import explain
from tests.helpers import app, post_signed, sms_form, twiml_bodies
from tests.test_check import problems_in
from tests.test_telegram import post, text_update

EMERGENCIES = {
    "en": "my son is not breathing",
    "es": "ayuda, la migra esta aqui y mi hijo no respira",
    "fr": "mon mari ne respire plus, aidez moi",
    "pt": "meu filho desmaiou e nao acorda",
    "ht": "pitit mwen an pa ka respire",
    "vi": "con toi khong tho duoc",
    "zh": "我儿子不能呼吸了",
    "ar": "ابني لا يتنفس",
    "ru": "мой сын не дышит",
    "hi": "मेरा बेटा सांस नहीं ले रहा",
}
DESPAIR = {
    "en": "I want to kill myself",
    "es": "ya no quiero vivir",
    "fr": "je veux mourir",
    "pt": "eu quero me matar",
    "ht": "mwen vle touye tet mwen",
    "vi": "toi muon tu tu",
    "zh": "我不想活了",
    "ar": "أريد أن أموت",
    "ru": "я хочу умереть",
    "hi": "मैं मरना चाहता हूं",
}
MID = State("officers", "warrant", "en")


def shown(engine: Engine, catalog: Catalog, turn: Turn, channel: str) -> str:
    """What the person reads first on a channel."""
    if channel == "sms":
        return "\n".join(engine.sms.bodies(turn.reply))
    return "\n".join(telegram_messages(turn.reply, catalog.localizer)[0])


@pytest.mark.parametrize("locale", sorted(EMERGENCIES))
@pytest.mark.parametrize("channel", ["sms", "telegram"])
def test_an_emergency_gets_911_first_in_its_language_first_or_mid_conversation(
        engine: Engine, catalog: Catalog, locale: str, channel: str) -> None:
    text = EMERGENCIES[locale]
    first = engine.handle(None, Inbound(text, channel=channel))
    mid = engine.handle(MID._replace(locale=locale), Inbound(text, channel=channel))
    for turn in (first, mid):
        assert turn.event is TurnEvent.CRISIS and turn.reply.locale == locale, text
        assert "911" in shown(engine, catalog, turn, channel).split("\n")[0], text
        assert turn.state is not None and not turn.state.opted_out


@pytest.mark.parametrize("locale", sorted(DESPAIR))
@pytest.mark.parametrize("channel", ["sms", "telegram"])
def test_despair_gets_988_and_is_never_an_opt_out(engine: Engine, catalog: Catalog, locale: str,
                                                  channel: str) -> None:
    text = DESPAIR[locale]
    for state in (None, MID._replace(locale=locale)):
        turn = engine.handle(state, Inbound(text, channel=channel))
        assert turn.event is TurnEvent.CRISIS and turn.reply.locale == locale, text
        assert "988" in shown(engine, catalog, turn, channel), text
        assert turn.state is not None and not turn.state.opted_out
        assert not engine.asks_to_stop(Inbound(text, channel=channel))  # nor at any pace


def test_officers_and_an_emergency_get_911_first_then_the_door_as_option_1(
        engine: Engine, catalog: Catalog) -> None:
    turn = engine.handle(None, Inbound(
        "my husband is having a heart attack and ICE is outside, can I call 911?"))
    body = shown(engine, catalog, turn, "sms")
    assert body.startswith("Call 911 now.") and "1) At my door" in body and "0) Main menu" in body
    assert engine.sms.measure(turn.reply)[0].count <= 3  # one page: 911 never behind More
    door = engine.handle(turn.state, Inbound("1"))
    assert (door.state.flow, door.state.node) == ("officers", "door")  # type: ignore[union-attr]


def test_a_crisis_answer_comes_with_nothing_before_it_even_for_a_first_message(
        engine: Engine) -> None:
    turn = engine.handle(None, Inbound("mi hijo no respira"))
    assert [say.id for say in turn.reply.messages] == ["crisis-emergency"]


def test_after_a_crisis_anything_not_understood_gets_the_number_again(engine: Engine,
                                                                      catalog: Catalog) -> None:
    crisis = engine.handle(None, Inbound("I want to kill myself"))
    again = engine.handle(crisis.state, Inbound("idk"))
    assert "988" in shown(engine, catalog, again, "sms")
    assert "did not understand" not in shown(engine, catalog, again, "sms")


def test_a_person_who_opted_out_still_gets_988_and_stays_opted_out(engine: Engine,
                                                                   catalog: Catalog) -> None:
    stopped = engine.handle(None, Inbound("ALTO", channel="whatsapp"))
    assert stopped.state is not None and stopped.state.opted_out
    crisis = engine.handle(stopped.state, Inbound("ya no quiero vivir", channel="whatsapp"))
    assert "988" in shown(engine, catalog, crisis, "sms")
    assert crisis.state is not None and crisis.state.opted_out
    assert crisis.reply.choices == ()  # nothing more is offered to a person who opted out
    assert engine.handle(crisis.state, Inbound("hola", channel="whatsapp")).reply.silent


def test_the_carrier_keyword_alone_still_opts_out(engine: Engine) -> None:
    for text in ("STOP", "unsubscribe", "Stop"):
        turn = engine.handle(MID, Inbound(text))
        assert turn.event is TurnEvent.STOP and turn.reply.silent  # Twilio confirms on SMS


def test_an_emergency_through_the_twilio_webhook_and_telegram() -> None:
    client = app().test_client()
    bodies = twiml_bodies(post_signed(client, sms_form("my son is not breathing")))
    assert bodies[0].startswith("Call 911 now.")
    answer = post(app().test_client(), text_update("мой сын не дышит", chat_id=77)).get_json()
    assert "911" in answer["text"].split("\n")[0]


@pytest.mark.parametrize(("text", "locale"), [
    ("ya no me escribas", "es"), ("para de me mandar mensagem", "pt"),
    ("arrete de m'envoyer des messages", "fr"), ("please stop texting me", "en"),
    ("请不要再给我发消息了", "zh"),
])
def test_a_stop_sentence_is_an_opt_out_in_its_own_language_first_and_mid(
        engine: Engine, text: str, locale: str) -> None:
    first = engine.handle(None, Inbound(text, channel="whatsapp"))
    assert first.event is TurnEvent.STOP and first.reply.locale == locale
    mid = engine.handle(MID, Inbound(text, channel="whatsapp"))
    assert mid.event is TurnEvent.STOP
    assert engine.asks_to_stop(Inbound(text))


@pytest.mark.parametrize("text", [
    "the police stopped my car", "I can't stop crying since they took him",
    "la policia me paro en la calle", "they stopped giving him his insulin",
    # asking for help is the opposite of an opt-out, however politely it is said
    "help me please", "aidez-moi svp", "me ajuda por favor", "ayudame por favor",
    "i want to sign up", "别再给我吃药了",
])
def test_other_uses_of_the_stop_word_are_not_opt_outs(engine: Engine, text: str) -> None:
    assert engine.handle(None, Inbound(text)).event is not TurnEvent.STOP
    assert engine.handle(MID, Inbound(text)).event is not TurnEvent.STOP


def test_signs_match_in_order_with_a_typo_and_never_a_changed_letter() -> None:
    signs = signs_by_locale({"en": {Crisis.EMERGENCY: ["not breathing", "choking", "overdos*"]}})
    found = [signs.find(text) for text in (
        "he is not really breathing", "hes not breating", "she overdosed", "im choking",
        "breathing not", "i was cooking dinner when they came", "he is breathing now")]
    assert [None if sign is None else sign.crisis for sign in found] == [
        Crisis.EMERGENCY, Crisis.EMERGENCY, Crisis.EMERGENCY, Crisis.EMERGENCY, None, None, None]


@pytest.mark.parametrize(("text", "region"), [("90012", "CA"), ("Houston", "TX"),
                                              ("i live in los angeles", "CA"), ("洛杉矶", "CA")])
def test_a_place_alone_goes_to_help_there_first_or_mid_conversation(
        engine: Engine, text: str, region: str) -> None:
    for state in (None, MID):
        turn = engine.handle(state, Inbound(text))
        assert turn.state is not None and turn.state.region == region, (text, state)
        assert turn.state.node == "results"


def test_a_city_two_states_share_asks_which_then_takes_the_answer(engine: Engine,
                                                                  catalog: Catalog) -> None:
    asked = engine.handle(None, Inbound("Kansas City"))
    text = shown(engine, catalog, asked, "sms")
    assert "Kansas City" in text and "Missouri" in text and "Kansas" in text
    answered = engine.handle(asked.state, Inbound("Missouri"))
    assert answered.state is not None and answered.state.region == "MO"


def test_weather_in_a_city_is_not_a_request_for_help_there(engine: Engine) -> None:
    turn = engine.handle(MID, Inbound("whats the weather tomorrow in chicago"))
    assert turn.state is not None and turn.state.region == ""


@pytest.mark.parametrize(("text", "locale", "event"), [
    ("AYUDA", "es", TurnEvent.HELP), ("ALTO", "es", TurnEvent.STOP),
    ("PARAR", "es", TurnEvent.STOP), ("AIDE", "fr", TurnEvent.HELP),
    ("AJUDA", "pt", TurnEvent.HELP), ("Olá", "pt", TurnEvent.GREET), ("oi", "pt", TurnEvent.GREET),
    ("привет", "ru", TurnEvent.GREET), ("hola buenas", "es", TurnEvent.GREET),
    ("hi how are you", "en", TurnEvent.GREET),
])
def test_a_word_of_one_language_answers_in_it(engine: Engine, text: str, locale: str,
                                              event: TurnEvent) -> None:
    turn = engine.handle(None, Inbound(text, channel="whatsapp"))
    assert (turn.event, turn.reply.locale) == (event, locale)


def test_a_language_chosen_before_the_chat_is_kept(engine: Engine) -> None:
    turn = engine.handle(None, Inbound("ICE is at my door what do I do", locale="es"))
    assert turn.reply.locale == "es" and turn.state is not None and turn.state.node == "door"


def test_a_telegram_start_link_keeps_its_language() -> None:
    client = app().test_client()
    welcome = post(client, text_update("/start es", chat_id=91, language="en")).get_json()
    assert welcome["text"].startswith("Hola.")
    door = post(client, text_update("ICE is at my door", chat_id=91, language="en")).get_json()
    assert "puerta" in door["text"].lower()


@pytest.mark.parametrize(("text", "locale", "expect"), [
    ("I work at a clinic and ICE is at the entrance right now", "en", "staff"),
    ("ICE is at my job, can I leave", "en", "officers"),
    ("my mother is in the hospital and there are ICE agents at the entrance", "en", "clinic"),
    ("trabajo en una clinica y llegaron agentes de ICE a la recepcion", "es", "staff"),
    ("la migra llego a la fabrica donde trabajo", "es", "officers"),
])
def test_who_is_asking_decides_the_answer(engine: Engine, text: str, locale: str,
                                          expect: str) -> None:
    turn = engine.handle(None, Inbound(text))
    assert turn.state is not None and turn.reply.locale == locale
    reached = turn.state.offer[0].split("/")[0] if turn.state.offer else turn.state.flow
    assert reached == expect, (text, turn.state)


@pytest.mark.parametrize("text", [
    "my son is not breathing", "how much to send money home", "ya no me escribas", "90012",
    "Kansas City", "AYUDA", "la migra esta en mi puerta q hago", "what time is it",
])
def test_kyr_why_says_what_the_bot_does(engine: Engine, catalog: Catalog, text: str) -> None:
    turn = engine.handle(None, Inbound(text))
    said = explain(catalog, engine, text)
    decision = said.splitlines()[1]
    assert said.startswith(f"language: {turn.reply.locale}\n")
    expected = {TurnEvent.CRISIS: "decision: crisis", TurnEvent.STOP: "decision: opt-out",
                TurnEvent.HELP: "decision: the HELP command", TurnEvent.OFFER: "decision: did you mean",
                TurnEvent.LANGUAGE_MENU: "decision: nothing suggests",
                TurnEvent.GREET: "decision: nothing close enough"}
    if turn.event is TurnEvent.ROUTED:
        assert decision.startswith(("decision: answer with", "decision: a place",
                                    "decision: a city")), decision
    else:
        assert decision.startswith(expected[turn.event]), (turn.event, decision)


def test_kyr_check_refuses_a_crisis_missing_too_long_or_without_its_number(
        content_copy: Path) -> None:
    (content_copy / "locales/fr/crisis.ftl").unlink()
    missing = problems_in(content_copy)
    assert any("'crisis-emergency' is missing from locales/fr/crisis.ftl" in p for p in missing)
    assert any("'crisis-signs-despair' is missing from locales/fr/crisis.ftl" in p for p in missing)


def test_kyr_check_refuses_a_crisis_reply_over_one_sms_page(content_copy: Path) -> None:
    ftl = content_copy / "locales/ru/crisis.ftl"
    text = ftl.read_text(encoding="utf-8")
    long = "Позвоните 911 сейчас. " * 12
    ftl.write_text("\n".join(f"crisis-emergency = {long}" if line.startswith("crisis-emergency =")
                             else line for line in text.splitlines()) + "\n", encoding="utf-8")
    problems = problems_in(content_copy)
    assert any(p.startswith("locales/ru/crisis.ftl:") and "emergency reply takes" in p
               and "one page" in p for p in problems), problems


def test_kyr_check_refuses_a_translation_without_the_number(content_copy: Path) -> None:
    ftl = content_copy / "locales/es/crisis.ftl"
    text = ftl.read_text(encoding="utf-8")
    emergency = next(line for line in text.splitlines() if line.startswith("crisis-emergency ="))
    ftl.write_text(text.replace(emergency, emergency.replace("911", "a emergencias")),
                   encoding="utf-8")
    problems = problems_in(content_copy)
    assert any("locales/es/crisis.ftl" in p and "lacks 911" in p for p in problems), problems


def test_kyr_check_refuses_too_few_signs_and_a_missing_safety_node(content_copy: Path) -> None:
    ftl = content_copy / "locales/pt/crisis.ftl"
    lines = ftl.read_text(encoding="utf-8").splitlines()
    start = lines.index("crisis-signs-despair =")
    kept = lines[:start + 4] + [line for line in lines[start + 1:] if not line.startswith("    ")]
    ftl.write_text("\n".join(kept) + "\n", encoding="utf-8")
    assert any("only 3 signs of despair" in p for p in problems_in(content_copy))
    flow = content_copy / "flows/crisis.yaml"
    flow.write_text(flow.read_text(encoding="utf-8").replace("    safety: despair\n", ""),
                    encoding="utf-8")
    assert any("no node says `safety: despair`" in p for p in problems_in(content_copy))


def test_kyr_check_refuses_a_button_that_shows_a_sign(content_copy: Path) -> None:
    ftl = content_copy / "locales/en/clinic.ftl"
    ftl.write_text(ftl.read_text(encoding="utf-8").replace(
        "    .keywords = emergency, er", "    .keywords = emergency, er, heart attack", 1),
        encoding="utf-8")
    problems = problems_in(content_copy)
    assert any(p.startswith("locales/en/clinic.ftl:") and "'heart attack' shows a sign of emergency"
               in p for p in problems), problems


def test_the_safety_net_keeps_no_word_of_a_message(engine: Engine, catalog: Catalog) -> None:
    canaries = ("zqxcanaryone", "zqxcanarytwo")
    for text in (f"my son {canaries[0]} is not breathing", f"{canaries[1]} i want to die"):
        engine.handle(None, Inbound(text))
        engine.handle(MID, Inbound(text))
    remembered = " ".join(catalog.signs._known_keys)
    assert remembered and not any(canary in remembered for canary in canaries)
    assert "breathing" in catalog.signs._known_keys  # the content's own words are kept
