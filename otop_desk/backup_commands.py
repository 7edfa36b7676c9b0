"""``otop-desk backup`` and ``otop-desk restore``: the backup service without a window."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from otop_desk.db import health
from otop_desk.db.backup import folder_for, make_backup, rotate
from otop_desk.db.database import Database
from otop_desk.db.lock import DatabaseInUseError, DatabaseLock
from otop_desk.services.backups import (
    BackupEntry,
    StorageError,
    list_entries,
    newest_good,
    restore_file,
    storage_error,
)


def _err(text: str) -> None:
    print(f"error: {text}", file=sys.stderr)


def backup(db_path: Path, to: Path | None = None) -> int:
    """Copy a database (open in the window or not) into the backup folder or ``to``."""
    db_path = db_path.expanduser().resolve()
    state = health.probe(db_path)
    if state.state is health.State.MISSING:
        _err(f"no database at {db_path}")
        return 2
    if not state.ok:
        _err(f"{db_path} is {state.state.value} ({'; '.join(state.details)}); not backed up")
        return 1
    folder = to.expanduser().resolve() if to else folder_for(db_path)
    try:
        made = make_backup(db_path, folder, "manual")
    except (OSError, sqlite3.Error) as error:  # the disk, explained
        _err(str(storage_error(error, folder)))
        return 1
    rotate(folder, db_path)
    print(made)
    return 0


def _line(entry: BackupEntry) -> str:
    return (f"{entry.taken:%Y-%m-%d %H:%M}  {entry.reason:<9}  groups {entry.groups:>5}  "
            f"records {entry.records:>7}  {entry.size / 1e6:7.1f} MB  {entry.path}")


def restore(db_path: Path, source: str | None, *, list_only: bool = False) -> int:
    """List backups, or restore ``source`` (a file, or ``latest`` for the newest good one)."""
    db_path = db_path.expanduser().resolve()
    folder = folder_for(db_path)
    if list_only or source is None:
        entries = list_entries(db_path, folder)
        if not entries:
            print(f"no backups of {db_path.name} in {folder}")
        for entry in entries:
            print(_line(entry))
        if source is None and not list_only:
            print("restore one with: otop-desk restore --db PATH --from FILE (or --from latest)")
        return 0
    if source == "latest":
        good = newest_good(db_path, folder)
        if good is None:
            _err(f"no good backup of {db_path.name} in {folder}")
            return 1
        chosen = good.path
    else:
        chosen = Path(source).expanduser().resolve()
    lock = DatabaseLock(db_path)
    try:
        lock.acquire()
    except DatabaseInUseError as error:
        _err(f"{error}; close OTOP Desk first")
        return 1
    try:
        safety = restore_file(chosen, db_path, folder)
        Database.open(db_path).close()  # upgrades a backup from an older version
    except StorageError as error:
        _err(str(error))
        return 1
    finally:
        lock.release()
    print(f"restored {chosen}")
    if safety is not None:
        print(f"the database as it was before is kept as {safety}")
    return 0
