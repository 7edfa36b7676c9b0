"""Backups and restore of the open database, without Qt.

Backups are taken automatically once a day on start, before every migration (by
``Database.open``), before every import (``backup_before("import", db)`` or the
``backing_up`` context) and on demand. Restore checks the chosen backup, backs the
current database up first, then copies the backup in with the online backup API while
no connection of this program is open, and reopens the database.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from otop_desk.db import backup as files
from otop_desk.db import health
from otop_desk.db.backup import create_private_file
from otop_desk.db.database import Database
from otop_desk.db.migrate import known_revisions
from otop_desk.db.replica import device_of_file
from otop_desk.domain import clock
from otop_desk.domain.errors import QT_TRANSLATE_NOOP

CONTEXT = "Backups"

REASON_LABELS = {
    "daily": QT_TRANSLATE_NOOP("Backups", "daily"),
    "manual": QT_TRANSLATE_NOOP("Backups", "by hand"),
    "migration": QT_TRANSLATE_NOOP("Backups", "before an upgrade"),
    "import": QT_TRANSLATE_NOOP("Backups", "before an import"),
    "restore": QT_TRANSLATE_NOOP("Backups", "before a restore"),
}


class StorageError(Exception):
    """Saving, backing up or restoring failed; the message says why and what to do.

    Like ``ValidationError`` the message is an English source string marked for
    translation (context ``Backups``) with ``{name}`` parameters.
    """

    def __init__(self, message: str, /, context: str = CONTEXT, **params: Any) -> None:
        self.message = message
        self.context = context
        self.params = params
        super().__init__(message.format(**params))

    def translated(self, translate: Any) -> str:
        return str(translate(self.context, self.message)).format(**self.params)


def storage_error(error: BaseException, place: Path | str) -> StorageError:
    """Turn an OS or SQLite error about writing ``place`` into an explanation."""
    text = str(error).lower()
    code = getattr(error, "errno", None)
    if code in (errno.ENOSPC, errno.EDQUOT) or "disk is full" in text or "database or disk is full" in text:
        return StorageError(QT_TRANSLATE_NOOP(
            "Backups", "The disk is full: nothing was written to {place}. Records saved before "
            "are safe. Free some space (or choose another drive) and try again."), place=place)
    if code in (errno.ENOTDIR, errno.EEXIST) or isinstance(error, NotADirectoryError):
        return StorageError(QT_TRANSLATE_NOOP(
            "Backups", "{place} is a file, not a folder: nothing was written. Records saved "
            "before are safe. Choose a folder for the backups, or move that file away."),
            place=place)
    if isinstance(error, files.BackupStalled):
        return StorageError(QT_TRANSLATE_NOOP(
            "Backups", "The database could not be copied: it stayed busy or cannot be read "
            "consistently (a read-only drive or file?). Nothing was written to {place}."),
            place=place)
    if code in (errno.EROFS, errno.EACCES, errno.EPERM) or "readonly" in text or "read-only" in text:
        return StorageError(QT_TRANSLATE_NOOP(
            "Backups", "{place} cannot be written to (read-only or no permission). Records saved "
            "before are safe. Choose a folder you may write to, or unlock the drive."), place=place)
    return StorageError(QT_TRANSLATE_NOOP(
        "Backups", "Writing to {place} failed: {error}. Records saved before are safe."),
        place=place, error=error)


# Why a database cannot be opened: the same words in the window and at the command line.
def file_problem(path: Path | str, result: health.Health) -> StorageError:
    """What is wrong with a database file that ``health.probe`` did not find sound."""
    if result.state is health.State.NOT_SQLITE:
        return StorageError(QT_TRANSLATE_NOOP(
            "Startup", "{path} is not an OTOP Desk database (it is some other kind of file)."),
            "Startup", path=path)
    if result.state is health.State.UNREADABLE:
        return StorageError(QT_TRANSLATE_NOOP("Startup", "{path} cannot be read: {error}"),
                            "Startup", path=path, error="; ".join(result.details))
    return StorageError(QT_TRANSLATE_NOOP(
        "Startup", "The database {path} is damaged ({error}). This can happen when a laptop loses "
        "power or a USB drive is pulled out while saving."),
        "Startup", path=path, error="; ".join(result.details[:3]) or "?")


def newer_database(shown: str) -> StorageError:
    return StorageError(QT_TRANSLATE_NOOP(
        "Startup", "This database was written by a newer version of OTOP Desk. It has not been "
        "changed. Please install the newer version.\n\n{path}"), "Startup", path=shown)


def foreign_database(shown: str) -> StorageError:
    return StorageError(QT_TRANSLATE_NOOP(
        "Startup", "The file holds other data and was not changed:\n\n{path}"), "Startup", path=shown)


def read_only_upgrade(shown: str) -> StorageError:
    return StorageError(QT_TRANSLATE_NOOP(
        "Startup", "This database was written by an older version of OTOP Desk and must be "
        "upgraded, but it cannot be written to (a write-protected drive or file). Copy it to "
        "a folder you may write to and open the copy.\n\n{path}"), "Startup", path=shown)


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    taken: datetime
    reason: str
    size: int
    counts: dict[str, int] = field(default_factory=dict)
    revision: str | None = None

    @property
    def records(self) -> int:
        return sum(self.counts.values())

    @property
    def groups(self) -> int:
        return self.counts.get("producer_group", 0)


def describe(path: Path, reason: str = "", taken: datetime | None = None) -> BackupEntry:
    stat = path.stat()
    return BackupEntry(
        path=path,
        taken=taken or datetime.fromtimestamp(stat.st_mtime),
        reason=reason,
        size=stat.st_size,
        counts=health.record_counts(path),
        revision=health.schema_revision(path),
    )


def check_backup(path: Path) -> None:
    """Raise ``StorageError`` unless ``path`` is a sound OTOP Desk database we can open."""
    result = health.probe(path, full=True)
    if result.state is not health.State.OK:
        raise StorageError(QT_TRANSLATE_NOOP(
            "Backups", "The backup {file} is damaged or not an OTOP Desk database; choose another one."),
            file=path.name)
    revision = health.schema_revision(path)
    if revision is None:
        raise StorageError(QT_TRANSLATE_NOOP(
            "Backups", "{file} is not an OTOP Desk database; choose another one."), file=path.name)
    if revision not in known_revisions():
        raise StorageError(QT_TRANSLATE_NOOP(
            "Backups", "{file} was written by a newer version of OTOP Desk; install it first."),
            file=path.name)


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


def list_entries(db_path: Path, folder: Path) -> list[BackupEntry]:
    own = files.list_backups(folder, db_path, device_of_file(db_path))
    return [describe(b.path, b.reason, b.taken) for b in own]


def newest_good(db_path: Path, folder: Path) -> BackupEntry | None:
    """The newest backup that passes ``integrity_check`` (the start-up offer)."""
    for entry in list_entries(db_path, folder):
        try:
            check_backup(entry.path)
        except StorageError:
            continue
        return entry
    return None


def restore_file(source: Path, target: Path, folder: Path, *, now: datetime | None = None) -> Path | None:
    """Restore ``source`` into ``target`` while no connection to ``target`` is open.

    A sound current database is backed up first (the returned path); a damaged one is
    moved aside as ``NAME.damaged-STAMP`` instead, so nothing is ever lost.
    """
    check_backup(source)
    if source.resolve() == target.resolve():
        raise StorageError(QT_TRANSLATE_NOOP("Backups", "That is the open database itself."))
    safety: Path | None = None
    try:
        if target.exists() and health.probe(target).state is health.State.OK:
            safety = files.make_backup(target, folder, "restore", now=now)
        elif target.exists():
            set_aside(target, now)
        copy_into(source, target)
        _next_epoch(target)
    except (OSError, sqlite3.Error) as error:
        raise storage_error(error, target) from error
    files.rotate(folder, target, now=now)
    return safety


def _next_epoch(path: Path) -> None:
    """A restored database starts a new epoch: what it made after the backup was taken is
    gone, and the same ids must not be handed out again for different changes. Its
    changes count from one again, so a receiver can tell it holds all of them."""
    conn = sqlite3.connect(path)
    try:
        with conn:
            if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'replica'").fetchone():
                conn.execute("UPDATE replica SET epoch = epoch + 1, seq = 0")
    finally:
        conn.close()


def set_aside(target: Path, now: datetime | None = None) -> Path:
    """Rename a damaged database (and its -wal/-shm) out of the way, keeping every byte."""
    stamp = (now or clock.current().local_now()).strftime("%Y%m%d-%H%M%S")
    aside = target.with_name(f"{target.name}.damaged-{stamp}")
    for suffix in ("-wal", "-shm"):
        extra = target.with_name(target.name + suffix)
        if extra.exists():
            extra.replace(aside.with_name(aside.name + suffix))
    target.replace(aside)
    return aside


def copy_into(source: Path, target: Path) -> None:
    """Copy ``source`` over ``target`` with the backup API.

    The copy is one write transaction on ``target``: a crash in the middle leaves the
    old content (rolled back from the WAL), never a mixture.
    """
    if not target.exists():
        create_private_file(target)
    src = sqlite3.connect(health.read_only_uri(source), uri=True, timeout=health.BUSY_SECONDS)
    try:
        dst = sqlite3.connect(target)
        try:
            dst.execute("PRAGMA busy_timeout = 10000")
            files.copy_pages(src, dst)
        finally:
            dst.close()
    finally:
        src.close()


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
