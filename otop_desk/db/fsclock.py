"""The file system's own "now", to judge how old a file is by its modification time.

A file's age must be measured on the clock that stamped it. The program's clock (or the
computer's, if it was set forward since) would make a backup still being written look
hours old, and it would be deleted under the writer's feet: a file touched now and read
back gives the file system's time, whatever any clock says.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def file_system_now(folder: Path) -> float:
    """The modification time a file written in ``folder`` right now gets."""
    fd, name = tempfile.mkstemp(dir=folder, prefix=".otop-now-")
    try:
        return os.fstat(fd).st_mtime
    finally:
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(name)


def age_seconds(path: Path) -> float | None:
    """How long ago ``path`` was last written, on the file system's clock; None if it
    is gone or its folder cannot be written to (its age then cannot be told)."""
    try:
        return file_system_now(path.parent) - path.stat().st_mtime
    except OSError:
        return None
