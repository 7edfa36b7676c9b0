"""Restoring a backup file into the database file, while no connection to it is open."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from otop_desk.db import backup as files
from otop_desk.db import health, photo_files
from otop_desk.db.backup import create_private_file
from otop_desk.db.replica import device_of_file
from otop_desk.domain import clock
from otop_desk.domain.errors import QT_TRANSLATE_NOOP
from otop_desk.services.backups.data import BackupEntry, describe
from otop_desk.services.backups.errors import StorageError, storage_error
from otop_desk.services.backups.rules import check_backup


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
        # The photos first: files no record names yet are harmless should the copy fail.
        photo_files.restore_photos(source, target, _photo_roots(source, target, folder))
        copy_into(source, target)
        _next_epoch(target)
    except (OSError, sqlite3.Error) as error:
        raise storage_error(error, target) from error
    files.rotate(folder, target, now=now)
    return safety


def _photo_roots(source: Path, target: Path, folder: Path) -> list[Path]:
    """Where a backup's photos may be: its own folder's shared photos (by the backup's
    database name, then the target's), and a photo folder beside a plain database copy."""
    roots = []
    match = files.NAME_RE.match(source.name)
    if match is not None:
        roots.append(source.parent / f"{match['stem']}-photos")
    roots += [photo_files.backup_photos_folder(source.parent, target),
              photo_files.backup_photos_folder(folder, target), photo_files.photos_folder(source)]
    return roots


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
