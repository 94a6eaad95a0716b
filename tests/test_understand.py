"""Free text: what people type reaches the reviewed answer it is about, in every language."""

import json

import pytest

from bot.engine.catalog import Catalog
from bot.engine.conversation import Inbound, State
from bot.engine.engine import DID_YOU_MEAN, ROUTED_NOTICE, STOPPED, Engine
from bot.engine.keywords import DRAFT_NOTICE
from bot.engine.understand import Decision, spellings_of


def first(engine: Engine, text: str, channel: str = "sms") -> tuple[State, list[str]]:
    """The state and message ids after a first message."""
    turn = engine.handle(None, Inbound(text, channel=channel))
    assert turn.state is not None
    return turn.state, [say.id for say in turn.reply.messages]


def at(engine: Engine, flow: str, node: str, text: str, locale: str = "en") -> State:
    """The state after a message sent at a node."""
    turn = engine.handle(State(flow, node, locale), Inbound(text))
    assert turn.state is not None
    return turn.state


def test_a_first_message_about_the_door_gets_the_door_answer_with_the_notice(
        engine: Engine) -> None:
    turn = engine.handle(None, Inbound("ICE is at my door what do I do"))
    assert turn.state is not None
    assert (turn.state.flow, turn.state.node, turn.state.locale) == ("officers", "door", "en")
    said = [say.id for say in turn.reply.messages]
    assert said[:2] == [ROUTED_NOTICE, DRAFT_NOTICE]
    assert "officers-door-closed" in said
    assert turn.reply.choices[-1].key == "0"  # the way to the menu
    assert engine.sms.fits(turn.reply)
    assert turn.event == "routed" and turn.band == "high"


def test_back_after_a_first_answer_goes_to_the_main_menu(engine: Engine) -> None:
    state, _ = first(engine, "ICE is at my door what do I do")
    back = engine.handle(state, Inbound("back")).state
    assert back is not None and (back.flow, back.node) == ("main", "menu")


@pytest.mark.parametrize(("text", "locale", "node"), [
    ("my brother is detained and not getting his insulin", "en", "detention/problems"),
    ("la migra esta tocando la puerta q hago", "es", "officers/door"),
    ("la migra me paro en la calle xq", "es", "officers/public"),
    ("immigration offcers are bangin on my dor", "en", "officers/door"),  # typos
    ("移民局的人在敲我家的门怎么办", "zh", "officers/door"),  # no spaces
    ("я в больнице, мне отказывают в экстренной помощи, нет страховки", "ru", "clinic/emergency"),
    ("mon frère est en détention et ne reçoit pas ses médicaments", "fr", "detention/problems"),
    ("mon frere est en detention et ne recoit pas ses medicaments", "fr", "detention/problems"),
    ("ICE esta en mi door q hago", "es", "officers/door"),  # English mixed in, not a typo
    ("mi hermano is detained y no le dan insulin", "es", "detention/problems"),
])
def test_first_messages_reach_their_answer_in_their_language(
        engine: Engine, text: str, locale: str, node: str) -> None:
    state, said = first(engine, text)
    assert (f"{state.flow}/{state.node}", state.locale) == (node, locale)
    assert said[0] == ROUTED_NOTICE


def test_arabic_with_and_without_diacritics_is_read_the_same(catalog: Catalog) -> None:
    plain = "الشرطة عند الباب ماذا أفعل"
    marked = "الشُّرْطَةُ عِنْدَ البَابِ مَاذَا أَفْعَلُ"
    understanding = catalog.understanding
    assert understanding.match("ar", plain) == understanding.match("ar", marked)
    assert understanding.match("ar", plain).best is not None


def test_a_message_mixing_topics_goes_to_the_most_urgent(engine: Engine) -> None:
    state, _ = first(engine, "ICE is at my door, how do I get a lawyer")
    assert (state.flow, state.node) == ("officers", "door")


def test_an_emergency_is_never_answered_with_a_lesser_topic(catalog: Catalog) -> None:
    match = catalog.understanding.match(
        "en", "my dad is detained and collapsed, the guards won't call a doctor, can he get parole")
    assert match.decision is Decision.ANSWER and match.best is not None and match.best.urgent


def test_sms_short_forms_are_spelled_out() -> None:
    assert spellings_of("q = que, xq = porque,  bad pair, = x") == {"q": "que", "xq": "porque"}


def test_numerals_in_any_script_pick_options(engine: Engine) -> None:
    moved = at(engine, "officers", "intro", "١", "ar")
    assert (moved.flow, moved.node) == ("officers", "door")


@pytest.mark.parametrize("text", ["please stop texting me", "stop sending me messages",
                                  "dejen de mandarme mensajes"])
def test_a_sentence_asking_to_stop_is_an_opt_out(engine: Engine, text: str) -> None:
    locale = "es" if text.startswith("dejen") else "en"
    turn = engine.handle(State("officers", "door", locale), Inbound(text))
    assert turn.event == "stop" and turn.state is not None and turn.state.opted_out
    assert [say.id for say in turn.reply.messages] == [STOPPED]  # not a carrier word: we confirm


@pytest.mark.parametrize("text", ["I can't stop crying", "the police stopped my car",
                                  "the elevator stopped"])
def test_the_stop_word_in_another_sense_is_not_an_opt_out(engine: Engine, text: str) -> None:
    turn = engine.handle(State("officers", "door", "en"), Inbound(text))
    assert turn.state is not None and not turn.state.opted_out


def test_commands_keep_priority_over_topics(engine: Engine) -> None:
    turn = engine.handle(State("officers", "door", "en"), Inbound("help"))
    assert turn.event == "help"


def test_mid_conversation_free_text_picks_an_option_of_the_node(engine: Engine) -> None:
    moved = at(engine, "officers", "door", "they have a paper from ICE, is that a real warrant")
    assert (moved.flow, moved.node) == ("officers", "warrant")


def test_mid_conversation_free_text_moves_to_another_topic_and_back_returns(
        engine: Engine) -> None:
    moved = at(engine, "clinic", "private", "ICE agents are knocking on my door right now")
    assert (moved.flow, moved.node) == ("officers", "door")
    back = engine.handle(moved, Inbound("back")).state
    assert back is not None and (back.flow, back.node) == ("clinic", "private")


def test_did_you_mean_offers_close_topics_and_a_number_picks_one(engine: Engine) -> None:
    turn = engine.handle(None, Inbound("what is a warrant"))
    assert turn.event == "offer" and turn.state is not None
    assert [say.id for say in turn.reply.messages][-1] == DID_YOU_MEAN
    assert [c.key for c in turn.reply.choices][-1] == "0"
    offered = turn.state.offer
    assert len(offered) >= 2 and "officers/warrant" in offered
    picked = engine.handle(turn.state, Inbound("2")).state
    assert picked is not None and f"{picked.flow}/{picked.node}" == offered[1]
    assert picked.offer == ()


def test_did_you_mean_accepts_the_label_a_button_sends(engine: Engine, catalog: Catalog) -> None:
    turn = engine.handle(None, Inbound("what is a warrant", channel="telegram"))
    assert turn.state is not None and turn.state.offer
    label = catalog.localizer.format("en", turn.reply.choices[0].label.id)
    picked = engine.handle(turn.state, Inbound(label, channel="telegram")).state
    assert picked is not None and f"{picked.flow}/{picked.node}" == turn.state.offer[0]


def test_another_message_after_did_you_mean_drops_the_offer(engine: Engine) -> None:
    turn = engine.handle(None, Inbound("what is a warrant"))
    assert turn.state is not None
    after = engine.handle(turn.state, Inbound("zzqx")).state
    assert after is not None and after.offer == ()


def test_a_place_no_topic_claims_leads_to_help_there(engine: Engine) -> None:
    state, _ = first(engine, "help in new jersey")
    assert (state.flow, state.node, state.region) == ("nearby", "results", "NJ")


def test_nothing_close_gets_the_usual_reply(engine: Engine) -> None:
    state, said = first(engine, "what is the weather tomorrow in the park")
    assert ROUTED_NOTICE not in said and (state.flow, state.node) != ("officers", "door")


def test_the_state_keeps_no_words_of_the_message(engine: Engine) -> None:
    state, _ = first(engine, "my brother Roberto is detained and not getting his insulin")
    saved = json.dumps(state.to_dict())
    for word in ("Roberto", "insulin", "brother"):
        assert word.lower() not in saved.lower()


def test_an_offer_survives_the_store_round_trip(engine: Engine) -> None:
    turn = engine.handle(None, Inbound("what is a warrant"))
    assert turn.state is not None
    assert State.from_dict(json.loads(json.dumps(turn.state.to_dict()))) == turn.state


@pytest.mark.parametrize("locale", ["en", "es", "fr", "pt", "ht", "vi", "zh", "ru", "ar", "hi"])
def test_every_first_answer_fits_the_sms_budget(engine: Engine, catalog: Catalog,
                                                locale: str) -> None:
    for topic in catalog.understanding.topics:
        page = engine.preview_first_answer(topic.flow, topic.node, locale)
        assert engine.sms.fits(page), (locale, topic.key)


def test_two_close_strong_candidates_are_offered_not_answered() -> None:
    from bot.engine.understand import Thresholds, Topic, decide

    door, public = Topic("officers", "door", False, "a"), Topic("officers", "public", False, "b")
    limits = Thresholds(answer=8.0, margin=1.2)
    close = decide([door, public], [10.0, 9.0], limits)  # both strong, neither 1.2 times the other
    assert close.decision is Decision.OFFER
    assert [c.topic for c in close.candidates] == [door, public]
    assert decide([door, public], [10.0, 8.0], limits).decision is Decision.ANSWER  # clearly ahead


@pytest.mark.parametrize(("typed", "read"), [
    ("doar", "door"), ("lawer", "lawyer"),  # one edit away: corrected
    ("daar", "daar"), ("lyawer", "lyawer"),  # two edits from door and lawyer: left alone
    ("dportaton", "deportation"),  # a long word may be two edits away
])
def test_short_words_are_corrected_by_one_edit_only(catalog: Catalog, typed: str, read: str) -> None:
    reading = catalog.understanding.read("en", typed)
    assert reading is not None and reading.words == (read,)
