"""The plan-against-actual chart as a picture for printed documents.

Twelve months of the fiscal year: the sales target (grey) beside the sales (green, or
orange where a finished month fell more than 30% short). Drawn with QPainter onto an image
in the bundled Sarabun, then put into the document's HTML as a PNG data URL (Qt's text
layout reads those), so a PDF carries it without a file on the side.
"""

from __future__ import annotations

import base64
import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from otop_desk.domain.dates import ENGLISH_MONTHS_SHORT, THAI_MONTHS_SHORT, be_year
from otop_desk.fonts import FAMILY
from otop_desk.reports.images import png_bytes
from otop_desk.services.plans.data import PlanVsActual

TARGET, ACTUAL, BEHIND = QColor("#9AA5B1"), QColor("#009E73"), QColor("#D55E00")
SIZE = (1800, 760)  # pixels: 16 cm wide on paper at about 280 dpi


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanChart", text)


def nice_step(maximum: float, ticks: int = 5) -> float:
    if maximum <= 0:
        return 1.0
    raw = maximum / ticks
    power = 10 ** math.floor(math.log10(raw))
    return next(f * power for f in (1, 2, 2.5, 5, 10) if raw <= f * power)


def month_labels(result: PlanVsActual, lang: str) -> list[str]:
    names = THAI_MONTHS_SHORT if lang == "th" else ENGLISH_MONTHS_SHORT
    return [f"{names[m.month - 1]} {be_year(m.year) % 100:02d}" for m in result.months]


def chart_image(result: PlanVsActual, lang: str = "th", size: tuple[int, int] = SIZE) -> QImage:
    width, height = size
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont(FAMILY)
    font.setPixelSize(int(height / 22))
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    line = metrics.height()
    # legend
    items = [(TARGET, QCoreApplication.translate("PlanChart", "Sales target")), (ACTUAL, QCoreApplication.translate("PlanChart", "Sales")),
             (BEHIND, QCoreApplication.translate("PlanChart", "Sales more than 30% below target"))]
    x = 20.0
    for color, text in items:
        painter.fillRect(QRectF(x, 12 + line * 0.2, line * 0.7, line * 0.7), color)
        painter.setPen(QColor("#333333"))
        painter.drawText(QPointF(x + line, 12 + metrics.ascent()), text)
        x += line + metrics.horizontalAdvance(text) + 40
    values = [v.satang / 100 for m in result.months for v in (m.target, m.actual)]
    maximum = max(values, default=0.0)
    step = nice_step(maximum)
    top_value = step * max(math.ceil(maximum / step), 1)
    ticks = [step * i for i in range(int(round(top_value / step)) + 1)]
    tick_width = max(metrics.horizontalAdvance(f"{t:,.0f}") for t in ticks)
    plot = QRectF(tick_width + 30, 24 + line * 2.6, width - tick_width - 100, height - line * 4.4 - 30)
    for tick in ticks:
        y = plot.bottom() - plot.height() * tick / top_value
        painter.setPen(QPen(QColor("#DDDDDD"), 2))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QColor("#555555"))
        painter.drawText(QRectF(0, y - line / 2, tick_width + 20, line),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{tick:,.0f}")
    slot = plot.width() / 12
    bar = slot * 0.36
    for index, (month, label) in enumerate(zip(result.months, month_labels(result, lang), strict=True)):
        left = plot.left() + slot * index + slot * 0.1
        bars = [(0.0, month.target, TARGET)]
        if month.started:  # a month to come has no sales yet, not zero sales
            bars.append((bar, month.actual, BEHIND if month.behind else ACTUAL))
        for offset, value, color in bars:
            h = plot.height() * (value.satang / 100) / top_value
            painter.fillRect(QRectF(left + offset, plot.bottom() - h, bar, h), color)
        painter.setPen(QColor("#333333"))
        painter.drawText(QRectF(plot.left() + slot * index, plot.bottom() + 6, slot, line),
                         Qt.AlignmentFlag.AlignHCenter, label)
    painter.setPen(QPen(QColor("#555555"), 2))
    painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
    painter.setPen(QColor("#555555"))
    # The unit above the axis's figures, clear of the month names.
    painter.drawText(QRectF(0, plot.top() - line * 1.7, tick_width + 20, line), Qt.AlignmentFlag.AlignRight,
                     QCoreApplication.translate("PlanChart", "baht"))
    painter.end()
    return image


def chart_html(result: PlanVsActual, lang: str = "th", width: int = 620) -> str:
    """An ``<img>`` of the chart, ``width`` pixels wide in the document (the body of an
    A4 page is about 600)."""
    image = chart_image(result, lang)
    encoded = base64.b64encode(png_bytes(image)).decode("ascii")
    height = round(width * image.height() / image.width())
    return f'<img src="data:image/png;base64,{encoded}" width="{width}" height="{height}"/>'
