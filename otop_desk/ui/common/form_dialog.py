"""The frame every record form shares: pages in tabs, Save and Cancel, and validation
errors shown where they belong: every field and table cell named is marked (tinted, the
reason in its tooltip) and the first one is shown (page switched, widget focused, cell
selected), while one message lists them all.

Ctrl+Tab / Ctrl+PgDn turn to the next page and Ctrl+Shift+Tab / Ctrl+PgUp to the
previous one from any field, a table's cell included (its text is kept).

A form that edits an exchanged record names its table (``HISTORY_TABLE``) and gets a
History… button left of Save and Cancel, enabled once the record exists.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from otop_desk import i18n
from otop_desk.domain.error_list import all_errors
from otop_desk.domain.errors import ValidationError
from otop_desk.ui import messages
from otop_desk.ui.common.record_history import history_button
from otop_desk.ui.common.thai_style import tab_widget
from otop_desk.ui.widgets.field_marks import clear_fields, mark_field
from otop_desk.ui.widgets.rows_editor import RowsEditor

_PAGE_KEYS = {"Ctrl+Tab": 1, "Ctrl+PgDown": 1, "Ctrl+Shift+Tab": -1, "Ctrl+Shift+Backtab": -1,
              "Ctrl+PgUp": -1}


class SaveDeclined(Exception):  # noqa: N818 - not an error: the person said no
    """Raised by ``save_record`` when the person answered a question with No: the form
    stays open as it is, and nothing more is said."""


def _focus_chain(window: QWidget) -> list[QWidget]:
    """The widgets of ``window`` that Tab can stop at, in focus-chain order (Qt ignores
    a tab order given to a widget that takes no focus, such as a label)."""
    out = []
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window:
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            out.append(widget)
        widget = widget.nextInFocusChain()
    return out


def first_field(page: QWidget) -> QWidget:
    """The first widget of ``page`` that Tab would stop at (the page itself if none)."""
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if page.isAncestorOf(widget) and widget.isVisibleTo(page) and widget.isEnabled() \
                and widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value and widget.focusProxy() is None:
            return widget
        widget = widget.nextInFocusChain()
    return page


class RecordFormDialog(QDialog):
    #: The exchanged table (``exchange.spec``) of the record the form edits: it adds a
    #: History… button showing the record's changes from the change log.
    HISTORY_TABLE: str | None = None

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.saved_id: uuid.UUID | None = None
        self.tabs = tab_widget(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.record_history_button: QPushButton | None = None
        bottom = QHBoxLayout()
        if self.HISTORY_TABLE is not None:
            # On the left, away from Save and Cancel.
            self.record_history_button = history_button(self, services.db, self.HISTORY_TABLE, self.record_id)
            bottom.addWidget(self.record_history_button)
        bottom.addWidget(self.buttons, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        #: field label (as named by the service's ValidationError) -> (page, widget)
        self._field_widgets: dict[str, tuple[int, QWidget]] = {}
        # Shortcuts come before the focused widget's own keys, so a table (which takes
        # Tab and PgDn for itself) cannot swallow them.
        for keys, step in _PAGE_KEYS.items():
            QShortcut(QKeySequence(keys), self, activated=lambda step=step: self.turn_page(step))

    def record_id(self) -> uuid.UUID | None:
        """The record being edited; None for a new one (the forms keep it in ``_data``)."""
        return getattr(getattr(self, "_data", None), "id", None)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt naming
        if self.record_history_button is not None:
            # The form's record is known only once the subclass has set it up.
            self.record_history_button.setEnabled(self.record_id() is not None)
        # The buttons were made before the pages, so Tab went from the tab bar to Save
        # and only then into the page; put them after the pages' fields.
        if not self._ordered:
            self._ordered = True
            chain = _focus_chain(self)
            fields = [w for w in chain if self.tabs.isAncestorOf(w)]
            buttons = [w for w in chain if self.buttons.isAncestorOf(w)]
            if self.record_history_button is not None:
                buttons.append(self.record_history_button)
            order = fields[-1:] + buttons
            for first, second in zip(order, order[1:], strict=False):
                QWidget.setTabOrder(first, second)
        super().showEvent(event)

    _ordered = False

    def turn_page(self, step: int) -> None:
        """Show the next (1) or previous (-1) page, round the end."""
        count = self.tabs.count()
        if count > 1:
            self._commit_tables()
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % count)
            first_field(self.tabs.currentWidget()).setFocus(Qt.FocusReason.TabFocusReason)

    def _commit_tables(self) -> None:
        for editor in self.findChildren(RowsEditor):
            editor.commit_editing()

    def save_record(self) -> uuid.UUID:  # type: ignore[empty-body]
        """Collect the form and save it through the service; returns the record's id."""

    def accept(self) -> None:
        self._commit_tables()
        self.clear_marks()
        try:
            self.saved_id = self.save_record()
        except ValidationError as error:
            self.show_error_field(error)
            messages.show_validation(self, error)
            return
        except SaveDeclined:
            return
        super().accept()

    def clear_marks(self) -> None:
        clear_fields(self)
        for editor in self.findChildren(RowsEditor):
            editor.clear_marks()

    def show_error_field(self, error: ValidationError) -> None:
        """Mark every field and cell the error names and go to the first of them."""
        first: tuple[int, QWidget, int, int] | None = None
        for single in all_errors(error):
            if single.field not in self._field_widgets:
                continue
            page, widget = self._field_widgets[single.field]
            editor = widget.parent()
            row, column = -1, 0
            if isinstance(widget, QTableWidget) and isinstance(editor, RowsEditor) and single.row is not None:
                row, column = single.row - 1, editor.field_columns.get(single.field, 0)
                editor.mark_invalid(row, column, i18n.error_text(single))
            elif not isinstance(widget, QTableWidget):
                mark_field(widget, i18n.error_text(single))
            if first is None:
                first = (page, widget, row, column)
        if first is None:
            return
        page, widget, row, column = first
        self.tabs.setCurrentIndex(page)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, QTableWidget) and row >= 0:
            widget.setCurrentCell(row, column)
