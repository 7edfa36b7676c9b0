"""Start without waiting for the file check when the file is as the program left it.

``quick_check`` reads the whole database file: 1.4 s for a province's 800 MB, on every
start, before the window shows any record. Yet most starts open a file that nothing has
touched since this program closed it cleanly, after checking it. So:

* At a clean close (the last connection gone, the WAL folded back into the file) the
  program notes the file's size, modification time and 100-byte SQLite header (which
  holds its change counter and page count) in the backup folder (``record_clean_close``),
  but only if the file was checked sound during that run.
* At the next start a file that still matches the note (and has no pending WAL) opens at
  once (``unchanged_since_clean_close``); the same check runs in the background, and
  ``WriteGuard`` holds back the first write until it has passed. A damaged file still
  never receives a byte: the write waits, then fails with ``DamagedDatabase``.
* Anything else (a file copied in, restored, edited by another tool, a crash that left a
  WAL, no note) is checked before opening, as always.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from otop_desk.db.health import SQLITE_HEADER, BackgroundProbe, Health

if TYPE_CHECKING:  # start-up asks about the note before it imports SQLAlchemy
    from sqlalchemy import Engine

NOTE_SUFFIX = ".clean-close.json"
_HEADER_BYTES = 100
#: The start of a statement that only reads (or steers a transaction); anything else writes.
_READS = ("SELECT", "PRAGMA", "EXPLAIN", "SAVEPOINT", "RELEASE", "ROLLBACK", "BEGIN", "COMMIT")


class DamagedDatabase(RuntimeError):
    """The background check found the file damaged: nothing may be written to it."""


def note_path(path: Path, folder: Path) -> Path:
    return folder / (path.name + NOTE_SUFFIX)


def _fingerprint(path: Path) -> dict[str, Any] | None:
    try:
        stat = path.stat()
        with path.open("rb") as f:
            header = f.read(_HEADER_BYTES)
    except OSError:
        return None
    if not header.startswith(SQLITE_HEADER):
        return None
    # The header as it is (100 bytes, no record in it): hashing it meant importing hashlib
    # and OpenSSL on the way to the first screen. A note in the old form (its SHA-256)
    # no longer matches, so the file is checked once before opening, as after a copy.
    return {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "header_bytes": header.hex()}


def _wal_pending(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def record_clean_close(path: Path, folder: Path) -> bool:
    """Note that ``path`` was closed cleanly, sound (call after the last connection has
    closed). Written to a temporary name and renamed, like every file the program writes."""
    found = _fingerprint(path)
    if found is None or _wal_pending(path) or not folder.is_dir():
        forget(path, folder)
        return False
    target = note_path(path, folder)
    partial = target.with_name(target.name + ".partial")
    try:
        partial.write_text(json.dumps(found), encoding="utf-8")
        os.replace(partial, target)
    except OSError:
        return False
    return True


def forget(path: Path, folder: Path) -> None:
    """The note no longer holds (the file is open for writing, or was found damaged)."""
    with contextlib.suppress(OSError):
        note_path(path, folder).unlink()


def unchanged_since_clean_close(path: Path, folder: Path) -> bool:
    try:
        noted = json.loads(note_path(path, folder).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return not _wal_pending(path) and _fingerprint(path) == noted


def _is_write(statement: str) -> bool:
    return not statement.lstrip().upper().startswith(_READS)


class WriteGuard:
    """Holds back writes to ``engine`` until ``probe`` (running in the background) has
    found the file sound; refuses them for good if it found the file damaged."""

    def __init__(self, engine: Engine, probe: BackgroundProbe) -> None:
        from sqlalchemy import event

        self.probe = probe
        self._engine = engine
        self._open = False
        event.listen(engine, "before_cursor_execute", self._before)

    def _before(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if self._open or not _is_write(statement):
            return
        self.require_sound()  # waits while the check is still running
        self._open = True

    def require_sound(self) -> None:
        """Wait for the check; raise ``DamagedDatabase`` if it found damage. For writers
        this guard cannot see: a child process with its own connection."""
        result = self.probe.result()
        if not result.ok:
            raise DamagedDatabase("; ".join(result.details) or result.state.value)

    @property
    def done(self) -> bool:
        return self.probe.finished.is_set()

    def result(self) -> Health:
        return self.probe.result()

    def remove(self) -> None:
        """Stop guarding (the file was replaced by a restored backup and checked)."""
        from sqlalchemy import event

        if event.contains(self._engine, "before_cursor_execute", self._before):
            event.remove(self._engine, "before_cursor_execute", self._before)


def before_other_writers(db: Any) -> None:
    """Before a child process writes to ``db``'s file: the check of a file opened before
    it was checked must have passed (``DamagedDatabase`` if it found damage)."""
    guard = getattr(db, "write_guard", None)
    if guard is not None:
        guard.require_sound()
