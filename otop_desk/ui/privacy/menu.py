"""The File-menu command of a person's rights."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from otop_desk.ui.common.window import AppWindow, MenuItem


def open_person_rights(window: AppWindow) -> None:
    from otop_desk.ui.privacy.dialog import PersonRightsDialog

    if window.services is not None:
        PersonRightsDialog(window.services, window.as_widget()).exec()


def file_menu(window: AppWindow) -> list[MenuItem]:
    return [(QCoreApplication.translate("PrivacyMenu", "A person's &data (PDPA)…"),
             lambda: open_person_rights(window), None)]
