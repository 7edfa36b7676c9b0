"""User settings in an INI file under the user's config folder (tests point it elsewhere)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from otop_desk.db.permissions import make_private
from otop_desk.i18n import DEFAULT_LANGUAGE, LANGUAGES


class AppSettings:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        # It may name a server with its password: readable by the user only, made so
        # before Qt first writes it (Qt keeps an existing file's permissions).
        make_private(path)
        self._path = path
        self._q = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def language(self) -> str:
        value = str(self._q.value("ui/language", DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        self._q.setValue("ui/language", value)

    @property
    def database(self) -> str:
        """The database chosen in Settings (file or server URL); empty for the default."""
        return str(self._q.value("database/target", "") or "")

    @database.setter
    def database(self, value: str) -> None:
        self._q.setValue("database/target", value)

    def window_geometry(self) -> QByteArray | None:
        value = self._q.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def window_state(self) -> QByteArray | None:
        value = self._q.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._q.setValue("window/geometry", geometry)
        self._q.setValue("window/state", state)

    def value(self, key: str, default: object = None) -> object:
        return self._q.value(key, default)

    def set_value(self, key: str, value: object) -> None:
        self._q.setValue(key, value)

    def sync(self) -> None:
        self._q.sync()
        make_private(self._path)
