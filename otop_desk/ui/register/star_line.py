"""A product's star history as a line of rounds: one point per OPC round, its BE year
below and its stars above, the line rising with the level."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from otop_desk.domain.dates import be_year

_GOLD = QColor("#E69F00")
_LINE = QColor("#0072B2")


class StarLine(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rounds: list[tuple[int, int]] = []  # (CE year, level), oldest first
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(112)

    def set_rounds(self, rounds: list[tuple[int, int]]) -> None:
        self._rounds = list(rounds)
        self.setToolTip(" → ".join(f"{be_year(y)}: {'★' * level}" for y, level in self._rounds))
        self.update()

    def rounds(self) -> list[tuple[int, int]]:
        return list(self._rounds)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        return QSize(600, 112)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt naming
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.rect().adjusted(40, 26, -40, -26)
        if not self._rounds:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             self.tr("No OPC round recorded yet"))
            return
        count = len(self._rounds)
        step = rect.width() / max(count - 1, 1)

        def point(i: int, level: int) -> QPointF:
            x = rect.left() + (step * i if count > 1 else rect.width() / 2)
            y = rect.bottom() - (level - 1) / 4 * rect.height()
            return QPointF(x, y)

        points = [point(i, level) for i, (_y, level) in enumerate(self._rounds)]
        painter.setPen(QPen(_LINE, 2))
        for a, b in zip(points, points[1:], strict=False):
            painter.drawLine(a, b)
        metrics = painter.fontMetrics()
        for (year, level), p in zip(self._rounds, points, strict=True):
            painter.setPen(QPen(_LINE, 2))
            painter.setBrush(_GOLD)
            painter.drawEllipse(p, 6, 6)
            stars = "★" * level
            painter.setPen(_GOLD.darker(130))
            width = metrics.horizontalAdvance(stars) + 8
            painter.drawText(QRectF(p.x() - width / 2, p.y() - 26, width, 18), Qt.AlignmentFlag.AlignCenter, stars)
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(p.x() - 40, p.y() + 8, 80, 18), Qt.AlignmentFlag.AlignCenter,
                             str(be_year(year)))
