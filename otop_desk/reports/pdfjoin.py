"""One PDF from the parts Qt wrote of a print job: the pages' bodies, painted in order by
one or more processes, each page with its header and "page X of Y" drawn over it.

The furniture (header line and page numbers) waits until the pages are counted, so it
is a PDF of its own, a page for each page of the job. Joined, each of its pages becomes
a form XObject drawn after the body of its page, as Qt drew both in one document
before: a form keeps its own fonts and resources, so nothing needs renaming, and every
mark on the page is Qt's.

The parts are PDFs as Qt writes them (one classic cross-reference table; text layer
completed by ``pdftext``, which keeps that). Their objects are copied byte for byte,
renumbered; only the catalog, the page tree, the page dictionaries and their resources
are written anew. Anything else is refused (``NotQtPdf``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import count
from typing import BinaryIO

from otop_desk.reports.qt_pdf import REF, NotQtPdf, QtPdf, dictionary, refs

_SUBSET = re.compile(rb"/FontName /([A-Z]{6})\+")
FURNITURE = b"/OtopFurniture"


def _renumbered(body: bytes, new: Callable[[int], int]) -> bytes:
    """``body`` with every reference in its dictionary renumbered; a stream kept as is."""
    head = dictionary(body)
    rest = body[len(head):]

    def swap(match: re.Match[bytes]) -> bytes:
        return b"%d 0 R" % new(int(match.group(1))) if match.group(1) else match.group(0)

    return REF.sub(swap, head) + rest


def _without(body: bytes, key: bytes) -> tuple[bytes, int]:
    """The dictionary ``body`` without its ``/key N 0 R`` entry, and N."""
    found = re.search(rb"/" + key + rb"\s+(\d+) 0 R\s*", body)
    if found is None:
        raise NotQtPdf(f"a page without /{key.decode()}")
    return body[:found.start()] + body[found.end():], int(found.group(1))


def _ends_with(body: bytes, entries: bytes) -> bytes:
    """The dictionary ``body`` with ``entries`` added at its end."""
    close = body.rindex(b">>")
    return body[:close].rstrip() + b"\n" + entries + b"\n>>\n"


class _Out:
    """The joined file, written object by object as each is made (in any order of their
    numbers: the cross-reference table says where each is)."""

    def __init__(self, file: BinaryIO, header: bytes) -> None:
        self.file = file
        self.at = file.write(header)
        self.offsets: dict[int, int] = {}
        self.numbers = count(1)

    def reserve(self) -> int:
        return next(self.numbers)

    def put(self, number: int, body: bytes) -> int:
        self.offsets[number] = self.at
        for piece in (b"%d 0 obj\n" % number, body, b"endobj\n"):
            self.at += self.file.write(piece)
        return number

    def add(self, body: bytes) -> int:
        return self.put(self.reserve(), body)

    def finish(self, trailer: bytes) -> None:
        size = max(self.offsets) + 1
        self.file.write(b"xref\n0 %d\n0000000000 65535 f \n" % size)
        self.file.write(b"".join(b"%010d 00000 n \n" % self.offsets[n] if n in self.offsets
                                 else b"0000000000 65535 f \n" for n in range(1, size)))
        self.file.write(b"trailer\n<<\n/Size %d\n%s>>\nstartxref\n%d\n%%%%EOF\n" % (size, trailer, self.at))


class _Copier:
    """Copies the objects of one part that the joined file needs, renumbered."""

    def __init__(self, pdf: QtPdf, out: _Out, tags: Callable[[bytes], bytes]) -> None:
        self.pdf, self.out, self._tags = pdf, out, tags
        self.numbers: dict[int, int] = {}

    def new(self, number: int) -> int:
        """The number ``number`` has in the joined file (copied with what it refers to)."""
        if number not in self.numbers:
            self.numbers[number] = self.out.reserve()
            pending = [number]
            while pending:
                old = pending.pop()
                body = self.pdf.body(old)
                for ref in refs(body):
                    if ref not in self.numbers:
                        self.numbers[ref] = self.out.reserve()
                        pending.append(ref)
                self.out.put(self.numbers[old], self._retagged(_renumbered(body, self.numbers.__getitem__)))
        return self.numbers[number]

    def _retagged(self, body: bytes) -> bytes:
        """A font descriptor's subset tag made the joined file's own (dictionaries only)."""
        head = dictionary(body)
        if b"/FontName" not in head:
            return body
        return _SUBSET.sub(lambda m: b"/FontName /%s+" % self._tags(m.group(1)), head) + body[len(head):]


def join(parts: Sequence[bytes], order: Sequence[tuple[int, int]], furniture: bytes, file: BinaryIO) -> None:
    """Write to ``file`` one PDF of the pages ``order`` names (part, page of that part),
    in that order, each with the page of ``furniture`` of the same number drawn over it."""
    sheet = QtPdf.read(furniture)
    bodies = [QtPdf.read(data) for data in parts]
    out = _Out(file, furniture[:furniture.index(b"\n", furniture.index(b"\n") + 1) + 1])
    catalog, tree = out.reserve(), out.reserve()
    # Each body is drawn in a saved graphics state (Qt's pages start by scaling to its
    # units), then the furniture over it, as on a fresh page.
    save = out.add(b"<<\n/Length 2\n>>\nstream\nq\n\nendstream\n")
    draw = b"Q q %s Do Q\n" % FURNITURE
    restore_and_draw = out.add(b"<<\n/Length %d\n>>\nstream\n%s\nendstream\n" % (len(draw), draw))
    subsets: dict[tuple[int, bytes], bytes] = {}

    def tag_for(part: int) -> Callable[[bytes], bytes]:
        # Every part embeds its own subset of Sarabun under a tag Qt chose: each subset
        # gets a tag of its own in the joined file, for readers that go by the name.
        def tag(old: bytes) -> bytes:
            key = (part, old)
            if key not in subsets:
                n = len(subsets)
                subsets[key] = b"OT" + bytes(65 + (n // 26 ** i) % 26 for i in (3, 2, 1, 0))
            return subsets[key]
        return tag

    copiers = [_Copier(pdf, out, tag_for(n)) for n, pdf in enumerate(bodies)]
    pages_of = [pdf.pages() for pdf in bodies]
    over = _Copier(sheet, out, tag_for(len(bodies)))
    sheets = sheet.pages()
    if len(sheets) != len(order):
        raise NotQtPdf(f"{len(order)} pages, furniture for {len(sheets)}")
    kids = []
    for (part, index), furniture_page in zip(order, sheets, strict=True):
        pdf, copier = bodies[part], copiers[part]
        page, _ = _without(pdf.body(pages_of[part][index]), b"Parent")
        page, contents = _without(page, b"Contents")
        page, resources = _without(page, b"Resources")
        form = _form(sheet, furniture_page, over, out)
        own = _renumbered(pdf.body(resources), copier.new)
        if b"/XObject <<" in own:
            own = own.replace(b"/XObject <<", b"/XObject <<\n%s %d 0 R" % (FURNITURE, form), 1)
        else:
            own = _ends_with(own, b"/XObject << %s %d 0 R >>" % (FURNITURE, form))
        entries = b"/Parent %d 0 R\n/Contents [%d 0 R %d 0 R %d 0 R]\n/Resources %d 0 R" % (
            tree, save, copier.new(contents), restore_and_draw, out.add(own))
        kids.append(out.add(_ends_with(_renumbered(page, copier.new), entries)))
    out.put(tree, b"<<\n/Type /Pages\n/Kids [\n%s]\n/Count %d\n>>\n" % (
        b"".join(b"%d 0 R\n" % kid for kid in kids), len(kids)))
    root = sheet.body(sheet.root())
    metadata = re.search(rb"/Metadata (\d+) 0 R", root)
    out.put(catalog, b"<<\n/Type /Catalog\n/Pages %d 0 R\n%s>>\n" % (
        tree, b"/Metadata %d 0 R\n" % over.new(int(metadata.group(1))) if metadata else b""))
    info = re.search(rb"/Info (\d+) 0 R", sheet.trailer)
    ids = re.search(rb"/ID\s*\[[^\]]*\]", sheet.trailer)
    trailer = b"/Root %d 0 R\n" % catalog
    trailer += b"/Info %d 0 R\n" % over.new(int(info.group(1))) if info else b""
    trailer += ids.group(0) + b"\n" if ids else b""
    out.finish(trailer)


def _form(sheet: QtPdf, page: int, copier: _Copier, out: _Out) -> int:
    """The furniture page ``page`` as a form XObject: its content stream, with the page's
    resources and its size as the form's box."""
    box = re.search(rb"/MediaBox\s*(\[[^\]]*\])", sheet.dictionary(page))
    if box is None:
        raise NotQtPdf("a furniture page without its size")
    contents = sheet.ref(page, b"Contents")
    data = sheet.stream(contents)
    flate = b"/Filter /FlateDecode\n" if b"/FlateDecode" in sheet.dictionary(contents) else b""
    return out.add(b"<<\n/Type /XObject\n/Subtype /Form\n/BBox %s\n/Resources %d 0 R\n%s/Length %d\n>>\n"
                   b"stream\n%s\nendstream\n" % (box.group(1), copier.new(sheet.ref(page, b"Resources")), flate,
                                                 len(data), data))
