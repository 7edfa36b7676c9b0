"""An editable table of sub-records inside a form (products of a group, members, ...).

Tab moves from cell to cell and Enter into the next row, so a long list can be typed
without the mouse; Insert adds a row and Ctrl+Delete removes the current one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 10


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
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("Add row"), self)
        self.add_button.setToolTip(self.tr("Add a row (Insert)"))
        self.remove_button = QPushButton(self.tr("Remove row"), self)
        self.remove_button.setToolTip(self.tr("Remove the current row (Ctrl+Delete)"))
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self.remove_current)
        QShortcut(QKeySequence(Qt.Key.Key_Insert), self.table, activated=lambda: self.add_row())
        QShortcut(QKeySequence("Ctrl+Delete"), self.table, activated=self.remove_current)
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
        self.table.setCurrentCell(row, 0)
        if data is None:
            self.table.editItem(self.table.item(row, 0))
        return row

    def fill_row(self, row: int, data: Any) -> None:
        """Put ``data`` (or defaults) into the cells of ``row``; override."""

    def set_text(self, row: int, column: int, text: str, record_id: Any = None) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        if record_id is not None:
            item.setData(ID_ROLE, record_id)
        self.table.setItem(row, column, item)
        return item

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
        widget = self.table.cellWidget(row, column)
        return widget.currentData() if isinstance(widget, QComboBox) else None

    def record_id(self, row: int) -> Any:
        item = self.table.item(row, 0)
        return item.data(ID_ROLE) if item is not None else None

    def is_blank(self, row: int) -> bool:
        """A row with nothing typed in its text cells is skipped, not an error."""
        for column in range(self.table.columnCount()):
            item = self.table.item(row, column)
            if self.table.cellWidget(row, column) is not None or item is None:
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
