"""The file check that finishes after start-up (see ``otop_desk.db.trust``).

A file that is as the program left it opens without waiting for ``quick_check``; the
check goes on in the background and every write waits for it. When it is done, the
daily backup is taken (never a backup of a file not yet known sound, which would push a
good one out of the rotation); if it found the file damaged, the person is told at once
and offered the newest good backup, exactly as when the check runs before opening.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QWidget

from otop_desk.db import trust
from otop_desk.db.backup import folder_for
from otop_desk.services import Services
from otop_desk.services.backups import file_problem
from otop_desk.ui.backups.startup import _offer_backup

POLL_MS = 100


def when_checked(window: QWidget, services: Services, guard: trust.WriteGuard,
                 on_sound: Callable[[], None], on_refused: Callable[[], None]) -> QTimer:
    """Watch ``guard``'s check; ``on_sound`` once it passed, or, if it found damage and
    the person did not restore a backup, ``on_refused`` (the program ends)."""
    timer = QTimer(window)
    timer.setInterval(POLL_MS)

    def poll() -> None:
        if not guard.done:
            return
        timer.stop()
        result = guard.result()
        if result.ok:
            on_sound()
            return
        db = services.db
        path = guard.probe.path
        folder = db.backup_dir or folder_for(path)
        trust.forget(path, folder)
        problem = file_problem(path, result).translated(QCoreApplication.translate)
        db.engine.dispose()  # the restore replaces the file: no connection may hold it
        if _offer_backup(path, folder, problem, window):
            guard.remove()
            db.reopen()
            window.refresh_all()  # type: ignore[attr-defined]
            on_sound()
        else:
            on_refused()

    timer.timeout.connect(poll)
    timer.start()
    return timer
