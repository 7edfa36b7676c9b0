"""What the workbook feature adds to the main window: File-menu commands and a
status-bar count of records not yet exported."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from otop_desk.ui import i18n
from otop_desk.ui.exports.export_dialog import ExportDialog
from otop_desk.ui.exports.importing import choose_and_import

if TYPE_CHECKING:
    from otop_desk.services import Services
    from otop_desk.ui.main_window import MainWindow
    from otop_desk.ui.tabs import MenuItem

REFRESH_MS = 15_000



class PendingLabel(QLabel):
    """"N records not yet exported", kept fresh by a timer and after every export."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._timer.start(REFRESH_MS)
        self.refresh()

    def refresh(self) -> None:
        pending = self.services.exports.pending()
        if pending.count:
            self.setText(i18n.translate("ExportMenu", "Not yet exported: {count}").format(count=f"{pending.count:,}"))
        else:
            self.setText(i18n.translate("ExportMenu", "Everything exported"))
        self.setToolTip(i18n.translate("ExportMenu", "Records added or changed since the last export (File → Export month…)"))


def refresh_pending(window: MainWindow) -> None:
    for label in window.findChildren(PendingLabel):
        label.refresh()


def open_export(window: MainWindow) -> None:
    dialog = ExportDialog(window.services, window.settings, window)
    dialog.exec()
    refresh_pending(window)


def open_import(window: MainWindow) -> None:
    report = choose_and_import(window, window.services)
    if report is not None and report.changed:
        window.refresh_all()
    refresh_pending(window)


def file_menu(window: MainWindow) -> list[MenuItem]:
    return [
        (i18n.translate("ExportMenu", "E&xport month…"), lambda: open_export(window), "Ctrl+Shift+E"),
        (i18n.translate("ExportMenu", "&Import workbooks…"), lambda: open_import(window), "Ctrl+Shift+I"),
    ]


def status_widget(window: MainWindow) -> QWidget:
    return PendingLabel(window.services, window)
