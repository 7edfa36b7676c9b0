"""The problem log, driven through its real widgets: log, two actions, resolve."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt

from otop_desk.domain.dates import format_date_numeric
from otop_desk.domain.enums import Helper, ProblemCategory, ProblemStatus
from otop_desk.services import Services
from otop_desk.services.groups import GroupData
from otop_desk.services.officer import Profile
from otop_desk.services.problems import ProblemData
from otop_desk.ui import messages
from otop_desk.ui.common.table_model import ROW_ROLE
from otop_desk.ui.problems.actions import ActionDialog, SettleDialog
from otop_desk.ui.problems.form import ProblemDialog
from otop_desk.ui.problems.tab import ProblemsTab
from otop_desk.ui.problems.table_model import OVERDUE
from tests.conftest import PINNED_NOW
from tests.ui.conftest import type_text

TODAY = PINNED_NOW.date()


@pytest.fixture
def tab(qtbot: Any, services: Services) -> ProblemsTab:
    services.officer.save(Profile(name="นางสาวกัญญา ใจดี", office="สพอ.เมืองขอนแก่น", province="ขอนแก่น"))
    g1 = services.groups.save(GroupData(name="กลุ่มทอผ้าไหมบ้านโนนสว่าง", member_count=12))
    g2 = services.groups.save(GroupData(name="กลุ่มแม่บ้านบ้านหนองแวง", member_count=8))
    services.problems.save(ProblemData(group_id=g1, found_date=TODAY - timedelta(days=40),
                                       category=ProblemCategory.FINANCE, description="ไม่มีการทำบัญชี",
                                       target_date=TODAY - timedelta(days=5)))
    services.problems.save(ProblemData(group_id=g2, found_date=TODAY - timedelta(days=10),
                                       category=ProblemCategory.MARKETING, description="ช่องทางขายน้อย"))
    widget = ProblemsTab(services)
    qtbot.addWidget(widget)
    widget.refresh()
    widget.show()
    return widget


def shown(tab: ProblemsTab) -> list[str]:
    return sorted(tab.proxy.index(r, 3).data() for r in range(tab.proxy.rowCount()))


def test_filters_overdue_highlight_and_summary(qtbot: Any, tab: ProblemsTab) -> None:
    assert tab.proxy.rowCount() == 2
    assert "เปิดอยู่ <b>2</b>" in tab.strip.text() and "เกินกำหนด" in tab.strip.text()
    tab.overdue_filter.setChecked(True)
    assert shown(tab) == ["ไม่มีการทำบัญชี"]
    row = tab.proxy.index(0, 0).data(ROW_ROLE)
    assert row.age_days == 40
    assert tab.proxy.index(0, 0).data(Qt.ItemDataRole.BackgroundRole).color() == OVERDUE.background
    tab.overdue_filter.setChecked(False)
    tab.category_filter.setCurrentIndex(tab.category_filter.findData(ProblemCategory.MARKETING.value))
    assert shown(tab) == ["ช่องทางขายน้อย"]
    tab.category_filter.setCurrentIndex(0)
    tab.group_filter.setCurrentIndex(tab.group_filter.findText("กลุ่มทอผ้าไหมบ้านโนนสว่าง"))
    assert shown(tab) == ["ไม่มีการทำบัญชี"]
    tab.group_filter.setCurrentIndex(0)
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(ProblemStatus.RESOLVED.value))
    assert shown(tab) == []
    tab.status_filter.setCurrentIndex(0)
    type_text(tab.search, "บัญชี")
    qtbot.waitUntil(lambda: shown(tab) == ["ไม่มีการทำบัญชี"])


def test_log_a_problem_add_two_actions_and_resolve(
    qtbot: Any, tab: ProblemsTab, on_modal: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def log(dialog: ProblemDialog) -> None:
        dialog.group.setCurrentIndex(dialog.group.findText("กลุ่มแม่บ้านบ้านหนองแวง"))
        dialog.found.line.setText(format_date_numeric(TODAY - timedelta(days=20)))
        dialog.category.setCurrentIndex(dialog.category.findData(ProblemCategory.PACKAGING.value))
        type_text(dialog.description, "บรรจุภัณฑ์ไม่สวย ขายในห้างไม่ได้")
        dialog.helpers[Helper.UNIVERSITY].setChecked(True)
        dialog.helpers[Helper.CDD_OFFICE].setChecked(True)
        type_text(dialog.helper_notes, "มหาวิทยาลัยขอนแก่น")
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)

    on_modal(ProblemDialog, log)
    tab.action_new.trigger()
    row = tab.current_row()
    assert row is not None and row.description == "บรรจุภัณฑ์ไม่สวย ขายในห้างไม่ได้"
    assert row.status == ProblemStatus.OPEN and tab.action_add.isEnabled()

    for days_ago, what, result in ((15, "ประสานมหาวิทยาลัยออกแบบ", "นัดประชุม"), (5, "ออกแบบฉลากใหม่", "ได้ต้นแบบ")):
        def act(dialog: ActionDialog, days_ago: int = days_ago, what: str = what, result: str = result) -> None:
            dialog.action_date.line.setText(format_date_numeric(TODAY - timedelta(days=days_ago)))
            type_text(dialog.what, what)
            type_text(dialog.result, result)
            assert dialog.status.value() == ProblemStatus.IN_PROGRESS
            assert not dialog.outcome.isVisible()
            dialog.accept()

        on_modal(ActionDialog, act)
        tab.action_add.trigger()
    row = tab.current_row()
    assert row is not None and row.status == ProblemStatus.IN_PROGRESS and row.action_count == 2
    assert "ออกแบบฉลากใหม่ (นางสาวกัญญา ใจดี)" in tab.proxy.index(tab.table.currentIndex().row(), 8).data()

    def resolve(dialog: SettleDialog) -> None:
        dialog.accept()  # no outcome yet: refused, the dialog stays
        assert dialog.isVisible()
        type_text(dialog.text, "ขายในห้างได้แล้ว ยอดขายเพิ่มขึ้น")
        dialog.accept()

    refused: list[str] = []
    monkeypatch.setattr(messages, "show_validation", lambda parent, error: refused.append(error.english()))
    on_modal(SettleDialog, resolve)
    tab.action_resolve.trigger()
    assert refused == ["A resolved problem needs its Outcome: say what changed."]
    row = tab.current_row()
    assert row is not None and row.status == ProblemStatus.RESOLVED
    data = tab.services.problems.get(row.id)
    assert data.outcome == "ขายในห้างได้แล้ว ยอดขายเพิ่มขึ้น" and data.resolved_date == TODAY
    assert data.helpers == {Helper.UNIVERSITY, Helper.CDD_OFFICE}
    assert not tab.action_add.isEnabled() and tab.action_reopen.isEnabled()


def test_delete_asks_first(qtbot: Any, tab: ProblemsTab, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: False)
    tab.table.selectRow(0)
    tab.delete_current()
    assert tab.proxy.rowCount() == 2
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    tab.delete_current()
    assert tab.proxy.rowCount() == 1
