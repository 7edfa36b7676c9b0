"""Pick participants from the registered groups: choose a group, tick its members.

Ticks are kept while moving between groups, so people from several groups are added
in one go.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from otop_desk.services import Services
from otop_desk.services.groups import GroupChoice
from otop_desk.services.training import ParticipantData
from otop_desk.ui.common.group_pickers import label as group_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class MemberPickerDialog(QDialog):
    def __init__(self, services: Services, listed: set[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._listed = set(listed)  # member ids already on the session
        self._chosen: dict[uuid.UUID, ParticipantData] = {}
        self._choices = {c.id: c for c in services.groups.choices()}
        self.setWindowTitle(self.tr("Add participants from groups"))
        self.resize(860, 560)

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Find a group"))
        self.filter.setClearButtonEnabled(True)
        self.group_list = QListWidget(self)
        for choice in self._choices.values():
            item = QListWidgetItem(group_label(choice))
            item.setData(ID_ROLE, choice.id)
            item.setToolTip(item.text())
            self.group_list.addItem(item)
        self.member_list = QListWidget(self)
        self.member_list.setAlternatingRowColors(True)
        self.tick_all = QPushButton(self.tr("Tick all"), self)
        self.untick_all = QPushButton(self.tr("Untick all"), self)
        self.count_label = QLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))

        self.filter.textChanged.connect(self._filter_groups)
        self.filter.returnPressed.connect(self._first_group)
        self.group_list.currentItemChanged.connect(lambda *_: self._show_group())
        self.member_list.itemChanged.connect(self._member_ticked)
        self.tick_all.clicked.connect(lambda: self._tick_all(True))
        self.untick_all.clicked.connect(lambda: self._tick_all(False))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("1. Choose a group"), self), 0, 0)
        grid.addWidget(QLabel(self.tr("2. Tick who takes part (Space ticks)"), self), 0, 1)
        left = QVBoxLayout()
        left.addWidget(self.filter)
        left.addWidget(self.group_list, 1)
        grid.addLayout(left, 1, 0)
        grid.addWidget(self.member_list, 1, 1)
        ticks = QHBoxLayout()
        ticks.addWidget(self.tick_all)
        ticks.addWidget(self.untick_all)
        ticks.addStretch(1)
        grid.addLayout(ticks, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self._update_count()
        if self.group_list.count():
            self.group_list.setCurrentRow(0)
        self.filter.setFocus()

    # groups -------------------------------------------------------------------------
    def select_group(self, group_id: uuid.UUID) -> bool:
        for row in range(self.group_list.count()):
            if self.group_list.item(row).data(ID_ROLE) == group_id:
                self.group_list.setCurrentRow(row)
                return True
        return False

    def _filter_groups(self, text: str) -> None:
        words = text.casefold().split()
        for row in range(self.group_list.count()):
            item = self.group_list.item(row)
            item.setHidden(not all(w in item.text().casefold() for w in words))
        current = self.group_list.currentItem()
        if current is None or current.isHidden():
            self._first_group(focus=False)

    def _first_group(self, focus: bool = True) -> None:
        for row in range(self.group_list.count()):
            if not self.group_list.item(row).isHidden():
                self.group_list.setCurrentRow(row)
                if focus:
                    self.member_list.setFocus()
                    self.member_list.setCurrentRow(0)
                return

    def _current_group(self) -> GroupChoice | None:
        item = self.group_list.currentItem()
        return self._choices.get(item.data(ID_ROLE)) if item is not None else None

    def _show_group(self) -> None:
        group = self._current_group()
        blocked = self.member_list.blockSignals(True)
        self.member_list.clear()
        if group is not None:
            for member in self.services.groups.get(group.id).members:
                item = QListWidgetItem(member.name)
                item.setData(ID_ROLE, member.id)
                if member.id in self._listed:
                    item.setText(self.tr("{name} (already listed)").format(name=member.name))
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                    item.setCheckState(Qt.CheckState.Checked)
                else:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                                  | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(
                        Qt.CheckState.Checked if member.id in self._chosen else Qt.CheckState.Unchecked
                    )
                item.setData(ID_ROLE + 1, member.phone)
                self.member_list.addItem(item)
            if not self.member_list.count():
                self.member_list.addItem(self.tr("No members are recorded for this group."))
        self.member_list.blockSignals(blocked)

    # members ------------------------------------------------------------------------
    def _member_ticked(self, item: QListWidgetItem) -> None:
        group = self._current_group()
        member_id = item.data(ID_ROLE)
        if group is None or member_id is None or member_id in self._listed:
            return
        if item.checkState() == Qt.CheckState.Checked:
            self._chosen[member_id] = ParticipantData(
                name=item.text(), organisation=group.name, phone=item.data(ID_ROLE + 1) or "",
                group_id=group.id, member_id=member_id,
            )
        else:
            self._chosen.pop(member_id, None)
        self._update_count()

    def _tick_all(self, ticked: bool) -> None:
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        for row in range(self.member_list.count()):
            item = self.member_list.item(row)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(state)

    def _update_count(self) -> None:
        groups = len({p.group_id for p in self._chosen.values()})
        self.count_label.setText(
            self.tr("{count} people from {groups} groups chosen").format(
                count=len(self._chosen), groups=groups
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self._chosen))

    def chosen(self, *, attended: bool = False) -> list[ParticipantData]:
        """The ticked people, in the order they were ticked."""
        for person in self._chosen.values():
            person.attended = attended
        return list(self._chosen.values())
