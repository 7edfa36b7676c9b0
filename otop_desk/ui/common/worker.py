"""Run slow work off the GUI thread behind a progress dialog with Cancel.

The work function gets a ``progress(done, total) -> bool`` callback; it returns False once
the person has pressed Cancel, and the work should then stop and undo what it did.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")
Progress = Callable[[int, int], bool]
MIN_INTERVAL = 0.05  # seconds between progress updates sent to the GUI thread


class _Runner(QObject):
    progressed = Signal(int, int)
    finished = Signal()

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self._work = work
        self.cancelled = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None
        self._last_emit = -MIN_INTERVAL

    def progress(self, done: int, total: int) -> bool:
        # Work that reports every record would flood the GUI thread's queue with queued
        # signals; at most ~20 updates a second are shown, and always the last one.
        now = time.monotonic()
        if now - self._last_emit >= MIN_INTERVAL or 0 < total <= done:
            self._last_emit = now
            self.progressed.emit(done, total)
        return not self.cancelled.is_set()

    def run(self) -> None:
        try:
            self.result = self._work(self.progress)
        except BaseException as error:  # handed to the GUI thread, re-raised there
            self.error = error
        finally:
            self.finished.emit()


class _Dialog(QObject):
    """Shows the runner's progress, in the GUI thread.

    The runner's signals must be connected to a method of an object living in the GUI
    thread: PySide calls a plain function connected to a signal in the thread that
    emitted it, and the progress dialog would then start and stop its timers (and show
    itself) from the worker thread ("QObject::killTimer: Timers cannot be stopped from
    another thread").
    """

    def __init__(self, dialog: QProgressDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog

    @Slot(int, int)
    def show_progress(self, done: int, total: int) -> None:
        self._dialog.setMaximum(max(total, 0))
        self._dialog.setValue(min(done, total) if total else 0)


def run_with_progress(
    parent: QWidget | None, title: str, label: str, work: Callable[[Progress], T]
) -> T:
    """Run ``work`` in a thread; re-raises its exception in the caller."""
    dialog = QProgressDialog(label, QProgressDialog.tr("Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    runner = _Runner(work)
    thread = QThread()
    runner.moveToThread(thread)
    loop = QEventLoop()
    shown = _Dialog(dialog)
    runner.progressed.connect(shown.show_progress, Qt.ConnectionType.QueuedConnection)
    runner.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    dialog.canceled.connect(runner.cancelled.set)
    thread.started.connect(runner.run)
    thread.start()
    loop.exec()
    thread.quit()
    thread.wait()
    dialog.close()
    dialog.deleteLater()
    if runner.error is not None:
        raise runner.error
    return runner.result  # type: ignore[no-any-return]
