"""``otop-desk --smoke-test``: prove a build works without a screen or a user's data.

Opens the main window offscreen on a temporary database and checks that the bundled font,
the Thai translations and the address data load. Exit code 0 means all is well.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def run_smoke_test() -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    home = Path(tempfile.mkdtemp(prefix="otop-desk-smoke-"))
    os.environ["OTOP_DESK_HOME"] = str(home)

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFontDatabase

    from otop_desk.app import make_application
    from otop_desk.db.database import Database
    from otop_desk.services import Services
    from otop_desk.services.address import address_book
    from otop_desk.ui import i18n
    from otop_desk.ui.main_window import MainWindow
    from otop_desk.ui.settings import AppSettings

    app = make_application([sys.argv[0]])
    i18n.install("th")
    db = Database.open(home / "smoke.sqlite3")
    checks: dict[str, bool] = {}
    try:
        window = MainWindow(Services(db), AppSettings(home / "settings.ini"))
        window.show()
        app.processEvents()
        checks["main window"] = window.isVisible() and window.tabs.count() > 0
        checks["Sarabun font"] = "Sarabun" in QFontDatabase.families()
        checks["Thai translations"] = QCoreApplication.translate("MainWindow", "&File") == "&แฟ้ม"
        checks["address data"] = len(address_book().provinces) == 77
        checks["database"] = db.integrity_check() == ["ok"]
        window.close()
    finally:
        db.close()
    for name, ok in checks.items():
        print(f"{'ok  ' if ok else 'FAIL'} {name}")
    return 0 if all(checks.values()) else 1
