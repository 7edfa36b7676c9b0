"""Printing Thai A4 documents: one renderer for the print preview, the printer and PDF.

A document is HTML laid out by ``QTextDocument`` in the bundled Sarabun font (embedded
in the PDF). Pages get a repeated header line and "page X of Y" at the foot.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtPrintSupport import QPrinter

from otop_desk.child_jobs import JobCancelled
from otop_desk.fonts import FAMILY, print_font, register_fonts
from otop_desk.reports.html import KEEP_END, KEEP_START

BODY_POINT_SIZE = 14
# Thai government documents: 3 cm left (for binding), 2 cm right, 2.5 cm top, 2 cm bottom.
MARGINS_MM = QMarginsF(30, 20, 20, 15)


Progress = Callable[[int, int], bool]


@dataclass
class PrintJob:
    title: str  # the PDF's title and the print job's name
    html: str  # body, built with ``reports.html``
    header: str = ""  # repeated small line at the top of every page
    landscape: bool = False
    #: Documents that each start on a new page (e.g. one per visit of a month), laid out
    #: one by one: Qt's text layout crashes on a single document of many hundred pages.
    #: When given, ``html`` is not used.
    sections: list[str] | None = None

    def parts(self) -> list[str]:
        return self.sections if self.sections else [self.html]


def ensure_gui_app() -> QGuiApplication:
    """Text layout needs a GUI application; headless commands get an offscreen one."""
    app = QCoreApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not os.environ.get("DISPLAY") and not os.environ.get(
            "WAYLAND_DISPLAY"
        ):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([sys.argv[0] if sys.argv else "otop-desk"])
    register_fonts()
    assert isinstance(app, QGuiApplication)
    return app


def make_printer(job: PrintJob | None = None) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    orientation = (
        QPageLayout.Orientation.Landscape if job and job.landscape else QPageLayout.Orientation.Portrait
    )
    printer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, MARGINS_MM, QPageLayout.Unit.Millimeter)
    )
    if job is not None:
        printer.setDocName(job.title)
    return printer


def _document(html: str, printer: QPrinter) -> QTextDocument:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(printer)  # lay out at the printer's resolution
    font = print_font(BODY_POINT_SIZE)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    return doc


@dataclass
class _Laid:
    """One section laid out in pages, with the band of it each page shows."""

    doc: QTextDocument
    clips: list[tuple[float, float]]


def _lay_out(html: str, printer: QPrinter, body: QSizeF) -> _Laid:
    doc = _document(html, printer)
    doc.setPageSize(body)
    _keep_marked_blocks_together(doc, body.height())
    return _Laid(doc, _page_clips(doc, body.height(), doc.pageCount()))


class PrintCancelled(JobCancelled):
    """The person pressed Cancel while a PDF was written; no file was left behind."""


def render(job: PrintJob, printer: QPrinter, progress: Progress | None = None) -> int:
    """Paint ``job`` onto ``printer`` (preview, real printer or PDF); returns the page count.

    ``progress(done, total)`` is told after each section is laid out and again after it
    is painted; it returns False to stop (``PrintCancelled``)."""
    steps = 2 * len(job.parts())
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None and not progress(done, steps):
            raise PrintCancelled
    page = printer.pageLayout().paintRectPixels(printer.resolution())
    small = QFont(FAMILY)
    small.setPointSizeF(10)
    band = int(small.pointSizeF() / 72 * printer.resolution() * 2.2)
    body = QSizeF(page.width(), page.height() - 2 * band)
    # Counting pages needs every section laid out first; only the clips are kept, and
    # each section is laid out again just before it is painted, so memory stays small.
    counts = []
    for html in job.parts():
        counts.append(len(_lay_out(html, printer, body).clips))
        step()
    pages = sum(counts)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(QCoreApplication.translate("Printing", "The printer or PDF file cannot be opened."))
    try:
        number = 0
        for html in job.parts():
            laid = _lay_out(html, printer, body)
            for index, (top, bottom) in enumerate(laid.clips):
                if number:
                    printer.newPage()
                number += 1
                painter.save()
                painter.translate(0, band - index * body.height())
                laid.doc.drawContents(painter, QRectF(0, top, body.width(), bottom - top))
                painter.restore()
                _furniture(painter, job, page, band, small, number, pages)
            step()
    finally:
        painter.end()
    return pages


def _furniture(painter: QPainter, job: PrintJob, page: QRect, band: int, font: QFont,
               number: int, pages: int) -> None:
    """The repeated header line and "page X of Y"."""
    painter.setFont(font)
    painter.setPen(Qt.GlobalColor.darkGray)
    if job.header:
        painter.drawText(
            QRectF(0, 0, page.width(), band * 0.8),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            job.header,
        )
    footer = QCoreApplication.translate("Printing", "Page {page} of {pages}").format(
        page=number, pages=pages
    )
    painter.drawText(
        QRectF(0, page.height() - band * 0.8, page.width(), band * 0.8),
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
        footer,
    )


def _keep_marked_blocks_together(doc: QTextDocument, height: float) -> None:
    """Start a ``keep_together`` block on a new page when it would otherwise be split."""
    layout = doc.documentLayout()
    marks: dict[str, list[QTextBlock]] = {KEEP_START: [], KEEP_END: []}
    block = doc.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            for name in iterator.fragment().charFormat().anchorNames():
                if name in marks:
                    marks[name].append(block)
            iterator += 1
        block = block.next()
    for start, end in zip(marks[KEEP_START], marks[KEEP_END], strict=False):
        top = layout.blockBoundingRect(start).top()
        bottom = layout.blockBoundingRect(end).bottom()
        if int(top // height) != int(bottom // height) and bottom - top < height:
            cursor = QTextCursor(start)
            fmt = cursor.blockFormat()
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            cursor.setBlockFormat(fmt)


def _page_clips(doc: QTextDocument, height: float, pages: int) -> list[tuple[float, float]]:
    """The band of the document to paint on each page.

    Qt moves a line that does not fit to the next page, but Thai tone marks and upper
    vowels stand above the line's box; clipping at the exact page edge would paint the
    tops of the next page's first line at the foot of this one. So each page is clipped
    to the lines that start on it, with room above its first line for those marks.
    """
    spans: list[tuple[float, float]] = []
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        origin = layout.blockBoundingRect(block).top()
        text_layout = block.layout()
        for n in range(text_layout.lineCount()):
            line = text_layout.lineAt(n)
            spans.append((origin + line.y(), origin + line.y() + line.height()))
        block = block.next()
    clips = []
    previous_bottom = 0.0
    for index in range(pages):
        lo, hi = index * height, (index + 1) * height
        on_page = [span for span in spans if lo <= span[0] < hi]
        if not on_page:
            clips.append((lo, hi))
            continue
        first_top = min(top for top, _ in on_page)
        mark_room = (on_page[0][1] - on_page[0][0]) * 0.4
        top = lo if index == 0 else max(previous_bottom, min(lo, first_top - mark_room))
        last_bottom = min(hi, max(bottom for _, bottom in on_page))
        # Stop at the last line only where the next page's first line is close enough to
        # reach up; otherwise paint to the edge so table borders and padding are whole.
        bottom = last_bottom if _next_line_near(spans, hi, mark_room) else hi
        clips.append((top, bottom))
        previous_bottom = last_bottom
    return clips


def _next_line_near(spans: list[tuple[float, float]], edge: float, room: float) -> bool:
    """Whether a line starts just past ``edge``, close enough for its marks to show above it."""
    return any(edge <= top < edge + room for top, _ in spans)


def write_pdf(job: PrintJob, path: Path, progress: Progress | None = None) -> int:
    """Write ``job`` as a PDF, atomically: a crash or a Cancel never leaves half a file
    under ``path``."""
    ensure_gui_app()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".pdf.partial", dir=path.parent)
    os.close(fd)
    temp = Path(temp_name)
    try:
        printer = make_printer(job)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(temp))
        printer.setPdfVersion(QPrinter.PdfVersion.PdfVersion_1_6)
        pages = render(job, printer, progress)
        temp.replace(path)
    finally:
        temp.unlink(missing_ok=True)
    return pages
