"""Enter (or Return) on a table opens what is selected, as a double-click does."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView

KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EnterOpens(QObject):
    def __init__(self, view: QAbstractItemView, open_current: Callable[[], object]) -> None:
        super().__init__(view)
        self._view = view
        self._open = open_current
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if (watched is self._view and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
                and self._view.currentIndex().isValid()):
            self._open()
            return True
        return False
