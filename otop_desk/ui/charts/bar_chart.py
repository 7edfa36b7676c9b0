"""A bar chart drawn with QPainter: grouped or stacked, vertical or horizontal.

PySide6-Essentials has no QtCharts, and a web view is out of place offline, so this is a
small widget of its own: axis with round ticks, category labels, a legend, values on the
bars where they fit and on hover, and "Save as PNG…" from the context menu.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetricsF,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QMenu, QToolTip, QWidget

from otop_desk.ui import messages

# Okabe-Ito colours: told apart with the common colour-vision deficiencies.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")

ValueText = Callable[[float], str]


def plain_number(value: float) -> str:
    return f"{value:,.0f}"


@dataclass(frozen=True)
class Series:
    label: str
    values: Sequence[float]
    color: str = ""


@dataclass(frozen=True)
class _Hit:
    rect: QRectF
    text: str


def nice_step(maximum: float, ticks: int = 5, *, whole: bool = False) -> float:
    """A round tick step (1, 2, 2.5 or 5 times a power of ten) giving about ``ticks`` ticks;
    ``whole`` keeps counts on whole numbers (no 2.5, nothing below 1)."""
    if maximum <= 0:
        return 1.0
    raw = maximum / ticks
    power = 10 ** math.floor(math.log10(raw))
    factors = (1, 2, 5, 10) if whole else (1, 2, 2.5, 5, 10)
    step = next(f * power for f in factors if raw <= f * power)
    return max(step, 1.0) if whole else step


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setMinimumSize(200, 120)
        self.title = ""
        self.categories: list[str] = []
        self.series: list[Series] = []
        self.stacked = False
        self.horizontal = False
        self.highlight: int | None = None
        self.value_text: ValueText = plain_number
        self.axis_text: ValueText = plain_number
        self._hits: list[_Hit] = []
        self._hover: int | None = None

    def set_data(self, title: str, categories: Sequence[str], series: Sequence[Series], *,
                 stacked: bool = False, horizontal: bool = False, highlight: int | None = None,
                 value_text: ValueText = plain_number, axis_text: ValueText | None = None) -> None:
        self.title = title
        self.categories = list(categories)
        self.series = [
            s if s.color else Series(s.label, s.values, PALETTE[i % len(PALETTE)])
            for i, s in enumerate(series)
        ]
        self.stacked, self.horizontal, self.highlight = stacked, horizontal, highlight
        self.value_text = value_text
        self.axis_text = axis_text or value_text
        self._hover = None
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        return QSize(560, 360)

    def is_empty(self) -> bool:
        return not any(v for s in self.series for v in s.values)

    # output -------------------------------------------------------------------------
    def image(self, size: QSize | None = None) -> QImage:
        """The chart on a white background, for saving or printing."""
        size = size or (self.size() if self.width() > 50 else self.sizeHint())
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        self.paint_on(painter, QRectF(0, 0, size.width(), size.height()))
        painter.end()
        return image

    def save_png(self, path: Path | str) -> bool:
        return self.image().save(str(path), "PNG")

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt naming
        menu = QMenu(self)
        menu.addAction(self.tr("Save as PNG…"), self.ask_save)
        menu.exec(event.globalPos())

    def ask_save(self) -> None:
        name = "".join(ch if ch.isalnum() else "-" for ch in self.title).strip("-") or "chart"
        path = messages.ask_save_path(self, self.tr("Save chart"), f"{name}.png", self.tr("PNG images (*.png)"),
                                      ".png")
        if path is not None:
            self.save_png(str(path))

    # hover --------------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt naming
        point = event.position()
        found = next((i for i, hit in enumerate(self._hits) if hit.rect.contains(point)), None)
        if found != self._hover:
            self._hover = found
            self.update()
        if found is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(event.globalPosition().toPoint(), self._hits[found].text, self)

    def leaveEvent(self, event: object) -> None:  # noqa: N802 - Qt naming
        self._hover = None
        self.update()

    # painting -----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt naming
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        self._hits = self.paint_on(painter, QRectF(self.rect()))
        painter.end()

    def paint_on(self, painter: QPainter, area: QRectF) -> list[_Hit]:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        metrics = QFontMetricsF(font)
        line = metrics.height()
        top = area.top() + 6
        if self.title:
            bold = QFont(font)
            bold.setBold(True)
            bold.setPointSizeF(font.pointSizeF() * 1.1)
            painter.setFont(bold)
            painter.setPen(QColor("#222222"))
            title_rect = QRectF(area.left() + 8, top, area.width() - 16, QFontMetricsF(bold).height())
            painter.drawText(title_rect, Qt.AlignmentFlag.AlignCenter,
                             QFontMetricsF(bold).elidedText(self.title, Qt.TextElideMode.ElideRight,
                                                            title_rect.width()))
            top = title_rect.bottom() + 4
        painter.setFont(font)
        if len(self.series) > 1:
            top = self._legend(painter, metrics, area, top) + 4
        if self.is_empty() or not self.categories:
            painter.setPen(QColor("#777777"))
            painter.drawText(QRectF(area.left(), top, area.width(), area.bottom() - top),
                             Qt.AlignmentFlag.AlignCenter, self.tr("No data for this period"))
            return []
        maximum = self._maximum()
        whole = all(float(v).is_integer() for s in self.series for v in s.values)
        step = nice_step(maximum, whole=whole)
        top_value = step * max(math.ceil(maximum / step), 1)
        ticks = [step * i for i in range(int(round(top_value / step)) + 1)]
        tick_width = max(metrics.horizontalAdvance(self.axis_text(t)) for t in ticks)
        if self.horizontal:
            label_width = min(max(metrics.horizontalAdvance(c) for c in self.categories) + 8, area.width() * 0.38)
            # Room on the right for the value written after the longest bar.
            value_width = metrics.horizontalAdvance(self.value_text(maximum)) + 8
            plot = QRectF(area.left() + label_width + 8, top + 4,
                          area.width() - label_width - 16 - max(tick_width / 2, value_width),
                          area.bottom() - top - line - 12)
        else:
            plot = QRectF(area.left() + tick_width + 14, top + line * 0.6,
                          area.width() - tick_width - 24, area.bottom() - top - line * 1.6 - 10)
        if plot.width() < 20 or plot.height() < 20:
            return []
        self._axis(painter, metrics, plot, ticks, top_value)
        return self._bars(painter, metrics, plot, top_value)

    def _maximum(self) -> float:
        columns = range(len(self.categories))
        if self.stacked:
            return max(sum(s.values[i] for s in self.series) for i in columns)
        return max(max(s.values) for s in self.series)

    def _legend(self, painter: QPainter, metrics: QFontMetricsF, area: QRectF, top: float) -> float:
        box = metrics.height() * 0.7
        items = [(s, metrics.horizontalAdvance(s.label) + box + 18) for s in self.series]
        rows: list[list[tuple[Series, float]]] = [[]]
        used = 0.0
        for item in items:
            if rows[-1] and used + item[1] > area.width() - 16:
                rows.append([])
                used = 0.0
            rows[-1].append(item)
            used += item[1]
        for row in rows:
            x = area.left() + (area.width() - sum(w for _s, w in row)) / 2
            for s, width in row:
                painter.fillRect(QRectF(x, top + (metrics.height() - box) / 2, box, box), QColor(s.color))
                painter.setPen(QColor("#333333"))
                painter.drawText(QPointF(x + box + 5, top + metrics.ascent()), s.label)
                x += width
            top += metrics.height() + 2
        return top

    def _axis(self, painter: QPainter, metrics: QFontMetricsF, plot: QRectF,
              ticks: list[float], top_value: float) -> None:
        grid = QPen(QColor("#dddddd"))
        for tick in ticks:
            text = self.axis_text(tick)
            painter.setPen(grid)
            if self.horizontal:
                x = plot.left() + plot.width() * tick / top_value
                painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
                painter.setPen(QColor("#555555"))
                painter.drawText(QRectF(x - 60, plot.bottom() + 4, 120, metrics.height()),
                                 Qt.AlignmentFlag.AlignHCenter, text)
            else:
                y = plot.bottom() - plot.height() * tick / top_value
                painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
                painter.setPen(QColor("#555555"))
                painter.drawText(QRectF(plot.left() - 200 - 6, y - metrics.height() / 2, 200, metrics.height()),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        painter.setPen(QPen(QColor("#888888")))
        if self.horizontal:
            painter.drawLine(plot.topLeft(), plot.bottomLeft())
        else:
            painter.drawLine(plot.bottomLeft(), plot.bottomRight())

    def _bars(self, painter: QPainter, metrics: QFontMetricsF, plot: QRectF, top_value: float) -> list[_Hit]:
        hits: list[_Hit] = []
        count = len(self.categories)
        slot = (plot.height() if self.horizontal else plot.width()) / count
        lanes = 1 if self.stacked else len(self.series)
        thickness = slot * 0.75 / lanes
        for i, category in enumerate(self.categories):
            start = (plot.top() if self.horizontal else plot.left()) + i * slot
            if i == self.highlight:
                band = (QRectF(plot.left(), start, plot.width(), slot) if self.horizontal
                        else QRectF(start, plot.top(), slot, plot.height()))
                painter.fillRect(band, QColor("#fff3c4"))
            self._category_label(painter, metrics, plot, category, start, slot, bold=i == self.highlight)
            base = 0.0
            for lane, s in enumerate(self.series):
                value = s.values[i]
                offset = start + slot * 0.125 + (0 if self.stacked else lane * thickness)
                length_from = base / top_value
                length_to = (base + value) / top_value
                rect = self._rect(plot, offset, thickness, length_from, length_to)
                if self.stacked:
                    base += value
                if value <= 0:
                    continue
                color = QColor(s.color)
                if self._hover == len(hits):
                    color = color.lighter(130)
                painter.fillRect(rect, color)
                label = f"{category}\n{s.label}: {self.value_text(value)}" if s.label else \
                    f"{category}: {self.value_text(value)}"
                hits.append(_Hit(rect, label))
                if not self.stacked:
                    self._value_label(painter, metrics, rect, self.value_text(value), thickness)
            if self.stacked and len(self.series) > 1 and base > 0:
                total = self._rect(plot, start + slot * 0.125, thickness, 0, base / top_value)
                self._value_label(painter, metrics, total, self.value_text(base), thickness)
        return hits

    def _rect(self, plot: QRectF, offset: float, thickness: float, lo: float, hi: float) -> QRectF:
        if self.horizontal:
            return QRectF(plot.left() + plot.width() * lo, offset, plot.width() * (hi - lo), thickness)
        return QRectF(offset, plot.bottom() - plot.height() * hi, thickness, plot.height() * (hi - lo))

    def _value_label(self, painter: QPainter, metrics: QFontMetricsF, bar: QRectF, text: str,
                     thickness: float) -> None:
        width = metrics.horizontalAdvance(text)
        painter.setPen(QColor("#222222"))
        if self.horizontal:
            if thickness >= metrics.height() * 0.8:
                painter.drawText(QPointF(bar.right() + 4, bar.center().y() + metrics.ascent() / 2 - 1), text)
        elif width <= thickness + 6 and bar.top() - metrics.height() > 0:
            painter.drawText(QPointF(bar.center().x() - width / 2, bar.top() - 3), text)

    def _category_label(self, painter: QPainter, metrics: QFontMetricsF, plot: QRectF, text: str,
                        start: float, slot: float, *, bold: bool) -> None:
        font = QFont(painter.font())
        font.setBold(bold)
        painter.save()
        painter.setFont(font)
        painter.setPen(QColor("#333333"))
        if self.horizontal:
            room = QRectF(0, start, plot.left() - 8, slot)
            painter.drawText(room, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(text, Qt.TextElideMode.ElideRight, room.width()))
        else:
            room = QRectF(start, plot.bottom() + 4, slot, metrics.height())
            painter.drawText(room, Qt.AlignmentFlag.AlignHCenter,
                             metrics.elidedText(text, Qt.TextElideMode.ElideRight, slot + 4))
        painter.restore()
