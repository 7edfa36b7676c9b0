"""Give every glyph of the bundled Sarabun a code point, so printed PDFs can be searched.

    pip install fonttools
    python -m otop_desk.devtools.print_fonts          # rewrites resources/fonts/sarabun/*.ttf
                                                       # and reports/pdftext/glyph_text.py

Why: a PDF's text layer maps each glyph back to text through the font's ToUnicode map,
and Qt writes that map by reversing the font's cmap. Sarabun stacks Thai marks with
glyphs that only shaping (GSUB) reaches: a tone mark made small over an upper vowel
(``uni0E48.small``), shifted left under the tall stem of ป ฝ ฟ ฬ (``.narrow``), nikhahit
and tone mark in one glyph (``uni0E4D0E49``), ญ and ฐ without their tails over a lower
vowel (``yoYingthai.less``). Having no code point, they had no ToUnicode entry and dropped
out of the text: "เยียม" for "เยี่ยม".

Each such glyph gets a code point of the Private Use Area (the same one in every face), so
Qt lists it in ToUnicode; ``reports.pdftext`` then puts the text the glyph stands for in
its place. Rendering does not change: shaping never produces these code points and nobody
types them. Run again after updating the upstream fonts (same file names); it is
idempotent.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parents[2]
FONTS = ROOT / "resources" / "fonts" / "sarabun"
TABLE = ROOT / "otop_desk" / "reports" / "pdftext" / "glyph_text.py"
FIRST, LAST = 0xE000, 0xE0FF  # the block of the Private Use Area this build owns
NIKHAHIT, TONES = "\u0e4d", "\u0e48\u0e49\u0e4a\u0e4b"


def _own(codepoint: int) -> bool:
    return FIRST <= codepoint <= LAST


def _subtables(font: TTFont) -> list:
    return [t for t in font["cmap"].tables if t.isUnicode()]


def glyph_texts(font: TTFont) -> dict[str, str]:
    """The text each glyph stands for: its code point, or what shaping made it from."""
    text: dict[str, str] = {}
    for codepoint, glyph in sorted(font.getBestCmap().items(), reverse=True):
        if not _own(codepoint):
            text[glyph] = chr(codepoint)  # the lowest code point wins, as in Qt
    lookups = font["GSUB"].table.LookupList.Lookup
    grew = True
    while grew:  # until no substitution makes a glyph of known text into a new one
        grew = False
        for lookup in lookups:
            for sub in lookup.SubTable:
                if lookup.LookupType == 7:
                    sub = sub.ExtSubTable
                for sources, made in _substitutions(sub):
                    if made not in text and all(s in text for s in sources):
                        text[made] = _typed_order("".join(text[s] for s in sources))
                        grew = True
    return text


def _substitutions(sub: object) -> list[tuple[list[str], str]]:
    kind = type(sub).__name__
    if kind == "SingleSubst":
        return [([a], b) for a, b in sub.mapping.items()]  # type: ignore[attr-defined]
    if kind == "AlternateSubst":
        return [([a], b) for a, bs in sub.alternates.items() for b in bs]  # type: ignore[attr-defined]
    if kind == "LigatureSubst":
        return [([first, *lig.Component], lig.LigGlyph)
                for first, ligs in sub.ligatures.items() for lig in ligs]  # type: ignore[attr-defined]
    return []


def _typed_order(text: str) -> str:
    """Shaping puts nikhahit before the tone mark (น ํ ้ า for น้ำ); people type the tone first."""
    if len(text) == 2 and text[0] == NIKHAHIT and text[1] in TONES:
        return text[1] + text[0]
    return text


def build(paths: list[Path]) -> dict[int, tuple[str, str]]:
    """Add the code points to the faces in ``paths``; the table code point -> (glyph, text)."""
    # Read with one copy and write with another, so only the cmap is compiled anew and the
    # other tables are saved byte for byte as they came.
    fonts = {path: TTFont(path, recalcTimestamp=False) for path in paths}
    texts = {path: glyph_texts(TTFont(path)) for path in paths}
    missing: set[str] = set()
    for path, font in fonts.items():
        reached = {g for u, g in font.getBestCmap().items() if not _own(u)}
        missing |= {g for g in texts[path] if g not in reached}
    table: dict[int, tuple[str, str]] = {}
    for offset, glyph in enumerate(sorted(missing)):
        codepoint = FIRST + offset
        assert codepoint <= LAST, "more glyphs than the block holds"
        meanings = {texts[p][glyph] for p in paths if glyph in texts[p]}
        assert len(meanings) == 1, f"{glyph} stands for different text in different faces"
        table[codepoint] = (glyph, meanings.pop())
    for path, font in fonts.items():
        for sub in _subtables(font):
            for codepoint in [u for u in sub.cmap if _own(u)]:
                del sub.cmap[codepoint]
            for codepoint, (glyph, _text) in table.items():
                if glyph in texts[path]:
                    assert sub.format in (4, 12), sub.format
                    sub.cmap[codepoint] = glyph
        font.save(path)
    return table


def write_table(table: dict[int, tuple[str, str]], target: Path = TABLE) -> None:
    lines = [
        '"""Generated by ``python -m otop_desk.devtools.print_fonts``; do not edit.',
        "",
        "The text each Private Use code point of the bundled Sarabun stands for: glyphs",
        "that Thai shaping reaches without a code point of their own (see the devtool).",
        '"""',
        "",
        "PRIVATE_TEXT: dict[int, str] = {",
    ]
    for codepoint, (glyph, text) in sorted(table.items()):
        escaped = "".join(ch if ch.isascii() and ch.isprintable() else f"\\u{ord(ch):04x}" for ch in text)
        names = ", ".join(unicodedata.name(ch, "?").title() for ch in text)
        lines.append(f'    0x{codepoint:04X}: "{escaped}",  # {glyph}: {names}')
    lines.append("}")
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    paths = sorted(FONTS.glob("*.ttf"))
    table = build(paths)
    write_table(table)
    print(f"{len(table)} glyphs given code points U+{FIRST:04X}.. in {len(paths)} faces")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
