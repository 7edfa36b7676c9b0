"""The File-menu command of a person's rights."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from otop_desk.ui.main_window import MainWindow
    from otop_desk.ui.tabs import MenuItem


def open_person_rights(window: MainWindow) -> None:
    from otop_desk.ui.privacy.dialog import PersonRightsDialog

    if window.services is not None:
        PersonRightsDialog(window.services, window).exec()


def file_menu(window: MainWindow) -> list[MenuItem]:
    return [(QCoreApplication.translate("PrivacyMenu", "A person's &data (PDPA)…"),
             lambda: open_person_rights(window), None)]
