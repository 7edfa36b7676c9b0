"""Start the GUI: application object, fonts, language, database, first run, main window.

Start-up paints the empty main window first and only then imports the database stack
(SQLAlchemy, Alembic, the services and tabs: about a second), opens the database and
builds the tabs, so the window appears about as fast as any Qt window.
"""

from __future__ import annotations

import atexit
import gc
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from otop_desk.qt_startup import skip_feature_scan

skip_feature_scan()  # before the imports below and those after the first paint

from otop_desk import APP_NAME, __version__, errors_log, i18n, paths  # noqa: E402
from otop_desk.fonts import register_fonts, use_ui_font  # noqa: E402
from otop_desk.ui import messages  # noqa: E402
from otop_desk.ui.common.settings import AppSettings  # noqa: E402
from otop_desk.ui.shell.main_window import MainWindow  # noqa: E402

if TYPE_CHECKING:
    from otop_desk.db.database import Database
    from otop_desk.db.health import BackgroundProbe
    from otop_desk.services import Services


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    register_fonts()
    use_ui_font(app)
    return app


def open_database(target: str | Path, probed: BackgroundProbe | None = None) -> Database | None:
    """Lock, check and open (and upgrade) the database, or explain in a dialog why not."""
    from otop_desk.ui.backups.startup import open_checked

    opened = open_checked(target, probed=probed)
    if opened is None:
        return None
    db, lock = opened
    if lock is not None:
        # Released when the program ends; a crash leaves a stale lock the next start takes over.
        atexit.register(lock.release)
    return db


def first_run(window: MainWindow, services: Services) -> None:
    """No profile yet: ask for it, offer demo data if the database is empty, show the tabs."""
    if services.officer.get() is not None or services.db.read_only:
        return  # every start but the first: nothing more to import (the demo is large)
    from otop_desk.services.check import is_empty
    from otop_desk.ui.dialogs.profile_dialog import ProfileDialog
    from otop_desk.ui.dialogs.tour import TourDialog
    from otop_desk.ui.shell.demo_loader import load_demo

    ProfileDialog(services, window, first_run=True).exec()
    if is_empty(services.db) and messages.confirm(
        window,
        QCoreApplication.translate("App", "Demo data"),
        QCoreApplication.translate("App", "Load demo data to try OTOP Desk? It fills this empty database with example "
            "groups and a year of records."),
    ) and load_demo(window, services):
        window.refresh_all()
    TourDialog(window.tabs, window.tab_names(), window).exec()
    window.tabs.setCurrentIndex(0)


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            callback, self._callback = self._callback, None
            watched.removeEventFilter(self)
            # Queued: the paint completes first, then the slow work starts.
            QTimer.singleShot(0, callback)
        return False


def settle_heap() -> None:
    """Leave what start-up built out of the garbage collector's full passes.

    Start-up leaves about 110,000 long-lived objects (Qt wrappers, SQLAlchemy's mappers,
    translations). Each full collection walks them all, 60 ms during which the window
    cannot repaint, at unpredictable moments such as opening a tab. Frozen, they are
    skipped; what is made later is collected as before.
    """
    gc.freeze()


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` once ``widget`` has been painted for the first time."""
    _FirstPaint(widget, callback)


def start(
    db_target: str | Path | None, settings: AppSettings, on_ready: Callable[[Database | None], None],
    on_first_screen: Callable[[], None] | None = None,
) -> MainWindow:
    """Show the main window now; after its first paint show the first page of the Home
    list, then open the database and build the tabs.

    ``on_first_screen`` is called once the list's first page is shown, read without the
    database stack (not at all when the file must be checked or upgraded first: then the
    tab itself comes first). ``on_ready`` gets the open database, or None when it could
    not be opened (the reason was shown in a dialog).
    """
    # No collection until the first tab is built: a full pass walked everything start-up
    # makes (the mapped classes, the window), 80-120 ms on the way to the first screen and
    # again before the first paint. What start-up made is then frozen (``settle_heap``)
    # and collection resumes; its garbage is a few hundred objects.
    gc.disable()
    window = MainWindow(None, settings)
    # --db first, then the database chosen in Settings, then the user's own file.
    target = db_target or settings.database or paths.default_database()

    def open_and_build(probed: BackgroundProbe | None) -> None:
        try:
            _open_and_build(window, target, probed, on_ready)
        except BaseException:
            gc.enable()
            raise

    def first_paint() -> None:
        probed = _probe_file(target)
        if probed is not None and probed.trusted and _show_first_screen(window, probed.path, settings):
            if on_first_screen is not None:
                on_first_screen()
            # The officer reads the list while the database stack is imported beside the
            # window (Python passes between the threads every few milliseconds).
            from otop_desk.ui.common.background import BackgroundReader

            importer = BackgroundReader(window)
            window.stack_importer = importer  # type: ignore[attr-defined]

            def imported(_result: object) -> None:
                if window.isVisible():
                    open_and_build(probed)
                else:  # closed meanwhile: nothing is opened
                    gc.enable()

            importer.failed.connect(imported)  # opening imports it again and tells why
            importer.read(_import_database_stack, imported)
            return
        open_and_build(probed)

    after_first_paint(window, first_paint)
    window.show()
    return window


def _show_first_screen(window: MainWindow, path: Path, settings: AppSettings) -> bool:
    """Show the Home list's first page, read with ``sqlite3`` alone (``db.first_screen``);
    False when this file cannot be read so."""
    from otop_desk.db.first_screen import read_first_page
    from otop_desk.domain import clock
    from otop_desk.domain.attention import Scope
    from otop_desk.ui.home.columns import PAGE_ROWS
    from otop_desk.ui.home.first_screen import FirstScreen, not_visited_days

    scope = Scope(clock.current().today(), not_visited_days(settings))
    items = read_first_page(path, scope, PAGE_ROWS)
    if items is None:
        return False
    window.show_first_screen(FirstScreen(items, scope, PAGE_ROWS))
    return True


def _import_database_stack() -> None:
    """What opening the database and building the first tab need: SQLAlchemy and the
    mapped classes (configured), the services, the tabs' menus and the first tab."""
    import importlib

    import sqlalchemy.dialects.sqlite  # noqa: F401 - imported by the first engine made
    from sqlalchemy.orm import configure_mappers

    import otop_desk.db.models  # noqa: F401
    import otop_desk.services  # noqa: F401
    import otop_desk.ui.backups.error_dialog  # noqa: F401
    import otop_desk.ui.backups.late_check  # noqa: F401
    import otop_desk.ui.backups.startup  # noqa: F401
    from otop_desk.ui.shell.tabs import TABS

    importlib.import_module(TABS[0].module)
    configure_mappers()


def _open_and_build(window: MainWindow, target: str | Path, probed: BackgroundProbe | None,
                    on_ready: Callable[[Database | None], None]) -> None:
    from otop_desk.db.engine import display_target
    from otop_desk.ui.backups import error_dialog

    # Kept on the window for as long as it runs: the hooks call into it.
    window.error_reporter = error_dialog.install(display_target(target))  # type: ignore[attr-defined]
    if probed is not None and not probed.trusted:
        while not probed.finished.wait(0.02):  # the window keeps painting meanwhile
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    db = open_database(target, probed)
    if db is None:
        gc.enable()
        on_ready(None)
        return
    if window.tabs.count():  # a first screen shows: the tabs replace it in a turn of their own
        # (1 ms, not 0: a 0 ms timer can run in the same pass as this one; ``ui.common.turns``)
        QTimer.singleShot(1, lambda: _build(window, db, on_ready))
    else:
        _build(window, db, on_ready)


def _build(window: MainWindow, db: Database, on_ready: Callable[[Database | None], None]) -> None:
    from otop_desk.services import Services
    from otop_desk.ui.backups.startup import daily_backup
    from otop_desk.ui.home.first_screen import FirstScreen

    first = window.first_screen
    if isinstance(first, FirstScreen) and db.path is not None and db.backup_dir is not None:
        # The tab takes over the first screen's rows only if nothing wrote to the file
        # since they were read (before this program locked it).
        from otop_desk.db.trust import unchanged_since_clean_close

        first.current = unchanged_since_clean_close(db.path, db.backup_dir)
    try:
        services = Services(db)
        window.attach(services)
        settle_heap()
    finally:
        gc.enable()

    def once_sound() -> None:
        # Both act on what the database says: the backup would push a good copy out
        # of the rotation, the photo sweep removes files no record names. Neither
        # runs on a file whose check has not passed. (Imported here, and the photo
        # services on the sweep's thread: they bring Pillow, which the first screen
        # does not need.)
        from otop_desk.ui.photos.startup import check_photos_later

        daily_backup(window, services.backups)
        check_photos_later(window, services)

    from otop_desk.ui.common.turns import next_turn

    guard = getattr(db, "write_guard", None)
    if guard is None:
        next_turn(window, once_sound)
    else:  # the file check still runs: the backup and the sweep wait for it
        from otop_desk.ui.backups.late_check import when_checked

        window.late_check = when_checked(  # type: ignore[attr-defined]
            window, services, guard, once_sound, lambda: QCoreApplication.exit(2))
    next_turn(window, lambda: first_run(window, services))
    on_ready(db)


def _probe_file(target: str | Path) -> BackgroundProbe | None:
    """Start checking a database file at once (see ``BackgroundProbe``); None for a
    server URL, which has no file to check."""
    if "://" in str(target):
        return None
    from otop_desk.db.backup_folder import folder_for
    from otop_desk.db.health import BackgroundProbe  # after the first paint, like the rest
    from otop_desk.db.trust import unchanged_since_clean_close

    path = Path(target).expanduser().resolve()
    folder = folder_for(path)
    return BackgroundProbe(path, backups=folder, trusted=unchanged_since_clean_close(path, folder))


def run_gui(db_target: str | Path | None = None) -> int:
    app = make_application()
    errors_log.setup_logging()
    settings = AppSettings(paths.settings_file())
    i18n.install(settings.language)
    opened: list[Database] = []

    def ready(db: Database | None) -> None:
        if db is None:
            app.exit(2)
        else:
            opened.append(db)

    _window = start(db_target, settings, ready)
    try:
        return app.exec()
    finally:
        for db in opened:
            close_cleanly(db)


def close_cleanly(db: Database) -> None:
    """Close ``db``; a file found sound in this run is noted as closed cleanly, so the
    next start need not wait for its check (``otop_desk.db.trust``)."""
    from otop_desk.db import trust

    db.close()
    path, folder = db.path, db.backup_dir
    if path is None or folder is None or db.read_only:
        return
    guard = getattr(db, "write_guard", None)
    if guard is None or (guard.done and guard.result().ok):
        trust.record_clean_close(path, folder)
    else:
        trust.forget(path, folder)
