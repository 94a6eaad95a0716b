"""The rights card drawn: a picture for a phone screen and a printable two-sided sheet.

Drawn once per language when the content is built (never per request), with Pillow's complex
text layout (libraqm: HarfBuzz shaping and FriBiDi), so Arabic is joined and right to left and
Devanagari conjuncts form, in Debian's Noto fonts. High contrast, large type: black on white,
the officers' side under a red band. The officers' side is always the English one.
"""

import io
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

# Pillow is imported only to draw: a worker loading a built catalog never needs it.
if TYPE_CHECKING:
    from PIL.Image import Image
    from PIL.ImageFont import FreeTypeFont

from bot.content.cards import OFFICERS_FONT, OFFICERS_LOCALE, Card, CardSide
from bot.content.localization import Localizer

FONT_DIRS = (Path("/usr/share/fonts"), Path("/usr/local/share/fonts"))
# The family names locale.yaml may give (card_font): regular file, bold file, face in the file.
FONTS = {
    "NotoSans": ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", 0),
    "NotoSansArabic": ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf", 0),
    "NotoSansDevanagari": ("NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf", 0),
    "NotoSansCJKsc": ("NotoSansCJK-Regular.ttc", "NotoSansCJK-Bold.ttc", 2),  # Simplified Chinese
}
DEBIAN_FONTS = "fonts-noto-core fonts-noto-cjk"
PHONE = (1080, 1920)  # a phone screen, portrait
WALLET = (1050, 600)  # 3.5 x 2 inches at 300 dpi: one printed card
SHEET = (2550, 3300)  # US Letter at 300 dpi
DPI = 300
# Contrast (WCAG): black on white 21:1, white on this red 7.7:1 (tests/test_card.py computes both).
INK, PAPER, RED = (0, 0, 0), (255, 255, 255), (165, 20, 28)


class CardUnavailable(RuntimeError):
    """The card cannot be drawn on this machine (a font or complex text layout is missing)."""


@dataclass(frozen=True)
class Face:
    """A font file, and the face in it, for one weight."""

    path: Path
    index: int


@dataclass(frozen=True)
class TextLine:
    """One drawn line: its text, face, size, direction and where it stands on the picture."""

    text: str
    face: Face
    size: int
    direction: str  # "ltr" or "rtl"
    language: str
    x: int  # the line's left edge
    y: int  # the line's top
    width: int


@cache
def find_font(name: str) -> str | None:
    """The path of a font file in the system's font folders, or None."""
    for folder in FONT_DIRS:
        for found in sorted(folder.rglob(name)) if folder.is_dir() else ():
            return str(found)
    return None


def faces(family: str) -> tuple[Face, Face]:
    """The regular and bold faces of a family; CardUnavailable if they are not installed."""
    regular, bold, index = FONTS[family]
    paths = [find_font(regular), find_font(bold)]
    if None in paths:
        raise CardUnavailable(f"the font {family} is not installed (Debian: {DEBIAN_FONTS})")
    return Face(Path(str(paths[0])), index), Face(Path(str(paths[1])), index)


def direction_of(text: str) -> str:
    """"rtl" if the first letter with a direction is written right to left, else "ltr"."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"


def _check_layout() -> None:
    """Pillow must shape text (libraqm), or Arabic would come out unjoined and reversed."""
    from PIL import features

    if not features.check("raqm"):
        raise CardUnavailable("Pillow was built without libraqm (complex text layout); Arabic "
                              "and Devanagari cannot be drawn correctly")


@dataclass(frozen=True)
class Side:
    """What one side says, in one language, ready to draw."""

    title: str
    lines: tuple[str, ...]
    locale: str
    family: str
    strong: bool = False  # every line in bold (the officers' side, read from a distance)


def sides(card: Card, localizer: Localizer, locale: str, family: str) -> tuple[Side, Side]:
    """The officers' side (English) and the person's side (their language)."""
    def side(of: CardSide, language: str, font: str, strong: bool) -> Side:
        return Side(localizer.format(language, of.title),
                    tuple(localizer.format(language, line.say) for line in of.lines), language, font,
                    strong)
    return (side(card.officers, OFFICERS_LOCALE, OFFICERS_FONT, True),
            side(card.person, locale, family, False))


def _font(face: Face, size: int) -> "FreeTypeFont":
    """A Pillow font with libraqm layout, loaded once per file, face and size."""
    return _cached_font(str(face.path), face.index, size)


@cache
def _cached_font(path: str, index: int, size: int) -> "FreeTypeFont":
    """The font behind `_font` (cached on plain values)."""
    from PIL import ImageFont

    return ImageFont.truetype(path, size, index=index, layout_engine=ImageFont.Layout.RAQM)


# Never at the start of a line in Chinese (and Japanese) typesetting: closing punctuation.
NO_LINE_START = frozenset("。，、；：！？）」』】》〉…,.;:!?)")


def _words(text: str) -> tuple[list[str], str]:
    """What a line may break between, and what joins them again: words and a space, or, in
    scripts written without spaces, characters and nothing (closing punctuation stays with the
    character before it)."""
    if " " in text.strip():
        return text.split(), " "
    pieces: list[str] = []
    for char in text:
        if pieces and char in NO_LINE_START:
            pieces[-1] += char
        else:
            pieces.append(char)
    return pieces, ""


def wrap(text: str, face: Face, size: int, width: int, language: str) -> list[str]:
    """The text broken into lines no wider than `width` (in the text's own order)."""
    font = _font(face, size)
    direction = direction_of(text)
    words, joiner = _words(text)
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current}{joiner}{word}" if current else word
        if current and font.getlength(candidate, direction=direction, language=language) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


def _block(side: Side, regular: Face, bold: Face, size: int, box: tuple[int, int, int, int],
           title_scale: float) -> tuple[list[TextLine], int]:
    """The lines of a side laid out in `box` (left, top, right, bottom) at `size`; the height used."""
    left, top, right, _bottom = box
    width = right - left
    placed: list[TextLine] = []
    y = top
    body = bold if side.strong else regular
    paragraphs = [(side.title, bold, round(size * title_scale)), *((line, body, size)
                                                                    for line in side.lines)]
    for number, (text, face, points) in enumerate(paragraphs):
        direction = direction_of(text)
        font = _font(face, points)
        for piece in wrap(text, face, points, width, side.locale):
            length = round(font.getlength(piece, direction=direction, language=side.locale))
            x = right - length if direction == "rtl" else left
            placed.append(TextLine(piece, face, points, direction, side.locale, x, y, length))
            y += round(points * 1.32)
        y += round(points * (0.55 if number else 0.35))
    return placed, y - top


def fit(side: Side, box: tuple[int, int, int, int], largest: int, smallest: int = 18,
        title_scale: float = 1.25) -> list[TextLine]:
    """The largest type (down to `smallest`) at which the side fits its box."""
    regular, bold = faces(side.family)
    size = largest
    while True:
        placed, height = _block(side, regular, bold, size, box, title_scale)
        if height <= box[3] - box[1] or size <= smallest:
            return placed
        size = max(smallest, round(size * 0.94))


def _draw(canvas: "Image", lines: Sequence[TextLine], fill: tuple[int, int, int]) -> None:
    """Draw laid-out lines in one colour."""
    from PIL import ImageDraw

    draw = ImageDraw.Draw(canvas)
    for line in lines:
        draw.text((line.x, line.y), line.text, font=_font(line.face, line.size), fill=fill,
                  direction=line.direction, language=line.language)


def phone_layout(officers: Side, person: Side) -> tuple[list[TextLine], list[TextLine], int]:
    """Both sides on one tall picture: the officers' side on top (the part held to a window),
    the person's side below a dashed line; the officers' band's height."""
    width, height = PHONE
    margin = 64
    band = round(height * 0.52)
    top = fit(officers, (margin, margin, width - margin, band - margin // 2), largest=76)
    bottom = fit(person, (margin, band + margin, width - margin, height - margin), largest=58)
    return top, bottom, band


def phone_png(officers: Side, person: Side) -> bytes:
    """The card as one PNG for a phone screen."""
    _check_layout()
    from PIL import Image, ImageDraw

    width = PHONE[0]
    top, bottom, band = phone_layout(officers, person)
    canvas = Image.new("RGB", PHONE, PAPER)
    draw = ImageDraw.Draw(canvas)
    draw.rectangle((0, 0, width, band), fill=RED)
    _draw(canvas, top, PAPER)
    for x in range(0, width, 36):  # a dashed line between the sides
        draw.line((x, band + 14, x + 18, band + 14), fill=INK, width=4)
    _draw(canvas, bottom, INK)
    return _png(canvas)


def _ramp(start: tuple[int, int, int], end: tuple[int, int, int], steps: int) -> list[int]:
    """`steps` colours from start to end, flattened for a palette."""
    return [round(a + (b - a) * step / (steps - 1)) for step in range(steps)
            for a, b in zip(start, end, strict=True)]


# The card's own colours and the antialiased edges between them: text on paper, text on red.
PALETTE = _ramp(PAPER, INK, 16) + _ramp(RED, PAPER, 16)


def _png(image: "Image") -> bytes:
    """The image as a small PNG in the card's 32 colours (exact, no dithering), near 60 KB for
    people on slow or metered data."""
    from PIL import Image

    palette = Image.new("P", (1, 1))
    palette.putpalette(PALETTE)
    out = io.BytesIO()
    image.quantize(palette=palette, dither=Image.Dither.NONE).save(out, "PNG")
    return out.getvalue()


def _wallet(side: Side, officers: bool) -> "Image":
    """One printed side, the size of a credit card."""
    from PIL import Image, ImageDraw

    canvas = Image.new("RGB", WALLET, RED if officers else PAPER)
    lines = fit(side, (40, 32, WALLET[0] - 40, WALLET[1] - 28), largest=44, smallest=16,
                title_scale=1.15)
    _draw(canvas, lines, PAPER if officers else INK)
    ImageDraw.Draw(canvas).rectangle((0, 0, WALLET[0] - 1, WALLET[1] - 1), outline=(150, 150, 150))
    return canvas


def _positions(columns: int, rows: int, mirrored: bool) -> Iterator[tuple[int, int]]:
    """Where each card goes on a sheet; the back's columns mirrored for long-edge duplex."""
    left = (SHEET[0] - columns * WALLET[0]) // 2
    top = (SHEET[1] - rows * WALLET[1]) // 2
    for row in range(rows):
        for column in range(columns):
            shown = columns - 1 - column if mirrored else column
            yield left + shown * WALLET[0], top + row * WALLET[1]


def sheet_pdf(officers: Side, person: Side) -> bytes:
    """Two US Letter pages of ten cards: the person's side, then the officers' side placed so
    that printing on both sides (flip on the long edge) backs each card with its other side."""
    _check_layout()
    from PIL import Image

    pages = []
    for side, is_officers in ((person, False), (officers, True)):
        page = Image.new("RGB", SHEET, PAPER)
        card = _wallet(side, is_officers)
        for position in _positions(2, 5, mirrored=is_officers):
            page.paste(card, position)
        pages.append(page)
    out = io.BytesIO()
    pages[0].save(out, "PDF", resolution=DPI, save_all=True, append_images=pages[1:],
                  title="Rights card", producer="kyr-bot")
    return out.getvalue()


def render_cards(card: Card, localizer: Localizer, families: dict[str, str]) -> dict[str, bytes]:
    """Every language's phone picture; CardUnavailable if this machine cannot draw them."""
    _check_layout()
    drawn = {}
    for locale, family in families.items():
        officers, person = sides(card, localizer, locale, family)
        drawn[locale] = phone_png(officers, person)
    return drawn
