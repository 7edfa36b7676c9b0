"""What a printed page is made of: the print job, the A4 printer, a section laid out in
pages, a page of it painted, and the furniture (header line, "page X of Y") around it.

``printing`` puts these together for the print preview and the printer; ``pdf_parts``
for a PDF, whose sections are laid out and painted once each (in several processes for
a long job) and whose furniture is added when the number of pages is known.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from otop_desk.child_jobs import JobCancelled
from otop_desk.fonts import FAMILY, print_font, register_fonts
from otop_desk.reports.pages import keep_marked_together, page_clips, paint_band

# Sarabun is large for its size: 13 pt reads like the 16 pt TH Sarabun of government
# letters, and a visit with a few problems and follow-ups fits one A4 page with its
# signatures (at 14 pt one visit in six spilled its signatures onto a second page).
BODY_POINT_SIZE = 13
FURNITURE_POINT_SIZE = 10  # the header line and "page X of Y"
# Thai government documents: 3 cm left (for binding), 2 cm right, 2.5 cm top, 2 cm bottom.
MARGINS_MM = QMarginsF(30, 20, 20, 15)


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


class PrintCancelled(JobCancelled):
    """The person pressed Cancel while a PDF was written; no file was left behind."""


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


def make_printer(job: PrintJob | None = None, *, landscape: bool | None = None) -> QPrinter:
    """An A4 printer with the house margins, in the job's orientation (or ``landscape``)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    wide = landscape if landscape is not None else bool(job and job.landscape)
    orientation = QPageLayout.Orientation.Landscape if wide else QPageLayout.Orientation.Portrait
    printer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, MARGINS_MM, QPageLayout.Unit.Millimeter)
    )
    if job is not None:
        printer.setDocName(job.title)
    return printer


def pdf_printer(printer: QPrinter, path: str) -> QPrinter:
    """``printer`` set to write a PDF file at ``path``."""
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(path)
    printer.setPdfVersion(QPrinter.PdfVersion.PdfVersion_1_6)
    return printer


def begin(painter: QPainter, printer: QPrinter) -> None:
    if not painter.begin(printer):
        raise OSError(QCoreApplication.translate("Printing", "The printer or PDF file cannot be opened."))


def _document(html: str, printer: QPrinter, body: QSizeF | None = None) -> QTextDocument:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(printer)  # lay out at the printer's resolution
    doc.setDefaultFont(print_font(BODY_POINT_SIZE))
    doc.setDocumentMargin(0)
    if body is not None:
        # The page size before the text: the text is then laid out once, at the page's
        # width (set after, it was laid out first at no width and then again).
        doc.setPageSize(body)
    doc.setHtml(html)
    return doc


@dataclass
class Laid:
    """One section laid out in pages, with the band of it each page shows."""

    doc: QTextDocument
    clips: list[tuple[float, float]]
    page_height: float  # of the body of a page, in the document's units (printer pixels)


@dataclass(frozen=True)
class Geometry:
    page: QRect  # the printable page
    band: int  # the height of the header and of the footer band
    body: QSizeF  # what is left for the text


def geometry(printer: QPrinter) -> Geometry:
    page = printer.pageLayout().paintRectPixels(printer.resolution())
    band = int(FURNITURE_POINT_SIZE / 72 * printer.resolution() * 2.2)
    return Geometry(page, band, QSizeF(page.width(), page.height() - 2 * band))


def lay_out_section(html: str, printer: QPrinter, body: QSizeF) -> Laid:
    doc = _document(html, printer, body)
    keep_marked_together(doc, body.height())
    return Laid(doc, page_clips(body.height(), doc.pageCount()), body.height())


def paint_page(painter: QPainter, laid: Laid, index: int, band: int) -> None:
    """Page ``index`` of a laid-out section, below the header band."""
    top, bottom = laid.clips[index]
    painter.save()
    painter.translate(0, band - index * laid.page_height)
    paint_band(laid.doc, painter, top, bottom)
    painter.restore()


def furniture_font() -> QFont:
    small = QFont(FAMILY)
    small.setPointSizeF(FURNITURE_POINT_SIZE)
    return small


def paint_furniture(painter: QPainter, header: str, where: Geometry, font: QFont, number: int,
                    pages: int) -> None:
    """The repeated header line and "page X of Y"."""
    painter.setFont(font)
    painter.setPen(Qt.GlobalColor.darkGray)
    page, band = where.page, where.band
    if header:
        painter.drawText(
            QRectF(0, 0, page.width(), band * 0.8),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            header,
        )
    footer = QCoreApplication.translate("Printing", "Page {page} of {pages}").format(
        page=number, pages=pages
    )
    painter.drawText(
        QRectF(0, page.height() - band * 0.8, page.width(), band * 0.8),
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
        footer,
    )


class BodyWriter:
    """Paints sections onto a PDF without their furniture, each laid out once, page after page."""

    def __init__(self, path: Path, *, landscape: bool) -> None:
        self.path = path
        self.printer = pdf_printer(make_printer(landscape=landscape), str(path))
        self.where = geometry(self.printer)
        self.painter = QPainter()
        begin(self.painter, self.printer)
        self.pages = 0

    def add(self, html: str) -> int:
        """Lay out and paint one section; its number of pages."""
        laid = lay_out_section(html, self.printer, self.where.body)
        for index in range(len(laid.clips)):
            if self.pages:
                self.printer.newPage()
            self.pages += 1
            paint_page(self.painter, laid, index, self.where.band)
        return len(laid.clips)

    def close(self) -> None:
        if self.painter.isActive():
            self.painter.end()


def write_furniture(job: PrintJob, path: Path, pages: int) -> None:
    """The header line and "page X of Y" of each of ``pages`` pages, alone on their pages."""
    printer = pdf_printer(make_printer(job), str(path))
    where, small = geometry(printer), furniture_font()
    painter = QPainter()
    begin(painter, printer)
    try:
        for number in range(1, pages + 1):
            if number > 1:
                printer.newPage()
            paint_furniture(painter, job.header, where, small, number, pages)
    finally:
        painter.end()
