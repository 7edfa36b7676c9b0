"""Printing Thai A4 documents: one renderer for the print preview, the printer and PDF.

A document is HTML laid out by ``QTextDocument`` in the bundled Sarabun font (embedded
in the PDF). Pages get a repeated header line and "page X of Y" at the foot. A PDF, once
Qt has written it, gets its text layer completed (``reports.pdftext``), so that it can be
searched and copied in Thai.
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
    QPaintEngine,
    QPainter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter

from otop_desk.child_jobs import JobCancelled
from otop_desk.fonts import FAMILY, print_font, register_fonts
from otop_desk.reports.pages import keep_marked_together, page_clips, paint_band
from otop_desk.reports.pdftext import complete_text_layer

# Sarabun is large for its size: 13 pt reads like the 16 pt TH Sarabun of government
# letters, and a visit with a few problems and follow-ups fits one A4 page with its
# signatures (at 14 pt one visit in six spilled its signatures onto a second page).
BODY_POINT_SIZE = 13
FURNITURE_POINT_SIZE = 10  # the header line and "page X of Y"
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
class Laid:
    """One section laid out in pages, with the band of it each page shows."""

    doc: QTextDocument
    clips: list[tuple[float, float]]
    page_height: float  # of the body of a page, in the document's units (printer pixels)


def _geometry(printer: QPrinter) -> tuple[QRect, int, QSizeF]:
    """The printable page, the height of the header and footer bands, and the body."""
    page = printer.pageLayout().paintRectPixels(printer.resolution())
    band = int(FURNITURE_POINT_SIZE / 72 * printer.resolution() * 2.2)
    return page, band, QSizeF(page.width(), page.height() - 2 * band)


def _lay_out(html: str, printer: QPrinter, body: QSizeF) -> Laid:
    doc = _document(html, printer)
    doc.setPageSize(body)
    keep_marked_together(doc, body.height())
    return Laid(doc, page_clips(body.height(), doc.pageCount()), body.height())


def lay_out(job: PrintJob, printer: QPrinter | None = None) -> list[Laid]:
    """Each section of ``job`` laid out as it would be printed (on an A4 PDF printer)."""
    ensure_gui_app()
    printer = printer or make_printer(job)
    body = _geometry(printer)[2]
    return [_lay_out(html, printer, body) for html in job.parts()]


class PrintCancelled(JobCancelled):
    """The person pressed Cancel while a PDF was written; no file was left behind."""


def render(job: PrintJob, printer: QPrinter, progress: Progress | None = None) -> int:
    """Paint ``job`` onto ``printer`` (preview, real printer or PDF); returns the page count.

    ``progress(done, total)`` is told after each section is laid out and again after it
    is painted; it returns False to stop (``PrintCancelled``). A PDF file written (by
    ``write_pdf`` or the print dialog's "print to file") then gets its text layer
    completed, about a second for a thousand pages."""
    steps = 2 * len(job.parts())
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None and not progress(done, steps):
            raise PrintCancelled
    page, band, body = _geometry(printer)
    small = QFont(FAMILY)
    small.setPointSizeF(FURNITURE_POINT_SIZE)
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
                paint_band(laid.doc, painter, top, bottom)
                painter.restore()
                _furniture(painter, job, page, band, small, number, pages)
            step()
    finally:
        painter.end()
    pdf = _pdf_file(printer)
    if pdf is not None:
        complete_text_layer(pdf)
    return pages


def _pdf_file(printer: QPrinter) -> Path | None:
    """The PDF file ``printer`` has just written, if it wrote one: ``write_pdf``, or the
    print dialog's "print to file". A print preview paints pictures, though its printer
    may name the file a print to file went to before."""
    engine = printer.paintEngine()
    if (printer.outputFormat() != QPrinter.OutputFormat.PdfFormat or not printer.outputFileName()
            or engine is None or engine.type() != QPaintEngine.Type.Pdf):
        return None
    path = Path(printer.outputFileName())
    return path if path.is_file() else None


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
