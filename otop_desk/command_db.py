"""How a command-line command opens its database, and where it may write its output.

Every command checks the file before anything touches it, with the same words the window
uses; a command that writes also takes the writer's lock (the window's, or another
command's: then it waits), so an import can never be silently reverted by a window's next
save. A command that only reads opens the file read-only. Whatever is refused is refused
with one line a person can act on and exit code 2, and the database is left as it was.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from otop_desk.child_jobs import CHECKED_ENV
from otop_desk.db import health
from otop_desk.db.backup import folder_for, parse_name
from otop_desk.db.database import Database
from otop_desk.db.engine import display_target, is_sqlite_file
from otop_desk.db.lock import (
    COMMAND,
    DatabaseInUseError,
    DatabaseLock,
    LockOwner,
    lock_path,
    owner_running,
    read_owner,
)
from otop_desk.db.migrate import NewerDatabaseError, ReadOnlyUpgradeError, UnknownDatabaseError
from otop_desk.db.permissions import tighten_database
from otop_desk.services.backups import (
    file_problem,
    foreign_database,
    newer_database,
    read_only_upgrade,
)

#: How long a writing command waits for another command (an import) to finish.
WAIT_FOR_COMMAND_SECONDS = 300.0

#: Files SQLite keeps beside a database; writing over any of them destroys records.
_COMPANIONS = ("-wal", "-shm", "-journal")


class CommandRefused(Exception):
    """The command cannot go on; ``str(error)`` is one line for the person. Exit code 2."""

    exit_code = 2


def _line(text: str) -> str:
    return " ".join(text.split())


def protected_paths(db_path: Path) -> set[Path]:
    """The database, its companions and its lock: never an output file."""
    db_path = db_path.resolve()
    return {db_path, lock_path(db_path), *(db_path.with_name(db_path.name + s) for s in _COMPANIONS)}


def check_output(out: Path, target: str | Path | None) -> Path:
    """Refuse an output file that is the database, its ``-wal``/``-shm``/lock, a backup
    (of any database), or a folder; returns the output path, resolved.

    ``export --out`` once replaced the officer's database with a workbook and exited 0.
    """
    resolved = Path(out).expanduser().resolve()
    if resolved.is_dir():
        raise CommandRefused(f"{resolved} is a folder; give a file name for the output")
    if target is not None and is_sqlite_file(target):
        db_path = Path(target).expanduser().resolve()
        if resolved in protected_paths(db_path):
            raise CommandRefused(f"refused: {resolved} is the database (or a file SQLite keeps "
                                 "beside it); choose another file name for the output")
        if resolved.parent == folder_for(db_path):
            raise CommandRefused(f"refused: {resolved} is in the backup folder; choose another folder")
    if parse_name(resolved) is not None or resolved.name.endswith(_COMPANIONS + (".lock",)):
        raise CommandRefused(f"refused: {resolved.name} is named like a database backup or a "
                             "database's own file; choose another file name for the output")
    if resolved.exists() and resolved.is_file() and _is_sqlite(resolved):
        raise CommandRefused(f"refused: {resolved} is a database; choose another file name for the output")
    return resolved


def _is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(len(health.SQLITE_HEADER)) == health.SQLITE_HEADER
    except OSError:
        return False


def _say_waiting(owner: LockOwner) -> None:
    print(f"waiting: another command (process {owner.pid}) is writing this database; "
          "this one goes on when it is done", file=sys.stderr)


@contextmanager
def opened(target: str | Path, *, writes: bool,
           wait_seconds: float = WAIT_FOR_COMMAND_SECONDS) -> Iterator[Database]:
    """The database of a command: checked, locked when it ``writes``, closed afterwards.

    Raises ``CommandRefused`` (nothing changed) for a damaged, foreign, newer or
    write-protected file, or one another OTOP Desk window has open.
    """
    if not is_sqlite_file(target):
        db = _open(target, display_target(target), read_only=False)
        try:
            yield db
        finally:
            db.close()
        return
    path = Path(target).expanduser().resolve()
    if not path.exists() and not writes:
        raise CommandRefused(f"no database at {path}")
    if not (held_by_parent_window(path) and (not writes or _checked_by_window())):
        result = health.probe(path, backups=folder_for(path))
        if not result.ok:
            raise CommandRefused(_line(str(file_problem(path, result))) + " Nothing was changed.")
    if writes and not health.is_writable(path):
        raise CommandRefused(f"{path} cannot be written to (read-only or no permission); "
                             "nothing was changed")
    lock: DatabaseLock | None = None
    if writes:
        lock = DatabaseLock(path, COMMAND)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            lock.acquire_waiting(wait_seconds, _say_waiting)
        except DatabaseInUseError as error:
            if not _child_of(error.owner):
                raise CommandRefused(_in_use(error.owner)) from None
            lock = None  # the window that started this job holds the lock and waits for it
        except OSError as error:
            raise CommandRefused(f"{path} cannot be written to: {error.strerror}") from None
    if writes:
        tighten_database(path, folder_for(path))
    try:
        # A command that only reads never writes a byte: not even an upgrade.
        db = _open(path, str(path), read_only=not writes and path.exists())
        try:
            yield db
        finally:
            db.close()
    finally:
        if lock is not None:
            lock.release()


def held_by_parent_window(path: Path) -> bool:
    """Is this command a job started by the window that has ``path`` open?

    Then a command that only reads may skip the file check (``quick_check`` reads all of
    a province's 800 MB: over a second of a month's printing), because:

    * the window took this lock before it looked at the file, and opened the file only
      once it was checked, or, if the file was as the program left it at a clean close,
      while the same check runs in the background (``db.trust``); damage found then is
      the window's to handle, as damage found at start-up;
    * the command opens the file read-only (``Database.open(read_only=True)``, an SQLite
      ``mode=ro`` connection): whatever the file holds, not a byte of it is written, so a
      damaged file stays exactly as it was; at worst the job fails with SQLite's error;
    * the lock must name this process's parent, still running (its start time checked, so
      a stale lock of a window whose process id was reused does not count), as a window
      on this computer: a command started from a shell or a script is checked as always.

    A command that writes skips it only when the window also says its check of the file
    has passed (``CHECKED_ENV``, set after ``db.trust.before_other_writers``): the window
    opened the file checked, or waited for its background check, before starting the
    job; a check in the child would read the same 800 MB again, about a second of a
    month's export. Without that word, a writer is checked as always."""
    owner = read_owner(lock_path(path))
    return owner is not None and _child_of(owner) and owner_running(owner)


def _checked_by_window() -> bool:
    return os.environ.get(CHECKED_ENV) == "1"


def _child_of(owner: LockOwner) -> bool:
    """Is this command a job the lock's owner (a window) started and is waiting for?"""
    return owner.kind != COMMAND and owner.on_this_host and owner.pid == os.getppid()


def _in_use(owner: LockOwner) -> str:
    if owner.kind == COMMAND:
        return (f"refused: another command (process {owner.pid}) is still writing this database; "
                "try again when it is done")
    where = "" if owner.on_this_host else f" on the computer {owner.host}"
    return (f"refused: this database is open in OTOP Desk (process {owner.pid}{where}); close "
            "the window first, or do this from its File menu")


def _open(target: str | Path, shown: str, *, read_only: bool) -> Database:
    try:
        return Database.open(target, read_only=read_only)
    except ReadOnlyUpgradeError:
        if not health.is_writable(Path(target)):
            raise CommandRefused(_line(str(read_only_upgrade(shown)))) from None
        # An older database read by a command: upgraded once (with a backup first),
        # under the writer's lock like any other write.
        lock = DatabaseLock(Path(target), COMMAND)
        try:
            lock.acquire()
        except DatabaseInUseError as error:
            raise CommandRefused(_in_use(error.owner)) from None
        try:
            return _open(target, shown, read_only=False)
        finally:
            lock.release()
    except NewerDatabaseError:
        raise CommandRefused(_line(str(newer_database(shown)))) from None
    except UnknownDatabaseError:
        raise CommandRefused(_line(str(foreign_database(shown)))) from None
