"""Child process of the start-up benchmark: show a window, print when it has painted.

``bare`` shows an empty PySide6 main window (the baseline); ``floor`` does the same after
importing SQLAlchemy and OTOP Desk's mapped classes and configuring them, the least any
screen that reads the database through them must wait for; ``app`` starts OTOP Desk's
main window on the given database exactly as ``otop-desk`` does (``otop_desk.app.start``).
Prints ``shown`` at the first paint of the window and, for ``app``, ``first`` once the
Home list's first page is shown (read without the database stack, on a file as the
program left it) and ``ready`` once the database is open and the first tab shows its
records. ``settle`` starts like ``app`` and then waits until the tabs not shown are built
too, printing ``settled SECONDS PAUSE``: how long that took after the first screen (or
``ready`` when there was none) and the longest pause of the window meanwhile (the gap
between two 10 ms timer ticks), the Home tab taking the first screen's place included.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class _PaintWatch(QObject):
    def __init__(self, app: QApplication, quit_when_shown: bool) -> None:
        super().__init__()
        self._app = app
        self._quit = quit_when_shown
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            print("shown", flush=True)
            if self._quit:
                QTimer.singleShot(0, self._app.quit)
        return False


def main() -> None:
    mode = sys.argv[1]
    if mode in ("bare", "floor"):
        app = QApplication(sys.argv)
        if mode == "floor":
            from sqlalchemy.orm import configure_mappers

            import otop_desk.db.models  # noqa: F401 - what is measured

            configure_mappers()
        window = QMainWindow()
        window.resize(1280, 720)
        watch = _PaintWatch(app, quit_when_shown=True)
        window.installEventFilter(watch)
        window.show()
        app.exec()
        return

    import gc
    from pathlib import Path

    gc.disable()  # as ``otop-desk`` does before it imports the window (``cli.main``)
    from otop_desk import i18n
    from otop_desk.app import make_application, start
    from otop_desk.ui.common.settings import AppSettings

    app = make_application(sys.argv)
    i18n.install("th")
    watch = _PaintWatch(app, quit_when_shown=False)

    watching: list[bool] = []

    def ready(db: object) -> None:
        if not watching:  # painted; while watched, the event loop paints in its own turns
            app.processEvents()
        print("ready", flush=True)
        if mode == "settle":
            if not watching:
                watch_settling(window)
        else:
            # Leave before the daily backup and first-run checks queued after start-up.
            os._exit(0)

    settings = AppSettings(Path(sys.argv[3]))
    settings.language = "th"
    if mode == "settle":
        # Not measured here, and a copy of a province's file would take its time.
        import otop_desk.ui.backups.startup as backup_at_start

        backup_at_start.daily_backup = lambda *_args: None
    def first_screen() -> None:
        app.processEvents()  # painted
        print("first", flush=True)
        if mode == "settle":  # from here on, the window's pauses count
            watching.append(True)
            watch_settling(window)

    window = start(sys.argv[2], settings, ready, first_screen)
    window.installEventFilter(watch)
    app.exec()


def watch_settling(window: Any) -> None:
    from PySide6.QtCore import QElapsedTimer

    from otop_desk.ui.shell.tab_slot import slot_at

    clock = QElapsedTimer()
    clock.start()
    last = [0, 0]  # the last tick, the longest gap

    def tick() -> None:
        now = clock.elapsed()
        last[1] = max(last[1], now - last[0])
        last[0] = now
        slots = [slot_at(window.tabs, i) for i in range(window.tabs.count())]
        built = window.services is not None and all(slot is None or slot.tab is not None for slot in slots)
        if built or now > 20_000:
            print(f"settled {now / 1000:.3f} {last[1] / 1000:.3f}", flush=True)
            os._exit(0)

    timer = QTimer(window)
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()


if __name__ == "__main__":
    main()
