"""The labelled evaluation set as a guard: an edit of the examples that breaks routing fails here.

The figures themselves, with timings, come from `python -m tests.benchmarks.understand`.
"""

import pytest

from bot.engine.catalog import Catalog
from bot.engine.engine import Engine
from tests.benchmarks.understand import load_set, score_part, stop_figures

LOCALES = ("en", "es", "fr", "pt", "ht", "vi", "zh", "ru", "ar", "hi")


@pytest.mark.parametrize("locale", LOCALES)
def test_tuned_messages_reach_their_answer_and_urgent_ones_at_once(
        catalog: Catalog, engine: Engine, locale: str) -> None:
    score = score_part(catalog, engine, locale, load_set(locale)["tune"])
    assert score.urgent_missed == 0, score.misses
    assert score.top1 >= 0.95 * score.count, score.misses
    assert score.first >= 0.95 * score.count, score.misses


@pytest.mark.parametrize("locale", LOCALES)
def test_unseen_messages_reach_their_answer(catalog: Catalog, engine: Engine, locale: str) -> None:
    score = score_part(catalog, engine, locale, load_set(locale)["held_out"])
    assert score.top1 >= 0.9 * score.count, f"{score.top1}/{score.count}"
    assert score.top3 >= 0.95 * score.count, f"{score.top3}/{score.count}"


@pytest.mark.parametrize("locale", LOCALES)
def test_stop_sentences_are_opt_outs_and_other_uses_are_not(
        catalog: Catalog, engine: Engine, locale: str) -> None:
    recognised, sentences, mistaken, others = stop_figures(catalog, engine, locale, load_set(locale))
    assert mistaken == 0, f"{mistaken} of {others} other uses of the stop word taken for an opt-out"
    assert recognised >= sentences - 2, f"{recognised} of {sentences} stop sentences recognised"
