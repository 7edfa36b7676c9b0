"""Reading the PDFs Qt writes, object by object, without parsing the whole file.

Qt writes every object at an offset of one classic cross-reference table, with
dictionaries in a fixed layout (``/Type /Page``, ``/Contents 13 0 R``, a stream's
``/Length`` a number or a reference). A month of visit summaries is some 10,000 objects;
finding a page's content and fonts here takes a regular expression, where a general PDF
parser took longer than tagging the page's text (``pdftext``). Anything not laid out
as Qt writes it is refused (``NotQtPdf``), and the caller leaves the file alone.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

#: A reference (``12 0 R``); strings are matched too, so that a reference-like text in a
#: string (a title) is skipped. Qt escapes parentheses inside strings.
REF = re.compile(rb"\((?:[^()\\]|\\.)*\)|(\d+) 0 R", re.S)
_STREAM = re.compile(rb">>\s*stream\r?\n")
_FONTS = re.compile(rb"/Font\s*<<([^>]*)>>")
_NAMED = re.compile(rb"/([^\s/<>\[\]()]+)\s+(\d+) 0 R")


class NotQtPdf(ValueError):
    """The file is not laid out as Qt writes PDFs."""


def dictionary(body: bytes) -> bytes:
    """An object's dictionary: its value, without the data of a stream object."""
    found = _STREAM.search(body)
    return body[:found.start() + 2] if found else body


def refs(body: bytes) -> list[int]:
    """The objects the dictionary of ``body`` refers to."""
    return [int(m.group(1)) for m in REF.finditer(dictionary(body)) if m.group(1)]


@dataclass
class QtPdf:
    data: bytes
    spans: dict[int, tuple[int, int]]  # object number -> where its "N 0 obj ... endobj" is
    trailer: bytes

    @classmethod
    def read(cls, data: bytes) -> QtPdf:
        try:
            table = int(data[data.rindex(b"startxref") + 9:].split()[0])
            lines = data[table:data.index(b"trailer", table)].split(b"\n")
            first, size = (int(n) for n in lines[1].split())
        except (ValueError, IndexError):
            raise NotQtPdf("no cross-reference table") from None
        if not data.startswith(b"xref", table) or first != 0 or len(lines) < size + 2:
            raise NotQtPdf("not one classic cross-reference table")
        starts = sorted((int(line[:10]), number) for number, line in enumerate(lines[2:2 + size])
                        if line[17:18] == b"n")
        spans = {number: (offset, starts[index + 1][0] if index + 1 < len(starts) else table)
                 for index, (offset, number) in enumerate(starts)}
        return cls(data, spans, data[data.index(b"trailer", table):])

    def body(self, number: int) -> bytes:
        """The object's value (a dictionary, with its stream if it has one)."""
        try:
            start, end = self.spans[number]
        except KeyError:
            raise NotQtPdf(f"no object {number}") from None
        head = b"%d 0 obj" % number
        text = self.data[start:end]
        if not text.startswith(head):
            raise NotQtPdf(f"object {number} is not where the table says")
        return text[len(head):text.rindex(b"endobj")].strip(b"\r\n ") + b"\n"

    def dictionary(self, number: int) -> bytes:
        return dictionary(self.body(number))

    def ref(self, number: int, key: bytes) -> int:
        found = self.find_ref(number, key)
        if found is None:
            raise NotQtPdf(f"object {number} has no /{key.decode()}")
        return found

    def find_ref(self, number: int, key: bytes) -> int | None:
        found = re.search(rb"/" + key + rb"\s+(\d+) 0 R", self.dictionary(number))
        return int(found.group(1)) if found else None

    def root(self) -> int:
        found = re.search(rb"/Root (\d+) 0 R", self.trailer)
        if found is None:
            raise NotQtPdf("no catalog")
        return int(found.group(1))

    def pages(self) -> list[int]:
        """The page objects, in order (Qt's page tree has one level)."""
        tree = self.dictionary(self.ref(self.root(), b"Pages"))
        kids = re.search(rb"/Kids\s*\[([^\]]*)\]", tree)
        if kids is None or b"/Type /Pages" not in tree:
            raise NotQtPdf("no page tree")
        return [int(n) for n in re.findall(rb"(\d+) 0 R", kids.group(1))]

    def fonts(self, page: int) -> dict[str, int]:
        """The page's fonts: resource name -> font object."""
        resources = self.find_ref(page, b"Resources")
        fonts = _FONTS.search(self.dictionary(resources)) if resources is not None else None
        return {name.decode("latin-1"): int(n) for name, n in _NAMED.findall(fonts.group(1))} if fonts else {}

    def stream(self, number: int) -> bytes:
        """The data of a stream object as it stands in the file (still compressed)."""
        body = self.body(number)
        found = _STREAM.search(body)
        length = re.search(rb"/Length\s+(\d+)(\s+0 R)?", dictionary(body))
        if found is None or length is None:
            raise NotQtPdf(f"object {number} is not a stream")
        size = int(self.body(int(length.group(1))).strip()) if length.group(2) else int(length.group(1))
        return body[found.end():found.end() + size]

    def decoded(self, number: int) -> bytes:
        """The data of a stream object, uncompressed."""
        head = self.dictionary(number)
        data = self.stream(number)
        if b"/Filter" not in head:
            return data
        if re.search(rb"/Filter\s*/FlateDecode\b", head) is None or b"/DecodeParms" in head:
            raise NotQtPdf(f"object {number} is not compressed as Qt compresses")
        return zlib.decompress(data)
