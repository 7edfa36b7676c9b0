"""Backups and restore of the open database, without Qt.

Backups are taken automatically once a day on start, before every migration (by
``Database.open``), before every import (``backup_before("import", db)`` or the
``backing_up`` context) and on demand. Restore checks the chosen backup, backs the
current database up first, then copies the backup in with the online backup API while
no connection of this program is open, and reopens the database.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from otop_desk.db import backup as files
from otop_desk.db.database import Database
from otop_desk.db.replica import device_of_file
from otop_desk.domain.errors import QT_TRANSLATE_NOOP
from otop_desk.services.backups.data import BackupEntry
from otop_desk.services.backups.errors import StorageError, storage_error
from otop_desk.services.backups.restore import list_entries, newest_good, restore_file
from otop_desk.services.backups.rules import check_backup


class BackupService:
    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def available(self) -> bool:
        """Backups are taken of a database file this program may write (a read-only one
        does not change, and its folder usually cannot take a backup either)."""
        return self._db.path is not None and self._db.backup_dir is not None and not self._db.read_only

    @property
    def folder(self) -> Path:
        assert self._db.backup_dir is not None
        return self._db.backup_dir

    def _path(self) -> Path:
        path = self._db.path
        if path is None:
            raise StorageError(QT_TRANSLATE_NOOP("Backups", "Only a database file can be backed up here."))
        return path

    # taking backups -------------------------------------------------------------------
    def back_up(self, reason: str = "manual", *, to: Path | None = None,
                now: datetime | None = None) -> Path:
        """A backup now, then rotation of the folder; ``StorageError`` if it cannot be written."""
        path = self._path()
        folder = Path(to) if to is not None else self.folder
        try:
            made = files.make_backup(path, folder, reason, now=now)
        except (OSError, sqlite3.Error) as error:
            raise storage_error(error, folder) from error
        files.rotate(folder, path, now=now)
        return made

    def latest(self) -> files.BackupFile | None:
        if not self.available:
            return None
        path = self._path()
        found = files.list_backups(self.folder, path, device_of_file(path))
        return found[0] if found else None

    def daily_due(self, now: datetime | None = None) -> bool:
        if not self.available or not self._path().exists():
            return False
        last = self.latest()
        return last is None or last.taken.date() < (now or self._db.clock.local_now()).date()

    def daily(self, now: datetime | None = None) -> Path | None:
        """The once-a-day backup on start, if none was taken today."""
        return self.back_up("daily", now=now) if self.daily_due(now) else None

    # listing and restoring ------------------------------------------------------------
    def list(self) -> list[BackupEntry]:
        """Backups in this database's folder, newest first, with their record counts."""
        return list_entries(self._path(), self.folder) if self.available else []

    def newest_good(self) -> BackupEntry | None:
        return newest_good(self._path(), self.folder) if self.available else None

    def restore(self, source: Path, *, now: datetime | None = None) -> Path | None:
        """Replace the database's content with ``source``; returns the safety backup made.

        Every connection is closed during the copy and the database is reopened after
        it, so the services see the restored records at once.
        """
        check_backup(Path(source))
        self._db.engine.dispose()
        try:
            return restore_file(Path(source), self._path(), self.folder, now=now)
        finally:
            self._db.reopen()



def backup_before(reason: str, db: Database) -> Path | None:
    """A backup before ``reason`` ("import", ...); None for databases that are not files.

    Raises ``StorageError`` when the backup cannot be written: the caller should then not
    start the import, since it could not be undone.
    """
    service = BackupService(db)
    return service.back_up(reason) if service.available else None


@contextmanager
def backing_up(reason: str, db: Database) -> Iterator[Path | None]:
    """``with backing_up("import", db) as made: ...`` takes the backup before the block."""
    yield backup_before(reason, db)
