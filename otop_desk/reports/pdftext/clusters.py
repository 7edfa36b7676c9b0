"""Each Thai letter with its marks, tagged with the text it was typed as (``ActualText``).

A ToUnicode map gives text glyph by glyph, which is not enough for Thai:

- ำ (sara am) is drawn as two glyphs, nikhahit over the letter and sara aa after it, with
  any tone mark moved between them by shaping: glyph by glyph, "น้ำ" reads "น้ํา" and a
  search for "น้ำ" finds nothing;
- marks are drawn above or below the line, and text extractors (pdftotext, for one) then
  take them for another line: "เยีย" and "่ม".

So each cluster (a letter and the marks drawn after it) is wrapped in a marked-content
span whose ``ActualText`` is the cluster's text as typed. Readers that honour it (poppler,
PDFium, Acrobat) give back exactly what was typed; the others still have the completed
ToUnicode map. The content streams are Qt's: each glyph is written as
``x y Td <code> Tj`` (``Td`` relative to the glyph before) inside a ``BT``/``ET`` block
that selects one font.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

NIKHAHIT, SARA_AA, SARA_AM = "\u0e4d", "\u0e32", "\u0e33"
_NIKHAHIT_THEN_TONES = re.compile("\u0e4d([\u0e48-\u0e4b]+)")

_OP = rb"-?[0-9.]+ -?[0-9.]+ Td <%s> Tj\n"
_CODE = re.compile(rb"<([0-9A-Fa-f]{4})> Tj")
MARKED = b"/ActualText"


def typed(text: str) -> str:
    """A cluster's text as typed: tone marks before nikhahit, nikhahit + sara aa as sara am."""
    if NIKHAHIT not in text:
        return text
    return _NIKHAHIT_THEN_TONES.sub(lambda m: m.group(1) + NIKHAHIT, text).replace(
        NIKHAHIT + SARA_AA, SARA_AM)


def _is_mark(text: str) -> bool:
    return bool(text) and all(unicodedata.category(ch) == "Mn" for ch in text)


class FontClusters:
    """Finds and tags the clusters drawn in one font.

    ``texts`` is glyph code -> text (the completed ToUnicode map), ``widths`` glyph code
    -> advance in thousandths of the font size."""

    def __init__(self, texts: Mapping[int, str], widths: Mapping[int, float]) -> None:
        self._texts = texts
        self._widths = widths
        marks = sorted(code for code, text in texts.items() if _is_mark(text))
        tails = sorted(code for code, text in texts.items() if text == SARA_AA)
        self.active = bool(marks)
        if not self.active:
            return
        # A glyph's code, then one or more marks, and sara aa (kept only where a nikhahit
        # came before). Starting at the "<" of the letter's code lets the search skip
        # from glyph to glyph instead of trying every byte; the letter's "x y Td" before
        # it is found from there.
        pattern = rb"<[0-9A-Fa-f]{4}> Tj\n(?:" + _OP % _alternatives(marks) + rb")+"
        if tails:
            pattern += rb"(?:" + _OP % _alternatives(tails) + rb")?"
        self._cluster = re.compile(pattern)
        # The same letter with the same marks at the same size is tagged the same way
        # (the marks' positions are relative to the letter): worked out once.
        self._done: dict[bytes, tuple[bytes, bytes]] = {}

    def tag(self, ops: bytes, size: bytes) -> list[bytes]:
        """The glyph operations ``ops`` of one text block at font ``size``, each cluster
        in its span, in pieces to be joined."""
        pieces = []
        last = 0
        done = self._done
        for match in self._cluster.finditer(ops):
            start, end = match.span()
            letter = ops.rfind(b"\n", 0, start) + 1  # where the letter's "x y Td" begins
            key = b"%s|%s" % (size, ops[start:end])
            tagged = done.get(key)
            if tagged is None:
                tagged = done[key] = self._tagged(ops[start + 1:start + 5], ops[start + 10:end], size)
            span, rest = tagged
            pieces += [ops[last:letter], span, ops[letter:start + 10], rest]
            last = end
        pieces.append(ops[last:])
        return pieces

    def _tagged(self, base: bytes, rest: bytes, size: bytes) -> tuple[bytes, bytes]:
        """The span that opens before the letter, and what follows the letter's glyph:
        its marks, the span's end, and a sara aa that is not part of the cluster."""
        lines = rest.split(b"\n")[:-1]
        codes = [int(_CODE.search(line).group(1), 16) for line in lines]  # type: ignore[union-attr]
        texts = [self._texts.get(code, "") for code in codes]
        inside = len(lines)
        if texts[-1] == SARA_AA and NIKHAHIT not in "".join(texts[:-1]):
            inside -= 1  # ค่า: the tone mark belongs to ค, the sara aa is a letter of its own
        lines[inside - 1] = self._reach(int(base, 16), lines[:inside], codes[inside - 1], float(size))
        text = typed(self._texts.get(int(base, 16), "") + "".join(texts[:inside]))
        hex_text = ("\ufeff" + text).encode("utf-16-be").hex().upper().encode("ascii")
        after = b"".join(line + b"\n" for line in lines[:inside]) + b"EMC\n"
        after += b"".join(line + b"\n" for line in lines[inside:])
        return b"/Span<</ActualText<" + hex_text + b">>>BDC\n", after

    def _reach(self, base: int, lines: list[bytes], last: int, size: float) -> bytes:
        """The cluster's last glyph operation, made to end where the letter ends.

        Readers take a span's extent from its first glyph to the end of its last; a mark
        moved left (over ป ฝ ฟ ฬ) ends short of its letter, and the gap reads as a space:
        "ปั้ น". A character spacing (``Tc``) on the last mark carries its end to the
        letter's; every glyph is placed by its own ``Td``, so nothing moves on paper."""
        x = sum(float(line.split(b" ", 1)[0]) for line in lines)  # relative to the letter
        short = (self._widths.get(base, 0.0) - self._widths.get(last, 0.0)) * size / 1000 - x
        line = lines[-1]
        if short <= size / 100:
            return line
        at = line.index(b" Td ") + 4
        return line[:at] + b"%.3f Tc " % short + line[at:] + b" 0 Tc"


def _alternatives(codes: list[int]) -> bytes:
    return b"(?:" + b"|".join(b"%04X" % code for code in codes) + b")"


def tag_page(content: bytes, fonts: Mapping[str, FontClusters], *, off_page: float) -> bytes:
    """``content`` (a page's decoded content stream) with every cluster tagged, and the
    text blocks that start left of ``off_page`` (lines moved there, never seen) left out."""
    if MARKED in content:
        return content  # done before
    pieces: list[bytes] = []
    last = 0
    at = content.find(b"BT\n/")
    while at >= 0:
        head_end = content.find(b"\n", at + 3) + 1
        end = content.find(b"ET\n", head_end)
        if head_end <= 0 or end < 0:
            break
        head = content[at + 4:head_end].split(b" ", 2)  # /F11 233 Tf 1 0 0 -1 0 0 Tm
        ops = content[head_end:end]
        if ops[:1] == b"-" and float(ops[:ops.index(b" ")]) < off_page:
            pieces.append(content[last:at])
            last = end + 3
        else:
            clusters = fonts.get(head[0].decode("latin-1"))
            if clusters is not None and clusters.active and len(head) == 3:
                pieces.append(content[last:head_end])
                pieces += clusters.tag(ops, head[1])
                last = end
        at = content.find(b"BT\n/", end)
    if not pieces:
        return content
    pieces.append(content[last:])
    return b"".join(pieces)
