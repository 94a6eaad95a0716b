"""Free-text kinds: ZIP codes and state names to a state code, offline; referrals by region."""

import pytest

from bot.catalog import Catalog
from bot.conversation import Inbound, State
from bot.engine import NO_LISTING, UNKNOWN_INPUT, WHAT_NEXT, Engine
from bot.inputs import parse_us_place, parse_us_state, parse_zip


@pytest.mark.parametrize(("text", "state"), [
    ("60601", "IL"), (" 60601-1234 ", "IL"), ("606011234", "IL"), ("10001", "NY"),
    ("94110", "CA"), ("00501", "NY"), ("00000", None), ("99999", None), ("6060", None),
    ("606011", None), ("abcde", None), ("", None),
])
def test_zip_codes_resolve_to_their_state_offline(text: str, state: str | None) -> None:
    assert parse_zip(text) == state


@pytest.mark.parametrize(("text", "state"), [
    ("Illinois", "IL"), ("IL", "IL"), ("il", "IL"), ("New York", "NY"), ("Nueva York", "NY"),
    ("NUEVO MÉXICO", "NM"), ("Carolina del Norte", "NC"), ("Pensilvania", "PA"),
    ("Texas", "TX"), ("Puerto Rico", "PR"), ("Distrito de Columbia", "DC"), ("Narnia", None),
    ("York", None),
])
def test_state_names_in_english_and_spanish(text: str, state: str | None) -> None:
    assert parse_us_state(text) == state


def test_a_place_is_a_zip_or_a_state() -> None:
    assert parse_us_place("60614") == "IL" and parse_us_place("misuri") == "MO"
    assert parse_us_place("nowhere") is None


def _at_nearby(engine: Engine, text: str, locale: str = "en") -> list[str]:
    turn = engine.handle(State("nearby", "ask", locale), Inbound(text, received_at=1.0))
    return [say.id for say in turn.reply.messages]


def test_a_state_gets_its_listed_organisations_then_the_national_lines(engine: Engine,
                                                                       catalog: Catalog) -> None:
    said = _at_nearby(engine, "60601")
    services = set(catalog.flows.flows["nearby"].nodes["results"].regional_services)
    listed = [r.message for r in catalog.flows.referrals.values()
              if "IL" in r.region and services & set(r.services)]
    assert said == ["nearby-results", *listed] and "referrals-icirr" in listed
    national = [r.message for r in catalog.flows.referrals.values()
                if "US" in r.region and services & set(r.services)]
    assert national and "referrals-ice-dril" not in national  # a detention line, not "near me"
    state = engine.handle(None, Inbound("hi", received_at=1.0)).state
    for text in ("4", "60601", "1"):
        turn = engine.handle(state, Inbound(text, received_at=1.0))
        state = turn.state
    assert [say.id for say in turn.reply.messages] == ["nearby-national", *national, WHAT_NEXT]


def test_a_state_with_nothing_listed_is_told_so(engine: Engine) -> None:
    said = _at_nearby(engine, "Texas", "es")
    assert said[0] == NO_LISTING


def test_unreadable_places_get_the_question_again(engine: Engine) -> None:
    assert _at_nearby(engine, "somewhere") == [UNKNOWN_INPUT, "nearby-ask"]


def test_find_help_near_me_lists_no_detention_lines(engine: Engine, catalog: Catalog) -> None:
    said = _at_nearby(engine, "Texas")
    assert "referrals-ice-dril" not in said and said[0] == NO_LISTING
    assert "US" in catalog.flows.referrals["ice_dril"].region  # national, but not "help near me"
