"""Printing Thai A4 documents: one renderer for the print preview, the printer and PDF.

A document is HTML laid out by ``QTextDocument`` in the bundled Sarabun font (embedded
in the PDF). Pages get a repeated header line and "page X of Y" at the foot. Each section
is laid out once. A PDF gets its text layer completed (``reports.pdftext``), so that it
can be searched and copied in Thai.

The preview and the printer (``render``) are painted from the laid-out sections, all
kept until painted: they print a document or a few. A PDF (``write_pdf``), such as a
month of visit summaries, is written by ``pdf_parts``: each section painted as soon as
it is laid out, by several processes for a long job, the furniture added at the end.
"""

from __future__ import annotations

import os
import tempfile
from collections import deque
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QPaintEngine, QPainter
from PySide6.QtPrintSupport import QPrinter

from otop_desk.reports import pdf_parts
from otop_desk.reports.pdftext import complete_text_layer
from otop_desk.reports.print_helpers import Helpers
from otop_desk.reports.print_layout import (
    BODY_POINT_SIZE,
    Laid,
    PrintCancelled,
    PrintJob,
    _document,
    begin,
    ensure_gui_app,
    furniture_font,
    geometry,
    lay_out_section,
    make_printer,
    paint_furniture,
    paint_page,
    pdf_printer,
)

Progress = Callable[[int, int], bool]


def lay_out(job: PrintJob, printer: QPrinter | None = None) -> list[Laid]:
    """Each section of ``job`` laid out as it would be printed (on an A4 PDF printer)."""
    ensure_gui_app()
    printer = printer or make_printer(job)
    body = geometry(printer).body
    return [lay_out_section(html, printer, body) for html in job.parts()]


def render(job: PrintJob, printer: QPrinter, progress: Progress | None = None) -> int:
    """Paint ``job`` onto ``printer`` (preview, real printer or the print dialog's PDF);
    returns the page count.

    ``progress(done, total)`` is told after each section is laid out and again after it
    is painted; it returns False to stop (``PrintCancelled``). A PDF file written (the
    print dialog's "print to file") then gets its text layer completed."""
    parts = job.parts()
    steps = 2 * len(parts)
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None and not progress(done, steps):
            raise PrintCancelled

    where = geometry(printer)
    # "Page X of Y" needs every section laid out first: each is laid out once and kept
    # until painted.
    laid: deque[Laid] = deque()
    for html in parts:
        laid.append(lay_out_section(html, printer, where.body))
        step()
    pages = sum(len(section.clips) for section in laid)
    small = furniture_font()
    painter = QPainter()
    begin(painter, printer)
    try:
        number = 0
        while laid:
            section = laid.popleft()  # let go of each section once painted
            for page in range(len(section.clips)):
                if number:
                    printer.newPage()
                number += 1
                paint_page(painter, section, page, where.band)
                paint_furniture(painter, job.header, where, small, number, pages)
            step()
    finally:
        painter.end()
    pdf = _pdf_file(printer)
    if pdf is not None:
        complete_text_layer(pdf)
    return pages


def _pdf_file(printer: QPrinter) -> Path | None:
    """The PDF file ``printer`` has just written, if it wrote one: the print dialog's
    "print to file". A print preview paints pictures, though its printer may name the
    file a print to file went to before."""
    engine = printer.paintEngine()
    if (printer.outputFormat() != QPrinter.OutputFormat.PdfFormat or not printer.outputFileName()
            or engine is None or engine.type() != QPaintEngine.Type.Pdf):
        return None
    path = Path(printer.outputFileName())
    return path if path.is_file() else None


def write_pdf(job: PrintJob, path: Path, progress: Progress | None = None, *,
              helpers: Helpers | None = None) -> int:
    """Write ``job`` as a PDF, atomically: a crash or a Cancel never leaves half a file
    under ``path``. Returns the page count; ``progress(done, total)`` is told as sections
    are painted, and returns False to stop (``PrintCancelled``). ``helpers``: helper
    processes started ahead (``pdf_parts.write``)."""
    ensure_gui_app()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".pdf.partial", dir=path.parent)
    os.close(fd)
    temp = Path(temp_name)
    try:
        pages = pdf_parts.write(job, temp, progress, helpers=helpers)
        temp.replace(path)
    finally:
        temp.unlink(missing_ok=True)
    return pages


__all__ = ["BODY_POINT_SIZE", "Laid", "PrintCancelled", "PrintJob", "Progress", "_document", "ensure_gui_app",
           "lay_out", "make_printer", "pdf_printer", "render", "write_pdf"]
