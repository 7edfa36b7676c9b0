"""``otop-desk --smoke-test [--db PATH]``: prove a build works without a screen.

Opens the main window offscreen and checks that the bundled font, the Thai translations
and the address data load. Without ``--db`` it runs on a temporary database in a
temporary folder, both removed afterwards; with ``--db`` it checks that database (its
file soundness first) and opens it read-only, so the smoke test never changes it.
Exit code 0 means all is well.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path


def run_smoke_test(db_target: str | None = None) -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    home = Path(tempfile.mkdtemp(prefix="otop-desk-smoke-"))
    previous_home = os.environ.get("OTOP_DESK_HOME")
    os.environ["OTOP_DESK_HOME"] = str(home)
    try:
        checks = _run(home, db_target)
    finally:
        if previous_home is None:
            os.environ.pop("OTOP_DESK_HOME", None)
        else:
            os.environ["OTOP_DESK_HOME"] = previous_home
        shutil.rmtree(home, ignore_errors=True)
    for name, ok in checks.items():
        print(f"{'ok  ' if ok else 'FAIL'} {name}")
    return 0 if all(checks.values()) else 1


def _run(home: Path, db_target: str | None) -> dict[str, bool]:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFontDatabase

    from otop_desk import i18n
    from otop_desk.app import make_application
    from otop_desk.db import health
    from otop_desk.db.database import Database
    from otop_desk.db.engine import is_sqlite_file
    from otop_desk.db.migrate import ReadOnlyUpgradeError
    from otop_desk.services import Services
    from otop_desk.services.backups import copy_into
    from otop_desk.services.common.address import address_book
    from otop_desk.ui.common.settings import AppSettings
    from otop_desk.ui.shell.main_window import MainWindow

    app = make_application([sys.argv[0]])
    i18n.install("th")
    checks: dict[str, bool] = {}
    target: str | Path = db_target or home / "smoke.sqlite3"
    if db_target and is_sqlite_file(db_target):
        path = Path(db_target).expanduser()
        checks["database file"] = path.exists() and health.probe(path).state is health.State.OK
        if not checks["database file"]:
            return checks
    try:
        try:
            db = Database.open(target, read_only=bool(db_target) and is_sqlite_file(target))
        except ReadOnlyUpgradeError:
            # An older database: upgrade a copy, which proves the upgrade too and leaves
            # the person's file as it was.
            copy = home / "upgraded.sqlite3"
            copy_into(Path(target).expanduser(), copy)
            db = Database.open(copy)
    except Exception as error:  # the failure is the result, reported as such
        print(f"cannot open the database: {type(error).__name__}: {error}", file=sys.stderr)
        checks["database"] = False
        return checks
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
    return checks
