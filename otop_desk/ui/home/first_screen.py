"""The Home tab's first screen at start-up, shown before the database stack is imported.

It is the list's first page (``db.first_screen``) in the Home tab's columns, look and
place, with the tab's search and filters shown but not yet usable; the Home tab replaces
it, in the same place, as soon as the services are ready (under a second later). Nothing
here imports SQLAlchemy, the services or the tab itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from otop_desk.domain.attention import DEFAULT_NOT_VISITED_DAYS, AttentionItem, Scope
from otop_desk.ui.common.cell_delegate import RowDelegate
from otop_desk.ui.common.column_fit import SIZING_ROWS, ColumnFitter
from otop_desk.ui.common.table_model import RowTableModel
from otop_desk.ui.home.columns import COLUMNS, row_style

#: The Home tab's "not visited for more than" setting, in the settings file.
NOT_VISITED_KEY = "home/not_visited_days"


def not_visited_days(settings: Any) -> int:
    """The setting as stored (``AppSettings``), or the default when there is none."""
    value = settings.value(NOT_VISITED_KEY, DEFAULT_NOT_VISITED_DAYS) if settings is not None else None
    try:
        return int(value) if value is not None else DEFAULT_NOT_VISITED_DAYS
    except (TypeError, ValueError):
        return DEFAULT_NOT_VISITED_DAYS


def _tr(context: str, text: str) -> str:
    # The words are the Home tab's own (its contexts), so the two read the same.
    return QCoreApplication.translate(context, text)


class FirstScreen(QWidget):
    """``items``: the list's first ``limit`` items for ``scope`` (the day and the Home tab's
    setting). ``current`` says they are still what the file holds, for the tab to take
    them over (``HomeTab``); start-up clears it should the file have changed meanwhile."""

    def __init__(self, items: Sequence[AttentionItem], scope: Scope, limit: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items, self.scope, self.limit = list(items), scope, limit
        self.current = True
        self.model: RowTableModel[AttentionItem] = RowTableModel(COLUMNS, lambda _item: "", row_style, self)
        self.model.set_rows(list(items))
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(RowDelegate(self.table, self.model))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(SIZING_ROWS)  # measured as the tab measures them
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)  # urgency, as the tab sorts
        self._fitter: ColumnFitter | None = ColumnFitter(self.table, lambda: self.model.columns)

        toolbar = QToolBar(self)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(_tr("HomeTab", "Open")).setEnabled(False)
        search = QLineEdit(self)
        search.setPlaceholderText(_tr("HomeTab", "Search group or text (Ctrl+F)"))
        kinds = QComboBox(self)
        days = QSpinBox(self)
        days.setRange(7, 730)
        days.setValue(scope.not_visited_days)
        days.setSuffix(_tr("HomeTab", " days"))
        filters = QHBoxLayout()
        filters.addWidget(search, 2)
        filters.addWidget(kinds, 1)
        filters.addWidget(QLabel(_tr("HomeTab", "Not visited for more than"), self))
        filters.addWidget(days)
        for widget in (search, kinds, days):
            widget.setEnabled(False)  # usable once the tab itself is there
        self.count_label = QLabel(_tr("RecordTab", "Counting…"), self)

        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(toolbar)
        column.addLayout(filters)
        column.addWidget(self.table, 1)
        column.addWidget(self.count_label)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(page)
        splitter.addWidget(QWidget(self))  # where the charts and renewals come
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([780, 560])  # as the Home tab
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(" ", self))  # the tab's status line, a line high
        layout.addWidget(splitter, 1)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt naming
        # Fitted once laid out, before the first paint, as the tab fits its columns when
        # shown: the widths depend on the room the table has, and must be the tab's.
        super().showEvent(event)
        if self._fitter is not None:
            self._fitter.fit()
            self._fitter = None
