"""Every shipped language: the same conversation as English, found from its own words or
script, its name in itself, and Arabic laid out right-to-left on Telegram."""

import unicodedata
from typing import Any

import pytest
from flask.testing import FlaskClient

from bot.engine.catalog import Catalog
from bot.engine.conversation import Inbound, State
from bot.engine.engine import Engine
from bot.engine.keywords import LANGUAGE_GREETINGS, LANGUAGE_NAME, LANGUAGE_WORDS
from bot.engine.safety import SIGNS_PREFIX
from bot.engine.text import split_keywords
from tests.helpers import app
from tests.test_telegram import post, text_update

# Every main-menu topic, its first step, back to the menu; help near me by ZIP; the privacy
# page under "about"; the language menu. Numbers only, so the script is the same in every
# language.
WALK = ["1", "1", "0", "2", "1", "0", "3", "1", "0", "4", "60614", "0", "5", "1", "0",
        "6", "1", "1", "0", "7"]
BIDI_CONTROLS = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _ids(engine: Engine, locale: str, channel: str) -> list[tuple[list[str], list[str]]]:
    """The message and option ids of every turn of the walk, started in a language."""
    state: State | None = None
    seen = []
    for number, text in enumerate(WALK, start=1):
        turn = engine.handle(state, Inbound(text, channel=channel, received_at=float(number),
                                            locale=locale if state is None else None))
        assert turn.reply.locale == locale, (locale, number, text)
        seen.append(([say.id for say in turn.reply.messages],
                     [choice.label.id for choice in turn.reply.choices]))
        state = turn.state
    return seen


def test_every_language_has_the_same_conversation_as_english(engine: Engine,
                                                              catalog: Catalog) -> None:
    english = _ids(engine, "en", "telegram")
    assert len({tuple(messages) for messages, _ in english}) > 10  # the walk goes somewhere
    for locale in catalog.localizer.locales:
        assert _ids(engine, locale, "telegram") == english, locale


def test_a_first_message_in_a_language_is_answered_in_it(engine: Engine, catalog: Catalog) -> None:
    for locale in catalog.localizer.locales:
        words = split_keywords(catalog.localizer.format(locale, LANGUAGE_WORDS))
        greeting = " ".join(words[:3])
        assert engine.infer_locale(Inbound(greeting)) == locale, (locale, greeting)


@pytest.mark.parametrize(("text", "locale"), [
    ("Здравствуйте, мне нужна помощь", "ru"), ("مرحبا، أحتاج مساعدة", "ar"),
    ("नमस्ते, मुझे मदद चाहिए", "hi"), ("你好，我需要帮助", "zh"), ("ICE на пороге", "ru"),
])
def test_a_language_with_its_own_script_is_known_by_its_letters(engine: Engine, catalog: Catalog,
                                                                text: str, locale: str) -> None:
    if locale not in catalog.localizer.locales:
        pytest.fail(f"{locale} is not shipped")
    assert engine.infer_locale(Inbound(text)) == locale


def test_the_language_menu_names_every_language_in_itself(catalog: Catalog) -> None:
    names = {locale: catalog.localizer.format(locale, LANGUAGE_NAME)
             for locale in catalog.localizer.locales}
    assert len(set(names.values())) == len(names)
    assert names["en"] == "English" and names["es"] == "Español"
    assert all(name != "English" for locale, name in names.items() if locale != "en")


def _first_strong_direction(text: str) -> str | None:
    """The bidi class of the first letter that sets a paragraph's direction (L, R or AL)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("L", "R", "AL"):
            return kind
    return None


def test_every_arabic_paragraph_starts_right_to_left_and_has_no_bidi_controls(
        catalog: Catalog) -> None:
    """Telegram sets each paragraph's direction from its first strong letter; a paragraph
    that began with ICE or a number would be laid out left-to-right."""
    args: dict[str, Any] = {"phone": "855-435-7693", "value": "IL"}
    bundle = catalog.localizer._bundles["ar"]
    checked = 0
    for message_id in bundle._messages:
        if message_id.startswith(("command-", "understand-", SIGNS_PREFIX)) \
                or message_id in (LANGUAGE_WORDS, LANGUAGE_GREETINGS):
            continue  # words the bot reads, never shows
        text = catalog.localizer.format("ar", message_id, args)
        assert not BIDI_CONTROLS & set(text), message_id
        for paragraph in text.split("\n"):
            assert _first_strong_direction(paragraph) in ("R", "AL"), (message_id, paragraph)
        checked += 1
    assert checked > 90


def test_arabic_on_telegram_arrives_unchanged_with_arabic_buttons(catalog: Catalog) -> None:
    client: FlaskClient = app().test_client()
    response = post(client, text_update("مرحبا، أحتاج مساعدة", chat_id=5550777))
    answer = response.get_json()
    assert response.status_code == 200 and answer["method"] == "sendMessage"
    assert not BIDI_CONTROLS & set(answer["text"])
    assert answer["text"].startswith(catalog.localizer.format("ar", "main-welcome"))
    for row in answer["reply_markup"]["keyboard"]:
        assert _first_strong_direction(row[0]["text"]) in ("R", "AL"), row[0]["text"]
