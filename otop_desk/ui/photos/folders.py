"""The folder photos were last added from (a phone's DCIM on a USB cable is deep down a
long path), remembered in the user's settings once the window hands them over."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from otop_desk.ui.common.settings import AppSettings

KEY = "photos/last_folder"
_state: dict[str, object] = {"settings": None, "folder": ""}

#: What the file picker offers (Pillow reads them; HEIC through pillow-heif).
PATTERNS = "*.jpg *.jpeg *.JPG *.JPEG *.heic *.HEIC *.heif *.png *.PNG *.webp *.tif *.tiff"


def use_settings(settings: AppSettings | None) -> None:
    _state["settings"] = settings


def last_folder() -> str:
    settings = _state["settings"]
    if isinstance(settings, AppSettings):
        stored = str(settings.value(KEY, "") or "")
        if stored and Path(stored).is_dir():
            return stored
    folder = str(_state["folder"])
    if folder and Path(folder).is_dir():
        return folder
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)


def remember(files: list[Path]) -> None:
    if not files:
        return
    folder = str(files[0].parent)
    _state["folder"] = folder
    settings = _state["settings"]
    if isinstance(settings, AppSettings):
        settings.set_value(KEY, folder)


def choose_files(parent: QWidget | None) -> list[Path]:
    """The photo files picked, starting in the last folder (remembered once chosen)."""
    title = QCoreApplication.translate("PhotoStrip", "Add photos")
    kinds = QCoreApplication.translate("PhotoStrip", "Photos")
    chosen, _ = QFileDialog.getOpenFileNames(parent, title, last_folder(), f"{kinds} ({PATTERNS})")
    files = [Path(p) for p in chosen]
    remember(files)
    return files
