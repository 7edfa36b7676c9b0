"""Opening a record from anywhere goes through the navigator, by the record's kind:
a form opens another area's record without importing its form, and a tab shows a
record its own filters hide by clearing them itself."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from otop_desk.domain.enums import ProblemCategory, ProblemStatus
from otop_desk.domain.records import RecordKind
from otop_desk.services import Services
from otop_desk.services.groups import GroupData
from otop_desk.services.problems import ProblemData
from otop_desk.services.visits import VisitData
from otop_desk.ui.common.settings import AppSettings
from otop_desk.ui.problems.form import ProblemDialog
from otop_desk.ui.problems.tab import ProblemsTab
from otop_desk.ui.shell.main_window import MainWindow
from otop_desk.ui.visits.form import VisitDialog


def test_a_kind_is_named_by_its_table_or_its_name() -> None:
    assert RecordKind.named("producer_group") is RecordKind.GROUP
    assert RecordKind.named("group") is RecordKind.GROUP
    assert RecordKind.named("visit") is RecordKind.VISIT
    with pytest.raises(ValueError, match="not a kind of record"):
        RecordKind.named("cash_entry")


def seed(services: Services) -> tuple[Any, Any]:
    today = services.clock.today()
    group = services.groups.save(GroupData(name="กลุ่มทอผ้าบ้านโนน"))
    visit = services.visits.save(VisitData(group_id=group, visit_date=today - timedelta(days=3),
                                           officers="สมชาย"), today=today)
    problem = services.problems.save(ProblemData(
        group_id=group, found_date=today - timedelta(days=3), category=ProblemCategory.FINANCE,
        description="ไม่มีการทำบัญชี", visit_id=visit))
    return visit, problem


def test_a_problem_opens_its_visit(qtbot: Any, services: Services, on_modal: Any) -> None:
    visit, problem = seed(services)
    dialog = ProblemDialog(services, services.problems.get(problem))
    qtbot.addWidget(dialog)
    dialog.show()
    seen: list[Any] = []
    on_modal(VisitDialog, lambda d: (seen.append(d.group.currentText()), d.reject()))
    QTest.mouseClick(dialog.open_visit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == ["กลุ่มทอผ้าบ้านโนน"]


def test_the_window_opens_a_record_its_tab_filters_hide(
    qtbot: Any, services: Services, settings: AppSettings, on_modal: Any
) -> None:
    _visit, problem = seed(services)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    tab = window.show_tab(ProblemsTab)
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(ProblemStatus.RESOLVED.value))
    tab.overdue_filter.setChecked(True)
    tab.search.setText("ไม่มีปัญหานี้")
    window.tabs.setCurrentIndex(0)
    opened: list[Any] = []
    on_modal(ProblemDialog, lambda d: (opened.append(d.description.toPlainText()), d.reject()))
    assert window.open_record(RecordKind.PROBLEM, problem)
    assert opened == ["ไม่มีการทำบัญชี"]
    assert window.current_tab() is tab
    assert tab.status_filter.currentIndex() == 0 and not tab.overdue_filter.isChecked()
    assert tab.search.text() == "" and tab.current_row().id == problem
