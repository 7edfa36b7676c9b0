"""A write-protected folder for tests: as an officer's USB drive with its switch set."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT_USER = hasattr(os, "geteuid") and os.geteuid() == 0


@contextmanager
def read_only_folder(folder: Path) -> Iterator[None]:
    """``folder`` write-protected for this process: permissions for a normal user, a
    read-only bind mount for root (whom permissions do not stop)."""
    if not ROOT_USER:
        modes = {p: p.stat().st_mode for p in [folder, *folder.iterdir()]}
        for p in folder.iterdir():
            p.chmod(0o444)
        folder.chmod(0o555)
        try:
            yield
        finally:
            for p, mode in modes.items():
                p.chmod(mode)
        return
    mounted = subprocess.run(["mount", "--bind", str(folder), str(folder)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("root without mount rights: a write-protected folder cannot be made")
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(folder)], check=True, capture_output=True)
        yield
    finally:
        # Lazily: a file a failed test left open must not keep the mount (and the folder).
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)
