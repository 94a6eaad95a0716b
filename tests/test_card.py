"""The rights card: drawn right in every script, in step with the officers flow, and delivered
on every channel.

Each card's layout (every line's text, font, size, direction, place and HarfBuzz's shaping of
it) is compared with a reference in tests/fixtures/cards/<locale>.json; after a deliberate
change, rewrite them with `pytest tests/test_card.py --update-snapshots`, look at the pictures
(`kyr card --lang xx --out card.png`) and review the diff.
"""

import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uharfbuzz as hb
from PIL import Image

from bot.engine.catalog import Catalog
from bot.engine.conversation import Inbound, State
from bot.engine.engine import Engine
from bot.release import card as drawing
from bot.release.check import check_content
from bot.tools.chat import Simulator
from tests.conftest import REPO
from tests.helpers import TELEGRAM_SECRET, app, post_signed, sms_form, twiml_bodies

FIXTURES = REPO / "tests" / "fixtures" / "cards"
RTL_LOCALES = {"ar"}
CARD_NODE = ("officers", "card")


def shaped(line: drawing.TextLine) -> hb.Buffer:
    """HarfBuzz's shaping of a drawn line, in its font, at its size."""
    face = hb.Face(hb.Blob.from_file_path(str(line.face.path)), line.face.index)
    font = hb.Font(face)
    font.scale = (line.size * 64, line.size * 64)
    buffer = hb.Buffer()
    buffer.add_str(line.text)
    buffer.guess_segment_properties()
    buffer.language = line.language
    hb.shape(font, buffer, {})
    return buffer


def layout(catalog: Catalog, locale: str) -> list[dict[str, Any]]:
    """Every line of a language's phone card, as drawn and as HarfBuzz shapes it."""
    card = catalog.flows.card
    assert card is not None
    officers, person = drawing.sides(card, catalog.localizer, locale,
                                     catalog.languages[locale].card_font)
    top, bottom, _band = drawing.phone_layout(officers, person)
    lines = []
    for line in (*top, *bottom):
        buffer = shaped(line)
        lines.append({"text": line.text, "font": line.face.path.name, "face": line.face.index,
                      "size": line.size, "direction": line.direction, "x": line.x, "y": line.y,
                      "width": line.width, "shaped_direction": buffer.direction,
                      "glyphs": [info.codepoint for info in buffer.glyph_infos],
                      "advance": round(sum(p.x_advance for p in buffer.glyph_positions) / 64)})
    return lines


def locales(catalog: Catalog) -> Iterator[str]:
    yield from sorted(catalog.localizer.locales)


# ---- drawn right ---------------------------------------------------------------------------------

def test_each_cards_layout_matches_its_reference(catalog: Catalog, request: pytest.FixtureRequest) -> None:
    update = bool(request.config.getoption("--update-snapshots"))
    FIXTURES.mkdir(parents=True, exist_ok=True)
    for locale in locales(catalog):
        found = layout(catalog, locale)
        reference = FIXTURES / f"{locale}.json"
        assert update or reference.exists(), f"no reference layout for {locale}: run with --update-snapshots"
        if update:
            reference.write_text("[\n" + ",\n".join(json.dumps(line, ensure_ascii=False)
                                                      for line in found) + "\n]\n", "utf-8")
        assert found == json.loads(reference.read_text("utf-8")), \
            f"the {locale} card's layout changed: look at it, then rerun with --update-snapshots"


def test_no_character_is_missing_from_its_font(catalog: Catalog) -> None:
    for locale in locales(catalog):
        for line in layout(catalog, locale):
            assert 0 not in line["glyphs"], f"{locale}: an empty box (tofu) in {line['text']!r}"


def test_arabic_runs_right_to_left_and_every_other_language_left_to_right(catalog: Catalog) -> None:
    right_edge = drawing.PHONE[0] - 64
    for locale in locales(catalog):
        person = [line for line in layout(catalog, locale) if line["font"] != "NotoSans-Bold.ttf"
                  or locale == "en"]
        for line in person:
            if locale in RTL_LOCALES:
                assert line["direction"] == line["shaped_direction"] == "rtl", line
                assert line["x"] + line["width"] == right_edge, f"not right-aligned: {line}"
            else:
                assert line["direction"] == line["shaped_direction"] == "ltr", line
                assert line["x"] == 64, line


def test_arabic_letters_join_and_devanagari_conjuncts_form(catalog: Catalog) -> None:
    """Shaped text differs from its letters drawn one by one: contextual Arabic forms, and
    Devanagari clusters (conjuncts, vowel signs) that take fewer glyphs than code points."""
    for locale, word in (("ar", "حقوقك"), ("hi", "अधिकार")):
        line = next(line for line in drawing.phone_layout(*drawing.sides(
            catalog.flows.card, catalog.localizer, locale,  # type: ignore[arg-type]
            catalog.languages[locale].card_font))[1] if word in line.text)
        whole = [info.codepoint for info in shaped(line).glyph_infos]
        alone = []
        for char in line.text:
            single = drawing.TextLine(char, line.face, line.size, line.direction, line.language,
                                      0, 0, 0)
            alone += [info.codepoint for info in shaped(single).glyph_infos]
        assert whole != alone and len(whole) <= len(alone), locale
    hindi = [line for line in layout(catalog, "hi") if "्" in line["text"]]
    assert hindi and all(len(line["glyphs"]) < len(line["text"]) for line in hindi)


def test_pillow_lays_text_out_as_harfbuzz_shapes_it(catalog: Catalog) -> None:
    """Every line's width as Pillow lays it out (libraqm) is HarfBuzz's shaped width. Without
    complex layout the widths differ for Arabic and Devanagari, so this would catch it."""
    from PIL import ImageFont, features

    assert features.check("raqm")
    unshaped_differs = {"ar": False, "hi": False}
    for locale in locales(catalog):
        for line in layout(catalog, locale):
            assert abs(line["width"] - line["advance"]) <= max(2, line["advance"] * 0.01), line
            if locale in unshaped_differs:
                path = next(Path("/usr/share/fonts").rglob(line["font"]))
                basic = ImageFont.truetype(str(path), line["size"], index=line["face"],
                                           layout_engine=ImageFont.Layout.BASIC)
                if abs(basic.getlength(line["text"]) - line["advance"]) > line["advance"] * 0.01:
                    unshaped_differs[locale] = True
    assert all(unshaped_differs.values()), unshaped_differs


def test_every_card_is_a_phone_sized_picture_with_the_red_band(catalog: Catalog) -> None:
    assert set(catalog.cards) == set(catalog.localizer.locales)
    for locale, picture in catalog.cards.items():
        image = Image.open(io.BytesIO(picture)).convert("RGB")
        assert image.size == drawing.PHONE and len(picture) < 150_000, locale
        assert image.getpixel((8, 8)) == drawing.RED and image.getpixel((8, drawing.PHONE[1] - 8)) == \
            drawing.PAPER
    assert len(set(catalog.cards.values())) == len(catalog.cards)  # each in its own language


def test_the_printable_sheet_has_both_sides_on_letter_pages(catalog: Catalog) -> None:
    card = catalog.flows.card
    assert card is not None
    pdf = drawing.sheet_pdf(*drawing.sides(card, catalog.localizer, "es", "NotoSans"))
    assert pdf.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page\b", pdf)) == 2
    assert len(re.findall(rb"/MediaBox\s*\[\s*0 0 612(\.0)? 792(\.0)?\s*\]", pdf)) == 2


# ---- in step with the flow -----------------------------------------------------------------------

def _errors(root: Path) -> list[str]:
    return [str(problem) for problem in check_content(root)]


def test_a_line_citing_a_source_its_node_does_not_cite_is_refused(content_copy: Path) -> None:
    card = content_copy / "flows" / "card.yaml"
    text = card.read_text("utf-8")
    maine = "https://www.aclumaine.org/en/know-your-rights/immigration-enforcement-and-warrants"
    card.write_text(text.replace(maine, "https://example.org/some-other-page", 1), "utf-8")
    found = _errors(content_copy)
    assert any(re.search(r"flows/card\.yaml:\d+: 'card-officers-entry' cites "
                         r"'https://example.org/some-other-page', which officers/warrant does not cite",
                         line) for line in found), found


def test_a_line_repeating_a_node_that_is_gone_is_refused(content_copy: Path) -> None:
    card = content_copy / "flows" / "card.yaml"
    text = card.read_text("utf-8")
    card.write_text(text.replace("from: officers/silent", "from: officers/quiet", 1), "utf-8")
    assert any("'card-person-silent' says it repeats 'officers/quiet', which does not exist" in line
               for line in _errors(content_copy))


def test_a_node_reviewed_after_the_card_asks_for_the_card_to_be_reviewed(content_copy: Path) -> None:
    flow = content_copy / "flows" / "officers.yaml"
    text = flow.read_text("utf-8")
    door = text.index("  door:")
    later = text[door:].replace("reviewed: 2026-12-02", "reviewed: 2026-12-20", 1)
    flow.write_text(text[:door] + later, "utf-8")
    found = _errors(content_copy)
    assert any("officers/door was reviewed on 2026-12-20, after the card (2026-12-03)" in line
               for line in found), found


def test_a_translated_officers_side_is_refused(content_copy: Path) -> None:
    spanish = content_copy / "locales" / "es" / "card.ftl"
    translated = "card-officers-silent = Elijo guardar silencio.\n"
    spanish.write_text(spanish.read_text("utf-8") + translated, "utf-8")
    assert any(re.search(r"locales/es/card\.ftl:\d+: 'card-officers-silent' is on the officers' side, "
                         r"which stays in English", line) for line in _errors(content_copy))


def test_a_character_the_font_lacks_is_refused_at_its_line(content_copy: Path) -> None:
    chinese = content_copy / "locales" / "zh" / "card.ftl"
    text = chinese.read_text("utf-8")
    chinese.write_text(re.sub(r"(?m)^(card-person-title = .*)$", "\\1 \U00013000", text), "utf-8")
    found = _errors(content_copy)
    assert any(re.search(r"locales/zh/card\.ftl:\d+: 'card-person-title' in zh: the card's font "
                         r"NotoSansCJKsc has no glyph for '.*' \(U\+13000\)", line) for line in found), found


# ---- offered and delivered -----------------------------------------------------------------------

def test_the_card_word_works_in_every_language_from_anywhere(catalog: Catalog, engine: Engine) -> None:
    for locale in locales(catalog):
        words = catalog.localizer.format(locale, "command-card").split(",")
        for word in words:
            state = State("nearby", "ask", locale)
            turn = engine.handle(state, Inbound(word.strip(), "sms", 1.0))
            assert turn.state is not None and (turn.state.flow, turn.state.node) == CARD_NODE, \
                (locale, word)
            assert turn.reply.card and turn.reply.locale == locale


def test_the_door_answer_offers_the_card(engine: Engine) -> None:
    first = engine.handle(None, Inbound("ICE is at my door what do I do", "sms", 1.0))
    assert first.state is not None and first.state.node == "door"
    labels = [choice.label.id for choice in first.reply.choices]
    assert "officers-choice-card" in labels and not first.reply.card
    chosen = engine.handle(first.state, Inbound(str(labels.index("officers-choice-card") + 1), "sms", 2.0))
    assert chosen.state is not None and (chosen.state.flow, chosen.state.node) == CARD_NODE
    assert chosen.reply.card


def _card_by_sms(url: str = "https://kyr.example.org/twilio", **changes: Any) -> Any:
    client = app(**changes).test_client()
    post_signed(client, sms_form("hola", sid="SM-card-1"), url=url)
    return client, post_signed(client, sms_form("tarjeta", sid="SM-card-2"), url=url)


def test_plain_sms_gets_the_officers_side_as_text_and_the_address() -> None:
    client, response = _card_by_sms()
    bodies = twiml_bodies(response)
    assert b"<Media>" not in response.data
    assert bodies[0].startswith("Esta es su tarjeta")
    assert bodies[1].startswith("To the officers: I choose to remain silent.")
    address = re.search(r"https://kyr\.example\.org(/cards/es\.png)\?v=([0-9a-f]{16})$", bodies[2])
    assert address, bodies[2]
    picture = client.get(address.group(1))
    assert picture.status_code == 200 and picture.mimetype == "image/png"
    assert picture.headers["ETag"] == f'"{address.group(2)}"'


def test_mms_and_whatsapp_get_the_picture() -> None:
    _client, mms = _card_by_sms(sms_media=True)
    assert re.search(rb"<Media>https://kyr\.example\.org/cards/es\.png\?v=[0-9a-f]{16}</Media></Message>"
                     rb"</Response>$", mms.data), mms.data
    assert len(twiml_bodies(mms)) == 1
    client = app().test_client()
    whatsapp = post_signed(client, sms_form("card", sender="whatsapp:+13125550188", sid="SM-card-w"))
    assert b"<Media>https://kyr.example.org/cards/en.png?v=" in whatsapp.data


def test_without_a_public_address_the_card_goes_as_text_only() -> None:
    _client, response = _card_by_sms("http://localhost/twilio", public_url=None, trusted_proxies=1)
    bodies = twiml_bodies(response)
    assert b"<Media>" not in response.data and len(bodies) == 2
    assert bodies[1].startswith("To the officers:")


def test_telegram_gets_a_photo_in_the_webhook_response() -> None:
    client = app().test_client()
    update = {"update_id": 900, "message": {"message_id": 3, "date": 0, "text": "card",
                                            "chat": {"id": 77, "type": "private"}}}
    response = client.post("/telegram", json=update, headers={"X-Telegram-Bot-Api-Secret-Token":
                                                               TELEGRAM_SECRET})
    sent = response.get_json()
    assert sent["method"] == "sendPhoto" and sent["chat_id"] == 77
    assert re.fullmatch(r"https://kyr\.example\.org/cards/en\.png\?v=[0-9a-f]{16}", sent["photo"])
    assert sent["caption"].startswith("Here is your rights card.") and len(sent["caption"]) <= 1024
    assert sent["reply_markup"]["keyboard"]


def test_telegram_without_an_address_or_a_token_gets_the_card_as_text_in_one_message() -> None:
    """In development (no PUBLIC_URL, no bot token to send more than one message), Telegram
    said "Here is your rights card" and sent nothing else."""
    client = app(public_url=None, trusted_proxies=1, telegram_bot_token="",
                 telegram_webhook_secret="", development=True).test_client()
    update = {"update_id": 901, "message": {"message_id": 3, "date": 0, "text": "card",
                                            "chat": {"id": 78, "type": "private"}}}
    sent = client.post("/telegram", json=update,
                       environ_base={"REMOTE_ADDR": "127.0.0.1"}).get_json()
    assert sent["method"] == "sendMessage"
    assert sent["text"].startswith("Here is your rights card.")
    assert "To the officers: I choose to remain silent." in sent["text"]


def test_the_picture_is_public_cacheable_and_the_same_for_everyone() -> None:
    client = app().test_client()
    first = client.get("/cards/vi.png")
    assert first.status_code == 200 and first.headers["Cache-Control"].startswith("public")
    assert client.get("/cards/vi.png", headers={"If-None-Match": first.headers["ETag"]}).status_code == 304
    assert client.get("/cards/vi.png", headers={"Cookie": "x=1"}).data == first.data
    assert client.get("/cards/xx.png").status_code == 404
    assert client.get("/cards/..%2Fsecret.png").status_code == 404


def test_kyr_chat_shows_the_card(catalog: Catalog) -> None:
    sms = Simulator(catalog, "sms", "es")
    sms.send("hola")
    shown = sms.send("tarjeta")
    assert "To the officers: I choose to remain silent." in shown and "/cards/es.png" in shown
    telegram = Simulator(catalog, "telegram", "en")
    assert "[photo: the rights card in en" in telegram.send("card")


def test_kyr_card_writes_the_sheet_and_the_picture(tmp_path: Path) -> None:
    import os
    import subprocess

    from tests.test_serve import KYR, checkout_env

    env = checkout_env(dict(os.environ))  # this checkout's kyr, whatever else is on PATH
    sheet = tmp_path / "card.pdf"
    done = subprocess.run([*KYR, "card", "--lang", "hi", "--out", str(sheet)], capture_output=True,
                          text=True, timeout=120, env=env)
    assert done.returncode == 0 and "two-sided" in done.stderr, done.stderr
    assert len(re.findall(rb"/Type\s*/Page\b", sheet.read_bytes())) == 2
    picture = tmp_path / "card.png"
    done = subprocess.run([*KYR, "card", "--lang", "ar", "--out", str(picture)], capture_output=True,
                          text=True, timeout=120, env=env)
    assert done.returncode == 0 and Image.open(picture).size == drawing.PHONE


def test_a_compiled_catalog_carries_only_the_pictures_key(catalog: Catalog) -> None:
    import pickle

    from bot.release.check_card import KeptCards

    cards = catalog.cards
    assert isinstance(cards, KeptCards)
    assert len(pickle.dumps(cards)) < 1_000 and len(cards["es"]) > 10_000  # read when asked
    lost = KeptCards("0" * 32, ["es"])  # a key whose pictures the cache no longer has
    assert "es" not in lost and lost.get("es") is None


def test_the_card_as_text_must_fit_its_sms_budget(content_copy: Path) -> None:
    russian = content_copy / "locales" / "ru" / "card.ftl"
    text = russian.read_text("utf-8")
    more = " Сохраните её на телефоне, чтобы показать агентам."
    longer = re.sub(r"(?m)^card-link = (.*)$", lambda found: found.group(0) + more, text)
    russian.write_text(longer, "utf-8")
    found = _errors(content_copy)
    assert any(re.search(r"locales/ru/card\.ftl:\d+: in ru, the card sent as text \('card-link'\) "
                         r"takes 2 SMS segments \(UCS-2, \d+ units\); the limit is 1", line)
               for line in found), found


def _luminance(colour: tuple[int, int, int]) -> float:
    """WCAG 2 relative luminance."""
    def linear(channel: int) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4
    red, green, blue = (linear(channel) for channel in colour)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def test_both_sides_are_high_contrast() -> None:
    def contrast(one: tuple[int, int, int], other: tuple[int, int, int]) -> float:
        lighter, darker = sorted((_luminance(one), _luminance(other)), reverse=True)
        return (lighter + 0.05) / (darker + 0.05)
    assert contrast(drawing.INK, drawing.PAPER) == pytest.approx(21.0)
    assert contrast(drawing.PAPER, drawing.RED) >= 7.0  # WCAG AAA, for text of any size


def test_the_fonts_locale_yaml_may_name_are_the_fonts_drawn() -> None:
    schema = json.loads((REPO / "bot" / "content" / "schema" / "locale.schema.json").read_text("utf-8"))
    assert set(schema["properties"]["card_font"]["enum"]) == set(drawing.FONTS)
