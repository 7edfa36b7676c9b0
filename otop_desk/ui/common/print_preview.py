"""The print preview: print, or save as PDF from the printer dialog."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from otop_desk.reports.printing import PrintJob, make_printer, render


def preview(parent: QWidget | None, job: PrintJob) -> QPrintPreviewDialog:
    """Open a preview of ``job``; returns the dialog (already shown, non-blocking)."""
    printer = make_printer(job)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(job.title)
    dialog.resize(1000, 720)
    dialog.paintRequested.connect(lambda p: render(job, p))
    dialog.open()
    return dialog
