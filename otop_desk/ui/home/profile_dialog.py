"""The group profile page: everything about one group, with "Print…" for the one-page version."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from otop_desk import i18n
from otop_desk.reports.group_profile import profile_html, profile_job
from otop_desk.reports.printing import PrintJob
from otop_desk.services import Services
from otop_desk.ui.common.print_preview import preview


class GroupProfileDialog(QDialog):
    def __init__(self, services: Services, group_id: uuid.UUID, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.profile = services.group_profile.profile(group_id, today)
        self.setWindowTitle(self.tr("Group profile: {name}").format(name=self.profile.group.name))
        self.view = QTextBrowser(self)
        self.view.setOpenLinks(False)
        # The group's location on a map opens in the browser.
        self.view.anchorClicked.connect(lambda url: url.scheme() == "https" and QDesktopServices.openUrl(url))
        self.view.setHtml(profile_html(self.profile, i18n.current_language(), full=True))
        buttons = QDialogButtonBox(self)
        self.print_button = buttons.addButton(self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setToolTip(self.tr("Print the one-page group profile (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_profile)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, activated=self.print_profile)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(900, 680)
        self.last_preview: QPrintPreviewDialog | None = None

    def print_job(self) -> PrintJob:
        return profile_job(self.profile, i18n.current_language(), self.services.officer.get())

    def print_profile(self) -> None:
        self.last_preview = preview(self, self.print_job())
