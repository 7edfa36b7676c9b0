"""Opening the database on start: lock, quick check, upgrade, and a dialog for every failure.

Whatever is wrong with the file (another copy of the program has it open, it is damaged,
truncated or not a database at all, it was written by a newer version), the officer gets
a message that says what happened and what they can do, never a traceback; a damaged
database is offered the newest backup that passes ``integrity_check``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from otop_desk.db import health
from otop_desk.db.backup import folder_for
from otop_desk.db.database import Database
from otop_desk.db.engine import display_target, is_sqlite_file
from otop_desk.db.health import schema_revision
from otop_desk.db.lock import DatabaseInUseError, DatabaseLock
from otop_desk.db.migrate import (
    HEAD,
    NewerDatabaseError,
    ReadOnlyUpgradeError,
    UnknownDatabaseError,
)
from otop_desk.db.permissions import tighten_database
from otop_desk.db.trust import WriteGuard
from otop_desk.services.backups import (
    BackupEntry,
    BackupService,
    StorageError,
    check_backup,
    file_problem,
    foreign_database,
    newer_database,
    newest_good,
    read_only_upgrade,
    restore_file,
)
from otop_desk.ui import messages
from otop_desk.ui.backups.common import storage_text, when


def take_lock(path: Path, parent: QWidget | None = None) -> DatabaseLock | None:
    """The database's lock, or None after telling the person another copy has it."""
    lock = DatabaseLock(path)
    try:
        lock.acquire()
        return lock
    except DatabaseInUseError as error:
        owner = error.owner
    if owner.on_this_host:
        messages.show_error(parent, QCoreApplication.translate("Startup", "OTOP Desk is already open"), QCoreApplication.translate("Startup",
            "This database is already open in another OTOP Desk window on this computer "
            "(process {pid}). Switch to that window; two windows writing the same records "
            "would overwrite each other's work.\n\n{path}").format(pid=owner.pid, path=path))
        return None
    choice = messages.choose(parent, QCoreApplication.translate("Startup", "Database in use"), QCoreApplication.translate("Startup",
        "This database is in use by OTOP Desk on the computer \"{host}\" (since {since}). If "
        "that copy is closed or that computer crashed, you may take the database over.\n\n{path}"
    ).format(host=owner.host, since=owner.since or "?", path=path),
        [("take", QCoreApplication.translate("Startup", "Take over")), ("quit", QCoreApplication.translate("Startup", "Quit"))], "quit")
    if choice != "take":
        return None
    lock.acquire(take_over=True)
    return lock


def _offer_backup(path: Path, folder: Path, problem: str, parent: QWidget | None) -> bool:
    """Offer the newest good backup for a damaged file; True once one is restored."""
    good: BackupEntry | None = newest_good(path, folder)
    text = problem + "\n\n" + QCoreApplication.translate("Startup", "The file has not been changed.")
    options = [("choose", QCoreApplication.translate("Startup", "Choose a backup file…")), ("quit", QCoreApplication.translate("Startup", "Quit"))]
    default = "quit"
    if good is not None:
        text += "\n\n" + QCoreApplication.translate("Startup",
            "The newest good backup is from {when}: {groups} groups, {records} records. Restore "
            "it? The damaged file is kept beside the database as {name}.damaged-…"
        ).format(when=when(good.taken), groups=good.groups, records=good.records, name=path.name)
        options.insert(0, ("restore", QCoreApplication.translate("Startup", "Restore the newest good backup")))
        default = "restore"
    else:
        text += "\n\n" + QCoreApplication.translate("Startup", "No good backup was found in {folder}.").format(folder=folder)
    while True:
        choice = messages.choose(parent, QCoreApplication.translate("Startup", "The database cannot be used"), text, options, default)
        if choice == "restore" and good is not None:
            source = good.path
        elif choice == "choose":
            name, _ = QFileDialog.getOpenFileName(
                parent, QCoreApplication.translate("Startup", "Choose a backup file"), str(folder),
                QCoreApplication.translate("Startup", "OTOP Desk databases (*.sqlite3 *.db);;All files (*)"))
            if not name:
                continue
            source = Path(name)
        else:
            return False
        try:
            check_backup(source)
            restore_file(source, path, folder)
            return True
        except StorageError as error:
            messages.show_error(parent, QCoreApplication.translate("Startup", "Restore failed"), storage_text(error))


def _open(target: str | Path, parent: QWidget | None, *, read_only: bool = False) -> Database | None:
    shown = display_target(target)
    try:
        return Database.open(target, read_only=read_only)
    except NewerDatabaseError:
        messages.show_error(parent, QCoreApplication.translate("Startup", "Database too new"),
                            newer_database(shown).translated(QCoreApplication.translate))
    except UnknownDatabaseError:
        messages.show_error(parent, QCoreApplication.translate("Startup", "Not an OTOP Desk database"),
                            foreign_database(shown).translated(QCoreApplication.translate))
    except ReadOnlyUpgradeError:
        messages.show_error(parent, QCoreApplication.translate("Startup", "Cannot open the database"),
                            read_only_upgrade(shown).translated(QCoreApplication.translate))
    except Exception as error:  # any other failure: a message, never a traceback
        messages.show_error(parent, QCoreApplication.translate("Startup", "Cannot open the database"), QCoreApplication.translate("Startup",
            "OTOP Desk could not open the database:\n\n{path}\n\n{error}").format(path=shown, error=error))
    return None


def open_checked(target: str | Path, parent: QWidget | None = None, *,
                 probed: health.BackgroundProbe | None = None) -> tuple[Database, DatabaseLock | None] | None:
    """Lock, check and open ``target``; None after a dialog has said why not. A check
    already running for the same file (``probed``) is waited for instead of run again."""
    if not is_sqlite_file(target):
        db = _open(target, parent)
        return (db, None) if db is not None else None
    path = Path(target).expanduser().resolve()
    if path.exists() and not health.is_writable(path):
        return _open_read_only(path, parent, probed)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = take_lock(path, parent)
    except OSError as error:
        messages.show_error(parent, QCoreApplication.translate("Startup", "Cannot open the database"), QCoreApplication.translate("Startup",
            "OTOP Desk could not open the database:\n\n{path}\n\n{error}").format(path=path, error=error))
        return None
    if lock is None:
        return None
    folder = folder_for(path)
    tighten_database(path, folder)  # a copy or an older version may have left it readable
    if probed is not None and probed.path == path and probed.trusted and schema_revision(path) == HEAD:
        # As this program left it: open now; the first write waits for the check.
        db = _open(path, parent)
        if db is None:
            lock.release()
            return None
        db.write_guard = WriteGuard(db.engine, probed)  # type: ignore[attr-defined]
        return db, lock
    result = (probed.result() if probed is not None and probed.path == path
              else health.probe(path, backups=folder))
    if not result.ok:
        problem = file_problem(path, result).translated(QCoreApplication.translate)
        if not _offer_backup(path, folder, problem, parent):
            lock.release()
            return None
    db = _open(path, parent)
    if db is None:
        lock.release()
        return None
    return db, lock


def _open_read_only(path: Path, parent: QWidget | None,
                    probed: health.BackgroundProbe | None) -> tuple[Database, None] | None:
    """A database on a write-protected drive or file: shown, never written. Nobody else
    can write it either, so no lock is needed (nor could one be written)."""
    result = probed.result() if probed is not None and probed.path == path else health.probe(path)
    if not result.ok:
        messages.show_error(parent, QCoreApplication.translate("Startup", "The database cannot be used"),
                            file_problem(path, result).translated(QCoreApplication.translate)
                            + "\n\n" + QCoreApplication.translate("Startup", "The file has not been changed."))
        return None
    db = _open(path, parent, read_only=True)
    return (db, None) if db is not None else None


def daily_backup(parent: QWidget | None, backups: BackupService) -> Path | None:
    """The first start of a day backs the database up; a failure is told, not fatal."""
    if not backups.available:
        return None
    try:
        return backups.daily()
    except StorageError as error:
        messages.show_error(parent, QCoreApplication.translate("Startup", "Daily backup failed"), storage_text(error))
        return None
