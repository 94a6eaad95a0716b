"""SMS segment arithmetic against the GSM-7 and UCS-2 rules."""

import pytest

from bot.engine.sms import Segments, is_gsm7, segments


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
