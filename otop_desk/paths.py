"""Where things live: the user's data, backups, logs and settings, and bundled resources.

``OTOP_DESK_HOME`` puts everything under one folder instead (tests, a portable copy on a
USB stick).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import PlatformDirs

from otop_desk import APP_ID

_dirs = PlatformDirs(APP_ID, appauthor=False)


def _home() -> Path | None:
    value = os.environ.get("OTOP_DESK_HOME")
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    home = _home()
    return home / "data" if home else Path(_dirs.user_data_dir)


def config_dir() -> Path:
    home = _home()
    return home / "config" if home else Path(_dirs.user_config_dir)


def log_dir() -> Path:
    home = _home()
    return home / "logs" if home else Path(_dirs.user_log_dir)


def default_database() -> Path:
    return data_dir() / "otop-desk.sqlite3"


def backup_dir() -> Path:
    return data_dir() / "backups"


def settings_file() -> Path:
    return config_dir() / "settings.ini"


def resource_dir() -> Path:
    """``resources/`` beside the package, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
