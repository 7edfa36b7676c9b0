"""A table model fed plain rows (service dataclasses), and a type-to-filter proxy.

Every tab shows its records through these two classes: columns are declared once with
how to display and how to sort them; the proxy matches every typed word anywhere in a
row's search text.

Sorting happens in the model, not the proxy: a ``QSortFilterProxyModel`` sorts by calling
``data()`` back into Python for every comparison (20 ms for 500 rows, rising as
n log n), while the model computes each row's key once and lets Python's sort order them.
Text sorts as a Thai dictionary does (``i18n.collator``), whatever the interface language.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from otop_desk import i18n

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole + 2
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ANSWERED = frozenset({_DISPLAY, int(ROW_ROLE), _ALIGN, _TOOLTIP, _FOREGROUND, _BACKGROUND, _FONT})
COLUMN_CONTEXT = "Columns"

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


@dataclass(frozen=True)
class Column(Generic[R]):
    title: str  # English source, marked with QT_TRANSLATE_NOOP("Columns", ...)
    display: Callable[[R], str]
    sort: Callable[[R], Any] | None = None
    align: Qt.AlignmentFlag | None = None
    tooltip: Callable[[R], str] | None = None
    key: str | None = None  # how a paged (SQL) model asks its service to sort by this column
    #: The widest texts the column may show (``widest_dates``): it is never narrower,
    #: whichever rows were measured.
    widest: Callable[[], Sequence[str]] | None = None
    max_width: int | None = None  # free text beyond this elides (default: the view's)


def widest_dates() -> list[str]:
    """The longest date of each month as shown ("28 พ.ย. 2569"): a date column fits them all."""
    return [i18n.fmt_date(date(2000, month, 28)) for month in range(1, 13)]


def widest_months() -> list[str]:
    return [i18n.fmt_month(2000, month) for month in range(1, 13)]


@dataclass(frozen=True)
class RowStyle:
    foreground: QColor | None = None
    background: QColor | None = None
    italic: bool = False
    bold: bool = False


class RowTableModel(QAbstractTableModel, Generic[R]):
    def __init__(
        self,
        columns: Sequence[Column[R]],
        search_text: Callable[[R], str],
        style: Callable[[R], RowStyle | None] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._search_text = search_text
        self._style = style
        self._rows: list[R] = []
        #: Each row's search text, made when first searched (most opens never search).
        self._search: list[str | None] = []
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    # data in ------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[R]) -> None:
        rows = list(rows)
        self.beginResetModel()
        self._rows = [rows[i] for i in self._sorted_positions(rows)] if self._sort_column >= 0 else rows
        self._search = [None] * len(self._rows)
        self.endResetModel()

    # sorting --------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows by ``column`` and keep it for rows set later (views and
        selections follow through the persistent indexes)."""
        if not 0 <= column < len(self.columns):
            return
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        positions = self._sorted_positions(self._rows)
        self._rows = [self._rows[i] for i in positions]
        self._search = [self._search[i] for i in positions]
        moved_to = {old: new for new, old in enumerate(positions)}
        before = self.persistentIndexList()
        self.changePersistentIndexList(
            before, [self.index(moved_to[i.row()], i.column()) if i.isValid() else i for i in before])
        self.layoutChanged.emit()

    def _sorted_positions(self, rows: Sequence[R]) -> list[int]:
        column = self.columns[self._sort_column]
        value_of = column.sort or column.display
        keys = [sort_key(value_of(r)) for r in rows]
        # Stable both ways: ties keep the order the service gave.
        return sorted(range(len(rows)), key=keys.__getitem__,
                      reverse=self._sort_order == Qt.SortOrder.DescendingOrder)

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def search_text(self, row: int) -> str:
        found = self._search[row]
        if found is None:
            found = self._search[row] = self._search_text(self._rows[row]).casefold()
        return found

    def style_of(self, row: R) -> RowStyle | None:
        """How ``row`` is shown (colours, bold), as the roles of its cells give it."""
        return None if self._style is None else self._style(row)

    def find_row(self, predicate: Callable[[R], bool]) -> int:
        return next((i for i, r in enumerate(self._rows) if predicate(r)), -1)

    def locate(self, record_id: Any, row_id: Callable[[R], Any]) -> int:
        """The row showing ``record_id``, or -1."""
        return self.find_row(lambda r: row_id(r) == record_id)

    def total_count(self) -> int:
        """Every row, whatever the filters (the M of "showing N of M")."""
        return len(self._rows)

    @property
    def counting(self) -> bool:
        """Are the rows still being counted (a long list's, in the background)?"""
        return False

    # Qt interface -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every cell painted or measured (a dozen roles a cell):
        # the roles no column answers are turned away before anything else is looked up.
        if role not in _ANSWERED or not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:  # a paged model whose data changed underneath; it reloads
            return None
        column = self.columns[index.column()]
        if role == _DISPLAY:
            return column.display(row)
        if role == ROW_ROLE:
            return row
        if role == _ALIGN:
            return None if column.align is None else int(column.align)
        if role == _TOOLTIP:
            return None if column.tooltip is None else column.tooltip(row)
        return None if self._style is None else _styled(self._style(row), role)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(COLUMN_CONTEXT, self.columns[section].title)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None


def _styled(style: RowStyle | None, role: int) -> Any:
    if style is None:
        return None
    if role == _FOREGROUND:
        return None if style.foreground is None else QBrush(style.foreground)
    if role == _BACKGROUND:
        return None if style.background is None else QBrush(style.background)
    if style.italic or style.bold:  # the font role
        return _font(style.italic, style.bold)
    return None


def row_font(base: QFont, style: RowStyle | None) -> QFont:
    """The font of a row's cells: ``base`` (the view's), bold or italic as its style says
    (what the font role gives, resolved against the view's font)."""
    if style is None or not (style.italic or style.bold):
        return base
    return _font(style.italic, style.bold).resolve(base)


@functools.cache
def _font(italic: bool, bold: bool) -> QFont:
    font = QFont()
    font.setItalic(italic)
    font.setBold(bold)
    return font


@functools.cache
def _thai_key() -> Callable[[str], Any]:
    collator = i18n.collator()
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return collator.sortKey


def sort_key(value: Any) -> tuple[int, Any]:
    """A key that orders None first, then numbers and dates, then text in Thai order."""
    if value is None:
        return (0, 0)
    if isinstance(value, str):
        return (2, _thai_key()(value))
    return (1, value)


class SearchProxy(QSortFilterProxyModel):
    """Filter-as-you-type: every word typed must appear in the row's search text.

    Sorting is passed on to the ``RowTableModel`` (see the module's docstring); the proxy
    itself keeps the source's order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._predicate: Callable[[Any], bool] | None = None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, RowTableModel):
            model.sort(column, order)

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        self.beginFilterChange()
        self._predicate = predicate
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, RowTableModel)
        if self._predicate is not None and not self._predicate(model.row_at(source_row)):
            return False
        if not self._words:
            return True
        text = model.search_text(source_row)
        return all(word in text for word in self._words)
