"""Copies of a live SQLite database through SQLite's online backup API, and their rotation.

A file copy of a database open in WAL mode can miss committed pages still in the WAL;
the backup API copies a consistent snapshot.

Backups of a database ``NAME.sqlite3`` are files ``NAME-YYYYMMDD-HHMMSS-REASON.sqlite3``
in one folder, so several databases may share a folder and a listing needs no index file.

Rotation keeps, among the backups of one database in one folder:

* every backup taken on the current calendar day (so each import of the day can be undone);
* the newest backup of each of the 14 most recent calendar days that have a backup;
* the newest backup of each of the 12 most recent calendar months that have a backup.

Everything else is deleted. Days and months are local time, read from the file name;
"most recent days that have a backup" (not "the last 14 calendar days") so that a
laptop left in a drawer for a month still has two weeks of history when it comes back.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sqlite3
import sys
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from otop_desk.db import photo_files
from otop_desk.db.backup_folder import folder_for  # noqa: F401 - where callers find it
from otop_desk.db.fsclock import file_system_now
from otop_desk.db.health import BUSY_SECONDS, read_only_uri
from otop_desk.db.permissions import DIR_MODE, FILE_MODE
from otop_desk.db.replica import device_of_file
from otop_desk.domain import clock

KEEP_DAILY = 14
KEEP_MONTHLY = 12

#: Why a backup was taken; part of the file name.
REASONS = ("daily", "manual", "migration", "import", "restore")


_STAMP = "%Y%m%d-%H%M%S"
NAME_RE = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z]+)"
                      r"(?:-(?P<device>[0-9a-f]{8}))?\.sqlite3$")


@dataclass(frozen=True, order=True)
class BackupFile:
    taken: datetime
    n: int  # 1, 2, ... for a second backup within the same second
    path: Path
    reason: str
    #: The first 8 hex digits of the device id of the database backed up; None for a
    #: backup named before backups carried it.
    device: str | None = None

    @property
    def day(self) -> tuple[int, int, int]:
        return (self.taken.year, self.taken.month, self.taken.day)

    @property
    def month(self) -> tuple[int, int]:
        return (self.taken.year, self.taken.month)


def private_dir(folder: Path) -> Path:
    """Create ``folder`` (and parents) readable by the user only on POSIX.

    A *file* of that name is refused with ``NotADirectoryError`` (never mistaken for a
    backup name already taken, which once made the backup try names forever).
    """
    if folder.exists() and not folder.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "a file, not a folder", str(folder))
    existed = folder.exists()
    folder.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    if not existed and os.name == "posix":
        folder.chmod(DIR_MODE)  # mkdir's mode is reduced by the umask
    return folder


def create_private_file(path: Path) -> None:
    """Create an empty file with mode 0600, so SQLite (and its -wal/-shm, which copy the
    database file's mode) never exposes the officer's records to other users."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, FILE_MODE)
    os.close(fd)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a directory; NTFS journals the rename itself
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


#: A backup that copies no further page for this long gives up (see ``copy_pages``).
STALL_SECONDS = 10.0


class BackupStalled(sqlite3.OperationalError):
    """The source kept changing or stayed locked: no consistent copy could be taken."""


def copy_pages(src: sqlite3.Connection, dst: sqlite3.Connection) -> None:
    """Copy every page; give up when no progress is made for ``STALL_SECONDS``.

    SQLite's backup restarts whenever the source changes and waits while it is locked,
    and Python's ``backup`` loops for as long as SQLite asks: on a database that never
    settles (a read-only ``-shm`` left beside it, a writer that never stops) it would
    spin forever. The progress callback is the only way out of that loop.
    """
    best = {"remaining": None, "since": time.monotonic()}

    def watch(_status: int, remaining: int, _total: int) -> None:
        now = time.monotonic()
        if best["remaining"] is None or remaining < best["remaining"]:
            best["remaining"], best["since"] = remaining, now
        elif now - best["since"] > STALL_SECONDS:
            raise BackupStalled("the database is busy or cannot be read consistently")

    src.backup(dst, pages=1024, progress=watch)


def backup_file(source: Path, target: Path) -> Path:
    """Copy ``source`` into a new file ``target`` (0600), atomically.

    The copy is written to ``target.partial`` and renamed only when complete and synced,
    so a crash or a full disk never leaves half a backup under a backup's name.
    """
    partial = target.with_name(target.name + ".partial")
    # Exclusive creation: a second backup in the same second (two imports at once) gets
    # FileExistsError here and moves on to the next name instead of sharing this file.
    create_private_file(partial)
    try:
        src = sqlite3.connect(read_only_uri(Path(source)), uri=True, timeout=BUSY_SECONDS)
        try:
            dst = sqlite3.connect(partial)
            try:
                copy_pages(src, dst)
                # One self-contained file, not WAL: easy to move on a USB stick.
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        with open(partial, "rb+") as f:
            os.fsync(f.fileno())
        partial.replace(target)
        _fsync_dir(target.parent)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def device_tag(device: uuid.UUID | None) -> str | None:
    return device.hex[:8] if device is not None else None


def backup_name(db_path: Path, taken: datetime, reason: str, n: int = 0,
                device: uuid.UUID | None = None) -> str:
    suffix = f"-{n}" if n else ""
    tag = f"-{device_tag(device)}" if device is not None else ""
    return f"{db_path.stem}-{taken.strftime(_STAMP)}{suffix}-{reason}{tag}.sqlite3"


def parse_name(path: Path, stem: str | None = None) -> BackupFile | None:
    match = NAME_RE.match(path.name)
    if match is None or (stem is not None and match["stem"] != stem):
        return None
    try:
        taken = datetime.strptime(match["stamp"], _STAMP)
    except ValueError:
        return None
    return BackupFile(taken, int(match["n"] or 0), path, match["reason"], match["device"])


def list_backups(folder: Path, db_path: Path, device: uuid.UUID | None = None) -> list[BackupFile]:
    """Backups of ``db_path`` in ``folder``, newest first.

    With ``device`` (the database's own id), only that installation's backups and those
    named before backups carried an id: a laptop sharing the folder with another whose
    database has the same name never lists, restores or rotates the other's backups.
    """
    if not folder.is_dir():
        return []
    found = [b for b in (parse_name(p, db_path.stem) for p in folder.iterdir() if p.is_file())
             if b is not None]
    tag = device_tag(device)
    if tag is None:
        return sorted(found, reverse=True)
    # Its own first: "latest" is this installation's newest; the unnamed ones come after.
    own = sorted((b for b in found if b.device == tag), reverse=True)
    return own + sorted((b for b in found if b.device is None), reverse=True)


def make_backup(db_path: Path, folder: Path, reason: str, *, now: datetime | None = None) -> Path:
    """A new backup of ``db_path`` in ``folder``, named with the database's device id;
    never overwrites an existing one."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    taken = (now or clock.current().local_now()).replace(microsecond=0)
    private_dir(folder)
    _remove_stale_partials(folder)
    device = device_of_file(db_path)
    for n in range(_MAX_SAME_SECOND):
        target = folder / backup_name(db_path, taken, reason, n, device)
        if not target.exists():
            try:
                made = backup_file(db_path, target)
            except FileExistsError:
                continue  # another backup took this name a moment ago
            _back_up_photos(db_path, made, folder)
            return made
    raise FileExistsError(errno.EEXIST, "no free backup name", str(folder))


#: Backups of one database within one second before giving up (two imports at once need 2).
_MAX_SAME_SECOND = 100


def _remove_stale_partials(folder: Path, age_seconds: float = 600) -> None:
    """A ``.partial`` (and the ``.partial-journal`` SQLite kept beside it) left by a backup
    that was killed. One written to in the last minutes may be another backup's, still
    running: a backup writes its pages continuously, so ten quiet minutes mean dead."""
    if not folder.is_dir():
        return
    leftovers = [p for pattern in ("*.sqlite3.partial", "*.sqlite3.partial-journal")
                 for p in folder.glob(pattern)]
    if not leftovers:
        return
    limit = file_system_now(folder) - age_seconds
    for partial in leftovers:
        with contextlib.suppress(OSError):
            if partial.stat().st_mtime < limit:
                partial.unlink()


def to_delete(backups: Iterable[BackupFile], now: datetime) -> list[BackupFile]:
    """The backups that the rotation described in the module docstring removes."""
    ordered = sorted(backups, reverse=True)
    keep: set[Path] = {b.path for b in ordered if b.taken.date() == now.date()}
    days: dict[tuple[int, int, int], BackupFile] = {}
    months: dict[tuple[int, int], BackupFile] = {}
    for b in ordered:  # newest first, so the first seen of each day/month is its newest
        days.setdefault(b.day, b)
        months.setdefault(b.month, b)
    keep |= {b.path for b in list(days.values())[:KEEP_DAILY]}
    keep |= {b.path for b in list(months.values())[:KEEP_MONTHLY]}
    return [b for b in ordered if b.path not in keep]


def _back_up_photos(db_path: Path, made: Path, folder: Path) -> None:
    """The photos the backup ``made`` names that the folder does not hold yet; should
    that fail (a full disk) the backup goes too: a backup is whole or not there."""
    try:
        digests = photo_files.referenced(made)
        if digests:
            photo_files.copy_missing(photo_files.photos_folder(db_path),
                                     photo_files.backup_photos_folder(folder, db_path), digests)
    except BaseException:
        with contextlib.suppress(OSError):
            made.unlink()
        raise


def _prune_photos(folder: Path, db_path: Path) -> None:
    """Remove the backup folder's photos that no backup of this database's name names
    any more (any device's: they share the folder's photos)."""
    root = photo_files.backup_photos_folder(folder, db_path)
    if not root.is_dir():
        return
    keep: set[str] = set()
    for b in list_backups(folder, db_path):
        try:
            keep |= photo_files.referenced(b.path)
        except sqlite3.Error:
            return  # a backup that cannot be read might need any of them: remove none
    photo_files.prune(root, keep)


def rotate(folder: Path, db_path: Path, *, now: datetime | None = None) -> list[Path]:
    """Delete the backups the rotation does not keep; returns what was deleted.

    Only this database's own backups (named with its device id) are rotated: neither
    another laptop's in a shared folder nor those named before backups carried an id.
    """
    device = device_of_file(db_path)
    if device is None:
        return []  # whose backups are whose cannot be told: delete nothing
    tag = device_tag(device)
    own = [b for b in list_backups(folder, db_path) if b.device == tag]
    removed = []
    for b in to_delete(own, now or clock.current().local_now()):
        try:
            b.path.unlink()
            removed.append(b.path)
        except OSError as error:  # a locked file on Windows: try again next time
            print(f"could not delete old backup {b.path}: {error}", file=sys.stderr)
    if removed:
        _prune_photos(folder, db_path)
    return removed
