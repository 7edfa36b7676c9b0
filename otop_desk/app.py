"""Start the GUI: application object, fonts, language, database, first run, main window."""

from __future__ import annotations

import atexit
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from otop_desk import APP_NAME, __version__, errors_log, paths
from otop_desk.db.database import Database
from otop_desk.fonts import register_fonts, use_ui_font
from otop_desk.services import Services
from otop_desk.services.check import is_empty
from otop_desk.ui import i18n, messages
from otop_desk.ui.backups import error_dialog
from otop_desk.ui.backups.startup import daily_backup, open_checked
from otop_desk.ui.demo_loader import load_demo
from otop_desk.ui.dialogs.profile_dialog import ProfileDialog
from otop_desk.ui.dialogs.tour import TourDialog
from otop_desk.ui.main_window import MainWindow
from otop_desk.ui.settings import AppSettings


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    register_fonts()
    use_ui_font(app)
    return app


def open_database(target: str | Path) -> Database | None:
    """Lock, check and open (and upgrade) the database, or explain in a dialog why not."""
    opened = open_checked(target)
    if opened is None:
        return None
    db, lock = opened
    if lock is not None:
        # Released when the program ends; a crash leaves a stale lock the next start takes over.
        atexit.register(lock.release)
    return db


def first_run(window: MainWindow, services: Services) -> None:
    """No profile yet: ask for it, offer demo data if the database is empty, show the tabs."""
    if services.officer.get() is not None:
        return
    ProfileDialog(services, window, first_run=True).exec()
    if is_empty(services.db) and messages.confirm(
        window,
        QCoreApplication.translate("App", "Demo data"),
        QCoreApplication.translate("App", "Load demo data to try OTOP Desk? It fills this empty database with example "
            "groups and a year of records."),
    ) and load_demo(window, services):
        window.refresh_all()
    TourDialog(window.tabs, window).exec()
    window.tabs.setCurrentIndex(0)


def run_gui(db_target: str | Path | None = None) -> int:
    app = make_application()
    errors_log.setup_logging()
    settings = AppSettings(paths.settings_file())
    i18n.install(settings.language)
    target = db_target or paths.default_database()
    # Kept in a variable for as long as the window runs: the hooks call into it.
    _reporter = error_dialog.install(str(target))
    db = open_database(target)
    if db is None:
        return 2
    services = Services(db)
    window = MainWindow(services, settings)
    window.show()
    QTimer.singleShot(0, lambda: daily_backup(window, services.backups))
    QTimer.singleShot(0, lambda: first_run(window, services))
    try:
        return app.exec()
    finally:
        db.close()
