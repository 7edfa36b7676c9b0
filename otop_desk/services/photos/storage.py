"""Where a photo's bytes are kept: by content hash, beside the database or inside it.

**A laptop's SQLite database** keeps its photos as files in a folder beside it,
``NAME-photos/`` next to ``NAME.sqlite3``, each named by the SHA-256 of its bytes
(``ab/abcdef….jpg``). Why files and not rows of the database:

* *Backups.* The database is backed up every day and rotated to some 26 copies; with
  150 MB of photos inside, that is 4 GB of backups, and every backup copies every photo
  again. Content-addressed files are copied to the backup folder once and shared by all
  its backups (``services.photos.backups``).
* *Crash safety.* A file is written under a temporary name, flushed to the disk
  (``fsync``), then renamed: a crash leaves the old state or the whole file, never half
  of one; the folder is synced too so the rename survives a power cut. A photo record
  names its file only once the file is complete, and a name is the hash of the bytes, so
  a file is never changed in place: a damaged one is told by its hash.
* *No duplicates.* The same photo attached twice, or arriving from two officers, is one
  file.
* *The database stays small* and quick to check, copy and exchange.

A folder per database (``NAME-photos``, not one ``photos`` folder) because two databases
may share a folder (an office's copies, a USB stick) and a file one of them no longer
uses must not be removed under the other.

**A server database** (PostgreSQL at the office) has no folder beside it that every
computer sees, so its photos are rows of ``photo_blob`` in the database itself, backed up
with it by ``pg_dump``. An in-memory database (tests) does the same.

Thumbnails are derived: made when first shown, kept in ``NAME-photos/thumbs`` (or the
blob's row) and made again whenever missing; backups and archives never carry them.
"""

from __future__ import annotations

import contextlib
import errno
import os
import random
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError, OperationalError

from otop_desk.db.backup import private_dir
from otop_desk.db.database import Database
from otop_desk.db.models import PhotoBlob
from otop_desk.db.permissions import FILE_MODE
from otop_desk.db.photo_files import photos_folder
from otop_desk.domain.photos import is_sha256
from otop_desk.services.backups import storage_error
from otop_desk.services.photos.imaging import make_thumbnail, sha256

MISSING, DAMAGED = "missing", "damaged"
THUMBS = "thumbs"


class PhotoUnavailable(Exception):
    """A photo's bytes are missing or damaged in the store."""

    def __init__(self, digest: str, problem: str) -> None:
        super().__init__(f"photo {digest[:12]} is {problem}")
        self.sha256 = digest
        self.problem = problem


@dataclass(frozen=True)
class StoreProblem:
    sha256: str
    problem: str  # MISSING or DAMAGED


class PhotoStore(Protocol):
    """What the service, the exchange and the backups ask of a store."""

    def put(self, data: bytes) -> str: ...

    def read(self, digest: str) -> bytes: ...

    def thumbnail(self, digest: str) -> bytes: ...

    def has(self, digest: str) -> bool: ...

    def sizes(self) -> dict[str, int]: ...

    def discard(self, digests: Iterable[str]) -> int: ...

    def check(self, expected: dict[str, int], *, sample: int | None) -> list[StoreProblem]: ...


def folder_for(db_path: Path) -> Path:
    """The photo folder of the database file ``db_path`` (its backups know it too)."""
    return photos_folder(db_path)


def store_for(db: Database) -> PhotoStore:
    """The store of ``db``: a folder beside a database file, else its ``photo_blob`` table."""
    path = db.path
    if path is not None:
        return FolderStore(folder_for(path), read_only=db.read_only)
    return TableStore(db)


def _checked(digest: str) -> str:
    if not is_sha256(digest):  # it becomes a file name: never a path of someone's choosing
        raise ValueError(f"not a photo's SHA-256: {digest[:70]!r}")
    return digest


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return  # NTFS journals the rename; Windows cannot open a folder to sync it
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomically(path: Path, data: bytes) -> None:
    """``data`` into ``path``: a temporary file (mode 0600) flushed to the disk and renamed;
    on any failure the temporary file is removed and the error raised."""
    temp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.partial")
    fd = os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), FILE_MODE)
    try:
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _fsync_dir(path.parent)


class FolderStore:
    """Photos as files ``ab/abcdef….jpg`` under ``root``."""

    def __init__(self, root: Path, *, read_only: bool = False) -> None:
        self.root = root
        self.read_only = read_only

    def path(self, digest: str) -> Path:
        digest = _checked(digest)
        return self.root / digest[:2] / f"{digest}.jpg"

    def _thumb_path(self, digest: str) -> Path:
        digest = _checked(digest)
        return self.root / THUMBS / digest[:2] / f"{digest}.jpg"

    def put(self, data: bytes) -> str:
        """Keep ``data``; returns its hash. A sound copy already there (read and hashed:
        a millisecond) is left as it is and touched, so a sweep of unused files sees it
        is wanted; a damaged one is replaced."""
        digest = sha256(data)
        target = self.path(digest)
        if self.read_only:
            raise storage_error(PermissionError(errno.EROFS, "read-only database"), self.root)
        try:
            if target.is_file() and target.stat().st_size == len(data) and self._sound(digest):
                with contextlib.suppress(OSError):
                    os.utime(target)
                return digest
            private_dir(target.parent)
            write_atomically(target, data)
        except OSError as error:
            raise storage_error(error, self.root) from error
        return digest

    def read(self, digest: str) -> bytes:
        try:
            data = self.path(digest).read_bytes()
        except FileNotFoundError:
            raise PhotoUnavailable(digest, MISSING) from None
        except OSError:
            raise PhotoUnavailable(digest, DAMAGED) from None
        if sha256(data) != digest:
            raise PhotoUnavailable(digest, DAMAGED)
        return data

    def _sound(self, digest: str) -> bool:
        try:
            self.read(digest)
        except PhotoUnavailable:
            return False
        return True

    def thumbnail(self, digest: str) -> bytes:
        cached = self._thumb_path(digest)
        with contextlib.suppress(OSError):
            return cached.read_bytes()
        thumb = make_thumbnail(self.read(digest))
        if not self.read_only:
            with contextlib.suppress(OSError):  # a cache: made again next time if need be
                private_dir(cached.parent)
                write_atomically(cached, thumb)
        return thumb

    def has(self, digest: str) -> bool:
        return self.path(digest).is_file()

    def sizes(self) -> dict[str, int]:
        """Every stored photo's hash and size in bytes (one ``scandir`` per subfolder)."""
        out: dict[str, int] = {}
        if not self.root.is_dir():
            return out
        for sub in os.scandir(self.root):
            if not sub.is_dir() or len(sub.name) != 2:
                continue
            for entry in os.scandir(sub.path):
                stem = entry.name[:-4]
                if entry.name.endswith(".jpg") and is_sha256(stem):
                    with contextlib.suppress(OSError):
                        out[stem] = entry.stat().st_size
        return out

    def mtime(self, digest: str) -> float | None:
        try:
            return self.path(digest).stat().st_mtime
        except OSError:
            return None

    def discard(self, digests: Iterable[str]) -> int:
        removed = 0
        for digest in digests:
            try:
                self._thumb_path(digest).unlink(missing_ok=True)
                self.path(digest).unlink()
                removed += 1
            except FileNotFoundError:
                pass
            except OSError as error:
                raise storage_error(error, self.root) from error
        return removed

    def check(self, expected: dict[str, int], *, sample: int | None) -> list[StoreProblem]:
        return check_store(self, expected, sample=sample)


def check_store(store: PhotoStore, expected: dict[str, int], *, sample: int | None) -> list[StoreProblem]:
    """Missing and damaged photos among ``expected`` (hash -> size in bytes).

    Every photo's size is looked at: a missing file, or one cut short, is found at once,
    for one ``stat`` per photo (a few milliseconds for thousands). Of the rest a random
    ``sample`` is read whole and hashed (``None``: all of them): hashing every photo at
    every start would read 150 MB a year of them each time, while eight a start read
    all of 500 photos within a month or so of daily use.
    """
    present = store.sizes()
    problems, sound = [], []
    for digest, size in expected.items():
        found = present.get(digest)
        if found is None:
            problems.append(StoreProblem(digest, MISSING))
        elif size and found != size:
            problems.append(StoreProblem(digest, DAMAGED))
        else:
            sound.append(digest)
    for digest in _sample(sound, sample):
        try:
            store.read(digest)
        except PhotoUnavailable as error:
            problems.append(StoreProblem(digest, error.problem))
    return problems


def _sample(digests: list[str], count: int | None) -> list[str]:
    if count is None or count >= len(digests):
        return digests
    # Chosen afresh at each check, so over many starts every photo is read.
    return random.SystemRandom().sample(digests, count)


class TableStore:
    """Photos as rows of ``photo_blob`` (a server database; an in-memory one)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def put(self, data: bytes) -> str:
        digest = sha256(data)
        table = PhotoBlob.__table__
        try:
            with self._db.begin() as s:
                size = s.scalar(select(func.length(table.c.data)).where(table.c.sha256 == digest))
                if size == len(data):
                    return digest
                if size is not None:  # damaged: replaced by the sound copy
                    s.execute(update(table).where(table.c.sha256 == digest)
                              .values(data=data, size=len(data), thumbnail=None))
                else:
                    s.add(PhotoBlob(sha256=digest, size=len(data), data=data))
        except IntegrityError:
            pass  # put by another staff member a moment ago: the same bytes
        except OperationalError as error:
            raise storage_error(error.orig or error, self._db.describe()) from error
        return digest

    def read(self, digest: str) -> bytes:
        with self._db.read() as s:
            data = s.scalar(select(PhotoBlob.data).where(PhotoBlob.sha256 == _checked(digest)))
        if data is None:
            raise PhotoUnavailable(digest, MISSING)
        if sha256(bytes(data)) != digest:
            raise PhotoUnavailable(digest, DAMAGED)
        return bytes(data)

    def thumbnail(self, digest: str) -> bytes:
        with self._db.read() as s:
            thumb = s.scalar(select(PhotoBlob.thumbnail).where(PhotoBlob.sha256 == _checked(digest)))
        if thumb is not None:
            return bytes(thumb)
        made = make_thumbnail(self.read(digest))
        if not self._db.read_only:
            with contextlib.suppress(OperationalError), self._db.begin() as s:
                s.execute(update(PhotoBlob).where(PhotoBlob.sha256 == digest).values(thumbnail=made))
        return made

    def has(self, digest: str) -> bool:
        with self._db.read() as s:
            return s.scalar(select(func.count()).select_from(PhotoBlob)
                            .where(PhotoBlob.sha256 == _checked(digest))) == 1

    def sizes(self) -> dict[str, int]:
        with self._db.read() as s:
            return {d: int(n) for d, n in s.execute(select(PhotoBlob.sha256, func.length(PhotoBlob.data)))}

    def discard(self, digests: Iterable[str]) -> int:
        wanted = [_checked(d) for d in digests]
        if not wanted:
            return 0
        with self._db.begin() as s:
            return s.execute(delete(PhotoBlob).where(PhotoBlob.sha256.in_(wanted))).rowcount or 0

    def check(self, expected: dict[str, int], *, sample: int | None) -> list[StoreProblem]:
        return check_store(self, expected, sample=sample)
