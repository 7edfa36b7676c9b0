"""Photo files of a SQLite database, as its backups see them.

A database ``NAME.sqlite3`` keeps its photos in ``NAME-photos/`` beside it, each file
named by the SHA-256 of its bytes (``services.photos.storage``). Its backups keep theirs
the same way in ``NAME-photos/`` inside the backup folder, **shared by every backup
there**: a photo is never changed in place, so a backup copies only the photos the
folder does not hold yet (a daily backup of a year's 500 photos copies the day's new
ones, not 150 MB), and rotation removes a photo once no backup left names it.

Plain files and ``sqlite3`` only: this sits below the services, beside ``db.backup``.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import uuid
from collections.abc import Iterable
from pathlib import Path

from otop_desk.db.health import BUSY_SECONDS, read_only_uri
from otop_desk.db.permissions import DIR_MODE, FILE_MODE

_HEX = frozenset("0123456789abcdef")


def photos_folder(db_path: Path) -> Path:
    """The photo folder of the database file ``db_path`` (``NAME-photos`` beside it)."""
    return db_path.parent / f"{db_path.stem}-photos"


def backup_photos_folder(backup_folder: Path, db_path: Path) -> Path:
    """Where the backups of ``db_path`` in ``backup_folder`` keep their photos."""
    return backup_folder / f"{db_path.stem}-photos"


def is_sha256(text: str) -> bool:
    return len(text) == 64 and set(text) <= _HEX


def relative(digest: str) -> Path:
    if not is_sha256(digest):  # it becomes a file name: never a path of someone's choosing
        raise ValueError(f"not a photo's SHA-256: {digest[:70]!r}")
    return Path(digest[:2]) / f"{digest}.jpg"


def referenced(db_file: Path) -> set[str]:
    """The photo hashes a database file names (photos and kept originals); read only."""
    conn = sqlite3.connect(read_only_uri(db_file), uri=True, timeout=BUSY_SECONDS)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        found: set[str] = set()
        for table in ("photo", "photo_original"):
            if table in tables:
                found |= {r[0] for r in conn.execute(f"SELECT sha256 FROM {table}")}  # noqa: S608 - fixed names
        return {d for d in found if isinstance(d, str) and is_sha256(d)}
    finally:
        conn.close()


def sound(path: Path, digest: str) -> bool:
    """Is ``path`` the photo ``digest``, every byte of it?"""
    try:
        with open(path, "rb") as f:
            return hashlib.file_digest(f, "sha256").hexdigest() == digest
    except OSError:
        return False


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def copy_photo(source: Path, target: Path) -> None:
    """``source`` to ``target`` under a temporary name, flushed and renamed: a crash
    leaves no half photo under the photo's name."""
    target.parent.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    temp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.partial")
    try:
        with open(source, "rb") as src, open(os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY
                                                      | getattr(os, "O_BINARY", 0), FILE_MODE), "wb") as dst:
            shutil.copyfileobj(src, dst, 1024 * 1024)
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _fsync_dir(target.parent)


def copy_missing(source_root: Path, target_root: Path, digests: Iterable[str], *,
                 verify_target: bool = False) -> tuple[int, list[str]]:
    """Copy each photo ``target_root`` lacks from ``source_root``; returns how many were
    copied and the hashes ``source_root`` could not give (missing or damaged there).

    ``verify_target``: a file already at the target is read and hashed, and replaced
    when damaged (a restore must not trust what is left on the laptop); otherwise a file
    of the right name is taken as it is (a backup folder's files were checked when copied).
    """
    copied, lacking = 0, []
    for digest in sorted(set(digests)):
        rel = relative(digest)
        target = target_root / rel
        if target.is_file() and (not verify_target or sound(target, digest)):
            continue
        source = source_root / rel
        if not sound(source, digest):
            lacking.append(digest)
            continue
        copy_photo(source, target)
        copied += 1
    return copied, lacking


def prune(root: Path, keep: set[str]) -> int:
    """Remove the photos under ``root`` not in ``keep``; returns how many."""
    removed = 0
    if not root.is_dir():
        return 0
    for sub in os.scandir(root):
        if not sub.is_dir() or len(sub.name) != 2:
            continue
        for entry in os.scandir(sub.path):
            stem = entry.name[:-4]
            if entry.name.endswith(".jpg") and is_sha256(stem) and stem not in keep:
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
                    removed += 1
    return removed


def restore_photos(source: Path, target_db: Path, roots: Iterable[Path]) -> list[str]:
    """Before ``source`` (a backup) replaces ``target_db``: bring every photo it names
    into the database's photo folder from the first of ``roots`` that holds it sound;
    returns the hashes none of them had (the start-up check will name them)."""
    wanted = referenced(source)
    target_root = photos_folder(target_db)
    for root in dict.fromkeys(roots):  # in order, each once
        if not wanted:
            break
        _copied, lacking = copy_missing(root, target_root, wanted, verify_target=True)
        wanted = set(lacking)
    return sorted(wanted)
