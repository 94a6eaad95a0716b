"""The engine's behaviour: global commands, BACK, unknown input, languages, stale state."""

import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine.catalog import Catalog
from bot.engine.conversation import Inbound, State, Turn
from bot.engine.engine import (
    BACK_AT_START,
    CLEARED,
    HELP,
    MENU_CHANGED,
    MENU_CHOICE,
    MISSES_BEFORE_HELP,
    MORE_CHOICE,
    STOPPED,
    STUCK,
    UNKNOWN,
    UNKNOWN_INPUT,
    WHAT_NEXT,
    Engine,
)
from bot.engine.keywords import Command
from bot.engine.text import split_keywords


def send(engine: Engine, state: State | None, text: str, channel: str = "sms",
         hint: str | None = None) -> Turn:
    return engine.handle(state, Inbound(text, channel=channel, received_at=100.0, locale_hint=hint))


def walk(engine: Engine, *texts: str, channel: str = "sms") -> Turn:
    """Send several messages in a row from a new person; return the last turn."""
    turn = send(engine, None, texts[0], channel)
    for text in texts[1:]:
        turn = send(engine, turn.state, text, channel)
    return turn


def at(locale: str, flow: str = "officers", node: str = "door", **changes: object) -> State:
    return State(flow, node, locale)._replace(**changes)  # type: ignore[arg-type]


def said(turn: Turn) -> list[str]:
    return [say.id for say in turn.reply.messages]


# ---- first contact and language --------------------------------------------------------------

@pytest.mark.parametrize(("text", "locale"), [
    ("hola", "es"), ("Hola, buenos días", "es"), ("HELLO", "en"), ("hi there", "en"),
    ("necesito ayuda por favor", "es"), ("what are my rights", "en"),
])
def test_first_message_language_is_inferred_from_its_words(engine: Engine, text: str,
                                                           locale: str) -> None:
    turn = send(engine, None, text)
    assert turn.reply.locale == locale
    assert said(turn)[0] == "main-welcome"


def test_telegram_language_code_only_breaks_ties(engine: Engine) -> None:
    assert send(engine, None, "/start", "telegram", hint="es").reply.locale == "es"
    assert send(engine, None, "/start", "telegram", hint="es-MX").reply.locale == "es"
    # The words win over the hint: a Spanish phone setting does not outvote an English message.
    assert send(engine, None, "hello", "telegram", hint="es").reply.locale == "en"
    assert send(engine, None, "/start", "telegram", hint="xx").reply.locale == "en"



@pytest.mark.parametrize(("text", "hint", "locale"), [("derechos", "zh", "es"), ("thanks", "es", "en"),
                                                      ("thanks", "ar", "en")])
def test_a_one_word_first_message_is_answered_in_its_own_language_whatever_the_phone_says(
        engine: Engine, text: str, hint: str, locale: str) -> None:
    assert send(engine, None, text, "telegram", hint=hint).reply.locale == locale

def test_language_menu_names_each_language_in_itself(engine: Engine, catalog: Catalog) -> None:
    turn = send(engine, send(engine, None, "hi").state, "language")
    labels = [(c.label.id, c.label.locale) for c in turn.reply.choices]
    assert ("language-name", "en") in labels and ("language-name", "es") in labels
    assert catalog.localizer.format("es", "language-name") == "Español"


def test_language_switch_keeps_the_place_in_the_flow(engine: Engine) -> None:
    turn = send(engine, at("en"), "Español")
    assert turn.state is not None
    assert (turn.state.node, turn.state.locale) == ("door", "es")
    # Spanish is still a draft (locales/es/locale.yaml), and the person is told so, in Spanish.
    assert said(turn) == ["language-draft-notice", "officers-door-closed", "officers-door-warrant"]


def test_language_command_words_of_every_language_work_in_every_language(engine: Engine) -> None:
    turn = send(engine, at("en"), "idioma")
    assert turn.state is not None and turn.state.node == "language"
    assert turn.reply.locale == "en"


def test_fallback_chain_uses_default_then_english(content_copy: object) -> None:
    from pathlib import Path

    from bot.content.localization import load_localizer

    root = Path(str(content_copy))
    (root / "locales/es/officers.ftl").write_text(
        (root / "locales/es/officers.ftl").read_text(encoding="utf-8").replace(
            "officers-no-sign = ", "# removed\nofficers-no-sign-removed = "), encoding="utf-8")
    localizer = load_localizer(root / "locales", default_locale="es")
    assert localizer.format("es", "officers-no-sign").startswith("Do not sign")
    assert localizer.format("xx", "officers-silent").startswith("Tiene derecho")  # default: es
    assert localizer.format("en", "no-such-message") == "no-such-message"


# ---- global commands -------------------------------------------------------------------------

COMMAND_CASES = [
    ("en", "MENU", "main", "menu"), ("en", "0", "main", "menu"), ("es", "Menú", "main", "menu"),
    ("es", "INICIO", "main", "menu"), ("en", "language", "main", "language"),
    ("es", "IDIOMA", "main", "language"), ("en", "Back", "officers", "intro"),
    ("es", "atras", "officers", "intro"), ("es", "Volver", "officers", "intro"),
]


@pytest.mark.parametrize(("locale", "text", "flow", "node"), COMMAND_CASES)
def test_global_commands_work_from_any_node_in_any_case_and_accent(
        engine: Engine, locale: str, text: str, flow: str, node: str) -> None:
    state = at(locale, history=("officers/intro",))
    turn = send(engine, state, text)
    assert turn.state is not None
    assert (turn.state.flow, turn.state.node) == (flow, node)
    assert turn.reply.locale == locale


@pytest.mark.parametrize("locale", ["en", "es"])
def test_every_command_word_of_every_locale_is_recognised(engine: Engine, catalog: Catalog,
                                                          locale: str) -> None:
    from bot.engine.keywords import COMMAND_MESSAGES

    for command, message_id in COMMAND_MESSAGES.items():
        for word in split_keywords(catalog.localizer.format(locale, message_id)):
            meaning = catalog.keywords.command(locale, word)
            assert meaning is not None and meaning.command is command, (locale, word)


# Written out, not read from bot.engine.keywords, so that a word dropped there fails here. The
# FCC's words for revoking consent by text (FCC 24-24) and Twilio's default opt-out keywords
# (https://www.twilio.com/docs/messaging/tutorials/advanced-opt-out): Twilio acts on these itself.
TWILIO_OPT_OUT_WORDS = ("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT")


@pytest.mark.parametrize("word", [*TWILIO_OPT_OUT_WORDS, "stop", "Stop", "quit", "OptOut", "revoke"])
def test_twilios_own_opt_out_words_end_the_conversation_silently_on_sms(engine: Engine,
                                                                       word: str) -> None:
    for locale in ("en", "es"):
        turn = send(engine, at(locale), word, "sms")
        assert turn.state is not None and turn.state.opted_out
        assert turn.reply.silent  # Twilio confirms; a reply after its STOP fails with 21610


@pytest.mark.parametrize("channel", ["sms", "whatsapp", "telegram"])
@pytest.mark.parametrize("word", TWILIO_OPT_OUT_WORDS)
def test_every_fcc_and_twilio_opt_out_word_opts_out_on_every_channel(engine: Engine, word: str,
                                                                    channel: str) -> None:
    for locale in ("en", "es"):
        turn = send(engine, at(locale), word, channel)
        assert turn.event == "stop" and turn.state is not None and turn.state.opted_out, (word, locale)
        # Only on SMS does Twilio send the confirmation; elsewhere the bot is the only one who can.
        assert said(turn) == ([] if channel == "sms" else [STOPPED]), (word, locale)
        assert send(engine, turn.state, "1", channel).reply.silent


@pytest.mark.parametrize("channel", ["telegram", "whatsapp"])
def test_stop_is_confirmed_where_twilio_does_not_confirm_it(engine: Engine, channel: str) -> None:
    for text in ("STOP", "stop", "Unsubscribe"):
        turn = send(engine, at("en"), text, channel)
        assert turn.state is not None and turn.state.opted_out
        assert said(turn) == [STOPPED], (channel, text)


@pytest.mark.parametrize(("word", "locale"), [("ALTO", "es"), ("parar", "en"), ("opt out", "en"),
                                              ("Opt-Out", "en"), ("detener", "es")])
def test_other_opt_out_words_are_confirmed_by_the_bot(engine: Engine, word: str, locale: str) -> None:
    # Twilio does not act on these by default, so only the bot can tell the person it worked.
    turn = send(engine, at(locale), word, "sms")
    assert turn.state is not None and turn.state.opted_out
    assert said(turn) == [STOPPED]


@pytest.mark.parametrize("channel", ["sms", "telegram"])
@pytest.mark.parametrize("word", ["ALTO", "parar"])
def test_a_first_message_of_a_spanish_stop_word_is_confirmed_in_spanish(engine: Engine, word: str,
                                                                        channel: str) -> None:
    turn = send(engine, None, word, channel)
    assert turn.state is not None and turn.state.opted_out
    assert said(turn) == [STOPPED] and turn.reply.locale == "es"


@pytest.mark.parametrize("word", [*TWILIO_OPT_OUT_WORDS, "opt out", "opt-out", "ALTO", "PARAR"])
def test_every_stop_word_is_a_stop_command(catalog: Catalog, word: str) -> None:
    for locale in ("en", "es"):
        meaning = catalog.keywords.command(locale, word.lower())
        assert meaning is not None and meaning.command is Command.STOP, (word, locale)


def test_stop_on_telegram_confirms_and_later_messages_get_nothing(engine: Engine) -> None:
    stopped = send(engine, at("es"), "alto", "telegram")
    assert said(stopped) == [STOPPED]
    ignored = send(engine, stopped.state, "hola", "telegram")
    assert ignored.reply.silent and ignored.state == stopped.state


def test_help_is_answered_even_after_stop_and_start_restarts(engine: Engine) -> None:
    stopped = send(engine, at("en"), "STOP")
    assert said(send(engine, stopped.state, "HELP"))[0] == HELP
    started = send(engine, stopped.state, "start")
    assert started.state is not None and not started.state.opted_out
    assert said(started)[0] == "main-welcome"
    assert (started.state.flow, started.state.node) == ("main", "menu")


def _national_hotlines(engine: Engine) -> list[str]:
    services = set(engine.catalog.flows.entry.hotline_services)
    return [r.message for r in engine.catalog.flows.referrals.values()
            if "US" in r.region and services & set(r.services)]


def test_help_keeps_the_place_and_offers_the_national_lines_to_someone_anywhere(
        engine: Engine) -> None:
    turn = send(engine, at("es"), "ayuda")
    assert turn.state is not None and turn.state.node == "door"
    assert said(turn) == [HELP, *_national_hotlines(engine)]
    assert "referrals-icirr" not in said(turn)  # never one state's line to someone elsewhere
    assert [c.label.id for c in turn.reply.choices][-1] == MENU_CHOICE


def test_help_names_the_line_of_the_state_given_earlier_in_the_conversation(
        engine: Engine) -> None:
    turn = walk(engine, "hi", "4", "Illinois")  # find help near me, then a state
    assert turn.state is not None and turn.state.region == "IL"
    turn = send(engine, turn.state, "0")
    turn = send(engine, turn.state, "help")
    assert said(turn) == [HELP, "referrals-icirr"]
    assert turn.state is not None
    florida = send(engine, turn.state._replace(region="FL"), "help")
    assert said(florida) == [HELP, "referrals-flic"]
    nothing_listed = send(engine, turn.state._replace(region="KS"), "help")
    assert said(nothing_listed) == [HELP, *_national_hotlines(engine)]


@pytest.mark.parametrize(("locale", "word"), [("en", "CLEAR"), ("en", "forget me"),
                                              ("es", "borrar"), ("es", "Olvídame")])
def test_clear_forgets_the_person(engine: Engine, locale: str, word: str) -> None:
    turn = send(engine, at(locale), word)
    assert turn.state is None
    assert said(turn) == [CLEARED]
    assert turn.reply.locale == locale


# ---- BACK ------------------------------------------------------------------------------------

def test_back_retraces_steps_across_flows(engine: Engine) -> None:
    turn = walk(engine, "hi", "1", "1", "3")  # menu -> officers intro -> door -> silent
    assert turn.state is not None and turn.state.node == "silent"
    nodes = []
    for _ in range(4):
        turn = send(engine, turn.state, "back")
        assert turn.state is not None
        nodes.append(f"{turn.state.flow}/{turn.state.node}")
    assert nodes == ["officers/door", "officers/intro", "main/menu", "main/menu"]
    assert said(turn)[0] == BACK_AT_START


def test_back_remembers_at_most_the_limit_on_a_long_walk(engine: Engine) -> None:
    # The language menu and back to the main menu, 8 times: 16 steps, each one remembered.
    turn = walk(engine, "hi", *(["language", "1"] * 8))
    assert turn.state is not None and (turn.state.flow, turn.state.node) == ("main", "menu")
    assert len(turn.state.history) == 10  # the 10 latest steps only (PRIVACY.md: up to 10)
    state = turn.state
    for _ in range(10):
        back = send(engine, state, "back")
        assert back.event == "back" and back.state is not None
        state = back.state
    assert send(engine, state, "back").event == "back-at-start"


def test_back_skips_steps_that_no_longer_exist(engine: Engine) -> None:
    state = at("en", history=("officers/intro", "officers/removed_node", "gone/flow"))
    turn = send(engine, state, "back")
    assert turn.state is not None and turn.state.node == "intro"


# ---- unknown input ---------------------------------------------------------------------------

def test_unknown_input_reshows_options_then_offers_help_and_a_hotline(engine: Engine) -> None:
    turn = walk(engine, "hi", "1")
    options = turn.reply.choices
    for miss in range(1, MISSES_BEFORE_HELP):
        turn = send(engine, turn.state, f"zzqx {miss}")
        assert turn.reply.choices == options
        assert said(turn)[0] == UNKNOWN
    turn = send(engine, turn.state, "zzqx now")
    assert said(turn) == [STUCK, *_national_hotlines(engine)]
    assert [c.key for c in turn.reply.choices] == ["0"]  # a rescue: the lines and the way out
    assert turn.state is not None
    illinois = send(engine, turn.state._replace(region="IL", misses=MISSES_BEFORE_HELP - 1), "??")
    assert said(illinois) == [STUCK, "referrals-icirr"]
    recovered = send(engine, turn.state, "1")
    assert recovered.state is not None and recovered.state.misses == 0


def test_after_the_rescue_the_next_miss_gets_the_hint_and_the_options_again(engine: Engine) -> None:
    turn = walk(engine, "hi", "1")
    options = turn.reply.choices
    events = []
    for miss in range(1, 8):
        turn = send(engine, turn.state, f"zzqx {miss}")
        events.append(str(turn.event))
        if turn.event == "unknown":
            assert said(turn)[0] == UNKNOWN and turn.reply.choices == options
    # The rescue every third miss in a row; between rescues, the hint and the options again.
    assert events == ["unknown", "unknown", "stuck", "unknown", "unknown", "stuck", "unknown"]


@pytest.mark.parametrize("text", ["", " ", "9", "10", "-1", "1 2", "🙂", "x" * 10_000,
                                  "مرحبا", "\u202e1", "\x00", "1\n2"])
def test_odd_input_gets_a_polite_reply(engine: Engine, text: str) -> None:
    turn = send(engine, at("en", flow="main", node="menu"), text)
    assert turn.reply.messages or turn.reply.choices


# ---- stale state -----------------------------------------------------------------------------

@pytest.mark.parametrize("state", [
    State("officers", "node_removed_in_an_edit", "en"),
    State("flow_removed", "start", "es"),
    State("officers", "door", "xx"),  # a locale no longer shipped
])
def test_stale_state_resets_to_the_start_instead_of_crashing(engine: Engine, state: State) -> None:
    turn = send(engine, state, "1")
    assert turn.state is not None
    if state.locale == "xx":
        assert turn.state.locale == "en"
    else:
        assert (turn.state.flow, turn.state.node) == ("main", "menu")
        assert said(turn)[0] == MENU_CHANGED


def test_state_round_trips_through_a_plain_dict(engine: Engine) -> None:
    state = walk(engine, "hola", "1", "1").state
    assert state is not None
    assert State.from_dict(state.to_dict()) == state
    with pytest.raises(ValueError, match="not a conversation state"):
        State.from_dict({"node": "x"})


# ---- never an exception, from any thread -----------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(texts=st.lists(st.text(max_size=40), min_size=1, max_size=8),
       channel=st.sampled_from(["sms", "telegram", "whatsapp"]))
def test_no_sequence_of_messages_raises(engine: Engine, texts: list[str], channel: str) -> None:
    state: State | None = None
    for text in texts:
        turn = send(engine, state, text, channel)
        state = turn.state


@settings(max_examples=200, deadline=None)
@given(flow=st.sampled_from(["main", "officers", "gone"]), node=st.text(max_size=12),
       locale=st.sampled_from(["en", "es", "", "zz"]), misses=st.integers(0, 10**6),
       history=st.lists(st.text(max_size=20), max_size=12), text=st.text(max_size=20))
def test_any_saved_state_is_survivable(engine: Engine, flow: str, node: str, locale: str,
                                       misses: int, history: list[str], text: str) -> None:
    state = State(flow, node, locale, tuple(history), misses)
    send(engine, state, text)
    send(engine, state, "back")


def test_many_threads_share_one_engine(engine: Engine) -> None:
    script = ["hola", "1", "1", "1", "atras", "2", "1", "1", "menu", "idioma", "1", "1", "2", "1"]
    expected = [said(t) for t in _replay(engine, script)]
    failures: list[str] = []

    def worker() -> None:
        for _ in range(30):
            got = [said(t) for t in _replay(engine, script)]
            if got != expected:
                failures.append("diverged")

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []


def _replay(engine: Engine, script: list[str]) -> list[Turn]:
    turns, state = [], None
    for text in script:
        turn = send(engine, state, text)
        turns.append(turn)
        state = turn.state
    return turns


def test_a_first_message_in_no_known_language_gets_the_language_menu(engine: Engine,
                                                                      catalog: Catalog) -> None:
    turn = send(engine, None, "?")
    assert turn.event == "language-menu" and turn.reply.messages[0].id == "main-language-prompt"
    names = [choice.label for choice in turn.reply.choices if choice.key != "0"]
    assert [(say.id, say.locale) for say in names] == \
        [("language-name", code) for code in catalog.localizer.locales]  # each named in itself
    chosen = send(engine, turn.state, "2")
    assert chosen.reply.locale == catalog.localizer.locales[1]
    assert chosen.state is not None and chosen.state.node == "menu"


def test_a_first_message_in_a_known_language_is_greeted_in_it(engine: Engine) -> None:
    for text, locale in (("hi", "en"), ("hola", "es")):
        turn = send(engine, None, text)
        assert turn.event == "greet" and turn.reply.locale == locale
    switched = send(engine, send(engine, None, "hi").state, "ESPAÑOL")
    assert switched.reply.locale == "es"


def test_a_node_can_accept_declared_free_text(content_copy: object) -> None:
    from pathlib import Path

    from bot.release.load import load_catalog

    root = Path(str(content_copy))
    flow = root / "flows/officers.yaml"
    flow.write_text(flow.read_text(encoding="utf-8").replace(
        "      - label: officers-choice-lawyer\n        next: lawyer\n",
        "      - label: officers-choice-lawyer\n        next: where\n", 1) + (
        "  where:\n    say: [officers-where]\n    input: {kind: zip, next: lawyer}\n"
        "    sources: [{title: Test, url: 'https://example.org'}]\n"
        "    jurisdiction: US\n    reviewed: 2026-01-01\n    review_by: 2099-01-01\n"), encoding="utf-8")
    for folder in sorted((root / "locales").iterdir()):
        text = {"es": "Envíe su código postal."}.get(folder.name, "Send your ZIP code.")
        ftl = folder / "officers.ftl"
        ftl.write_text(ftl.read_text(encoding="utf-8") + f"officers-where = {text}\n", encoding="utf-8")
    engine = Engine(load_catalog(root))
    asked = send(engine, at("en", node="inside"), "2")  # its second option leads there now
    assert said(asked) == ["officers-where"]
    wrong = send(engine, asked.state, "abc")
    assert said(wrong) == [UNKNOWN_INPUT, "officers-where"]
    assert wrong.state is not None and wrong.state.node == "where"
    answered = send(engine, wrong.state, "60601-1234")
    assert said(answered)[0] == "officers-lawyer"
    assert answered.reply.messages[0].args == {"value": "Illinois"}  # a ZIP is read as its state
    assert answered.state is not None and answered.state.region == "IL"  # the state, for HELP
    assert "60601" not in repr(answered.state)  # the ZIP code itself is never kept


def test_an_ending_offers_the_menu_and_back_returns_to_the_choice_before_it(engine: Engine) -> None:
    turn = walk(engine, "hello", "3", "4")  # detention -> parole, an ending
    assert turn.state is not None and (turn.state.flow, turn.state.node) == ("detention", "parole")
    assert [c.label.id for c in turn.reply.choices] == [MENU_CHOICE]  # only the way home
    assert said(turn)[-1] == "shared-what-next"
    back = send(engine, turn.state, "back")
    assert back.state is not None and (back.state.flow, back.state.node) == ("detention", "intro")


# ---- SMS pages -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def unfolded(catalog: Catalog) -> Engine:
    """Spanish SMS without folding is UCS-2: long replies must be cut into pages."""
    return Engine(catalog, sms_fold=False)


def _paged_node(engine: Engine, catalog: Catalog, locale: str) -> tuple[str, str, int]:
    """Some node whose SMS reply is cut into pages that each fit, and its page count."""
    for flow in catalog.flows.flows.values():
        for name in flow.nodes:
            pages = engine.sms_pages(flow.id, name, locale, notice=False)
            if len(pages) > 1 and all(engine.sms.fits(page) for page in pages):
                return flow.id, name, len(pages)
    raise AssertionError(f"no node is cut into pages in {locale}")


def test_every_sms_page_fits_and_together_they_say_the_whole_reply(unfolded: Engine,
                                                                    catalog: Catalog) -> None:
    flow, name, count = _paged_node(unfolded, catalog, "es")
    pages = unfolded.sms_pages(flow, name, "es", notice=False)
    whole = unfolded.preview(flow, name, "es")
    assert [say for page in pages for say in page.messages] == list(whole.messages)
    assert all(unfolded.sms.fits(page) for page in pages)
    assert not unfolded.sms.fits(whole)
    assert [[c.label.id for c in page.choices] for page in pages[:-1]] == \
        [[MORE_CHOICE, MENU_CHOICE]] * (count - 1)
    assert pages[-1].choices == whole.choices


def test_more_walks_the_pages_and_back_returns_one_page(unfolded: Engine, catalog: Catalog) -> None:
    flow, name, count = _paged_node(unfolded, catalog, "es")
    pages = unfolded.sms_pages(flow, name, "es", notice=False)
    first = unfolded.handle(at("es", flow, name, page=0), Inbound("más", received_at=1.0))
    assert first.event == "page" and first.state is not None and first.state.page == 1
    assert first.reply.messages == pages[1].messages
    back = unfolded.handle(first.state, Inbound("atrás", received_at=2.0))
    assert back.event == "page" and back.state is not None and back.state.page == 0
    assert back.reply.messages == pages[0].messages
    state = back.state
    for _ in range(count - 1):
        turn = unfolded.handle(state, Inbound("1", received_at=3.0))
        assert turn.state is not None
        state = turn.state
    assert state.page == count - 1
    assert unfolded.handle(state, Inbound("1", received_at=4.0)).event != "page"  # now an option


def test_entering_a_paged_node_shows_its_first_page_and_help_keeps_more(unfolded: Engine,
                                                                       catalog: Catalog) -> None:
    flow, name, _count = _paged_node(unfolded, catalog, "es")
    entered = unfolded.handle(at("es", "main", "menu"), Inbound("menu", received_at=1.0))
    assert entered.state is not None and entered.state.page == 0
    state = at("es", flow, name, page=0)
    unknown = unfolded.handle(state, Inbound("xyz", received_at=1.0))
    assert [c.label.id for c in unknown.reply.choices] == [MORE_CHOICE, MENU_CHOICE]


def test_telegram_and_whatsapp_are_never_cut_into_pages(unfolded: Engine, catalog: Catalog) -> None:
    flow, name, _count = _paged_node(unfolded, catalog, "es")
    whole = unfolded.preview(flow, name, "es")
    for channel in ("telegram", "whatsapp"):
        turn = unfolded.handle(at("es", flow, name), Inbound("1", channel=channel, received_at=1.0))
        assert turn.event != "page"
    back_at = at("es", "main", "menu", history=("main/menu", f"{flow}/{name}"))
    turn = unfolded.handle(back_at, Inbound("atrás", channel="telegram", received_at=1.0))
    assert [s for s in turn.reply.messages] == [s for s in whole.messages if s.id != WHAT_NEXT]
