"""Completing a PDF's text layer: the work behind ``pdftext.complete_text_layer``
(see the package's docstring). Imports pypdf, which start-up does not need."""

from __future__ import annotations

import contextlib
import io
import logging
import os
import re
import tempfile
import zlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, BinaryIO

from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, StreamObject

import otop_desk.reports.pdftext.tounicode as tounicode
from otop_desk import APP_ID
from otop_desk.reports.pdftext.clusters import FontClusters, tag_page
from otop_desk.reports.pdftext.marks import OFF_PAGE
from otop_desk.reports.pdftext.splice import content_object, splice, stream_object
from otop_desk.reports.qt_pdf import NotQtPdf, QtPdf

log = logging.getLogger(f"{APP_ID}.pdftext")
BUNDLED_FONT = "Sarabun"
# zlib lets other threads run while it compresses: pages are tagged while others compress.
_THREADS = min(4, os.cpu_count() or 1)
#: zlib's level for the tagged pages: 3 compresses a page in a third of the time of the
#: default 6, for a file a quarter larger (a month of visits: 2.5 s less, 2 MB more).
COMPRESSION = 3
#: A page's content stream as Qt writes it: a length and zlib, nothing else to keep.
_PLAIN_CONTENT = re.compile(rb"<<\s*(?:(?:/Length\s+\d+(?:\s+0 R)?|/Filter\s*/FlateDecode)\s*)*>>\s*")


def complete_text_layer(path: Path) -> bool:
    """Rewrite the PDF at ``path`` (written by Qt) with its text layer completed, atomically.

    Returns False, leaving the file as it was, if the file is not as expected: the pages
    are whole either way, only searching them would suffer."""
    path = Path(path)
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".pdf.text", dir=path.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            try:
                written = _completed(path.read_bytes(), out)
            except Exception:  # noqa: BLE001 - a bug here must not cost the officer the printout
                log.warning("The text layer of %s could not be completed", path.name, exc_info=True)
                return False
        if written:  # else done before
            os.replace(temp, path)
        return True
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


def _completed(original: bytes, out: BinaryIO) -> bool:
    """Write the file with its text layer completed to ``out``; False if there was
    nothing to do (and nothing was written)."""
    pdf = QtPdf.read(original)  # pages and their content, found quickly (qt_pdf)
    reader = PdfReader(io.BytesIO(original))  # the fonts, read in full
    replaced: dict[int, bytes] = {}
    fonts: dict[int, FontClusters] = {}
    pages: list[tuple[QtPdf, int, dict[str, FontClusters]]] = []
    for page in pdf.pages():
        lookup = {}
        for name, number in pdf.fonts(page).items():
            if number not in fonts:
                fonts[number] = _complete_font(reader.get_object(number), replaced)
            lookup[name] = fonts[number]
        contents = pdf.find_ref(page, b"Contents")  # a list of streams: not as Qt writes a page
        if contents is not None:
            if not _PLAIN_CONTENT.fullmatch(pdf.dictionary(contents)):
                raise NotQtPdf(f"the content of page {page} is not as Qt writes it")
            pages.append((pdf, contents, lookup))
    with ThreadPoolExecutor(_THREADS) as pool:
        for number, new in pool.map(_tagged_page, pages):
            if new is not None:
                replaced[number] = new
    if not replaced:
        return False
    splice(original, reader, replaced, out)
    return True


def _tagged_page(item: tuple[QtPdf, int, dict[str, FontClusters]]) -> tuple[int, bytes | None]:
    """A page's content stream tagged and compressed, as a whole object (None: unchanged).
    Uncompressed here, so that only the pages being tagged are held uncompressed."""
    pdf, number, lookup = item
    data = pdf.decoded(number)
    tagged = tag_page(data, lookup, off_page=OFF_PAGE / 2)
    if tagged is data:
        return number, None
    return number, content_object(number, zlib.compress(tagged, COMPRESSION))


def _get(dictionary: Any, key: str, default: Any = None) -> Any:
    """``dictionary[key]`` followed to the object it refers to (``get`` does not)."""
    value = dictionary.get(key, default) if isinstance(dictionary, DictionaryObject) else default
    return value.get_object() if isinstance(value, IndirectObject) else value


def _complete_font(font: Any, replaced: dict[int, bytes]) -> FontClusters:
    """Complete the font's ToUnicode map (into ``replaced``); its clusters for the pages."""
    ref = font.raw_get("/ToUnicode") if isinstance(font, DictionaryObject) else None
    stream = ref.get_object() if isinstance(ref, IndirectObject) else None
    if not isinstance(stream, StreamObject):
        return FontClusters({}, {})
    bundled = BUNDLED_FONT in str(_get(font, "/BaseFont", ""))
    texts = tounicode.completed(tounicode.parse(stream.get_data()), bundled=bundled)
    written = tounicode.write(texts)
    if written != stream.get_data():  # a page of only Latin text still needs its spaces mapped
        replaced[ref.idnum] = stream_object(ref.idnum, ref.generation, stream, written, flate=False)
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
