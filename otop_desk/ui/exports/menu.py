"""What the workbook feature adds to the main window: File-menu commands and a
status-bar count of records not yet exported."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

from otop_desk import i18n
from otop_desk.ui.common import changes
from otop_desk.ui.common.background import BackgroundReader
from otop_desk.ui.common.changes import PENDING, Follower

if TYPE_CHECKING:
    from otop_desk.services import Services
    from otop_desk.services.exports import Pending
    from otop_desk.ui.common.window import AppWindow, MenuItem



class PendingLabel(QLabel):
    """"N records not yet exported", counted again after every change that counts: a
    record saved on any tab, an export taken."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.reader = BackgroundReader(self, inline=not services.db.allows_background_threads)
        self.follower = Follower(self, changes.hub(services.db), PENDING, lambda _kinds: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        self.follower.fresh()
        # A count over the change log (most of a million rows before a province's first
        # export): read in the background, so the window is not held up.
        self.reader.read(self.services.exports.pending, self._show)

    def _show(self, pending: Pending) -> None:
        if pending.count:
            self.setText(i18n.translate("ExportMenu", "Not yet exported: {count}").format(count=f"{pending.count:,}"))
        else:
            self.setText(i18n.translate("ExportMenu", "Everything exported"))
        self.setToolTip(i18n.translate("ExportMenu", "Records added or changed since the last export (File → Export month…)"))


# The dialogs are imported when opened: they bring the exchange and openpyxl, which the
# window does not need to show its data.


def open_export(window: AppWindow) -> None:
    from otop_desk.ui.exports.export_dialog import ExportDialog

    # The batch an export records is told to every screen (``jobs``).
    ExportDialog(window.services, window.settings, window.as_widget()).exec()


def open_import(window: AppWindow) -> None:
    from otop_desk.ui.exports.importing import choose_and_import

    # What the merge changed is told to every screen as one change.
    choose_and_import(window.as_widget(), window.services)


def open_conflicts(window: AppWindow) -> None:
    from otop_desk.ui.exports.conflict_dialog import ConflictDialog

    ConflictDialog(window.services, window.as_widget()).exec()


def open_return(window: AppWindow) -> None:
    from otop_desk.ui.exports.return_dialog import open_return

    open_return(window.as_widget(), window.services, window.settings)


def open_handover(window: AppWindow) -> None:
    from otop_desk.ui.exports.handover_dialog import HandoverDialog

    HandoverDialog(window.services, window.settings, window.as_widget()).exec()


def file_menu(window: AppWindow) -> list[MenuItem]:
    return [
        (i18n.translate("ExportMenu", "E&xport month…"), lambda: open_export(window), "Ctrl+Shift+E"),
        (i18n.translate("ExportMenu", "&Import workbooks…"), lambda: open_import(window), "Ctrl+Shift+I"),
        (i18n.translate("ExportMenu", "&Conflicts…"), lambda: open_conflicts(window), None),
        (i18n.translate("ExportMenu", "&Workbook for an officer…"), lambda: open_return(window), None),
        (i18n.translate("ExportMenu", "&Hand over groups…"), lambda: open_handover(window), None),
    ]


def status_widget(window: AppWindow) -> QWidget:
    return PendingLabel(window.services, window.as_widget())
