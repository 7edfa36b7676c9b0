"""A group picker that finds a group by any part of its name or village as you type."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from otop_desk.services.groups import GroupChoice


def index_of(combo: QComboBox, value: object) -> int:
    """``findData`` for Python objects such as UUIDs, which Qt compares by identity."""
    return next((i for i in range(combo.count()) if combo.itemData(i) == value), -1)


class GroupCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(20)
        self.setMinimumContentsLength(24)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        completer = self.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def set_groups(self, groups: list[GroupChoice], *, notify: bool = True) -> None:
        """Fill the list, keeping the chosen group if it is still there; ``notify=False``
        leaves reacting to a changed choice to the caller."""
        keep = self.group_id()
        self.blockSignals(True)
        self.clear()
        for g in groups:
            self.addItem(f"{g.name} ({g.place})" if g.place else g.name, g.id)
        self.setCurrentIndex(max(index_of(self, keep), 0) if groups else -1)
        self.blockSignals(False)
        if notify and self.group_id() != keep:
            self.currentIndexChanged.emit(self.currentIndex())

    def group_id(self) -> uuid.UUID | None:
        index = self.currentIndex()
        return self.itemData(index) if index >= 0 else None

    def select_group(self, group_id: uuid.UUID) -> None:
        self.setCurrentIndex(index_of(self, group_id))
