"""Tab bars with room for Thai vowels written below the line.

Qt sizes a tab to the font's ascent and descent, but the vowels written below a
consonant (ุ ู as in บูธ, ผู้) reach further down in Thai faces: the tab's bottom edge cut
them off (งานแสดงสินค้าและบูธ read as บธ). Every tab of OTOP Desk's tab widgets gets a
quarter of a line more height; the label stays centred in it.

A tab bar of its own, not a style for the whole application: a style written in Python
is called for the size of every widget the window lays out (a thousand calls when a tab
opens), a tab bar only for its tabs.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QTabBar, QTabWidget, QWidget


class ThaiTabBar(QTabBar):
    def tabSizeHint(self, index: int) -> QSize:  # noqa: N802 - Qt naming
        found = super().tabSizeHint(index)
        return QSize(found.width(), found.height() + below_line_room(QFontMetrics(self.font())))


def below_line_room(metrics: QFontMetrics) -> int:
    return max(4, metrics.height() // 4)


def tab_widget(parent: QWidget | None = None) -> QTabWidget:
    """A QTabWidget whose tabs keep Thai marks below the line whole."""
    tabs = QTabWidget(parent)
    tabs.setTabBar(ThaiTabBar(tabs))  # before any tab is added, as Qt asks
    return tabs
