"""The last-resort handler of the GUI: an error nobody caught becomes a short message.

``errors_log.install`` logs the traceback; this module decides what the officer reads.
A full disk or a read-only drive gets its own explanation (they can act on it); anything
else gets a short apology, the one-line error and where the log file is.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication

from otop_desk import errors_log
from otop_desk.services.backups import storage_error
from otop_desk.ui import messages
from otop_desk.ui.backups.common import storage_text

_STORAGE_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM}
_STORAGE_WORDS = ("disk is full", "readonly database", "read-only", "disk i/o error")



def _chain(error: BaseException) -> list[BaseException]:
    """The error, what it wraps (SQLAlchemy's ``orig``) and what caused it."""
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [error]
    while todo:
        current = todo.pop()
        if current is None or any(current is s for s in seen):
            continue
        seen.append(current)
        todo += [getattr(current, "orig", None), current.__cause__, current.__context__]
    return seen


def storage_cause(error: BaseException) -> BaseException | None:
    """The OS or SQLite error inside ``error`` that means "the disk cannot be written"."""
    for item in _chain(error):
        if isinstance(item, OSError) and item.errno in _STORAGE_ERRNOS:
            return item
        if isinstance(item, sqlite3.Error) and any(w in str(item).lower() for w in _STORAGE_WORDS):
            return item
    return None


def message_for(error: BaseException, log_file: Path | None, place: str = "") -> str:
    cause = storage_cause(error)
    if cause is not None:
        where = getattr(cause, "filename", None) or place
        return storage_text(storage_error(cause, where or QCoreApplication.translate("ErrorDialog", "the disk")))
    summary = str(error).strip().splitlines()[0][:200] if str(error).strip() else type(error).__name__
    text = QCoreApplication.translate("ErrorDialog", "Something unexpected went wrong: {error}\n\nRecords saved before are safe; the "
               "last change may not have been saved. Please check it and try again.").format(error=summary)
    if log_file is not None:
        text += "\n\n" + QCoreApplication.translate("ErrorDialog", "The details are in the log file:\n{file}").format(file=log_file)
    return text


class ErrorReporter(QObject):
    """Shows the message on the GUI thread, whichever thread the error happened in."""

    reported = Signal(object, object)

    def __init__(self, place: str = "") -> None:
        super().__init__()
        self.place = place  # the database, named when the disk under it fails
        self.showing = False
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def notify(self, error: BaseException, log_file: Path | None) -> None:
        self.reported.emit(error, log_file)

    def _show(self, error: BaseException, log_file: Path | None) -> None:
        if self.showing:
            return  # one dialog at a time: a burst of errors is in the log anyway
        self.showing = True
        try:
            messages.show_error(QApplication.activeWindow(), QCoreApplication.translate("ErrorDialog", "Something went wrong"),
                                message_for(error, log_file, self.place))
        finally:
            self.showing = False


def install(place: str = "") -> ErrorReporter:
    """Install the process-wide hooks; keep the returned object alive."""
    reporter = ErrorReporter(place)
    errors_log.install(reporter.notify)
    return reporter
