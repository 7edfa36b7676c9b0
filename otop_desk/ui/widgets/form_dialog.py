"""The frame every record form shares: pages in tabs, Save and Cancel, and a validation
error shown at the field it names (page switched, widget focused, table row selected).

Ctrl+Tab / Ctrl+PgDn turn to the next page and Ctrl+Shift+Tab / Ctrl+PgUp to the
previous one from any field, a table's cell included (its text is kept).
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from otop_desk.domain.errors import ValidationError
from otop_desk.ui import messages
from otop_desk.ui.widgets.rows_editor import RowsEditor

_PAGE_KEYS = {"Ctrl+Tab": 1, "Ctrl+PgDown": 1, "Ctrl+Shift+Tab": -1, "Ctrl+Shift+Backtab": -1,
              "Ctrl+PgUp": -1}


class RecordFormDialog(QDialog):
    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.saved_id: uuid.UUID | None = None
        self.tabs = QTabWidget(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        #: field label (as named by the service's ValidationError) -> (page, widget)
        self._field_widgets: dict[str, tuple[int, QWidget]] = {}
        # Shortcuts come before the focused widget's own keys, so a table (which takes
        # Tab and PgDn for itself) cannot swallow them.
        for keys, step in _PAGE_KEYS.items():
            QShortcut(QKeySequence(keys), self, activated=lambda step=step: self.turn_page(step))

    def turn_page(self, step: int) -> None:
        """Show the next (1) or previous (-1) page, round the end."""
        count = self.tabs.count()
        if count > 1:
            self._commit_tables()
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % count)
            self.tabs.currentWidget().setFocus(Qt.FocusReason.TabFocusReason)

    def _commit_tables(self) -> None:
        for editor in self.findChildren(RowsEditor):
            editor.commit_editing()

    def save_record(self) -> uuid.UUID:  # type: ignore[empty-body]
        """Collect the form and save it through the service; returns the record's id."""

    def accept(self) -> None:
        self._commit_tables()
        try:
            self.saved_id = self.save_record()
        except ValidationError as error:
            self.show_error_field(error)
            messages.show_validation(self, error)
            return
        super().accept()

    def show_error_field(self, error: ValidationError) -> None:
        if error.field not in self._field_widgets:
            return
        page, widget = self._field_widgets[error.field]
        self.tabs.setCurrentIndex(page)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, QTableWidget) and error.row is not None:
            widget.setCurrentCell(error.row - 1, 0)
