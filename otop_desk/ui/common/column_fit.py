"""Table columns sized to what they show, each time new rows arrive.

A column is as wide as the widest of its header, the rows measured (about a screen,
``QHeaderView.resizeContentsPrecision``) and, for dates and months, the widest value it
could ever show (``Column.widest``), so a date further down never ends in "…". Long
free text is held to a maximum (it elides, with its tooltip); the last column takes the
rest of the width. A column the person has resized keeps the width they gave it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyle, QTableView

from otop_desk.ui.common.table_model import Column

MAX_WIDTH = 320  # free text beyond this elides; its tooltip or form shows it whole
SLACK = 4  # pixels for rounding in text shaping


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
        self._fitting = True
        try:
            for section in range(min(header.count(), len(columns))):
                if section == last or section in self._by_hand or header.isSectionHidden(section):
                    continue
                column = columns[section]
                measured = max(view.sizeHintForColumn(section), header.sectionSizeHint(section))
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
        self._metrics = QFontMetrics(font)
        margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        self._padding = 2 * margin + view.showGrid() + SLACK

    def width(self, texts: Sequence[str]) -> int:
        return max((self._metrics.horizontalAdvance(t) for t in texts), default=0) + self._padding
