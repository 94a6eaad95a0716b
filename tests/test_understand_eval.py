"""The labelled evaluation sets as a guard: an edit of the examples, the signs or the rules that
breaks what people get fails here.

The figures themselves, with timings, come from `python -m tests.benchmarks.understand`. The
tuned parts must stay as good as tuned; the held-out parts (never tuned on) must not fall below
what they reached when this guard was written, and the safety net must hold on them too.
"""

import pytest

from bot.engine.catalog import Catalog
from bot.engine.engine import Engine
from tests.benchmarks.understand import part, safety_part, score_part

LOCALES = ("en", "es", "fr", "pt", "ht", "vi", "zh", "ru", "ar", "hi")


@pytest.mark.parametrize("locale", LOCALES)
def test_tuned_messages_reach_their_answer_and_urgent_ones_at_once(
        catalog: Catalog, engine: Engine, locale: str) -> None:
    score = score_part(catalog, engine, locale, part(locale, "tune")["topics"])
    assert score.urgent_missed == 0, score.misses
    assert score.top1 >= 0.95 * score.count, score.misses
    assert score.first >= 0.95 * score.count, score.misses


@pytest.mark.parametrize("locale", LOCALES)
def test_unseen_messages_reach_their_answer(catalog: Catalog, engine: Engine, locale: str) -> None:
    score = score_part(catalog, engine, locale, part(locale, "held_out")["topics"])
    top1, top3, count = score.top1, score.top3, score.count  # counts only: never read the misses
    # A floor, not the goal (95% and 98%): the README's table names what is missed.
    assert top1 >= 0.85 * count, f"{top1}/{count}"
    assert top3 >= 0.95 * count, f"{top3}/{count}"


@pytest.mark.parametrize("locale", LOCALES)
def test_tuned_crises_stops_places_and_greetings_all_hold(
        catalog: Catalog, engine: Engine, locale: str) -> None:
    """Every tuned emergency gets 911 and every tuned despair 988 in the first reply, first
    message and mid-conversation, SMS and Telegram; no despair is an opt-out; every stop
    sentence is one and no other use of the word is."""
    found = safety_part(catalog, engine, locale, part(locale, "tune"))
    assert found.emergency.failures == 0, found.emergency.misses
    assert found.despair.failures == 0, found.despair.misses
    assert found.despair_opted_out == 0
    assert found.stop.failures == 0, found.stop.misses
    assert found.not_stop.failures == 0, found.not_stop.misses
    assert found.places.failures == 0, found.places.misses
    assert found.greetings.failures == 0, found.greetings.misses


@pytest.mark.parametrize("locale", LOCALES)
def test_blind_despair_is_never_an_opt_out_and_other_uses_never_stop(
        catalog: Catalog, engine: Engine, locale: str) -> None:
    """On the set nobody tuned on: a person in despair is never opted out, and a sentence
    using the stop word otherwise ("the police stopped me") never opts anyone out."""
    found = safety_part(catalog, engine, locale, part(locale, "blind"))
    assert found.despair_opted_out == 0
    assert found.not_stop.failures == 0, found.not_stop.misses
