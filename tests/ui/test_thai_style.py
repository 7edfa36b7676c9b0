"""Tab labels keep the Thai vowels written below the line (บูธ, ผู้) inside the tab."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QTabBar, QWidget

from otop_desk.ui.common.thai_style import ThaiTabBar, below_line_room, tab_widget

LABEL = "งานแสดงสินค้าและบูธ"


def test_a_tab_is_tall_enough_for_the_marks_below_the_line(qtbot: Any) -> None:
    plain, thai = QTabBar(), ThaiTabBar()
    for bar in (plain, thai):
        qtbot.addWidget(bar)
        bar.addTab(LABEL)
    metrics = QFontMetrics(thai.font())
    assert thai.tabSizeHint(0).height() == plain.tabSizeHint(0).height() + below_line_room(metrics)
    assert thai.tabSizeHint(0).width() == plain.tabSizeHint(0).width()
    # The label's ink, centred in the tab, stays clear of the tab's frame.
    assert metrics.tightBoundingRect(LABEL).height() + 2 * 2 <= thai.tabSizeHint(0).height()


def test_the_tab_widgets_of_the_window_use_it(qtbot: Any) -> None:
    tabs = tab_widget()
    qtbot.addWidget(tabs)
    tabs.addTab(QWidget(), LABEL)
    assert isinstance(tabs.tabBar(), ThaiTabBar) and tabs.count() == 1
