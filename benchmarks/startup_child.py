"""Child process of the start-up benchmark: show a window, print when it has painted.

``bare`` shows an empty PySide6 main window (the baseline); ``app`` opens OTOP Desk's
main window on the given database, as ``otop-desk`` does.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> None:
    mode = sys.argv[1]
    if mode == "bare":
        app = QApplication(sys.argv)
        window = QMainWindow()
    else:
        from pathlib import Path

        from otop_desk.app import make_application
        from otop_desk.db.database import Database
        from otop_desk.services import Services
        from otop_desk.ui import i18n
        from otop_desk.ui.main_window import MainWindow
        from otop_desk.ui.settings import AppSettings

        app = make_application(sys.argv)
        i18n.install("th")
        db = Database.open(sys.argv[2])
        window = MainWindow(Services(db), AppSettings(Path(sys.argv[3])))
    window.resize(1280, 720)
    window.show()

    def painted() -> None:
        print("shown", flush=True)
        app.quit()

    QTimer.singleShot(0, painted)
    app.exec()


if __name__ == "__main__":
    main()
