"""The group picker of every form, tab filter and the books: it finds a group by any
part of its name or village as you type.

It never changes its group where the person cannot see it: arrow keys open the list
instead of stepping to the neighbouring group, the mouse wheel passes over it, a
refreshed list keeps the chosen group, and text that names no group is put back to the
group chosen when typing ends.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from otop_desk.services.groups import GroupChoice
from otop_desk.ui.common.changes import EVERYTHING, Follower
from otop_desk.ui.common.group_pickers import follow_groups, label, same_items

_STEP_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


def index_of(combo: QComboBox, value: object) -> int:
    """``findData`` for Python objects such as UUIDs, which Qt compares by identity."""
    return next((i for i in range(combo.count()) if combo.itemData(i) == value), -1)


class GroupCombo(QComboBox):
    """``empty_label``: a first item meaning "no group" (a filter's "All groups").
    ``always_a_group``: a group is always chosen (whose books are shown); when the
    chosen group is gone the first one takes over. Otherwise the choice empties."""

    def __init__(self, parent: QWidget | None = None, *, empty_label: str | None = None,
                 always_a_group: bool = False, min_chars: int = 14) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(20)
        # Long group names must not widen the window beyond a laptop screen.
        self.setMinimumContentsLength(min_chars)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._empty_label = empty_label
        self._always_a_group = always_a_group
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
        items: list[tuple[str, uuid.UUID | None]] = [(label(g), g.id) for g in groups]
        if self._empty_label is not None:
            items.insert(0, (self._empty_label, None))
        if same_items(self, items):
            return
        keep = self._chosen()
        typing = self.currentText() if self.currentText() != self.itemText(self.currentIndex()) else None
        self.blockSignals(True)
        self.clear()
        for text, group_id in items:
            self.addItem(text, group_id)
        index = index_of(self, keep)
        if index < 0 and items and (self._always_a_group or self._empty_label is not None):
            index = 0
        self.setCurrentIndex(index)
        if typing is not None:  # a refresh while the person types leaves the text alone
            self.setEditText(typing)
        elif index < 0:
            self.setEditText("")
        self.blockSignals(False)
        if notify and self._chosen() != keep:
            self.currentIndexChanged.emit(self.currentIndex())

    def group_id(self) -> uuid.UUID | None:
        """The chosen group. A picker that may be empty answers only while its text
        still names an item of the list: typed text that names no group is no group."""
        if self._always_a_group:
            return self._chosen()
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString) if text else -1
        return self.itemData(index) if index >= 0 else None

    def set_group(self, group_id: uuid.UUID | None) -> None:
        """Choose ``group_id`` (None: the empty item, or nothing)."""
        index = index_of(self, group_id) if group_id is not None else (0 if self._empty_label is not None else -1)
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")

    def _chosen(self) -> uuid.UUID | None:
        index = self.currentIndex()
        return self.itemData(index) if index >= 0 else None

    # what is seen is what is chosen ----------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt naming
        # A closed combo box steps to the next group on Down: the choice changed while the
        # person meant to pick from the suggestions. The list opens instead.
        if event.key() in _STEP_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.showPopup()
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt naming
        event.ignore()  # the page under the pointer scrolls; the group stays

    def _settle_text(self) -> None:
        """Typing ended (Enter, leaving the box): text that names no group goes back to
        the group chosen, so the box never shows one group while another is chosen."""
        if self.completer().popup().isVisible():
            return  # the suggestion picked decides
        text = self.currentText().strip()
        found = self.findText(text, Qt.MatchFlag.MatchFixedString) if text else -1
        if found >= 0:
            if found != self.currentIndex():
                self.setCurrentIndex(found)
        elif self.currentIndex() >= 0:
            self.setEditText(self.itemText(self.currentIndex()))
