"""Writing a PDF back with some of its stream objects replaced, every other byte kept.

Copying a month of visit summaries (2,000 pages) object by object through a PDF
library's writer took longer than completing its text; only the content streams and the
ToUnicode maps change, so the file is spliced: new objects where those were, the rest
copied as it was read, and a new cross-reference table. That needs a file whose objects
all stand at the offsets of one classic cross-reference table, as Qt writes them; a file
with compressed object streams or incremental updates is refused (``Unspliceable``).
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from typing import BinaryIO

from pypdf import PdfReader
from pypdf.generic import DictionaryObject, NameObject, NumberObject


class Unspliceable(ValueError):
    """The file is not laid out as this module can splice."""


def stream_object(number: int, generation: int, dictionary: DictionaryObject, data: bytes,
                  *, flate: bool) -> bytes:
    """An indirect stream object: ``dictionary`` without its length and filters, and
    ``data`` (already compressed when ``flate``)."""
    fields = DictionaryObject({key: value for key, value in dictionary.items()
                               if key not in ("/Length", "/Filter", "/DecodeParms")})
    fields[NameObject("/Length")] = NumberObject(len(data))
    if flate:
        fields[NameObject("/Filter")] = NameObject("/FlateDecode")
    head = io.BytesIO()
    fields.write_to_stream(head)
    return b"%d %d obj\n%s\nstream\n%s\nendstream\nendobj\n" % (number, generation, head.getvalue(), data)


def content_object(number: int, data: bytes) -> bytes:
    """A page's content stream as an indirect object: ``data`` compressed with zlib."""
    return b"%d 0 obj\n<<\n/Length %d\n/Filter /FlateDecode\n>>\nstream\n%s\nendstream\nendobj\n" % (
        number, len(data), data)


def splice(original: bytes, reader: PdfReader, replaced: Mapping[int, bytes], out: BinaryIO) -> None:
    """Write ``original`` (read by ``reader``) to ``out`` with the objects numbered in
    ``replaced`` swapped for the given bytes (whole ``N G obj ... endobj`` objects)."""
    if reader.xref_objStm or 0 not in reader.xref or set(reader.xref) - {0, 65535}:
        raise Unspliceable("compressed objects or objects of later generations")
    if original.count(b"startxref") != 1 or "/Prev" in reader.trailer or "/XRefStm" in reader.trailer:
        raise Unspliceable("incremental updates")
    table_at = int(original[original.rindex(b"startxref") + 9:].split()[0])
    if not original.startswith(b"xref", table_at):
        raise Unspliceable("a cross-reference stream")
    starts = sorted((offset, number) for number, offset in reader.xref[0].items())
    if not starts or starts[-1][0] >= table_at:
        raise Unspliceable("objects after the cross-reference table")
    view = memoryview(original)  # unchanged objects are written without a copy
    at = out.write(view[:starts[0][0]])
    offsets: dict[int, int] = {}
    for index, (offset, number) in enumerate(starts):
        end = starts[index + 1][0] if index + 1 < len(starts) else table_at
        if not original.startswith(b"%d 0 obj" % number, offset):
            raise Unspliceable(f"object {number} is not where the table says")
        offsets[number] = at
        at += out.write(replaced.get(number, view[offset:end]))
    table = at
    size = max(offsets) + 1
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % size)
    for number in range(1, size):
        if number in offsets:
            out.write(b"%010d 00000 n \n" % offsets[number])
        else:
            out.write(b"0000000000 65535 f \n")
    trailer = DictionaryObject({key: value for key, value in reader.trailer.items()})
    trailer[NameObject("/Size")] = NumberObject(size)
    out.write(b"trailer\n")
    trailer.write_to_stream(out)
    out.write(b"\nstartxref\n%d\n%%%%EOF\n" % table)
