"""Print a month of visits: a PDF written by a child process, then opened for printing.

A month at province scale is over a thousand summaries and nearly two thousand pages:
laid out in the window's own process (a print preview), that froze the window for about
20 seconds. The child (``otop-desk print-visits --ids-file … --progress``) lays them out
behind a progress dialog with Cancel, and the PDF opens in the computer's PDF viewer,
from which the officer prints.
"""

from __future__ import annotations

import tempfile
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from otop_desk.ui import messages
from otop_desk.ui.common.child_process import run_child


def print_visits_pdf(parent: QWidget, services: Any, ids: list[uuid.UUID], month: str) -> Path | None:
    """Ask where, write the visits ``ids`` to a PDF and open it; the file, or None if the
    person cancelled or it failed (after saying why)."""
    title = QCoreApplication.translate("VisitsTab", "Print month")
    stem = QCoreApplication.translate("VisitsTab", "visits")
    path = messages.ask_save_path(parent, title, Path.home() / f"{stem}-{month}.pdf",
                                  QCoreApplication.translate("VisitsTab", "PDF files (*.pdf)"), ".pdf")
    if path is None:
        return None
    label = QCoreApplication.translate("VisitsTab", "Laying out {count} visit summaries…").format(count=len(ids))
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as listed:
        listed.write("\n".join(str(i) for i in ids))
    try:
        done = run_child(parent, title, label, ["print-visits", "--ids-file", listed.name, "--out", str(path)],
                         str(services.db.target))
    except OSError as error:
        reason = error.strerror or str(error)
        messages.show_error(parent, title, QCoreApplication.translate(
            "VisitsTab", "The PDF could not be written: {reason}").format(reason=reason))
        return None
    finally:
        Path(listed.name).unlink(missing_ok=True)
    if done is None:
        return None
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path
