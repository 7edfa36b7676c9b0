"""An editable table of sub-records inside a form (products of a group, members, ...).

Every such table is typed the same way, without the mouse: Tab walks the cells that take
input (a computed cell is skipped, a choice list or a tick box is a stop), Tab on the
last cell adds a row and goes on typing, Shift+Tab walks back, and Enter moves down the
same column (in the last row it adds a row). Tab never wraps round to row 1: its text
would be selected and the next name typed over it. An empty last row is reused rather
than piled up. Insert adds a row and Ctrl+Delete removes the current one; Ctrl+Tab and
Ctrl+PgDn are left to the form, which turns its pages with them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from otop_desk.domain.phone import format_phone

ID_ROLE = Qt.ItemDataRole.UserRole + 10
# What a cell held before it was marked as wrong (its background and tooltip).
_MARK_ROLE = Qt.ItemDataRole.UserRole + 20
INVALID_BACKGROUND = QColor("#fde2e1")
# Marks the widgets this editor put into cells. Qt's ``cellWidget`` also answers with
# the editor open in a cell, which holds no value of its own.
_CELL_WIDGET = "rows_editor_cell_widget"
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)

Cell = tuple[int, int]
# Where Shift+Tab on the first cell leads: out of the table, to the field before it.
LEAVE_BACKWARDS: Cell = (-1, -1)


class _CellDelegate(QStyledItemDelegate):
    """Hands Tab, Shift+Tab and Enter in an open cell editor to the rows editor, which
    commits the text and moves on (Qt's own handling would wrap to the first row)."""

    def __init__(self, owner: RowsEditor) -> None:
        super().__init__(owner.table)
        self._owner = owner

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QWidget):
            assert isinstance(event, QKeyEvent)
            table = self._owner.table
            move = self._owner.move_for(event, table.currentRow(), table.currentColumn())
            if move is not None:
                self.commitData.emit(watched)
                self.closeEditor.emit(watched, QAbstractItemDelegate.EndEditHint.NoHint)
                self._owner.go(*move)
                return True
        return super().eventFilter(watched, event)


class RowsEditor(QWidget):
    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        self.table.setItemDelegate(_CellDelegate(self))
        self.table.installEventFilter(self)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._clear_mark)
        self.table.itemChanged.connect(self._tidy_phone)
        # Columns that hold a phone number, shown as 081-234-5678 (see ``set_phone``).
        self.phone_columns: set[int] = set()
        # Which column a field named by a validation error is typed in (default: 0).
        self.field_columns: dict[str, int] = {}
        self.add_button = QPushButton(self.tr("Add row"), self)
        self.add_button.setToolTip(self.tr("Add a row (Insert)"))
        self.remove_button = QPushButton(self.tr("Remove row"), self)
        self.remove_button.setToolTip(self.tr("Remove the current row (Ctrl+Delete)"))
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self.remove_current)
        # Scoped to this table: a form with two tables (products and members) would
        # otherwise hold two ambiguous Insert shortcuts, and neither would fire.
        for keys, slot in ((QKeySequence(Qt.Key.Key_Insert), lambda: self.add_row()),
                           (QKeySequence("Ctrl+Delete"), self.remove_current)):
            shortcut = QShortcut(keys, self.table, activated=slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    # building rows ------------------------------------------------------------------
    def append_row(self) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        return row

    def add_row(self, data: Any = None) -> int:
        """Add an empty row (or one filled from ``data``) and start editing it."""
        row = self.append_row()
        self.fill_row(row, data)
        if data is None:
            self.enter_cell(row, self._first_stop(row))
        else:
            self.table.setCurrentCell(row, 0)
        return row

    def fill_row(self, row: int, data: Any) -> None:
        """Put ``data`` (or defaults) into the cells of ``row``; override."""

    def set_text(self, row: int, column: int, text: str, record_id: Any = None) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        if record_id is not None:
            item.setData(ID_ROLE, record_id)
        self.table.setItem(row, column, item)
        return item

    def set_phone(self, row: int, column: int, value: str) -> QTableWidgetItem:
        self.phone_columns.add(column)
        return self.set_text(row, column, format_phone(value))

    def set_check(self, row: int, column: int, checked: bool) -> None:
        item = QTableWidgetItem()
        item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.table.setItem(row, column, item)

    def set_combo(self, row: int, column: int, items: list[tuple[str, Any]], value: Any) -> QComboBox:
        combo = QComboBox(self.table)
        for label, data in items:
            combo.addItem(label, data)
        combo.setCurrentIndex(max(combo.findData(value), 0))
        combo.installEventFilter(self)  # Tab and Enter on the list walk the table too
        combo.setProperty(_CELL_WIDGET, True)
        self.table.setCellWidget(row, column, combo)
        return combo

    # reading rows -------------------------------------------------------------------
    def text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def checked(self, row: int, column: int) -> bool:
        item = self.table.item(row, column)
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def combo_value(self, row: int, column: int) -> Any:
        widget = self.cell_widget(row, column)
        return widget.currentData() if isinstance(widget, QComboBox) else None

    def cell_widget(self, row: int, column: int) -> QWidget | None:
        """The choice list in a cell, never a cell editor that happens to be open."""
        widget = self.table.cellWidget(row, column)
        return widget if widget is not None and widget.property(_CELL_WIDGET) else None

    def record_id(self, row: int) -> Any:
        item = self.table.item(row, 0)
        return item.data(ID_ROLE) if item is not None else None

    def is_blank(self, row: int) -> bool:
        """A row with nothing typed in its text cells is skipped, not an error."""
        for column in range(self.table.columnCount()):
            item = self.table.item(row, column)
            if self.cell_widget(row, column) is not None or item is None:
                continue
            if item.data(Qt.ItemDataRole.CheckStateRole) is None and item.text().strip():
                return False
        return True

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def row_count(self) -> int:
        return self.table.rowCount()

    # marking wrong cells --------------------------------------------------------------
    def mark_invalid(self, row: int, column: int, message: str) -> None:
        """Tint a cell that cannot be saved and say why in its tooltip, until it is edited."""
        item = self.table.item(row, column)
        if item is None:
            item = self.set_text(row, column, "")
        blocked = self.table.blockSignals(True)
        if item.data(_MARK_ROLE) is None:
            item.setData(_MARK_ROLE, (item.background(), item.toolTip()))
        item.setBackground(INVALID_BACKGROUND)
        item.setToolTip(message)
        self.table.blockSignals(blocked)

    def clear_marks(self) -> None:
        for row in range(self.row_count()):
            for column in range(self.table.columnCount()):
                item = self.table.item(row, column)
                if item is not None:
                    self._clear_mark(item)

    def _clear_mark(self, item: QTableWidgetItem) -> None:
        saved = item.data(_MARK_ROLE)
        if saved is None:
            return
        blocked = self.table.blockSignals(True)
        item.setData(_MARK_ROLE, None)
        item.setBackground(saved[0])
        item.setToolTip(saved[1])
        self.table.blockSignals(blocked)

    def _tidy_phone(self, item: QTableWidgetItem) -> None:
        if item.column() in self.phone_columns:
            shown = format_phone(item.text())
            if shown != item.text():
                item.setText(shown)  # comes back here once, then matches

    # keyboard -----------------------------------------------------------------------
    def move_for(self, event: QKeyEvent, row: int, column: int) -> Cell | None:
        """Where Tab, Shift+Tab or Enter at (row, column) leads; None leaves the key to Qt.

        A row equal to ``row_count()`` means a new row.
        """
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if row < 0:
            return None
        key = event.key()
        if key == Qt.Key.Key_Tab and not modifiers:
            return self._next_stop(row, column)
        if key == Qt.Key.Key_Backtab and not modifiers & ~Qt.KeyboardModifier.ShiftModifier:
            return self._previous_stop(row, column)
        if key in _ENTER and not modifiers:
            last = row == self.row_count() - 1
            return (row + 1, 0) if last else (row + 1, column)
        return None

    def go(self, row: int, column: int) -> None:
        """Move to a cell and open it for typing; a row past the end is added (or the
        blank last row reused, so empty rows never pile up)."""
        if (row, column) == LEAVE_BACKWARDS:
            self._leave_backwards()
            return
        if row >= self.row_count():
            last = self.row_count() - 1
            if last >= 0 and self.is_blank(last):
                row = last
            else:
                row = self.append_row()
                self.fill_row(row, None)
            column = self._first_stop(row)
        self.enter_cell(row, column)

    def enter_cell(self, row: int, column: int) -> None:
        self.table.setCurrentCell(row, column)
        widget = self.cell_widget(row, column)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            return
        if QApplication.focusWidget() is not self.table:
            self.table.setFocus(Qt.FocusReason.TabFocusReason)
        item = self.table.item(row, column)
        if item is None:
            self.table.edit(self.table.model().index(row, column))
        elif item.flags() & Qt.ItemFlag.ItemIsEditable:
            self.table.editItem(item)

    def commit_editing(self) -> None:
        """Store the text of a cell still being typed (before a save by shortcut)."""
        editor = QApplication.focusWidget()
        if editor is not None and self.table.viewport().isAncestorOf(editor) and \
                not editor.property(_CELL_WIDGET):
            delegate = self.table.itemDelegate()
            delegate.commitData.emit(editor)
            delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QWidget):
            assert isinstance(event, QKeyEvent)
            cell = self._cell_of(watched)
            if cell is not None:
                move = self.move_for(event, *cell)
                if move is not None:
                    self.go(*move)
                    return True
        return super().eventFilter(watched, event)

    def _cell_of(self, widget: QWidget) -> Cell | None:
        """The cell whose keys ``widget`` receives: the table's current cell, or the
        cell a choice list sits in (it may have been clicked without moving the cursor)."""
        if widget is self.table:
            return self.table.currentRow(), self.table.currentColumn()
        if widget.property(_CELL_WIDGET) and self.table.viewport().isAncestorOf(widget):
            index = self.table.indexAt(widget.geometry().center())
            if index.isValid():
                return index.row(), index.column()
        return None

    def _is_stop(self, row: int, column: int) -> bool:
        """A cell Tab stops at: one that takes typing, a tick or a choice."""
        if self.cell_widget(row, column) is not None:
            return True
        item = self.table.item(row, column)
        takes_input = Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable
        return item is None or bool(item.flags() & takes_input)

    def _first_stop(self, row: int) -> int:
        return next((c for c in range(self.table.columnCount()) if self._is_stop(row, c)), 0)

    def _next_stop(self, row: int, column: int) -> Cell:
        columns = self.table.columnCount()
        for r in range(row, self.row_count()):
            for c in range(column + 1 if r == row else 0, columns):
                if self._is_stop(r, c):
                    return r, c
        return self.row_count(), 0

    def _previous_stop(self, row: int, column: int) -> Cell:
        columns = self.table.columnCount()
        for r in range(row, -1, -1):
            for c in range(column - 1 if r == row else columns - 1, -1, -1):
                if self._is_stop(r, c):
                    return r, c
        return LEAVE_BACKWARDS

    def _leave_backwards(self) -> None:
        # Qt's own Shift+Tab on the first cell would wrap to the last one.
        widget = self.table.previousInFocusChain()
        while widget is not None and widget is not self.table:
            policy = widget.focusPolicy()
            if (policy & Qt.FocusPolicy.TabFocus) == Qt.FocusPolicy.TabFocus and widget.isVisible() \
                    and widget.isEnabled() and not self.table.isAncestorOf(widget):
                widget.setFocus(Qt.FocusReason.BacktabFocusReason)
                return
            widget = widget.previousInFocusChain()
