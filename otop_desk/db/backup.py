"""Copies of a live SQLite database through SQLite's online backup API.

A file copy of a database open in WAL mode can miss committed pages still in the WAL;
the backup API copies a consistent snapshot.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


def backup_file(source: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            # The copy is a single self-contained file, not WAL: easy to move on a USB stick.
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    partial.replace(target)
    return target
