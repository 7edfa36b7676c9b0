"""Table columns sized to what they show, each time new rows arrive.

A column is as wide as the widest of its header, the rows measured (about a screen,
``QHeaderView.resizeContentsPrecision``) and, for dates and months, the widest value it
could ever show (``Column.widest``), so a date further down never ends in "…". Long
free text is held to a maximum (it elides, with its tooltip); the last column takes the
rest of the width. A column the person has resized keeps the width they gave it.

The rows of a ``RowTableModel`` are measured as the style measures a cell (its text's
natural width and margins) from texts laid out once (``cell_text.CELL_TEXTS``), which
the paint then draws: not through ``QTableView.sizeHintForColumn``, which asks the
model for every role of every cell and lays each text out again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractProxyModel, QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTableView

from otop_desk.ui.common.cell_delegate import Looks, text_margin
from otop_desk.ui.common.cell_text import CELL_TEXTS, LINE_BREAKS
from otop_desk.ui.common.table_model import Column, RowTableModel

MAX_WIDTH = 320  # free text beyond this elides; its tooltip or form shows it whole
SLACK = 4  # pixels for rounding in text shaping


#: Fitting columns to their contents measures this many rows, about one screen: shaping
#: Thai text is what costs (100 rows took 35 ms, 30 rows 11 ms).
SIZING_ROWS = 30


class ColumnFitter(QObject):
    def __init__(self, view: QTableView, columns: Callable[[], Sequence[Column[Any]]],
                 maximum: int = MAX_WIDTH) -> None:
        super().__init__(view)
        self._view = view
        self._columns = columns
        self.maximum = maximum
        self._fitting = False
        self._by_hand: set[int] = set()
        view.horizontalHeader().sectionResized.connect(self._resized)

    def _resized(self, section: int, _old: int, _new: int) -> None:
        header = self._view.horizontalHeader()
        if not self._fitting and not (header.stretchLastSection() and section == self._last()):
            self._by_hand.add(section)

    def _last(self) -> int:
        header = self._view.horizontalHeader()
        visible = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        return max(visible, key=header.visualIndex) if visible else -1

    def fit(self) -> None:
        """Size every column (but the stretching last one and those resized by hand) to
        its content now."""
        view, header = self._view, self._view.horizontalHeader()
        columns = self._columns()
        last = self._last() if header.stretchLastSection() else -1
        widest = _WidestText(view)
        cells = _Cells.of(view)
        self._fitting = True
        try:
            for section in range(min(header.count(), len(columns))):
                if section == last or section in self._by_hand or header.isSectionHidden(section):
                    continue
                column = columns[section]
                content = view.sizeHintForColumn(section) if cells is None else cells.width(column)
                measured = max(content, header.sectionSizeHint(section))
                limit = column.max_width or self.maximum
                width = min(measured, limit)
                if column.widest is not None:
                    width = max(width, widest.width(column.widest()))
                header.resizeSection(section, width)
        finally:
            self._fitting = False


class _WidestText:
    """How wide a cell must be for a text to show whole (bold, as some rows are)."""

    def __init__(self, view: QTableView) -> None:
        font = QFont(view.font())
        font.setBold(True)
        self._font, self._key = font, font.key()
        self._padding = 2 * text_margin(view) + view.showGrid() + SLACK

    def width(self, texts: Sequence[str]) -> int:
        return max((CELL_TEXTS.width(t, self._font, self._key) for t in texts), default=0) + self._padding


class _Cells:
    """The rows a fit measures (as ``QTableView.sizeHintForColumn`` chooses them), and
    the width each column's texts need in them."""

    def __init__(self, view: QTableView, model: RowTableModel[Any], rows: list[Any]) -> None:
        looks = Looks()
        base = view.font()
        self._rows = [(row, looks.of(base, model.style_of(row))) for row in rows]
        # What the style adds to a text (its margins), and the view to a cell (the grid).
        self._margins = 2 * text_margin(view)
        self._grid = 1 if view.showGrid() else 0

    @classmethod
    def of(cls, view: QTableView) -> _Cells | None:
        """The rows of the view's model, or None when it is not a ``RowTableModel``."""
        shown = view.model()
        model = shown.sourceModel() if isinstance(shown, QAbstractProxyModel) else shown
        if not isinstance(model, RowTableModel):
            return None
        rows = []
        for number in measured_rows(view, view.horizontalHeader().resizeContentsPrecision()):
            index = shown.index(number, 0)
            source = shown.mapToSource(index) if isinstance(shown, QAbstractProxyModel) else index
            row = model.row_at(source.row())
            if row is not None:
                rows.append(row)
        return cls(view, model, rows)

    def width(self, column: Column[Any]) -> int:
        widest = -1
        for row, look in self._rows:
            text = column.display(row)
            if text.__class__ is not str:  # as Qt shows it: nothing for None
                text = "" if text is None else str(text)
            if not LINE_BREAKS.isdisjoint(text):  # as wide as its widest line
                width = max(CELL_TEXTS.width(line, look.font, look.key) for line in text.splitlines())
            else:
                width = CELL_TEXTS.width(text, look.font, look.key)
            widest = max(widest, width)
        return (widest + self._margins if widest >= 0 else 0) + self._grid


def measured_rows(view: QTableView, wanted: int) -> list[int]:
    """The rows ``QTableView.sizeHintForColumn`` measures: those on screen from the top,
    up to ``wanted`` (all of them when it is 0), then the next ones below and above by
    turns (every row when ``wanted`` is negative)."""
    count = view.model().rowCount()
    if count == 0:
        return []
    top = max(0, view.rowAt(0))
    bottom = view.rowAt(view.viewport().height())
    if not view.isVisible() or bottom < 0:
        bottom = count - 1
    if wanted > 0 and bottom - top + 1 >= wanted:  # (a hidden view's "screen" is every row)
        return list(range(top, top + wanted))
    rows = list(range(top, bottom + 1))
    if wanted == 0:
        return rows
    limit = count if wanted < 0 else wanted
    below, above = bottom + 1, top - 1
    while len(rows) < limit and (below < count or above >= 0):
        if above >= 0 and (len(rows) % 2 == 0 or below >= count):
            rows.append(above)
            above -= 1
        else:
            rows.append(below)
            below += 1
    return rows
