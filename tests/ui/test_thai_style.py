"""Tab labels keep the Thai vowels written below the line (บูธ, ผู้) inside the tab."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyleFactory, QTabBar

from otop_desk.ui.common.thai_style import ThaiStyle, below_line_room

LABEL = "งานแสดงสินค้าและบูธ"


def _bar(qtbot: Any, style: Any) -> QTabBar:
    bar = QTabBar()
    qtbot.addWidget(bar)
    bar.setStyle(style)
    bar.addTab(LABEL)
    return bar


def test_a_tab_is_tall_enough_for_the_marks_below_the_line(qtbot: Any) -> None:
    base = QStyleFactory.create("fusion")
    plain, thai = _bar(qtbot, base), _bar(qtbot, ThaiStyle("fusion"))
    metrics = QFontMetrics(thai.font())
    assert thai.tabSizeHint(0).height() == plain.tabSizeHint(0).height() + below_line_room(metrics)
    assert thai.tabSizeHint(0).width() == plain.tabSizeHint(0).width()
    # The label's ink, centred in the tab, stays clear of the tab's frame.
    ink = metrics.tightBoundingRect(LABEL).height()
    assert ink + 2 * 2 <= thai.tabSizeHint(0).height()
