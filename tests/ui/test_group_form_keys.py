"""The group form typed from the keyboard: the village number (หมู่ที่) takes every digit
however the focus reached it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from otop_desk.services import Services
from otop_desk.ui.groups.form import GroupDialog
from tests.ui.test_row_editors import CTRL, TAB, focused, press, save, shown, type_here

ADDRESS_PAGE = 1


def test_village_number_reached_with_ctrl_tab_takes_both_digits(qtbot: Any, services: Services) -> None:
    dialog = shown(qtbot, GroupDialog(services))
    type_here("กลุ่มทอผ้าไหม")
    press(TAB, CTRL)  # to the address page: its first field, the village number
    assert dialog.tabs.currentIndex() == ADDRESS_PAGE
    assert focused() is dialog.moo
    type_here("12")
    press(TAB)
    assert focused() is dialog.village
    type_here("บ้านโนนสว่าง")
    save(dialog)
    assert services.groups.get(dialog.saved_id).moo == 12


def test_village_number_takes_every_digit_by_shift_tab_or_click(qtbot: Any, services: Services) -> None:
    dialog = shown(qtbot, GroupDialog(services))
    dialog.tabs.setCurrentIndex(ADDRESS_PAGE)
    dialog.village.setFocus()
    press(Qt.Key.Key_Backtab)
    assert focused() is dialog.moo
    type_here("12")
    assert dialog.moo.value() == 12
    dialog.moo.setValue(None)
    qtbot.mouseClick(dialog.moo, Qt.MouseButton.LeftButton)  # the caret lands after any text
    type_here("7")
    assert dialog.moo.value() == 7
    dialog.moo.setValue(3)
    qtbot.mouseClick(dialog.moo, Qt.MouseButton.LeftButton)
    press(Qt.Key.Key_End)
    press(Qt.Key.Key_Backspace)
    type_here("๑๔")  # Thai digits from a Thai keyboard
    assert dialog.moo.value() == 14
    type_here("5")  # no room for a third digit
    assert dialog.moo.value() == 14


def test_tab_goes_from_the_page_tabs_into_the_page_and_the_buttons_come_last(
    qtbot: Any, services: Services
) -> None:
    dialog = shown(qtbot, GroupDialog(services))
    dialog.tabs.tabBar().setFocus()
    press(Qt.Key.Key_Right)
    assert dialog.tabs.currentIndex() == ADDRESS_PAGE
    press(TAB)
    assert focused() is dialog.moo
    dialog.tabs.setCurrentIndex(0)
    dialog.status.setFocus()  # the last field of the first page
    press(TAB)
    assert focused() is dialog.buttons.button(dialog.buttons.StandardButton.Save)
