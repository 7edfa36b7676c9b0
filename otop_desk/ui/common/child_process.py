"""Run a long job as a child process behind a progress dialog with Cancel.

The window's side of ``otop_desk.child_jobs``: it starts ``otop-desk <command> --progress``
with ``QProcess``, which the event loop serves like any other event source, so the window
repaints and answers while the child works, however much Python the child runs.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QEventLoop, QProcess, QProcessEnvironment, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from otop_desk.child_jobs import (
    CANCEL,
    CANCELLED,
    CHECKED_ENV,
    DB_ENV,
    ERROR,
    PROGRESS,
    RESULT,
    ChildFailed,
    child_command,
    error_from,
)

KILL_AFTER_MS = 10_000  # a child that has not stopped this long after Cancel is killed


class _Child:
    def __init__(self, dialog: QProgressDialog, arguments: list[str], database: str, checked: bool) -> None:
        self.dialog = dialog
        self.lines: dict[str, str] = {}
        self.start_error: str | None = None
        self.loop = QEventLoop()
        self.process = QProcess()
        program, prefix = child_command()
        self.process.setProgram(program)
        self.process.setArguments([*prefix, *arguments, "--progress"])
        env = QProcessEnvironment.systemEnvironment()
        env.insert(DB_ENV, database)
        if checked:
            env.insert(CHECKED_ENV, "1")
        else:
            env.remove(CHECKED_ENV)  # never inherited from whoever started the window
        self.process.setProcessEnvironment(env)
        self.process.readyReadStandardOutput.connect(self._read)
        self.process.finished.connect(lambda *_: self.loop.quit())
        self.process.errorOccurred.connect(self._failed_to_start)
        self.dialog.canceled.connect(self._cancel)
        self._killer = QTimer()
        self._killer.setSingleShot(True)
        self._killer.setInterval(KILL_AFTER_MS)
        self._killer.timeout.connect(self.process.kill)

    def run(self) -> None:
        self.process.start()
        if self.start_error is None:
            self.loop.exec()
        self._read()
        self._killer.stop()

    def _read(self) -> None:
        while self.process.canReadLine():
            line = bytes(self.process.readLine().data()).decode("utf-8", "replace").rstrip("\n")
            kind, _, payload = line.partition(" ")
            if kind == PROGRESS:
                done, total = (int(n) for n in payload.split())
                self.dialog.setMaximum(max(total, 0))
                self.dialog.setValue(min(done, total) if total else 0)
            elif kind in (RESULT, CANCELLED, ERROR):
                self.lines[kind] = payload

    def _cancel(self) -> None:
        if self.process.state() != QProcess.ProcessState.NotRunning:
            self.process.write(f"{CANCEL}\n".encode())
            self._killer.start()

    def _failed_to_start(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self.start_error = self.process.errorString()
            self.loop.quit()


def run_child(parent: QWidget | None, title: str, label: str, arguments: list[str], database: str, *,
              checked: bool = False) -> Any:
    """Run the CLI subcommand ``arguments`` on ``database``; its result payload, or None
    if the person cancelled. A failure in the child is raised here (``OSError`` for
    storage errors, ``ChildFailed`` otherwise). ``checked``: this window's check of the
    file has passed, so a child that writes need not check it again (``command_db``)."""
    dialog = QProgressDialog(label, QProgressDialog.tr("Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    child = _Child(dialog, arguments, database, checked)
    try:
        child.run()
    finally:
        dialog.close()
        dialog.deleteLater()
    if child.start_error is not None:
        raise OSError(None, child.start_error)
    if RESULT in child.lines:
        return json.loads(child.lines[RESULT])
    killed = child.process.exitStatus() == QProcess.ExitStatus.CrashExit and dialog.wasCanceled()
    if CANCELLED in child.lines or killed:
        return None
    if ERROR in child.lines:
        raise error_from(child.lines[ERROR])
    stderr = bytes(child.process.readAllStandardError().data()).decode("utf-8", "replace").strip()
    raise ChildFailed(f"exit code {child.process.exitCode()}: {stderr[-2000:]}")
