"""Printing Thai A4 documents: one renderer for the print preview, the printer and PDF.

A document is HTML laid out by ``QTextDocument`` in the bundled Sarabun font (embedded
in the PDF). Pages get a repeated header line and "page X of Y" at the foot.
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from otop_desk.fonts import FAMILY, print_font, register_fonts

BODY_POINT_SIZE = 14
# Thai government documents: 3 cm left (for binding), 2 cm right, 2.5 cm top, 2 cm bottom.
MARGINS_MM = QMarginsF(30, 20, 20, 15)


@dataclass
class PrintJob:
    title: str  # the PDF's title and the print job's name
    html: str  # body, built with ``reports.html``
    header: str = ""  # repeated small line at the top of every page
    landscape: bool = False


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


def _document(job: PrintJob, printer: QPrinter) -> QTextDocument:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(printer)  # lay out at the printer's resolution
    font = print_font(BODY_POINT_SIZE)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setHtml(job.html)
    return doc


def render(job: PrintJob, printer: QPrinter) -> int:
    """Paint ``job`` onto ``printer`` (preview, real printer or PDF); returns the page count."""
    doc = _document(job, printer)
    page = printer.pageLayout().paintRectPixels(printer.resolution())
    small = QFont(FAMILY)
    small.setPointSizeF(10)
    band = int(small.pointSizeF() / 72 * printer.resolution() * 2.2)
    body = QSizeF(page.width(), page.height() - 2 * band)
    doc.setPageSize(body)
    pages = doc.pageCount()
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(QCoreApplication.translate("Printing", "The printer or PDF file cannot be opened."))
    try:
        for index in range(pages):
            if index:
                printer.newPage()
            painter.save()
            painter.translate(0, band - index * body.height())
            doc.drawContents(painter, QRectF(0, index * body.height(), body.width(), body.height()))
            painter.restore()
            painter.setFont(small)
            painter.setPen(Qt.GlobalColor.darkGray)
            if job.header:
                painter.drawText(
                    QRectF(0, 0, page.width(), band * 0.8),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                    job.header,
                )
            footer = QCoreApplication.translate("Printing", "Page {page} of {pages}").format(
                page=index + 1, pages=pages
            )
            painter.drawText(
                QRectF(0, page.height() - band * 0.8, page.width(), band * 0.8),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                footer,
            )
    finally:
        painter.end()
    return pages


def write_pdf(job: PrintJob, path: Path) -> int:
    """Write ``job`` as a PDF, atomically: a crash never leaves half a file under ``path``."""
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
        pages = render(job, printer)
        temp.replace(path)
    finally:
        temp.unlink(missing_ok=True)
    return pages
