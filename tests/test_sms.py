"""SMS segment arithmetic against the GSM-7 and UCS-2 rules."""

import pytest

from bot.content.localization import LocaleFiles, Localizer
from bot.engine.conversation import Choice, Reply, Say
from bot.engine.sms import Segments, SmsOut, is_gsm7, segments


@pytest.mark.parametrize(("text", "encoding", "units", "count"), [
    ("", "GSM-7", 0, 0),
    ("a" * 160, "GSM-7", 160, 1),
    ("a" * 161, "GSM-7", 161, 2),
    ("a" * 306, "GSM-7", 306, 2),
    ("a" * 307, "GSM-7", 307, 3),
    ("€" * 80, "GSM-7", 160, 1),  # extension characters take two septets
    ("a" * 152 + "€" + "a" * 152, "GSM-7", 306, 3),  # an escape pair is never split across parts
    ("¿Qué?", "GSM-7", 5, 1),  # ¿ and é are GSM-7, unlike á í ó ú
    ("á" * 70, "UCS-2", 70, 1),
    ("á" * 71, "UCS-2", 71, 2),
    ("á" * 134, "UCS-2", 134, 2),
    ("á" * 135, "UCS-2", 135, 3),
    ("🙂" * 35, "UCS-2", 70, 1),  # emoji are surrogate pairs: two units each
    ("a" * 66 + "🙂" + "a" * 3, "UCS-2", 71, 2),  # a surrogate pair is never split either
    # A part filled to the last unit by an escape pair or a surrogate pair is one part, not two.
    ("a" * 151 + "€" + "a" * 153, "GSM-7", 306, 2),
    ("a" * 65 + "🙂" + "a" * 67, "UCS-2", 134, 2),
])
def test_segments(text: str, encoding: str, units: int, count: int) -> None:
    assert segments(text) == Segments(encoding, units, count)


def test_bidi_marks_and_smart_quotes_force_ucs2() -> None:
    assert is_gsm7("Call 855-435-7693 now.")
    assert not is_gsm7("Call \u2068855\u2069")
    assert not is_gsm7("don’t")
    assert not is_gsm7("información")
    assert is_gsm7("¿Qué? ñ ü à é ¡")


@pytest.mark.parametrize(("text", "folded"), [
    ("Envíe un número", "Envie un numero"), ("¿Qué? ñ ü à é ¡", "¿Qué? ñ ü à é ¡"),
    ("ÁÍÓÚ ç", "AIOU c"), ("don’t “x” – …", "don't \"x\" - ..."), ("مرحبا", "مرحبا"),
])
def test_folding_keeps_gsm7_letters_and_plain_forms(text: str, folded: str) -> None:
    from bot.engine.sms import fold_to_gsm7

    assert fold_to_gsm7(text) == folded


def test_folding_turns_spanish_into_gsm7_and_cuts_segments() -> None:
    from bot.engine.sms import fold_to_gsm7

    spanish = "¿Qué quiere saber? Envíe un número. Tiene derecho a guardar silencio y a un abogado. " * 2
    assert segments(spanish).encoding == "UCS-2" and segments(fold_to_gsm7(spanish)).encoding == "GSM-7"
    assert segments(fold_to_gsm7(spanish)).count < segments(spanish).count


def _out() -> SmsOut:
    """SMS output over two messages that say whatever they are given."""
    localizer = Localizer.from_files([LocaleFiles("en", {"t.ftl": "said = { $text }\nlabel = { $text }\n"})])
    return SmsOut(localizer, frozenset())


def _with_menu(label_length: int) -> Reply:
    """A short message and a menu of two options whose labels are this long."""
    return Reply("en", (Say("said", {"text": "Short."}),),
                 tuple(Choice(key, Say("label", {"text": letter * label_length}))
                       for key, letter in (("1", "x"), ("2", "y"))))


def test_a_reply_whose_menu_takes_three_segments_does_not_fit() -> None:
    out = _out()
    whole, menu = out.measure(_with_menu(150))  # "1) " + 150 letters, twice: 307 septets
    assert (whole.count, menu.count) == (3, 3)
    assert not out.fits(_with_menu(150))  # the whole reply is within 3 segments, its menu is not
    assert out.fits(_with_menu(100))


def test_no_body_is_longer_than_twilio_accepts() -> None:
    paragraph = "Every word of this paragraph is needed. " * 8
    reply = Reply("en", tuple(Say("said", {"text": paragraph}) for _ in range(12)))
    bodies = _out().bodies(reply)
    assert len(bodies) > 1
    assert all(len(body) <= 1600 for body in bodies)  # Twilio refuses a longer body
    assert sum(body.count("needed") for body in bodies) == 8 * 12  # nothing lost in the cut
