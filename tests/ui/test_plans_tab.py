"""The Plans tab and the plan's form, driven through their real widgets: start a plan for a
group, type a target that is not a number and see it marked, agree the plan, start a new
version, and read plan against actual off the screen."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from otop_desk.domain.money import Money
from otop_desk.domain.plans import PlanSection
from otop_desk.services import Services
from otop_desk.services.plans import rules
from otop_desk.ui import messages
from otop_desk.ui.plans.form import PlanDialog
from otop_desk.ui.plans.new_plan import NewPlanDialog
from otop_desk.ui.plans.pages import FINANCE, MARKETING, PRODUCTION
from otop_desk.ui.plans.tab import PlansTab
from otop_desk.ui.widgets.field_marks import INVALID
from tests.ui.conftest import type_text
from tests.unit.plan_helpers import B, fair_sales, make_group, sell

FY2570 = 2027  # 1 Oct 2026 - 30 Sep 2027; the tests run on 22 Nov 2026


@pytest.fixture
def tab(qtbot: Any, services: Services) -> PlansTab:
    widget = PlansTab(services)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.refresh()
    widget.show()
    return widget


def click(button: Any) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def retype(widget: Any, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    type_text(widget, text)


def save_button(dialog: PlanDialog) -> Any:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_a_new_plan_needs_a_group_then_marks_a_target_that_is_not_a_number(
        tab: PlansTab, services: Services, on_modal: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    made = make_group(services)
    shown: list[str | None] = []
    monkeypatch.setattr(messages, "show_validation", lambda _p, e: shown.append(e.field))
    seen: dict[str, Any] = {}

    def choose(dialog: NewPlanDialog) -> None:
        assert dialog.year.currentText() == "ปีงบประมาณ 2570"  # this fiscal year, in Thai
        click(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))
        assert shown == [rules.F_GROUP] and dialog.isVisible()
        assert dialog.group.property(INVALID) is True  # said at the field
        dialog.group.setFocus()
        type_text(dialog.group.lineEdit(), "กลุ่มทอผ้าบ้านหนองแวง")
        on_modal(PlanDialog, fill)
        click(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))

    def fill(dialog: PlanDialog) -> None:
        seen["dialog"] = dialog
        pages = dialog.pages
        assert dialog.heading.text() == "กลุ่มทอผ้าบ้านหนองแวง · ปีงบประมาณ 2570"
        retype(pages.texts["summary"], "ผลิตผ้าไหมมัดหมี่ลายโบราณ ขายหน้าร้านและออนไลน์")
        assert pages.products.text(0, pages.products.NAME) == "ผ้าไหมมัดหมี่"  # drafted from the registry
        dialog.tabs.setCurrentIndex(MARKETING)
        retype(pages.targets.edits[0], "สองหมื่น")
        retype(pages.targets.edits[1], "25,000")
        click(save_button(dialog))
        assert shown[-1] == rules.F_TARGET and dialog.isVisible()
        assert dialog.tabs.currentIndex() == MARKETING
        assert pages.targets.edits[0].property(INVALID) is True
        assert "สองหมื่น" in pages.targets.edits[0].toolTip()
        assert pages.targets.edits[1].property(INVALID) is not True
        retype(pages.targets.edits[0], "20000")
        click(save_button(dialog))

    on_modal(NewPlanDialog, choose)
    click(tab.toolbar.widgetForAction(tab.action_new))
    dialog: PlanDialog = seen["dialog"]
    assert not dialog.isVisible()
    [row] = services.plans.rows(FY2570)
    assert row.group_id == made.group_id and row.number == 1 and row.agreed_date is None
    plan = services.plans.get(row.version_id)
    assert plan.targets[:2] == [B(20_000), B(25_000)] and plan.summary.startswith("ผลิตผ้าไหม")
    assert row.target == Money.sum(plan.targets)
    assert tab.model.rowCount() == 1


def test_bad_cells_of_the_lists_are_marked_where_they_are(
        qtbot: Any, services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    made = make_group(services)
    monkeypatch.setattr(messages, "show_validation", lambda *_a: None)
    dialog = PlanDialog(services, services.plans.draft(made.group_id, FY2570))
    qtbot.addWidget(dialog)
    dialog.show()
    pages = dialog.pages
    products = pages.products
    products.table.item(0, products.CAPACITY).setText("ยี่สิบ")
    costs = pages.lines[PlanSection.STARTUP_COST]
    costs.add_row()
    costs.table.item(0, 0).setText("กี่ทอผ้า")
    costs.table.item(0, 1).setText("-5")
    click(save_button(dialog))
    assert dialog.isVisible() and dialog.tabs.currentIndex() == PRODUCTION
    assert "ยี่สิบ" in products.table.item(0, products.CAPACITY).toolTip()
    assert costs.table.item(0, 1).toolTip()  # the negative cost, on its own page
    products.table.item(0, products.CAPACITY).setText("20")
    costs.table.item(0, 1).setText("30,000")
    click(save_button(dialog))
    assert not dialog.isVisible()
    saved = services.plans.get(dialog.saved_id)
    assert saved.products[0].capacity == 20 and saved.total(PlanSection.STARTUP_COST) == B(30_000)
    dialog.tabs.setCurrentIndex(FINANCE)


def test_agree_then_a_new_version_and_plan_against_actual(
        qtbot: Any, services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    made = make_group(services)
    draft = services.plans.draft(made.group_id, FY2570)
    draft.targets = [B(10_000)] * 12
    version = services.plans.save(draft)
    sell(services, made.group_id, date(2026, 10, 5), 4_000)  # October: 40% of the target
    fair_sales(services, [made.group_id], {date(2026, 10, 20): 1_500})  # not posted: counts too
    sell(services, made.group_id, date(2026, 11, 3), 9_000)
    monkeypatch.setattr(messages, "confirm", lambda *_a, **_k: True)
    dialog = PlanDialog(services, services.plans.get(version))
    qtbot.addWidget(dialog)
    dialog.show()

    table = dialog.actual.table
    assert table.item(0, 0).text() == "ตุลาคม 2569"
    assert [table.item(0, c).text() for c in range(1, 6)] == ["10,000.00", "4,000.00", "1,500.00", "5,500.00", "55.0%"]
    assert table.item(1, 4).text() == "9,000.00" and table.item(2, 4).text() == ""  # December has not begun
    assert dialog.actual.result is not None and dialog.actual.result.actual == B(14_500)

    retype(dialog.agreed_edit.line, "20/11/2569")
    click(dialog.agree_button)
    agreed = services.plans.get(version)
    assert agreed.agreed_date == date(2026, 11, 20)
    assert not save_button(dialog).isVisible() and dialog.pages.texts["summary"].isReadOnly()
    assert "20 พ.ย. 2569" in dialog.state.text()

    click(dialog.new_version_button)
    [v1, v2] = services.plans.versions(agreed.plan_id)
    assert (v1.number, v2.number) == (1, 2) and v2.agreed_date is None
    assert dialog._data.id == v2.id and save_button(dialog).isVisible()
    assert dialog.version_combo.count() == 2 and dialog.version_combo.currentIndex() == 1
    retype(dialog.pages.texts["goals"], "ยอดขายเพิ่มร้อยละ 10")
    dialog.version_combo.setCurrentIndex(0)
    dialog.version_combo.activated.emit(0)  # going back to version 1 keeps version 2's edits
    assert services.plans.get(v2.id).goals == "ยอดขายเพิ่มร้อยละ 10"
    assert dialog._data.id == v1.id and dialog.pages.texts["goals"].isReadOnly()


def test_an_agreed_date_still_to_come_is_refused_at_the_field(
        qtbot: Any, services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    made = make_group(services)
    shown: list[str | None] = []
    monkeypatch.setattr(messages, "show_validation", lambda _p, e: shown.append(e.field))
    monkeypatch.setattr(messages, "confirm", lambda *_a, **_k: True)
    dialog = PlanDialog(services, services.plans.draft(made.group_id, FY2570))
    qtbot.addWidget(dialog)
    dialog.show()
    retype(dialog.agreed_edit.line, "23/11/2569")  # tomorrow
    click(dialog.agree_button)
    assert shown == [rules.F_AGREED] and dialog.agreed_edit.line.property(INVALID) is True
    assert services.plans.rows() == []  # nothing saved


def test_the_tab_filters_by_fiscal_year_and_opens_the_groups_plan(
        tab: PlansTab, services: Services, on_modal: Any) -> None:
    made = make_group(services)
    for year in (FY2570 - 1, FY2570):
        draft = services.plans.draft(made.group_id, year)
        draft.targets = [B(1_000)] * 12
        services.plans.save(draft)
    tab.refresh()
    texts = [tab.year_filter.itemText(i) for i in range(tab.year_filter.count())]
    assert texts == ["ทุกปี", "ปีงบประมาณ 2570", "ปีงบประมาณ 2569"]
    assert tab.year_filter.currentIndex() == 1  # this fiscal year first
    assert tab.model.rowCount() == 1 and tab.model.row_at(0).fiscal_year == FY2570
    tab.year_filter.setCurrentIndex(0)
    assert tab.model.rowCount() == 2
    seen: list[str] = []
    on_modal(PlanDialog, lambda d: (seen.append(d.heading.text()), d.reject()))
    tab.open_for_group(made.group_id)
    assert seen == ["กลุ่มทอผ้าบ้านหนองแวง · ปีงบประมาณ 2570"]


def test_the_groups_tab_opens_a_groups_plan(qtbot: Any, services: Services, on_modal: Any) -> None:
    from otop_desk.ui.groups.tab import GroupsTab

    made = make_group(services)
    groups = GroupsTab(services)
    qtbot.addWidget(groups)
    groups.show()
    groups.refresh()
    assert not groups.action_plan.isEnabled()
    groups.select_id(made.group_id)
    assert groups.action_plan.isEnabled() and groups.action_plan.text() == "แผนธุรกิจ…"
    seen: list[str] = []

    def start(dialog: NewPlanDialog) -> None:
        assert dialog.group.group_id() == made.group_id  # the group chosen already
        on_modal(PlanDialog, lambda d: (seen.append(d.heading.text()), click(save_button(d))))
        click(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))

    on_modal(NewPlanDialog, start)
    groups.action_plan.trigger()
    assert seen == ["กลุ่มทอผ้าบ้านหนองแวง · ปีงบประมาณ 2570"]
    assert services.plans.find(made.group_id, FY2570) is not None


def test_the_list_shows_before_its_sales_which_follow_from_the_background(
        qtbot: Any, file_db: Any) -> None:
    # A province's year of cash books takes a while to sum: the plans show at once with
    # "…" for the sales, which fill in when read, keeping the plan chosen meanwhile.
    services = Services(file_db)
    made = make_group(services)
    other = make_group(services, "กลุ่มจักสานบ้านโนนสูง")
    for gid in (made.group_id, other.group_id):
        draft = services.plans.draft(gid, FY2570)
        draft.targets = [B(10_000)] * 12
        services.plans.save(draft)
    sell(services, made.group_id, date(2026, 10, 5), 4_000)
    sell(services, made.group_id, date(2026, 11, 3), 9_000)
    fair_sales(services, [other.group_id], {date(2026, 10, 20): 1_500})  # not posted: counts too
    widget = PlansTab(services)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.refresh()
    sales = 7
    assert [widget.model.index(r, sales).data() for r in range(2)] == ["…", "…"]
    widget.table.selectRow(1)
    chosen = widget.current_row()
    assert chosen is not None
    qtbot.waitUntil(lambda: widget.model.row_at(0).actual is not None)
    assert widget.current_row() is not None and widget.current_row().id == chosen.id
    by_group = {r.group_name: (r.actual, widget.model.index(i, sales).data(), widget.model.index(i, 8).data())
                for i, r in enumerate(widget.model.rows())}
    assert by_group == {"กลุ่มทอผ้าบ้านหนองแวง": (B(13_000), "13,000.00", "65.0%"),
                        "กลุ่มจักสานบ้านโนนสูง": (B(1_500), "1,500.00", "7.5%")}
    # The same figures as the whole list read at once (the CLI's and the reports').
    assert {r.id: r.actual for r in services.plans.rows(FY2570)} == {r.id: r.actual for r in widget.model.rows()}
