"""Opt-outs in disguise: invisible characters and look-alike letters never hide a STOP."""

import pytest

from bot.engine.catalog import Catalog
from bot.engine.conversation import Inbound, State
from bot.engine.engine import HELP, STOPPED, Engine
from bot.engine.keywords import COMMAND_MESSAGES, Command
from bot.engine.text import normalize, split_keywords

LOCALES = ("en", "es", "fr", "pt", "ht", "vi", "zh", "ru", "ar", "hi")
DISGUISES = {
    "zero-width space inside": lambda word: word[:1] + "\u200b" + word[1:],
    "zero-width space after": lambda word: word + "\u200b",
    "bidi override around": lambda word: "\u202e" + word + "\u202c",
    "word joiner and soft hyphen": lambda word: "\u2060" + word[:1] + "\u00ad" + word[1:],
    "byte order mark before": lambda word: "\ufeff" + word,
    "left-to-right mark after": lambda word: word + "\u200e",
}
LOOKALIKES = str.maketrans({"S": "Ѕ", "T": "Т", "O": "О", "P": "Р", "A": "А", "E": "Е",
                            "C": "С", "o": "ο", "p": "р", "a": "а", "e": "е"})


def stop_words(catalog: Catalog, locale: str) -> list[str]:
    """The STOP words of a language, as its translators wrote them."""
    return split_keywords(catalog.localizer.format(locale, COMMAND_MESSAGES[Command.STOP]))


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("disguise", sorted(DISGUISES))
def test_every_stop_word_in_disguise_still_stops(catalog: Catalog, engine: Engine, locale: str,
                                                 disguise: str) -> None:
    for word in [*stop_words(catalog, locale), "stop", "unsubscribe"]:
        text = DISGUISES[disguise](word)
        turn = engine.handle(State("officers", "door", locale), Inbound(text))
        assert turn.state is not None and turn.state.opted_out, (locale, disguise, text)
        # Twilio would not see its word in it: the bot confirms the opt-out itself.
        assert [say.id for say in turn.reply.messages] == [STOPPED], (locale, text)


@pytest.mark.parametrize("text", ["ЅТОР", "ЅТОР\u200b", "SТОP", "stοp", "ѕтор", "QUІТ", "САNСЕL"])
def test_look_alike_letters_still_stop(engine: Engine, text: str) -> None:
    turn = engine.handle(State("officers", "door", "en"), Inbound(text))
    assert turn.state is not None and turn.state.opted_out, text


def test_plain_stop_is_left_to_the_carrier(engine: Engine) -> None:
    turn = engine.handle(State("officers", "door", "en"), Inbound("STOP"))
    assert turn.state is not None and turn.state.opted_out and turn.reply.silent


@pytest.mark.parametrize(("text", "kept"), [
    ("стоп", "стоп"), ("Сок и вода", "сок и вода"), ("Ελλάδα", "ελλαδα"), ("توقف", "توقف"),
    ("مرحبا", "مرحبا"), ("Привет", "привет"), ("ποτέ", "ποτε")])
def test_words_in_other_scripts_are_not_mangled(text: str, kept: str) -> None:
    assert normalize(text) == kept


def test_a_russian_word_of_look_alike_letters_is_no_command(engine: Engine) -> None:
    turn = engine.handle(State("officers", "door", "ru"), Inbound("сосо"))  # would read "coco"
    assert turn.state is not None and not turn.state.opted_out


# HELP and START (Cyrillic Н Е Р Ѕ Т А, Greek Η Ε Ρ): HELP is answered even after STOP, as carriers
# require, and START ends the opt-out, whatever letters a copied text or a keyboard gave them.
@pytest.mark.parametrize("text", ["НЕLР", "ΗΕLΡ"])
def test_help_in_look_alike_letters_is_answered_even_after_stop(engine: Engine, text: str) -> None:
    helped = engine.handle(State("officers", "door", "en"), Inbound(text))
    assert [say.id for say in helped.reply.messages][:1] == [HELP], text
    stopped = engine.handle(State("officers", "door", "en"), Inbound("STOP"))
    after = engine.handle(stopped.state, Inbound(text))
    assert [say.id for say in after.reply.messages][:1] == [HELP], text


def test_start_in_look_alike_letters_restarts_after_stop(engine: Engine) -> None:
    stopped = engine.handle(State("officers", "door", "en"), Inbound("STOP"))
    started = engine.handle(stopped.state, Inbound("ЅТАRТ"))
    assert started.state is not None and not started.state.opted_out
    assert [say.id for say in started.reply.messages][:1] == ["main-welcome"]
