"""The application's style, with room in tab labels for Thai marks below the line.

Qt sizes a tab to the font's ascent and descent, but the vowels written below a
consonant (ุ ู as in บูธ, ผู้) reach further down in Thai faces: the tab's bottom edge cut
them off (งานแสดงสินค้าและบูธ read as บธ). Every tab bar gets a quarter of a line more
height; the label stays centred in it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget


class ThaiStyle(QProxyStyle):
    def sizeFromContents(self, kind: QStyle.ContentsType, option: QStyleOption | None,  # noqa: N802 - Qt naming
                         size: QSize, widget: QWidget | None = None) -> QSize:
        found = super().sizeFromContents(kind, option, size, widget)
        if kind == QStyle.ContentsType.CT_TabBarTab:
            font = widget.font() if widget is not None else QApplication.font()
            return QSize(found.width(), found.height() + below_line_room(QFontMetrics(font)))
        return found


def below_line_room(metrics: QFontMetrics) -> int:
    return max(4, metrics.height() // 4)


def use_thai_style(app: QApplication) -> None:
    # The proxy takes the platform's style over: the look stays the platform's.
    app.setStyle(ThaiStyle(app.style().name()))
