"""A searchable group picker, shared by the visit and problem forms and the tab filters."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from otop_desk.services.groups import GroupChoice
from otop_desk.ui.common.changes import Follower
from otop_desk.ui.group_pickers import follow_groups, label, same_items


class GroupCombo(QComboBox):
    """Type any part of a group's name or village to find it."""

    def __init__(self, parent: QWidget | None = None, *, empty_label: str | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(20)
        # Long group names must not widen the window beyond a laptop screen.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        self._empty_label = empty_label
        completer = self.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.follower: Follower | None = None

    def watch(self, services: Any) -> None:
        """Keep the list current with the groups in the database (a tab's filter)."""
        self.follower = follow_groups(self, services)

    def set_groups(self, groups: list[GroupChoice]) -> None:
        # Stored as text: a Python UUID inside a QVariant never compares equal in findData.
        items = [(label(g), str(g.id)) for g in groups]
        if self._empty_label is not None:
            items.insert(0, (self._empty_label, None))
        if same_items(self, items):
            return
        current = self.group_id()
        self.blockSignals(True)
        self.clear()
        for text, data in items:
            self.addItem(text, data)
        self.blockSignals(False)
        self.set_group(current)

    def set_group(self, group_id: uuid.UUID | None) -> None:
        index = self.findData(str(group_id)) if group_id is not None else (0 if self._empty_label is not None else -1)
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")

    def group_id(self) -> uuid.UUID | None:
        """The chosen group, only while the text still names an item of the list."""
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString) if text else -1
        data = self.itemData(index) if index >= 0 else None
        return uuid.UUID(data) if data else None
