"""Plain language: the English text people read averages grade 7 or below, in short sentences."""

import re
from statistics import mean

import pytest
import textstat

from bot.engine.catalog import Catalog
from bot.engine.engine import ENGINE_MESSAGES

MAX_AVERAGE_GRADE = 7.0
MAX_SENTENCE_WORDS = 25


def english_messages(catalog: Catalog) -> dict[str, str]:
    """Every English message a person reads: node texts, option labels, referrals, the bot's own."""
    ids = set(ENGINE_MESSAGES)
    for flow in catalog.flows.flows.values():
        ids |= {ref.id for ref in flow.greeting}
        for node in flow.nodes.values():
            ids |= {ref.id for ref in node.say} | {option.label for option in node.options}
    ids |= {referral.message for referral in catalog.flows.referrals.values()}
    args = {"phone": "855-435-7693", "value": "IL"}
    return {message_id: catalog.localizer.format("en", message_id, args) for message_id in sorted(ids)}


def test_english_reads_at_grade_seven_or_below(catalog: Catalog,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    texts = english_messages(catalog)
    grades = {message_id: textstat.flesch_kincaid_grade(text) for message_id, text in texts.items()}
    average = mean(grades.values())
    hardest = sorted(grades.items(), key=lambda item: item[1])[-3:]
    with capsys.disabled():
        print(f"\nreadability: {len(grades)} English messages, average Flesch-Kincaid grade "
              f"{average:.1f} (limit {MAX_AVERAGE_GRADE}); hardest: {hardest}")
    assert average <= MAX_AVERAGE_GRADE


def test_english_sentences_are_short(catalog: Catalog) -> None:
    for message_id, text in english_messages(catalog).items():
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            assert len(sentence.split()) <= MAX_SENTENCE_WORDS, (message_id, sentence)
