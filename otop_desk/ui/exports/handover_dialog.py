"""File → Hand over groups…: tick groups, write the whole history of each (every visit,
problem, training place and cash-book entry, from the beginning) for the officer taking
them over, who imports it like any workbook."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from otop_desk import i18n
from otop_desk.exchange.jobs import ExportResult
from otop_desk.services import Services
from otop_desk.ui import messages
from otop_desk.ui.common.enter_key import KEYS
from otop_desk.ui.common.group_pickers import label as group_label
from otop_desk.ui.common.settings import AppSettings
from otop_desk.ui.exports import writing
from otop_desk.ui.exports.jobs import handover_job

ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2


class HandoverDialog(QDialog):
    """Tick groups (type to narrow the list, Space ticks), then write: ``written`` holds
    what was written."""

    def __init__(self, services: Services, settings: AppSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.settings = settings
        self.written: ExportResult | None = None
        self.setWindowTitle(self.tr("Hand over groups"))
        self.resize(720, 600)
        intro = QLabel(self.tr(
            "Tick the groups another officer takes over. The workbook carries each group's whole "
            "history, every visit, problem, training place and cash-book entry from the "
            "beginning; the officer taking them over imports it with File → Import workbooks…"), self)
        intro.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Type part of a group name or village (Ctrl+F)"))
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self.list = QListWidget(self)
        self.list.setAlternatingRowColors(True)
        for group in services.groups.choices(include_inactive=True):
            item = QListWidgetItem(group_label(group), self.list)
            item.setData(ID_ROLE, group.id)
            item.setData(NAME_ROLE, group.name)
            item.setToolTip(item.text())
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.list.itemChanged.connect(lambda _i: self._update_count())
        self.tick_shown = QPushButton(self.tr("Tick those shown"), self)
        self.untick_all = QPushButton(self.tr("Untick all"), self)
        self.tick_shown.clicked.connect(lambda: self._tick(True))
        self.untick_all.clicked.connect(lambda: self._tick(False))
        for button in (self.tick_shown, self.untick_all):
            button.setAutoDefault(False)
        self.count_label = QLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.write_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.write_button.setText(self.tr("&Write workbook…"))
        self.buttons.accepted.connect(self.write)
        self.buttons.rejected.connect(self.reject)
        ticks = QHBoxLayout()
        ticks.addWidget(self.tick_shown)
        ticks.addWidget(self.untick_all)
        ticks.addStretch(1)
        ticks.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addLayout(ticks)
        layout.addWidget(self.buttons)
        self._update_count()
        self.search.setFocus()

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(row) for row in range(self.list.count())]

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for item in self._items():
            item.setHidden(not all(w in item.text().casefold() for w in words))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        # Enter in the search box goes to the first group shown (Space then ticks it);
        # it does not write the workbook.
        if watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in KEYS:
            shown = [row for row, item in enumerate(self._items()) if not item.isHidden()]
            if shown:
                self.list.setCurrentRow(shown[0])
                self.list.setFocus()
            return True
        return super().eventFilter(watched, event)

    def _tick(self, ticked: bool) -> None:
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        for item in self._items():
            if not ticked or not item.isHidden():
                item.setCheckState(state)

    def chosen(self) -> list[tuple[uuid.UUID, str]]:
        """The ticked groups' ids and names, in the list's order."""
        return [(item.data(ID_ROLE), item.data(NAME_ROLE)) for item in self._items()
                if item.checkState() == Qt.CheckState.Checked]

    def _update_count(self) -> None:
        count = len(self.chosen())
        self.count_label.setText(self.tr("{count} groups ticked").format(count=count))
        self.write_button.setEnabled(count > 0)

    def write(self) -> None:
        groups = self.chosen()
        if not groups:
            return
        title = self.windowTitle()
        day = writing.be_stamp(self.services.clock.today())
        named = groups[0][1] if len(groups) == 1 else self.tr("{count} groups").format(count=len(groups))
        suggested = writing.folder(self.settings) / writing.file_name(self.tr("handover"), named, day)
        result = writing.write(self, title, suggested, self.settings, lambda path: handover_job(
            self, self.services.db, [g for g, _name in groups], path, lang=i18n.current_language()))
        if result is None:
            return
        self.written = result
        messages.show_info(self, title, self.tr(
            "{groups} groups were written to {file}, with {count} changes: their whole history. "
            "The officer taking them over imports it with File → Import workbooks…").format(
                groups=len(groups), file=str(result.path), count=f"{result.record_count:,}"))
        self.accept()
