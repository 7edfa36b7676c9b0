"""Reading and writing a font's ToUnicode CMap: which text each glyph code stands for."""

from __future__ import annotations

import re

from otop_desk.reports.pdftext.glyph_text import PRIVATE_TEXT

_HEX = rb"<([0-9A-Fa-f]*)>"
_RANGE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]*>)")
_CHAR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>")
_SECTION = re.compile(rb"begin(bfrange|bfchar)(.*?)end\1", re.DOTALL)

_HEAD = (
    b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
    b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
    b"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
    b"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
)
_TAIL = b"endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"


def _text(hex_digits: bytes) -> str:
    return bytes.fromhex(hex_digits.decode("ascii")).decode("utf-16-be", errors="replace")


def parse(cmap: bytes) -> dict[int, str]:
    """Glyph code -> text, from the ``bfrange`` and ``bfchar`` sections of a CMap."""
    out: dict[int, str] = {}
    for kind, body in _SECTION.findall(cmap):
        if kind == b"bfchar":
            for code, target in _CHAR.findall(body):
                out[int(code, 16)] = _text(target)
            continue
        for first, last, target in _RANGE.findall(body):
            start, end = int(first, 16), int(last, 16)
            if target.startswith(b"["):
                for offset, item in enumerate(re.findall(_HEX, target)):
                    out[start + offset] = _text(item)
            else:
                text = _text(target[1:-1])
                for offset in range(end - start + 1):
                    # a range counts up in its last character
                    out[start + offset] = text[:-1] + chr(ord(text[-1]) + offset) if text else ""
    return out


def write(mapping: dict[int, str]) -> bytes:
    """A ToUnicode CMap of ``bfchar`` lines (at most 100 in a section, as the format asks)."""
    lines = [_HEAD]
    items = sorted((code, text) for code, text in mapping.items() if text)
    for start in range(0, len(items), 100):
        chunk = items[start:start + 100]
        lines.append(b"%d beginbfchar\n" % len(chunk))
        lines += [b"<%04X> <%s>\n" % (code, text.encode("utf-16-be").hex().upper().encode("ascii"))
                  for code, text in chunk]
        lines.append(b"endbfchar\n")
    lines.append(_TAIL)
    return b"".join(lines)


def completed(mapping: dict[int, str], *, bundled: bool) -> dict[int, str]:
    """``mapping`` with the text of the bundled font's private glyphs put in (``bundled``),
    and the glyph Qt maps to a control character (the space glyph, found first as TAB)
    mapped to a space."""
    out = {}
    for code, text in mapping.items():
        if code == 0 or not text:
            continue  # .notdef stands for nothing
        if len(text) == 1:
            point = ord(text)
            if point < 0x20:
                text = " "
            elif bundled and point in PRIVATE_TEXT:
                text = PRIVATE_TEXT[point]
        out[code] = text
    return out
