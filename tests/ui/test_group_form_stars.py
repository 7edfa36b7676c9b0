"""The group form shows a product's stars and star year, from its star rounds in the
register, and lets nobody type them: Tab passes them by, no cell editor opens on them,
and saving the form leaves them as the rounds set them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from otop_desk.services import Services
from otop_desk.services.groups import GroupData, ProductData
from otop_desk.services.register import StarRoundData
from otop_desk.ui.groups.editors import STAR_YEAR, STARS
from otop_desk.ui.groups.form import GroupDialog
from tests.ui.conftest import type_text

PRODUCTS = 2  # the form's page of products


def test_stars_are_shown_from_the_rounds_and_kept_by_the_save(qtbot: Any, services: Services) -> None:
    gid = services.groups.save(GroupData(name="กลุ่มทอผ้าไหมบ้านโนนสว่าง",
                                         products=[ProductData(name="ผ้าไหมมัดหมี่", unit="ผืน")]))
    product = services.groups.get(gid).products[0].id
    services.register.save_round(StarRoundData(product_id=product, round_year=2024, level=4))
    dialog = GroupDialog(services, services.groups.get(gid))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()  # a cell editor takes the focus only in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.tabs.setCurrentIndex(PRODUCTS)
    editor = dialog.products
    assert (editor.text(0, STARS), editor.text(0, STAR_YEAR)) == ("★★★★", "2567")
    header = editor.table.horizontalHeaderItem(STARS).toolTip()
    assert "ทะเบียนผลิตภัณฑ์" in header and editor.table.item(0, STARS).toolTip() == header
    for column in (STARS, STAR_YEAR):
        assert editor.cell_widget(0, column) is None  # no choice list any more
        editor.table.editItem(editor.table.item(0, column))  # as a double click or F2 asks
        assert editor.table.state() != editor.table.State.EditingState
    # the unit typed, Tab goes past the stars to a new row
    editor.enter_cell(0, 2)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(QApplication.focusWidget(), "ผืนใหญ่")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert (editor.table.currentRow(), editor.table.currentColumn()) == (1, 0)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    saved = services.groups.get(gid).products[0]
    assert (saved.unit, saved.star_level, saved.star_year) == ("ผืนใหญ่", 4, 2024)
