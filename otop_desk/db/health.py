"""Looking at a database file without changing it: is it SQLite, is it sound, what is in it.

Used on start-up (before anything may write to the file) and to describe backups.
Every function opens the file read-only through a URI, so even a damaged file is left
exactly as it was found.
"""

from __future__ import annotations

import enum
import os
import sqlite3
import threading
from dataclasses import dataclass, field
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
#: How long a reader waits for a writer before it gives up with "database is locked".
BUSY_SECONDS = 10.0

# Tables that describe the schema or the replication's bookkeeping, not records.
_NOT_RECORDS = {"alembic_version", "replica", "change_log", "peer", "conflict", "sync_mark"}


class State(enum.Enum):
    MISSING = "missing"  # no file, or an empty one: a new database will be made
    OK = "ok"
    NOT_SQLITE = "not_sqlite"  # some other kind of file
    DAMAGED = "damaged"  # SQLite, but quick_check/integrity_check finds faults
    UNREADABLE = "unreadable"  # cannot even be read (permissions, I/O error, locked)


@dataclass(frozen=True)
class Health:
    state: State
    details: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.state in (State.OK, State.MISSING)


def is_writable(path: Path) -> bool:
    """May this program change ``path``? The file and its folder (SQLite writes its
    ``-wal``/``-shm`` and our lock beside it) must both be writable; a write-protected
    drive answers no even to an administrator."""
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent  # a folder still to be made: may its parent be written?
    return os.access(folder, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


def read_only_uri(path: Path) -> str:
    """How to open ``path`` for reading without writing a byte beside it.

    A file we may write to is opened ``mode=ro``: SQLite reads its WAL through the shared
    ``-shm`` as usual. A file we may not write to is opened ``immutable``, so SQLite creates
    no ``-shm``/``-wal`` next to it (one left unwritable makes every later reader wait
    forever); only a write-protected database whose ``-wal`` still holds commits needs
    ``mode=ro`` to see them.
    """
    uri = path.resolve().as_uri()
    wal = path.with_name(path.name + "-wal")
    pending_wal = wal.exists() and wal.stat().st_size > 0
    if is_writable(path) or pending_wal:
        return f"{uri}?mode=ro"
    return f"{uri}?immutable=1"


def _connect_ro(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(read_only_uri(path), uri=True, timeout=BUSY_SECONDS)


#: The detail of a database file found empty where its backups show it held records.
EMPTY = "the file is empty"


def probe(path: Path, *, full: bool = False, backups: Path | None = None) -> Health:
    """``quick_check`` (or the slower ``integrity_check`` when ``full``) of ``path``.

    An empty file is a new database, unless ``backups`` (its backup folder) holds backups
    of it: then it held records once and was emptied (a crash while it was being written,
    a bad copy), and it is damaged, so the newest good backup is offered instead of an
    empty database silently taking its place.
    """
    try:
        if not path.exists():
            return Health(State.MISSING)
        if path.stat().st_size == 0:
            had_data = backups is not None and backups.is_dir() and any(backups.glob(f"{path.stem}-*.sqlite3"))
            return Health(State.DAMAGED, [EMPTY]) if had_data else Health(State.MISSING)
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as error:
        return Health(State.UNREADABLE, [str(error)])
    if header != SQLITE_HEADER:
        return Health(State.NOT_SQLITE)
    try:
        conn = _connect_ro(path)
        try:
            pragma = "integrity_check" if full else "quick_check"
            rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        # "file is not a database", "database disk image is malformed", I/O errors
        text = str(error)
        state = State.UNREADABLE if "unable to open" in text or "locked" in text else State.DAMAGED
        return Health(state, [text])
    if rows != ["ok"]:
        return Health(State.DAMAGED, rows[:20])
    return Health(State.OK)


def record_counts(path: Path) -> dict[str, int]:
    """Rows per table of a (backup) file, read-only; empty when it cannot be read."""
    from otop_desk.db.text_index import is_index_table  # not the search index's own tables

    try:
        conn = _connect_ro(path)
        try:
            tables = [
                r[0]
                for r in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                )
                if r[0] not in _NOT_RECORDS and not is_index_table(r[0])
            ]
            return {t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in sorted(tables)}
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return {}


def schema_revision(path: Path) -> str | None:
    try:
        conn = _connect_ro(path)
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return None
    return str(row[0]) if row else None


class BackgroundProbe:
    """``probe(path)`` on a thread of its own, started at once.

    Start-up checks the file while it imports the database stack: ``quick_check`` reads
    the whole file (1.4 s for a province's 500 MB) inside SQLite, which lets go of the
    GIL, so the imports (half a second) run alongside and the window keeps painting.
    """

    def __init__(self, path: Path, backups: Path | None = None, *, trusted: bool = False) -> None:
        self.path = path
        self.backups = backups
        #: The file is as this program left it after checking it (``db.trust``): start-up
        #: need not wait for this check, only the first write does.
        self.trusted = trusted
        self._result: Health | None = None
        self.finished = threading.Event()
        threading.Thread(target=self._run, name="quick_check", daemon=True).start()

    def _run(self) -> None:
        try:
            self._result = probe(self.path, backups=self.backups)
        finally:
            self.finished.set()

    def result(self) -> Health:
        self.finished.wait()
        # (None only if the thread itself failed: check again here, and fail here.)
        return self._result if self._result is not None else probe(self.path, backups=self.backups)
