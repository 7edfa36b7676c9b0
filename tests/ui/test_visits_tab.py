"""The visits tab, driven through its real widgets."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintPreviewDialog

from otop_desk.domain.dates import format_date_numeric
from otop_desk.domain.enums import MemberRole, ProblemCategory, ProblemStatus, VisitPurpose
from otop_desk.services import Services
from otop_desk.services.groups import GroupData, MemberData
from otop_desk.services.officer import Profile
from otop_desk.services.visits import VisitData
from otop_desk.ui import messages
from otop_desk.ui.groups.form import GroupDialog
from otop_desk.ui.visits.form import VisitDialog
from otop_desk.ui.visits.tab import VisitsTab
from tests.conftest import PINNED_NOW
from tests.ui.conftest import type_text

DAY = PINNED_NOW.date() - timedelta(days=3)


@pytest.fixture
def tab(qtbot: Any, services: Services) -> VisitsTab:
    services.officer.save(Profile(name="นางสาวกัญญา ใจดี", office="สพอ.เมืองขอนแก่น", province="ขอนแก่น"))
    g1 = services.groups.save(GroupData(name="กลุ่มทอผ้าไหมบ้านโนนสว่าง", village="บ้านโนนสว่าง", member_count=12,
                                        members=[MemberData(name="นางสมศรี ทองดี", role=MemberRole.CHAIR),
                                                 MemberData(name="นางบุญมา แสงทอง")]))
    g2 = services.groups.save(GroupData(name="กลุ่มแม่บ้านบ้านหนองแวง", member_count=8))
    services.visits.save(VisitData(group_id=g1, visit_date=date(2026, 1, 15), officers="นางสาวกัญญา ใจดี",
                                   people_met=5, observations="ทอผ้าลายใหม่"))
    services.visits.save(VisitData(group_id=g2, visit_date=date(2026, 2, 3), officers="นางสาวกัญญา ใจดี",
                                   people_met=3, purpose=VisitPurpose.EVALUATION))
    widget = VisitsTab(services)
    qtbot.addWidget(widget)
    widget.refresh()
    widget.show()
    return widget


def test_filters_by_text_group_and_month(qtbot: Any, tab: VisitsTab) -> None:
    assert tab.proxy.rowCount() == 2
    type_text(tab.search, "ลายใหม่")
    # The table is queried in SQL once typing pauses.
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 1)
    tab.search.clear()
    tab.group_filter.setCurrentIndex(tab.group_filter.findText("กลุ่มแม่บ้านบ้านหนองแวง"))
    assert [tab.proxy.index(r, 1).data() for r in range(tab.proxy.rowCount())] == ["กลุ่มแม่บ้านบ้านหนองแวง"]
    tab.group_filter.setCurrentIndex(0)
    tab.month_filter.setCurrentIndex(tab.month_filter.findText("มกราคม 2569"))
    assert tab.proxy.rowCount() == 1 and tab.count_label.text() == "แสดง 1 จาก 2 การเยี่ยม"
    tab.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)


def test_create_visit_with_member_follow_up_and_problem(qtbot: Any, tab: VisitsTab, on_modal: Any) -> None:
    def fill(dialog: VisitDialog) -> None:
        type_text(dialog.group.lineEdit(), "โนนสว่าง")
        dialog.group.setCurrentIndex(dialog.group.findText("กลุ่มทอผ้าไหมบ้านโนนสว่าง (บ้านโนนสว่าง)"))
        assert dialog.members.count() == 2
        assert dialog.officers.text() == "นางสาวกัญญา ใจดี"  # from the officer profile
        dialog.visit_date.line.setText(format_date_numeric(DAY))
        dialog.purpose.setCurrentIndex(dialog.purpose.findData(VisitPurpose.ENCOURAGEMENT.value))
        dialog.members.item(0).setCheckState(Qt.CheckState.Checked)
        assert dialog.people.value() == 1  # ticking a name counts the person
        dialog.people.setValue(7)
        dialog.tabs.setCurrentIndex(1)
        type_text(dialog.observations, "กลุ่มขาดบรรจุภัณฑ์")
        type_text(dialog.advice, "ประสานมหาวิทยาลัยออกแบบกล่อง")
        dialog.tabs.setCurrentIndex(2)
        qtbot.mouseClick(dialog.follow_ups.add_button, Qt.MouseButton.LeftButton)
        for text in ("ส่งแบบกล่อง", format_date_numeric(DAY + timedelta(days=14)), "ประธานกลุ่ม"):
            editor = dialog.focusWidget()
            type_text(editor, text)
            qtbot.keyClick(editor, Qt.Key.Key_Tab)
        dialog.tabs.setCurrentIndex(3)
        qtbot.mouseClick(dialog.found.add_button, Qt.MouseButton.LeftButton)
        editor = dialog.focusWidget()
        type_text(editor, "บรรจุภัณฑ์ไม่ดึงดูด")
        qtbot.keyClick(editor, Qt.Key.Key_Tab)
        dialog.found.table.cellWidget(0, 1).setCurrentIndex(
            dialog.found.table.cellWidget(0, 1).findData(ProblemCategory.PACKAGING.value))
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)

    on_modal(VisitDialog, fill)
    tab.action_new.trigger()
    assert tab.proxy.rowCount() == 3
    row = tab.current_row()
    assert row is not None and row.group_name == "กลุ่มทอผ้าไหมบ้านโนนสว่าง"
    assert (row.people_met, row.problem_count, row.follow_up_due) == (7, 1, DAY + timedelta(days=14))
    data = tab.services.visits.get(row.id)
    assert data.actions[0].responsible == "ประธานกลุ่ม" and len(data.member_ids) == 1
    problem = tab.services.problems.get(data.problems[0].id)  # type: ignore[arg-type]
    assert (problem.category, problem.status, problem.visit_id) == (ProblemCategory.PACKAGING, ProblemStatus.OPEN, row.id)


def test_invalid_visit_stays_open_and_names_the_field(
    qtbot: Any, tab: VisitsTab, on_modal: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_validation", lambda parent, error: shown.append(error.english()))

    def fill(dialog: VisitDialog) -> None:
        dialog.accept()
        assert dialog.isVisible()
        dialog.reject()

    on_modal(VisitDialog, fill)
    tab.action_new.trigger()
    assert shown == ["Choose the Group."]


def test_edit_then_delete(qtbot: Any, tab: VisitsTab, on_modal: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    type_text(tab.search, "หนองแวง")
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 1)
    tab.table.selectRow(0)

    def edit(dialog: VisitDialog) -> None:
        dialog.officers.clear()
        type_text(dialog.officers, "นายสมชาย")
        dialog.accept()

    on_modal(VisitDialog, edit)
    tab.edit_current()
    row = tab.current_row()
    assert row is not None and row.officers == "นายสมชาย"
    asked: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda p, t, text, **k: asked.append(text) or True)
    tab.delete_current()
    assert "กลุ่มแม่บ้านบ้านหนองแวง" in asked[0]
    tab.search.clear()
    assert tab.proxy.rowCount() == 1


def test_print_opens_a_preview(qtbot: Any, tab: VisitsTab) -> None:
    assert not tab.can_print()
    tab.table.selectRow(0)
    assert tab.can_print()
    tab.print_current()
    assert isinstance(tab.last_preview, QPrintPreviewDialog)
    assert "กลุ่ม" in tab.last_preview.windowTitle()
    tab.last_preview.close()


def test_group_form_shows_the_visit_history(qtbot: Any, tab: VisitsTab) -> None:
    group_id = tab.services.visits.rows()[0].group_id
    dialog = GroupDialog(tab.services, tab.services.groups.get(group_id))
    qtbot.addWidget(dialog)
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert "การเยี่ยมและปัญหา" in titles
    history = dialog.tabs.widget(titles.index("การเยี่ยมและปัญหา"))
    assert history.visit_model.rowCount() == 1


def test_print_month_takes_every_visit_of_the_month_not_only_the_first_page(
        qtbot: Any, file_db: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from otop_desk.ui.common.paged_model import PAGE_SIZE

    services = Services(file_db)
    group = services.groups.save(GroupData(name="กลุ่มทอผ้าบ้านโนน"))
    count = PAGE_SIZE + 30
    for n in range(count):
        services.visits.save(VisitData(group_id=group, visit_date=date(2026, 10, 1 + n % 28), officers="ก"),
                             today=date(2026, 11, 21))
    tab = VisitsTab(services)
    qtbot.addWidget(tab)
    tab.show()
    tab.refresh()
    printed: list[list[Any]] = []
    monkeypatch.setattr(tab, "_print_many", printed.append)
    months = [tab.month_filter.itemData(i) for i in range(tab.month_filter.count())]
    tab.month_filter.setCurrentIndex(months.index((2026, 10)))  # (findData compares tuples by identity)
    tab.print_month()  # at once: the month's count may still be on its way
    assert len(printed[0]) == count


def test_print_month_writes_a_pdf_in_a_child_process_and_opens_it(
        qtbot: Any, file_db: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    services = Services(file_db)
    group = services.groups.save(GroupData(name="กลุ่มทอผ้าบ้านโนน"))
    for day in (3, 17):
        services.visits.save(VisitData(group_id=group, visit_date=date(2026, 10, day), officers="สมชาย",
                                       observations="ตรวจบัญชีและสต็อกผ้า"), today=date(2026, 11, 21))
    tab = VisitsTab(services)
    qtbot.addWidget(tab)
    tab.show()
    tab.refresh()
    target = tmp_path / "เยี่ยม-ตุลาคม"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    months = [tab.month_filter.itemData(i) for i in range(tab.month_filter.count())]
    tab.month_filter.setCurrentIndex(months.index((2026, 10)))
    tab.print_month()
    pdf = tmp_path / "เยี่ยม-ตุลาคม.pdf"
    data = pdf.read_bytes()
    assert opened == [str(pdf)] and data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page(?![s\w])", data)) >= 2  # a summary per visit
    assert not list(tmp_path.glob("*.partial"))
