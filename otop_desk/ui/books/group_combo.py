"""A group picker that finds a group by any part of its name or village as you type.

It chooses whose books are shown and written to, so it never changes its group where the
person cannot see it: arrow keys open the list instead of stepping to the neighbouring
group, the mouse wheel passes over it, a refreshed list keeps the chosen group, and text
that names no group is put back to the group chosen.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from otop_desk.services.groups import GroupChoice
from otop_desk.ui.common.changes import EVERYTHING, Follower
from otop_desk.ui.group_pickers import follow_groups, label, same_items

_STEP_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


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
        self.lineEdit().editingFinished.connect(self._settle_text)
        self.follower: Follower | None = None

    def watch(self, services: Any) -> None:
        """Keep the list current with the groups in the database."""
        self.follower = follow_groups(self, services)

    def reload(self) -> None:
        """Read the groups again now (if shown)."""
        if self.follower is not None:
            self.follower.mark(EVERYTHING)

    def set_groups(self, groups: list[GroupChoice], *, notify: bool = True) -> None:
        """Fill the list, keeping the chosen group if it is still there; ``notify=False``
        leaves reacting to a changed choice to the caller."""
        items = [(label(g), g.id) for g in groups]
        if same_items(self, items):
            return
        keep = self.group_id()
        typing = self.currentText() if self.currentText() != self.itemText(self.currentIndex()) else None
        self.blockSignals(True)
        self.clear()
        for text, group_id in items:
            self.addItem(text, group_id)
        self.setCurrentIndex(max(index_of(self, keep), 0) if items else -1)
        if typing is not None:  # a refresh while the person types leaves the text alone
            self.setEditText(typing)
        self.blockSignals(False)
        if notify and self.group_id() != keep:
            self.currentIndexChanged.emit(self.currentIndex())

    def group_id(self) -> uuid.UUID | None:
        index = self.currentIndex()
        return self.itemData(index) if index >= 0 else None

    def select_group(self, group_id: uuid.UUID) -> None:
        self.setCurrentIndex(index_of(self, group_id))

    # what is seen is what is chosen ----------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt naming
        # A closed combo box steps to the next group on Down: the books changed while the
        # person meant to pick from the suggestions. The list opens instead.
        if event.key() in _STEP_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.showPopup()
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt naming
        event.ignore()  # the page under the pointer scrolls; the group stays

    def _settle_text(self) -> None:
        """Typing ended (Enter, leaving the box): text that names no group goes back to
        the group chosen, so the box never shows one group while the books are another's."""
        if self.completer().popup().isVisible():
            return  # the suggestion picked decides
        text = self.currentText().strip()
        found = self.findText(text, Qt.MatchFlag.MatchFixedString) if text else -1
        if found >= 0:
            if found != self.currentIndex():
                self.setCurrentIndex(found)
        elif self.currentIndex() >= 0:
            self.setEditText(self.itemText(self.currentIndex()))
