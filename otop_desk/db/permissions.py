"""Files that hold people's data are readable by their owner only (POSIX).

The database, its ``-wal``/``-shm``, its backups and the settings (which may name a
server with its password) are made 0600 and their folders 0700. A file made looser
by an older version, a copy or an unpacked archive is tightened when the program starts.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700


def make_private(path: Path, mode: int = FILE_MODE) -> None:
    """Create ``path`` if missing (empty, ``mode``), or take group/other access away."""
    if os.name != "posix":
        return
    with contextlib.suppress(IsADirectoryError, PermissionError):
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, mode))
    tighten(path, mode)


def tighten(path: Path, mode: int = FILE_MODE) -> bool:
    """Remove group and other permissions from ``path``; True when it had any."""
    if os.name != "posix":
        return False
    with contextlib.suppress(OSError):
        current = stat.S_IMODE(path.stat().st_mode)
        if current & 0o077:
            path.chmod(current & ~0o077 & (mode | 0o700))
            return True
    return False


def tighten_database(db_path: Path, backup_folder: Path | None) -> list[Path]:
    """The database, its companions, its backup folder and backups: owner only. Returns
    what had to be tightened."""
    changed = []
    candidates = [db_path, *(db_path.with_name(db_path.name + s) for s in ("-wal", "-shm", ".lock"))]
    if backup_folder is not None and backup_folder.is_dir():
        candidates.append(backup_folder)
        candidates += [p for p in backup_folder.iterdir() if p.name.startswith(db_path.stem)]
    for path in candidates:
        if path.exists() and tighten(path, DIR_MODE if path.is_dir() else FILE_MODE):
            changed.append(path)
    return changed
