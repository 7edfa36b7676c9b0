"""Where a database's backups (and its clean-close note) are kept: light, for start-up's
first look at the file before the database stack is imported."""

from __future__ import annotations

from pathlib import Path


def folder_for(db_path: Path) -> Path:
    """Where the backups of ``db_path`` go: the user's backup folder for the default
    database, a ``backups`` folder beside any other (a copy on a USB stick keeps its own)."""
    from otop_desk import paths

    if db_path.resolve() == paths.default_database().resolve():
        return paths.backup_dir()
    return db_path.resolve().parent / "backups"
