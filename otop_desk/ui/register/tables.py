"""Small read-only tables of the register page (a row's record id in its first cell)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

WARN = QColor("#FFF1C2")
LAPSED = QColor("#F8D0CC")


class RecordTable(QTableWidget):
    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(list(headers))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.setWordWrap(False)

    def set_rows(self, rows: Sequence[tuple[uuid.UUID, Sequence[object], QColor | None]]) -> None:
        # A column sized to its contents measures every row again on each item set: the
        # sizes are frozen while filling and measured once after (364 certificates to
        # renew took 7.7 s on a shown panel, now milliseconds).
        header = self.horizontalHeader()
        modes = [header.sectionResizeMode(c) for c in range(self.columnCount())]
        for c in range(self.columnCount()):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
        try:
            self._fill(rows)
        finally:
            for c, mode in enumerate(modes):
                header.setSectionResizeMode(c, mode)

    def _fill(self, rows: Sequence[tuple[uuid.UUID, Sequence[object], QColor | None]]) -> None:
        self.setRowCount(len(rows))
        for r, (record_id, cells, tint) in enumerate(rows):
            for c, value in enumerate(cells):
                item = QTableWidgetItem("" if value is None else str(value))
                item.setToolTip(item.text())  # a narrow column elides it
                if c == 0:
                    item.setData(Qt.ItemDataRole.UserRole, record_id)
                if tint is not None:
                    item.setBackground(QBrush(tint))
                self.setItem(r, c, item)

    def stretch(self, column: int) -> None:
        """Let ``column`` take the room left (its text elided), the others fit their text."""
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def current_id(self) -> uuid.UUID | None:
        row = self.currentRow()
        item = self.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def select_id(self, record_id: uuid.UUID | None) -> None:
        for row in range(self.rowCount()):
            item = self.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == record_id:
                self.selectRow(row)
                return
