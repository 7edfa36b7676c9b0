"""The File-menu commands of backups: back up now, back up to a folder, restore."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from otop_desk.services.backups import BackupService, StorageError
from otop_desk.ui import messages
from otop_desk.ui.backups.common import storage_text
from otop_desk.ui.backups.restore_dialog import RestoreDialog
from otop_desk.ui.common.worker import run_with_progress

if TYPE_CHECKING:
    from otop_desk.ui.common.window import AppWindow, MenuItem



def back_up_now(parent: QWidget | None, backups: BackupService, folder: Path | None = None) -> Path | None:
    """Take a backup behind a progress dialog and say where it went (or why it failed)."""
    try:
        made = run_with_progress(parent, QCoreApplication.translate("BackupMenu", "Back up"), QCoreApplication.translate("BackupMenu", "Backing up the database…"),
                                 lambda _progress: backups.back_up("manual", to=folder))
    except StorageError as error:
        messages.show_error(parent, QCoreApplication.translate("BackupMenu", "Backup failed"), storage_text(error))
        return None
    messages.show_info(parent, QCoreApplication.translate("BackupMenu", "Back up"), QCoreApplication.translate("BackupMenu", "The database has been backed up to:\n{file}").format(file=made))
    return made


def back_up_to_folder(window: AppWindow) -> Path | None:
    folder = QFileDialog.getExistingDirectory(window.as_widget(), QCoreApplication.translate("BackupMenu", "Back up to a folder (e.g. a USB drive)"))
    return back_up_now(window.as_widget(), window.services.backups, Path(folder)) if folder else None


def open_restore(window: AppWindow) -> bool:
    dialog = RestoreDialog(window.services.backups, window.as_widget())
    dialog.exec()
    if dialog.restored:
        window.refresh_all()
    return dialog.restored


def file_menu(window: AppWindow) -> list[MenuItem]:
    if not window.services.backups.available:
        return []  # a server database is backed up by its administrator
    return [
        (QCoreApplication.translate("BackupMenu", "&Back up now"), lambda: back_up_now(window.as_widget(), window.services.backups), "Ctrl+Shift+B"),
        (QCoreApplication.translate("BackupMenu", "Back up &to a folder…"), lambda: back_up_to_folder(window), None),
        (QCoreApplication.translate("BackupMenu", "&Restore from backup…"), lambda: open_restore(window), None),
    ]
