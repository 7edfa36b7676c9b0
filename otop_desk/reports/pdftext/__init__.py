"""A printed PDF's text layer as the Thai was typed, so filed PDFs can be searched and copied.

Qt lays out and draws the pages (Sarabun embedded, Thai lines broken at word boundaries)
but its text layer loses Thai marks: its ToUnicode map is the font's cmap reversed, and
the glyphs Sarabun stacks marks with have no code point. ``complete_text_layer`` runs
over the PDF Qt wrote and

1. rewrites each font's ToUnicode map: the bundled Sarabun gives those glyphs Private Use
   code points (``devtools/print_fonts.py``), which are replaced here by the text they
   stand for (``glyph_text.PRIVATE_TEXT``);
2. wraps each Thai letter with its marks in an ``ActualText`` span with its text as typed
   (``clusters``): ำ from its two glyphs, marks kept on their letter's line.

Drawing is left exactly as Qt made it; the file is spliced, not rewritten (``splice``).
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import tempfile
import zlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    EncodedStreamObject,
    IndirectObject,
    StreamObject,
)

from otop_desk import APP_ID
from otop_desk.reports.pdftext import tounicode
from otop_desk.reports.pdftext.clusters import FontClusters, tag_page
from otop_desk.reports.pdftext.splice import splice, stream_object

log = logging.getLogger(f"{APP_ID}.pdftext")
BUNDLED_FONT = "Sarabun"
#: Where ``reports.pages`` moves lines Qt would draw twice (device units, left of the
#: page): text drawn there is dropped here.
OFF_PAGE = -1_000_000.0
# zlib lets other threads run while it compresses: pages are tagged while others compress.
_THREADS = min(4, os.cpu_count() or 1)


def complete_text_layer(path: Path) -> bool:
    """Rewrite the PDF at ``path`` (written by Qt) with its text layer completed, atomically.

    Returns False, leaving the file as it was, if the file is not as expected: the pages
    are whole either way, only searching them would suffer."""
    path = Path(path)
    try:
        original = path.read_bytes()
        completed = _completed(original)
    except Exception:  # noqa: BLE001 - a bug here must not cost the officer the printout
        log.warning("The text layer of %s could not be completed", path.name, exc_info=True)
        return False
    if completed is None:
        return True  # done before
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".pdf.text", dir=path.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(completed)
        os.replace(temp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
    return True


def _completed(original: bytes) -> bytes | None:
    """The file with its text layer completed, or None if there was nothing to do."""
    reader = PdfReader(io.BytesIO(original))
    replaced: dict[int, bytes] = {}
    fonts: dict[int, FontClusters] = {}
    pages: list[tuple[IndirectObject, StreamObject, dict[str, FontClusters]]] = []
    for page in reader.pages:
        lookup = {}
        for name, ref in _font_refs(page):
            if ref.idnum not in fonts:
                fonts[ref.idnum] = _complete_font(ref.get_object(), replaced)
            lookup[name.lstrip("/")] = fonts[ref.idnum]
        contents = page.raw_get("/Contents")
        if isinstance(contents, IndirectObject) and isinstance(contents.get_object(), StreamObject):
            pages.append((contents, contents.get_object(), lookup))
    with ThreadPoolExecutor(_THREADS) as pool:
        for ref, new in pool.map(_tagged_page, pages):
            if new is not None:
                replaced[ref.idnum] = new
    if not any(ref.idnum in replaced for ref, *_ in pages):
        return None
    return splice(original, reader, replaced)


def _tagged_page(item: tuple[IndirectObject, StreamObject, dict[str, FontClusters]]
                 ) -> tuple[IndirectObject, bytes | None]:
    """A page's content stream tagged and compressed, as a whole object (None: unchanged)."""
    ref, stream, lookup = item
    data = stream.get_data()
    if isinstance(stream, EncodedStreamObject):
        stream.decoded_self = None  # keep only the compressed stream of each page in memory
    tagged = tag_page(data, lookup, off_page=OFF_PAGE / 2)
    if tagged is data:
        return ref, None
    return ref, stream_object(ref.idnum, ref.generation, stream, zlib.compress(tagged), flate=True)


def _get(dictionary: Any, key: str, default: Any = None) -> Any:
    """``dictionary[key]`` followed to the object it refers to (``get`` does not)."""
    value = dictionary.get(key, default) if isinstance(dictionary, DictionaryObject) else default
    return value.get_object() if isinstance(value, IndirectObject) else value


def _font_refs(page: DictionaryObject) -> list[tuple[str, IndirectObject]]:
    fonts = _get(_get(page, "/Resources"), "/Font")
    if not isinstance(fonts, DictionaryObject):
        return []
    refs = [(str(name), fonts.raw_get(name)) for name in fonts]
    return [(name, ref) for name, ref in refs if isinstance(ref, IndirectObject)]


def _complete_font(font: Any, replaced: dict[int, bytes]) -> FontClusters:
    """Complete the font's ToUnicode map (into ``replaced``); its clusters for the pages."""
    ref = font.raw_get("/ToUnicode") if isinstance(font, DictionaryObject) else None
    stream = ref.get_object() if isinstance(ref, IndirectObject) else None
    if not isinstance(stream, StreamObject):
        return FontClusters({}, {})
    bundled = BUNDLED_FONT in str(_get(font, "/BaseFont", ""))
    texts = tounicode.completed(tounicode.parse(stream.get_data()), bundled=bundled)
    replaced[ref.idnum] = stream_object(ref.idnum, ref.generation, stream, tounicode.write(texts),
                                        flate=False)
    return FontClusters(texts, _widths(font))


def _widths(font: DictionaryObject) -> dict[int, float]:
    """Glyph code -> advance in thousandths of the font size, from a CID font's ``/W``."""
    descendants = _get(font, "/DescendantFonts")
    cid_font = descendants[0].get_object() if isinstance(descendants, ArrayObject) and descendants else None
    if not isinstance(cid_font, DictionaryObject):
        return {}
    items = [item.get_object() for item in _get(cid_font, "/W", ArrayObject())]
    widths: dict[int, float] = {}
    index = 0
    while index + 1 < len(items):
        first, after = int(items[index]), items[index + 1]
        if isinstance(after, ArrayObject):  # c [w1 w2 ...]
            widths.update((first + n, float(w)) for n, w in enumerate(after))
            index += 2
        elif index + 2 < len(items):  # c_first c_last w
            widths.update((code, float(items[index + 2])) for code in range(first, int(after) + 1))
            index += 3
        else:
            break
    return widths
