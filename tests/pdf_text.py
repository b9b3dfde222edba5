"""Text of a PDF in reading order, read with pypdf, with one upstream gap closed.

pypdf (7.1) takes a shown glyph string whose bytes happen to be valid PDFDocEncoding for
text already decoded, and skips the font's ToUnicode map: Urdu set in DejaVu Sans comes
out as stray Latin characters. Here every shown string is decoded from its original bytes
through its font's map, glyph by glyph. Glyphs are drawn left to right, so each run of
right-to-left glyphs is put back in reading order, whole glyphs at a time: a ligature
(lam-alef) keeps its letters in their order."""

import io
import re

from pypdf import PdfReader
from pypdf.generic import ContentStream, TextStringObject
from pypdf.generic._font import Font

RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
LEFT_TO_RIGHT = re.compile(r"[^\W\d_]")  # a letter that is not right to left (checked second)


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    glyphs = []
    for page in reader.pages:
        fonts = {
            name: (Font.from_font_resource(font.get_object()), font.get_object()["/Subtype"])
            for name, font in page["/Resources"].get("/Font", {}).items()
        }
        font = None
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"Tf":
                font = fonts.get(operands[0])
            elif operator in (b"Tj", b"TJ") and font is not None:
                for part in operands[0] if operator == b"TJ" else [operands[0]]:
                    glyphs.extend(_glyphs(part, *font))
                glyphs.append(" ")
    return "".join(_reading_order(glyphs))


def _glyphs(part, font: Font, subtype: str) -> list[str]:
    if not isinstance(part, bytes | TextStringObject):
        return []  # a kerning adjustment in a TJ array
    raw = part.original_bytes if isinstance(part, TextStringObject) else bytes(part)
    if subtype == "/Type0":  # two-byte glyph codes (Identity-H)
        codes = [chr(int.from_bytes(raw[i : i + 2])) for i in range(0, len(raw), 2)]
    else:
        codes = [font.encoding.get(byte, chr(byte)) for byte in raw]
    return [font.character_map.get(code, code) for code in codes]


def _reading_order(glyphs: list[str]) -> list[str]:
    """Reverse each run of right-to-left glyphs (with the spaces and punctuation inside
    it); everything else stays as drawn."""
    ordered, run = [], []

    def end_run():
        inside = len(run)
        while inside and not RIGHT_TO_LEFT.search(run[inside - 1]):
            inside -= 1  # trailing neutrals belong after the run
        ordered.extend(reversed(run[:inside]))
        ordered.extend(run[inside:])
        run.clear()

    for glyph in glyphs:
        if RIGHT_TO_LEFT.search(glyph) or (run and not LEFT_TO_RIGHT.search(glyph)):
            run.append(glyph)
        else:
            end_run()
            ordered.append(glyph)
    end_run()
    return ordered
