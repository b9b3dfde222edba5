"""Demo media made on the spot: PNG pictures drawn with Pillow and small text PDFs.

Nothing is downloaded and the output depends only on the arguments, so the demo is the
same on every machine. The PDF writer is deliberately tiny: uncompressed pages of
Helvetica text (one of the 14 standard fonts every reader has, so nothing is embedded),
with a correct cross-reference table, so that text extraction and search work on it.
"""

import io
import random
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFont

SCENE_SIZE = (1200, 800)
PORTRAIT_SIZE = (800, 1000)
LOGO_SIZE = (900, 220)

INK = (11, 12, 12)
WHITE = (255, 255, 255)


def _rgb(colour: str) -> tuple[int, int, int]:
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))


def _mix(a: tuple[int, ...], b: tuple[int, ...], amount: float) -> tuple[int, int, int]:
    return tuple(round(x + (y - x) * amount) for x, y in zip(a[:3], b[:3], strict=True))


def _rng(*parts: str) -> random.Random:
    # crc32, not hash(): str hashes are salted per process and would change the pictures.
    return random.Random(zlib.crc32("|".join(parts).encode()))


def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.load_default(size=size)


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _draw_label(draw: ImageDraw.ImageDraw, size: tuple[int, int], label: str, font_size: int):
    """A dark caption band along the bottom, like a photo library's watermark."""
    width, height = size
    font = _font(font_size)
    band = font_size * 2
    draw.rectangle([0, height - band, width, height], fill=INK)
    draw.text((width / 2, height - band / 2), label, font=font, fill=WHITE, anchor="mm")


def _sky_and_ground(draw, size, background, ground):
    width, height = size
    sky = _rgb(background)
    for y in range(0, height, 8):
        draw.rectangle([0, y, width, y + 8], fill=_mix(sky, WHITE, 0.5 * y / height))
    draw.rectangle([0, int(height * 0.72), width, height], fill=ground)


def _buildings(draw, rng, size, top=0.25, bottom=0.72):
    # bottom is where the ground starts (see _sky_and_ground), so buildings stand on it.
    width, height = size
    x = -20
    while x < width:
        w = rng.randint(130, 230)
        roof = int(height * rng.uniform(top, top + 0.2))
        base = int(height * bottom)
        wall = rng.choice([(178, 98, 72), (214, 186, 142), (150, 150, 160), (196, 120, 90)])
        draw.rectangle([x, roof, x + w, base], fill=wall, outline=INK, width=2)
        if rng.random() < 0.5:
            draw.polygon([(x, roof), (x + w / 2, roof - 50), (x + w, roof)], fill=(90, 60, 55))
        for wy in range(roof + 25, base - 90, 70):
            for wx in range(x + 20, x + w - 40, 55):
                draw.rectangle([wx, wy, wx + 30, wy + 40], fill=(235, 230, 200), outline=INK)
        # A shop front on the ground floor.
        draw.rectangle([x + 10, base - 80, x + w - 10, base], fill=(40, 70, 90), outline=INK)
        x += w + rng.randint(0, 12)


def _bus(draw, x, y, colour):
    draw.rounded_rectangle([x, y, x + 420, y + 170], radius=24, fill=colour, outline=INK, width=3)
    for wx in range(x + 30, x + 380, 75):
        draw.rectangle([wx, y + 25, wx + 55, y + 80], fill=(220, 235, 245), outline=INK)
    for wx in (x + 80, x + 330):
        draw.ellipse([wx - 32, y + 140, wx + 32, y + 204], fill=INK)
        draw.ellipse([wx - 14, y + 158, wx + 14, y + 186], fill=(170, 170, 170))


def _bins(draw, rng, size):
    width, height = size
    colours = [(30, 90, 50), (40, 70, 150), (110, 110, 110), (130, 80, 40)]
    x = 120
    for _ in range(7):
        colour = rng.choice(colours)
        base = int(height * 0.86)
        draw.rectangle([x, base - 260, x + 120, base], fill=colour, outline=INK, width=3)
        draw.rectangle([x - 8, base - 285, x + 128, base - 255], fill=_mix(colour, INK, 0.3))
        draw.ellipse([x + 10, base - 15, x + 40, base + 15], fill=INK)
        x += 150


def _people_round_tables(draw, rng, size):
    width, height = size
    for cx, cy in ((300, 430), (650, 480), (980, 420)):
        draw.ellipse([cx - 150, cy - 60, cx + 150, cy + 60], fill=(200, 170, 120), outline=INK)
        for i in range(6):
            px = cx - 170 + i * 68
            py = cy - 130 if i % 2 else cy + 60
            shirt = _mix(
                (rng.randint(40, 220), rng.randint(40, 220), rng.randint(40, 220)), INK, 0.2
            )
            draw.rounded_rectangle([px, py + 40, px + 60, py + 120], radius=20, fill=shirt)
            draw.ellipse([px + 8, py, px + 52, py + 44], fill=rng.choice(_SKIN_TONES))


_SKIN_TONES = [(241, 194, 160), (224, 172, 125), (198, 134, 90), (141, 85, 50), (92, 58, 36)]


def render_scene(kind: str, label: str, colour: str) -> bytes:
    """A 1200x800 PNG standing in for a photograph: a street, a bus, bins or a meeting."""
    rng = _rng(kind, label)
    image = Image.new("RGB", SCENE_SIZE, _rgb(colour))
    draw = ImageDraw.Draw(image)
    _sky_and_ground(draw, SCENE_SIZE, colour, (120, 120, 115))
    if kind == "street":
        _buildings(draw, rng, SCENE_SIZE)
    elif kind == "bus":
        _buildings(draw, rng, SCENE_SIZE, top=0.3)
        _bus(draw, 180, 420, (200, 40, 50))
        _bus(draw, 660, 440, (30, 110, 170))
    elif kind == "bins":
        _buildings(draw, rng, SCENE_SIZE, top=0.15)
        _bins(draw, rng, SCENE_SIZE)
    elif kind == "meeting":
        draw.rectangle([0, 0, SCENE_SIZE[0], SCENE_SIZE[1]], fill=_mix(_rgb(colour), WHITE, 0.6))
        draw.rectangle([80, 60, 520, 300], fill=WHITE, outline=INK, width=3)
        for line in range(5):
            draw.line([110, 100 + line * 40, 480 - line * 30, 100 + line * 40], fill=INK, width=6)
        _people_round_tables(draw, rng, SCENE_SIZE)
    else:
        raise ValueError(f"Unknown scene kind: {kind}")
    _draw_label(draw, SCENE_SIZE, label, 40)
    return _png(image)


def render_portrait(name: str, colour: str) -> bytes:
    """An 800x1000 head-and-shoulders silhouette with the person's name: a stand-in photo."""
    rng = _rng("portrait", name)
    width, height = PORTRAIT_SIZE
    background = _rgb(colour)
    image = Image.new("RGB", PORTRAIT_SIZE, background)
    draw = ImageDraw.Draw(image)
    for y in range(0, height, 10):
        draw.rectangle([0, y, width, y + 10], fill=_mix(background, WHITE, 0.35 * y / height))
    skin = rng.choice(_SKIN_TONES)
    hair = rng.choice([(35, 25, 20), (90, 60, 30), (150, 150, 150), (200, 160, 90), (60, 40, 30)])
    jacket = rng.choice([(30, 40, 70), (70, 70, 75), (120, 30, 40), (40, 90, 80), (160, 130, 90)])
    draw.ellipse([130, 640, 670, 1180], fill=jacket)  # shoulders
    draw.rectangle([345, 560, 455, 700], fill=skin)  # neck
    draw.ellipse([250, 230, 550, 600], fill=hair)
    draw.ellipse([270, 270, 530, 620], fill=skin)  # face
    draw.chord([255, 220, 545, 470], start=180, end=360, fill=hair)
    for eye_x in (345, 455):
        draw.ellipse([eye_x - 14, 420, eye_x + 14, 440], fill=INK)
    draw.arc([350, 480, 450, 550], start=20, end=160, fill=INK, width=5)
    _draw_label(draw, PORTRAIT_SIZE, name, 44)
    return _png(image)


def render_logo(organisation: str, colour: str) -> bytes:
    """A wide logo on a transparent background: a bridge over water and the name."""
    image = Image.new("RGBA", LOGO_SIZE, (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    ink = (*_rgb(colour), 255)
    draw.arc([20, 40, 200, 220], start=180, end=360, fill=ink, width=14)
    draw.rectangle([20, 124, 200, 138], fill=ink)
    for x in (60, 110, 160):
        draw.line([x, 130, x, 70 if x == 110 else 85], fill=ink, width=8)
    for y in (160, 185):
        draw.line([(20 + i * 15, y + (6 if i % 2 else 0)) for i in range(13)], fill=ink, width=6)
    size = 54
    while size > 20 and _font(size).getlength(organisation) > LOGO_SIZE[0] - 250:
        size -= 2
    draw.text((230, 70), organisation, font=_font(size), fill=ink, anchor="lm")
    draw.text((230, 150), "Citizens' juries", font=_font(40), fill=ink, anchor="lm")
    return _png(image)


# --- PDF ------------------------------------------------------------------------------

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points
MARGIN = 72

# Advance widths (1/1000 em) of Helvetica and Helvetica-Bold from Adobe's AFM files, for
# printable ASCII (space to tilde) and the few other characters our text uses. Anything
# else is measured as a wide letter, so lines err on the short side.
_ASCII = "".join(chr(code) for code in range(32, 127))
_HELVETICA_ASCII = """
    278 278 355 556 556 889 667 191 333 333 389 584 278 333 278 278
    556 556 556 556 556 556 556 556 556 556 278 278 584 584 584 556
    1015 667 667 722 722 667 611 778 722 278 500 667 556 833 722 778
    667 778 722 667 611 722 667 944 667 667 611 278 278 278 469 556
    333 556 556 500 556 556 278 556 556 222 222 500 222 833 556 556
    556 556 333 500 278 556 500 722 500 500 500 334 260 334 584
"""
_HELVETICA_BOLD_ASCII = """
    278 333 474 556 556 889 722 238 333 333 389 584 278 333 278 278
    556 556 556 556 556 556 556 556 556 556 333 333 584 584 584 611
    975 722 722 722 722 667 611 778 722 278 556 722 611 833 722 778
    667 778 722 667 611 722 667 944 667 667 611 333 278 333 584 556
    333 556 611 556 611 556 333 611 611 278 278 556 278 889 611 611
    611 611 389 556 333 611 556 778 556 556 500 389 280 389 584
"""


def _widths(ascii_widths: str) -> dict[str, int]:
    return dict(zip(_ASCII, map(int, ascii_widths.split()), strict=True))


_HELVETICA = _widths(_HELVETICA_ASCII) | {
    "£": 556, "’": 222, "‘": 222, "“": 333, "”": 333, "–": 556, "—": 1000, "•": 350,
}  # fmt: skip
_HELVETICA_BOLD = _widths(_HELVETICA_BOLD_ASCII) | {
    "£": 556, "’": 278, "‘": 278, "“": 500, "”": 500, "–": 556, "—": 1000, "•": 350,
}  # fmt: skip


@dataclass(frozen=True)
class _Style:
    font: str  # resource name in the page's font dictionary
    size: float
    leading: float
    widths: dict[str, int]
    space_before: float = 0


_TITLE = _Style("F2", 20, 26, _HELVETICA_BOLD)
_HEADING = _Style("F2", 14, 19, _HELVETICA_BOLD, space_before=10)
_BODY = _Style("F1", 11, 15.5, _HELVETICA, space_before=7)
_SMALL = _Style("F1", 9, 12, _HELVETICA)


def _text_width(text: str, style: _Style) -> float:
    return sum(style.widths.get(char, 667) for char in text) * style.size / 1000


def _wrap(text: str, style: _Style, width: float) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if line and _text_width(candidate, style) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    return lines


def _pdf_string(text: str) -> bytes:
    """A PDF literal string in WinAnsiEncoding, kept 7-bit with octal escapes."""
    out = bytearray(b"(")
    for byte in text.encode("cp1252", errors="replace"):
        if byte in b"()\\":
            out += b"\\" + bytes([byte])
        elif 32 <= byte < 127:
            out.append(byte)
        else:
            out += b"\\%03o" % byte
    return bytes(out + b")")


def _pdf_text_string(text: str) -> bytes:
    """A string for the document information dictionary: PDFDocEncoding is not
    WinAnsiEncoding, so anything beyond ASCII is written as UTF-16 with a byte order mark."""
    if text.isascii():
        return _pdf_string(text)
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


def _layout(title: str, blocks: Iterable[tuple[str, str]]) -> list[list[tuple[_Style, str, float]]]:
    """Lay the text out on pages: a list of pages, each a list of (style, line, y)."""
    usable = PAGE_WIDTH - 2 * MARGIN
    bottom = MARGIN
    pages: list[list[tuple[_Style, str, float]]] = [[]]
    y = PAGE_HEIGHT - MARGIN
    styles = {"h": _HEADING, "p": _BODY, "break": None}
    items = [(_TITLE, title), *((styles[kind], text) for kind, text in blocks)]
    for style, text in items:
        if style is None:  # a page break
            if pages[-1]:
                pages.append([])
                y = PAGE_HEIGHT - MARGIN
            continue
        lines = _wrap(text, style, usable)
        y -= style.space_before
        # Keep a heading with at least two lines of what follows it.
        needed = style.leading * (len(lines) + (2 if style is _HEADING else 0))
        if y - min(needed, style.leading * 3) < bottom:
            pages.append([])
            y = PAGE_HEIGHT - MARGIN
        for line in lines:
            if y - style.leading < bottom:
                pages.append([])
                y = PAGE_HEIGHT - MARGIN
            y -= style.leading
            pages[-1].append((style, line, y))
    return pages


def _content_stream(lines: Sequence[tuple[_Style, str, float]], footer: str) -> bytes:
    ops = [b"BT"]
    for style, text, y in [*lines, (_SMALL, footer, MARGIN / 2)]:
        ops.append(b"/%s %g Tf" % (style.font.encode(), style.size))
        ops.append(b"1 0 0 1 %d %.1f Tm" % (MARGIN, y))
        ops.append(_pdf_string(text) + b" Tj")
    ops.append(b"ET")
    return b"\n".join(ops) + b"\n"


def render_pdf(title: str, blocks: Iterable[tuple[str, str]], *, author: str) -> bytes:
    """A small A4 PDF: the title, then ("h", heading), ("p", paragraph) and ("break", "")
    (start a new page) blocks in order.

    Text is real text in the standard Helvetica fonts, so it can be selected, searched
    and read aloud; every page has a footer with the title and the page number.
    """
    pages = _layout(title, blocks)
    page_count = len(pages)
    # Objects 1-5 are fixed; each page then takes two: the page and its content stream.
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R /Lang (en-GB) "
        b"/ViewerPreferences << /DisplayDocTitle true >> >>",
        b"<< /Type /Pages /Kids ["
        + b" ".join(b"%d 0 R" % (6 + 2 * i) for i in range(page_count))
        + b"] /Count %d >>" % page_count,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Title "
        + _pdf_text_string(title)
        + b" /Author "
        + _pdf_text_string(author)
        + b" /Producer (Engagement Hub demo loader) >>",
    ]
    for number, lines in enumerate(pages, start=1):
        stream = _content_stream(lines, f"{title}  |  Page {number} of {page_count}")
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] " % (PAGE_WIDTH, PAGE_HEIGHT)
            + b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>"
            % (7 + 2 * (number - 1))
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream")

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref_offset = len(out)
    # Each cross-reference entry is exactly 20 bytes, ending in space + newline.
    out += b"xref\n0 %d\n" % (len(objects) + 1)
    out += b"0000000000 65535 f \n"
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\n" % (len(objects) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % xref_offset
    return bytes(out)
