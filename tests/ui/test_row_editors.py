"""Every table of rows inside a form is typed the same way: Tab walks the cells, Tab on
the last cell adds a row (never wraps to row 1), Enter moves down, and Ctrl+Tab or
Ctrl+PgDn still turn the form's pages. Typed as a person types: each key goes to whatever
has the focus at that moment."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from otop_desk.domain.enums import MemberRole
from otop_desk.services import Services
from otop_desk.services.groups import GroupData, ProductData
from otop_desk.ui import messages
from otop_desk.ui.books.costing_dialog import CostingDialog
from otop_desk.ui.groups.form import GroupDialog
from otop_desk.ui.problems.form import ProblemDialog
from otop_desk.ui.visits.form import VisitDialog
from tests.ui.conftest import type_text

TAB = Qt.Key.Key_Tab
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A message box would block the test: record what it would have said instead."""
    said: list[str] = []
    monkeypatch.setattr(messages, "show_validation", lambda parent, error: said.append(error.english()))
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text, **kw: said.append(text) or True)
    return said


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_here(text: str) -> None:
    """Each character goes to the widget that has the focus when it is typed."""
    for ch in text:
        type_text(focused(), ch)


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifiers)


def shown(qtbot: Any, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()  # a closed cell editor hands focus back only in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def save(dialog: Any) -> None:
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()


def test_three_members_typed_with_tab_are_three_members_saved(qtbot: Any, services: Services,
                                                             no_message_boxes: list[str]) -> None:
    dialog = shown(qtbot, GroupDialog(services))
    type_here("กลุ่มจักสานบ้านโคกสี")
    dialog.member_count.setValue(15)
    dialog.tabs.setCurrentIndex(3)
    qtbot.mouseClick(dialog.members.add_button, Qt.MouseButton.LeftButton)
    people = [("นางหนึ่ง ใจดี", "0812345678"), ("นางสอง มีสุข", "0898765432"), ("นายสาม ศรีสุข", "")]
    for name, phone in people:
        type_here(name)
        press(TAB)  # to the role
        press(TAB)  # to the phone
        type_here(phone)
        press(TAB)  # after the last cell: a new row, never back to row 1
    assert dialog.members.row_count() == 4  # the three and one blank row to go on typing
    assert dialog.members.table.currentRow() == 3 and dialog.members.table.currentColumn() == 0
    save(dialog)
    assert no_message_boxes == []
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = services.groups.get(dialog.saved_id)
    assert sorted((m.name, m.phone) for m in saved.members) == sorted(people)


def test_the_role_combo_is_on_the_way_and_keeps_its_choice(qtbot: Any, services: Services) -> None:
    dialog = shown(qtbot, GroupDialog(services))
    type_here("กลุ่มทอผ้า")
    dialog.member_count.setValue(15)
    dialog.tabs.setCurrentIndex(3)
    dialog.members.add_row()
    type_here("นางประธาน")
    press(TAB)
    role = focused()
    assert role is dialog.members.table.cellWidget(0, 1)
    press(Qt.Key.Key_Home)
    assert dialog.members.combo_value(0, 1) == MemberRole.CHAIR.value
    press(Qt.Key.Key_Backtab)  # Shift+Tab goes back to the name
    assert dialog.members.table.currentColumn() == 0
    press(Qt.Key.Key_Backtab)  # and from the first cell out of the table, not round to the end
    assert not dialog.members.table.isAncestorOf(focused()) and focused() is not dialog.members.table
    assert dialog.members.row_count() == 1 and dialog.members.text(0, 0) == "นางประธาน"
    save(dialog)
    assert services.groups.get(dialog.saved_id).members[0].role == MemberRole.CHAIR


def test_products_tab_past_the_last_cell_adds_a_row(qtbot: Any, services: Services) -> None:
    dialog = shown(qtbot, GroupDialog(services))
    type_here("กลุ่มน้ำพริก")
    dialog.tabs.setCurrentIndex(2)
    products = dialog.products
    products.add_row()
    for name in ("น้ำพริกเผา", "น้ำพริกตาแดง"):
        type_here(name)
        press(TAB)
        type_here("45")  # the price
        press(TAB)  # the unit
        press(TAB)  # past the stars and star year (shown, from the star rounds) to a new row
    assert products.row_count() == 3 and products.table.currentRow() == 2
    save(dialog)
    assert sorted(p.name for p in services.groups.get(dialog.saved_id).products) == ["น้ำพริกตาแดง", "น้ำพริกเผา"]


def test_costing_lines_tab_on_past_the_total_into_a_new_line(qtbot: Any, services: Services) -> None:
    gid = services.groups.save(GroupData(name="กลุ่มแม่บ้าน", products=[ProductData(name="น้ำพริกเผา")]))
    product = services.groups.get(gid).products[0].id
    assert product is not None
    dialog = shown(qtbot, CostingDialog(services, gid, services.costing.draft(product), new=True))
    lines = dialog.lines
    lines.add_row()
    press(TAB)  # the kind combo keeps its choice; on to the item
    for item, qty, cost in (("พริกแห้ง", "2", "80"), ("กระเทียม", "1", "60")):
        type_here(item)
        press(TAB)
        type_here(qty)
        press(TAB)
        press(TAB)  # unit left empty
        type_here(cost)
        press(TAB)  # shared over batches: 1
        press(TAB)  # the computed total is skipped: a new line, its kind first
        press(TAB)
    assert lines.row_count() == 3
    assert [line.name for line in lines.lines()] == ["พริกแห้ง", "กระเทียม"]
    assert dialog.figures["batch"].text() == "220.00 บาท"


def test_visit_follow_ups_and_problem_actions_add_rows_with_tab(qtbot: Any, services: Services) -> None:
    gid = services.groups.save(GroupData(name="กลุ่มทอผ้า"))
    visit = shown(qtbot, VisitDialog(services))
    visit.tabs.setCurrentIndex(2)
    visit.follow_ups.add_row()
    type_here("ส่งแบบกล่อง")
    for _ in range(visit.follow_ups.table.columnCount()):
        press(TAB)  # due, responsible, done, date done, then a new row
    assert visit.follow_ups.row_count() == 2 and visit.follow_ups.table.currentRow() == 1

    problem = shown(qtbot, ProblemDialog(services))
    problem.group.set_group(gid)
    problem.tabs.setCurrentIndex(1)
    actions = problem.actions
    actions.add_row()
    type_here("โทรประสานพาณิชย์จังหวัด")
    for _ in range(actions.table.columnCount()):
        press(TAB)
    assert actions.row_count() == 2
    for _ in range(actions.table.columnCount()):
        press(TAB)
    assert actions.row_count() == 2  # an untouched new row (only its date filled) is not piled on


@pytest.mark.parametrize("keys", [(TAB, CTRL), (Qt.Key.Key_PageDown, CTRL)])
def test_ctrl_tab_and_ctrl_pgdn_in_a_table_turn_the_form_page(
    qtbot: Any, services: Services, keys: tuple[Qt.Key, Qt.KeyboardModifier]
) -> None:
    dialog = shown(qtbot, GroupDialog(services))
    dialog.tabs.setCurrentIndex(3)
    dialog.members.add_row()
    type_here("นางหนึ่ง")  # a cell editor is open
    press(*keys)
    assert dialog.tabs.currentIndex() == 4
    assert dialog.members.text(0, 0) == "นางหนึ่ง"  # what was typed is kept
    dialog.tabs.setCurrentIndex(3)
    dialog.members.table.setFocus()
    dialog.members.table.setCurrentCell(0, 1)
    dialog.members.table.cellWidget(0, 1).setFocus()  # on the role combo
    press(*keys)
    assert dialog.tabs.currentIndex() == 4
    if keys[0] == TAB:
        press(Qt.Key.Key_Backtab, CTRL | Qt.KeyboardModifier.ShiftModifier)
    else:
        press(Qt.Key.Key_PageUp, CTRL)
    assert dialog.tabs.currentIndex() == 3
