"""Paints the cells of a ``RowTableModel`` table with texts laid out once (``cell_text``).

Qt's ``QStyledItemDelegate`` asks the model for a cell role by role (seven calls into
Python), and the style lays the text out for each part of the cell it places and again
to draw it. This delegate reads a cell's text and its row's style in one go, lets the
style draw everything but the text (background, selection, focus), and draws the text
from ``CELL_TEXTS``: laid out once, shared with the column fit, kept for the next paint.

It draws as the style does: the text in the cell less the style's margins, aligned as
the column says and centred in height, in the row's colour (or the selection's), cut
with "…" when it is wider than the cell. What it does not draw the same way (a text of
several lines, wrapped or right-to-left text, a row no longer there) it leaves to Qt.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractProxyModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from otop_desk.ui.common.cell_text import CELL_TEXTS, LINE_BREAKS
from otop_desk.ui.common.table_model import RowStyle, RowTableModel, row_font

_ENABLED = QStyle.StateFlag.State_Enabled.value
_ACTIVE = QStyle.StateFlag.State_Active.value
_SELECTED = QStyle.StateFlag.State_Selected.value
_VCENTER = Qt.AlignmentFlag.AlignVCenter.value
_RIGHT = Qt.AlignmentFlag.AlignRight.value
_HCENTER = Qt.AlignmentFlag.AlignHCenter.value
_WRAP = QStyleOptionViewItem.ViewItemFeature.WrapText.value
_LTR = Qt.LayoutDirection.LeftToRight
_CELL = QStyle.ControlElement.CE_ItemViewItem


def text_margin(view: QTableView) -> int:
    """The room a style leaves on each side of a cell's text."""
    return view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1


class Look:
    """A font rows are shown in, with its key (``CELL_TEXTS`` files texts by it)."""

    __slots__ = ("font", "key")

    def __init__(self, font: QFont) -> None:
        self.font = font
        self.key = font.key()


class Looks:
    """The fonts of a view's rows (plain, bold, italic), made once."""

    def __init__(self) -> None:
        self._base = QFont()
        self._looks: dict[tuple[bool, bool], Look] = {}

    def of(self, base: QFont, style: RowStyle | None) -> Look:
        if base != self._base:  # the view's font changed: every font with it
            self._base = QFont(base)  # a copy: an option's font goes with the option
            self._looks.clear()
        shape = (False, False) if style is None else (style.italic, style.bold)
        found = self._looks.get(shape)
        if found is None:
            found = self._looks[shape] = Look(row_font(self._base, style))
        return found


class RowDelegate(QStyledItemDelegate):
    def __init__(self, view: QTableView, model: RowTableModel[Any]) -> None:
        super().__init__(view)
        self._model = model
        self._looks = Looks()
        self._pens: dict[tuple[int, int], QColor] = {}  # by (palette, state)
        self._margin: tuple[QStyle | None, int] = (None, 0)
        self._elided: dict[tuple[str, str, int, Qt.TextElideMode], str] = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        proxy = index.model()
        source = proxy.mapToSource(index) if isinstance(proxy, QAbstractProxyModel) else index
        model = self._model
        row = model.row_at(source.row()) if source.isValid() else None
        if row is None or option.direction != _LTR or option.features.value & _WRAP:
            super().paint(painter, option, index)
            return
        column = model.columns[source.column()]
        text = column.display(row)
        if text.__class__ is not str or not LINE_BREAKS.isdisjoint(text):
            super().paint(painter, option, index)
            return
        style = model.style_of(row)
        look = self._looks.of(option.font, style)
        if style is not None:
            option.font = look.font
            if style.background is not None:
                option.backgroundBrush = QBrush(style.background)
        if column.align is not None:
            option.displayAlignment = column.align
        widget = option.widget
        qstyle = widget.style() if widget is not None else QApplication.style()
        # Everything but the text: the option is the view's copy for this cell, with no
        # text set (as initStyleOption would), so the style draws none.
        qstyle.drawControl(_CELL, option, painter, widget)
        if not text:
            return
        rect = option.rect
        margin = self._margin_of(qstyle, widget)
        left, width = rect.x() + margin, rect.width() - 2 * margin
        laid = CELL_TEXTS.get(text, look.font, look.key)
        align = option.displayAlignment.value
        if align & _VCENTER == _VCENTER:  # QStyle.alignedRect, as the style places its line
            top = rect.y() + rect.height() // 2 - int(laid.height) // 2
        else:
            top = QStyle.alignedRect(_LTR, option.displayAlignment, QSize(width, int(laid.height)),
                                     rect.adjusted(margin, 0, -margin, 0)).y()
        painter.setPen(self._pen(option, style))
        if laid.width > width:
            elided = self._elide(text, look, width, option.textElideMode)
            CELL_TEXTS.get(elided, look.font, look.key).draw(painter, left, top)
        elif align & _RIGHT:
            laid.draw(painter, left + width - laid.advance, top)
        elif align & _HCENTER:
            laid.draw(painter, left + (width - laid.advance) / 2, top)
        else:
            laid.draw(painter, left, top)

    def _margin_of(self, qstyle: QStyle, widget: Any) -> int:
        if self._margin[0] is not qstyle:
            self._margin = (qstyle, qstyle.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1)
        return self._margin[1]

    def _pen(self, option: QStyleOptionViewItem, style: RowStyle | None) -> QColor:
        """The colour the style gives a cell's text: the selection's, else the row's own,
        else the palette's (of the state's colour group)."""
        state = option.state.value
        if style is not None and style.foreground is not None and not state & _SELECTED:
            return style.foreground
        palette = option.palette
        key = (palette.cacheKey(), state & (_ENABLED | _ACTIVE | _SELECTED))
        found = self._pens.get(key)
        if found is None:
            if len(self._pens) > 64:
                self._pens.clear()
            group = QPalette.ColorGroup.Normal if state & _ENABLED else QPalette.ColorGroup.Disabled
            if group == QPalette.ColorGroup.Normal and not state & _ACTIVE:
                group = QPalette.ColorGroup.Inactive
            role = QPalette.ColorRole.HighlightedText if state & _SELECTED else QPalette.ColorRole.Text
            found = self._pens[key] = QColor(palette.color(group, role))
        return found

    def _elide(self, text: str, look: Look, width: int, mode: Qt.TextElideMode) -> str:
        key = (look.key, text, width, mode)
        found = self._elided.get(key)
        if found is None:
            if len(self._elided) > 2000:
                self._elided.clear()
            found = self._elided[key] = QFontMetrics(look.font).elidedText(text, mode, width)
        return found
