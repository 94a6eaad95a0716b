"""Places people type: ZIP codes and state names in every language to a state code, offline;
every state, DC and Puerto Rico reaches at least one verified line; HELP uses the person's state."""

import pytest

from bot.engine.catalog import Catalog
from bot.engine.conversation import Inbound, State
from bot.engine.directory import NATIONAL, Directory
from bot.engine.engine import NO_LISTING, UNKNOWN_INPUT, Engine
from bot.engine.places import Places, us_states
from bot.engine.text import normalize

STATES = list(us_states())


def test_the_states_are_the_fifty_dc_and_puerto_rico() -> None:
    assert len(STATES) == 52 and {"DC", "PR", "CA", "WY"} <= set(STATES)


@pytest.mark.parametrize(("text", "state"), [
    ("60601", "IL"), (" 60601-1234 ", "IL"), ("10001", "NY"), ("my zip is 94110", "CA"),
    ("00501", "NY"), ("00000", None), ("99999", None), ("6060", None), ("606011", None),
    ("abcde", None), ("", None),
])
def test_zip_codes_resolve_to_their_state_offline(catalog: Catalog, text: str,
                                                  state: str | None) -> None:
    assert catalog.places.parse_zip(text) == state


@pytest.mark.parametrize(("text", "state"), [
    ("Illinois", "IL"), ("IL", "IL"), ("il", "IL"), ("Nueva York", "NY"), ("NUEVO MÉXICO", "NM"),
    ("Carolina del Norte", "NC"), ("Pensilvania", "PA"), ("misuri", "MO"),
    ("Distrito de Columbia", "DC"), ("Washington DC", "DC"), ("Washington", "WA"),
    ("west virginia", "WV"), ("Virgínia Ocidental", "WV"), ("vivo en nueva york", "NY"),
    ("I live in Texas", "TX"), ("我住在加州", "CA"), ("纽约", "NY"), ("Нью-Йорк", "NY"),
    ("округ Колумбия", "DC"), ("Вашингтон", "WA"), ("نيويورك", "NY"), ("نيو يورك", "NY"),
    ("फ़्लोरिडा", "FL"), ("Nouyòk", "NY"), ("Porto Rico", "PR"), ("Narnia", None),
    ("York", None), ("I'm in trouble", None), ("الرياض", None),
])
def test_state_names_in_any_language_and_inside_a_sentence(catalog: Catalog, text: str,
                                                           state: str | None) -> None:
    assert catalog.places.parse_state(text) == state


def test_every_state_is_understood_by_its_name_in_every_language(catalog: Catalog) -> None:
    places: Places = catalog.places
    for locale in catalog.localizer.locales:
        for code in STATES:
            shown = places.name(code, locale)
            assert places.parse_state(shown) == code, (locale, code, shown)
            assert places.parse_state(normalize(shown).upper()) == code, (locale, code)
            assert places.parse_place(f"{shown}.") == code, (locale, code)


def test_names_come_from_pycountry_where_it_has_them_and_word_lists_elsewhere(
        catalog: Catalog) -> None:
    places = catalog.places
    assert places.name("NY", "es") == "Nueva York" and places.name("NY", "zh") == "纽约州"
    assert places.name("NY", "ar") == "نيويورك" and places.name("NY", "pt") == "Nova York"
    assert places.name("WA", "ru") == "Вашингтон" and places.name("DC", "ru") == "округ Колумбия"
    assert places.collisions == []


def test_every_state_dc_and_puerto_rico_reach_a_verified_legal_line(catalog: Catalog,
                                                                    engine: Engine) -> None:
    directory = Directory(catalog.flows.referrals)
    services = catalog.flows.entry.hotline_services
    national = directory.national(services)
    assert national and all(entry.sources and entry.verified for entry in national)
    for code in STATES:
        lines = directory.hotlines(code, services)
        assert lines, code
        assert all(NATIONAL in entry.region or code in entry.region for entry in lines), code
        own = directory.serving(code, services)
        assert lines == (own[:2] if own else national), code
        for locale in catalog.localizer.locales:
            turn = engine.handle(State("nearby", "ask", locale),  # whole, not cut into SMS pages
                                 Inbound(code, channel="telegram", received_at=1.0))
            assert turn.state is not None and turn.state.region == code
            said = [say.id for say in turn.reply.messages]
            assert any(message.startswith("referrals-") for message in said), (code, locale)


def _at_nearby(engine: Engine, text: str, locale: str = "en") -> list[str]:
    turn = engine.handle(State("nearby", "ask", locale), Inbound(text, received_at=1.0))
    return [say.id for say in turn.reply.messages]


def test_a_state_gets_its_own_lines(engine: Engine, catalog: Catalog) -> None:
    said = _at_nearby(engine, "60601")
    services = set(catalog.flows.flows["nearby"].nodes["results"].regional_services)
    listed = [r.message for r in catalog.flows.referrals.values()
              if "IL" in r.region and services & set(r.services)]
    assert said == ["nearby-results", *listed] and "referrals-icirr" in listed


def test_a_state_with_nothing_of_its_own_is_told_so_and_gets_the_national_lines(
        engine: Engine, catalog: Catalog) -> None:
    listed = {region for r in catalog.flows.referrals.values() for region in r.region}
    alone = next(code for code in STATES if code not in listed)
    said = _at_nearby(engine, alone, "es")
    assert said[0] == NO_LISTING and "referrals-eoir-probono" in said


def test_unreadable_places_get_the_question_again(engine: Engine) -> None:
    assert _at_nearby(engine, "somewhere") == [UNKNOWN_INPUT, "nearby-ask"]


def test_the_lawyer_answer_names_the_persons_state_lines_then_the_national_ones(
        engine: Engine) -> None:
    anywhere = engine.handle(State("officers", "silent", "en"),
                             Inbound("1", channel="telegram", received_at=1.0))
    said = [say.id for say in anywhere.reply.messages]
    assert said[0] == "officers-lawyer" and "referrals-eoir-probono" in said
    assert "referrals-icirr" not in said
    illinois = engine.handle(State("officers", "silent", "en", region="IL"),
                             Inbound("1", channel="telegram", received_at=1.0))
    said = [say.id for say in illinois.reply.messages]
    assert said.index("referrals-icirr") < said.index("referrals-eoir-probono")


@pytest.mark.parametrize(("text", "state"), [
    ("I live in West Virginia", "WV"), ("vivo en Virginia Occidental", "WV"),
    ("moro na Virgínia Ocidental", "WV"), ("I am in Washington DC", "DC"),
    ("I live in Virginia", "VA"), ("I am in Washington state", "WA"),
])
def test_a_state_whose_name_holds_another_is_found_inside_a_sentence(catalog: Catalog, engine: Engine,
                                                                      text: str, state: str) -> None:
    assert catalog.places.parse_state(text) == state
    asked = engine.handle(State("nearby", "ask", "en"), Inbound(text, received_at=1.0))
    assert asked.state is not None and asked.state.region == state


@pytest.mark.parametrize(("text", "state"), [("help in west virginia", "WV"),
                                             ("find help near me in Washington DC", "DC")])
def test_a_first_message_naming_such_a_state_gets_that_states_answer(engine: Engine, text: str,
                                                                     state: str) -> None:
    first = engine.handle(None, Inbound(text, received_at=1.0))
    assert first.state is not None and (first.state.flow, first.state.region) == ("nearby", state)


def test_help_names_two_lines_of_a_state_that_lists_two(catalog: Catalog) -> None:
    from dataclasses import replace

    # No state lists two lines today (HELP with two would not fit one SMS budget in every
    # language yet): list Florida's line for Illinois too.
    entries = dict(catalog.flows.referrals)
    entries["flic"] = replace(entries["flic"], region=("FL", "IL"))
    lines = Directory(entries).hotlines("IL", catalog.flows.entry.hotline_services)
    assert [entry.id for entry in lines] == ["icirr", "flic"]
