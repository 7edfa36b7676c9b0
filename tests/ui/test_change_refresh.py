"""What is saved on one tab shows on every other at once, without F5; and only what is
looked at is read again (a hidden tab waits until it is shown)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from otop_desk.domain.dates import format_date_numeric
from otop_desk.domain.enums import ProblemCategory
from otop_desk.services import Services
from otop_desk.services.groups import GroupData
from otop_desk.services.officer import Profile
from otop_desk.services.problems import ProblemData
from otop_desk.ui.books.tab import BooksTab
from otop_desk.ui.common.record_tab import RecordTab
from otop_desk.ui.common.settings import AppSettings
from otop_desk.ui.exports.menu import PendingLabel
from otop_desk.ui.groups.form import GroupDialog
from otop_desk.ui.groups.tab import GroupsTab
from otop_desk.ui.problems.tab import ProblemsTab
from otop_desk.ui.shell.main_window import MainWindow
from otop_desk.ui.visits.form import VisitDialog
from otop_desk.ui.visits.tab import VisitsTab
from tests.conftest import PINNED_NOW
from tests.ui.conftest import type_text

TODAY = PINNED_NOW.date()
T = TypeVar("T", bound=QWidget)


@pytest.fixture
def window(qtbot: Any, services: Services, settings: AppSettings) -> MainWindow:
    services.officer.save(Profile(name="นางสาวกัญญา ใจดี", office="สพอ.เมืองขอนแก่น", province="ขอนแก่น"))
    g1 = services.groups.save(GroupData(name="กลุ่มแม่บ้านบ้านหนองแวง", village="บ้านหนองแวง"))
    services.groups.save(GroupData(name="กลุ่มทอผ้าไหมบ้านโนนสว่าง"))
    services.problems.save(ProblemData(group_id=g1, found_date=TODAY - timedelta(days=10),
                                       category=ProblemCategory.MARKETING, description="ช่องทางขายน้อย"))
    main = MainWindow(services, settings)
    qtbot.addWidget(main)
    main.show()
    return main


def show(window: MainWindow, cls: type[T]) -> T:
    return window.show_tab(cls)


def tab_of(window: MainWindow, cls: type[T]) -> T:
    return window.tab_of(cls)


def click(qtbot: Any, tab: RecordTab, action: Any) -> None:
    """Click the toolbar button of ``action``, as a person does."""
    qtbot.mouseClick(tab.toolbar.widgetForAction(action), Qt.MouseButton.LeftButton)


def save_button(dialog: Any) -> Any:
    return dialog.buttons.button(dialog.buttons.StandardButton.Save)


def add_group(qtbot: Any, window: MainWindow, on_modal: Any, name: str) -> GroupsTab:
    groups = show(window, GroupsTab)

    def fill(dialog: GroupDialog) -> None:
        type_text(dialog.name, name)
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)

    on_modal(GroupDialog, fill)
    click(qtbot, groups, groups.action_new)
    return groups


def combo_texts(combo: Any) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_a_group_saved_in_groups_is_offered_in_the_books_group_box_at_once(
        qtbot: Any, window: MainWindow, on_modal: Any) -> None:
    books = show(window, BooksTab)
    chosen = books.current_group()
    assert len(combo_texts(books.group_combo)) == 2
    add_group(qtbot, window, on_modal, "กลุ่มจักสานบ้านดอน")
    show(window, BooksTab)  # no F5
    assert "กลุ่มจักสานบ้านดอน" in combo_texts(books.group_combo)
    assert books.current_group() == chosen  # the chosen group stays chosen


def test_a_problem_saved_from_a_visit_shows_in_the_problems_list_and_counts(
        qtbot: Any, window: MainWindow, on_modal: Any) -> None:
    problems = show(window, ProblemsTab)
    assert problems.proxy.rowCount() == 1 and "<b>1</b>" in problems.strip.text()
    visits = show(window, VisitsTab)

    def fill(dialog: VisitDialog) -> None:
        type_text(dialog.group.lineEdit(), "หนองแวง")
        dialog.group.setCurrentIndex(dialog.group.findText("กลุ่มแม่บ้านบ้านหนองแวง (บ้านหนองแวง)"))
        dialog.visit_date.line.setText(format_date_numeric(TODAY - timedelta(days=1)))
        dialog.tabs.setCurrentIndex(3)
        qtbot.mouseClick(dialog.found.add_button, Qt.MouseButton.LeftButton)
        editor = dialog.focusWidget()
        type_text(editor, "บรรจุภัณฑ์ไม่ดึงดูด")
        qtbot.keyClick(editor, Qt.Key.Key_Tab)
        dialog.found.table.cellWidget(0, 1).setCurrentIndex(
            dialog.found.table.cellWidget(0, 1).findData(ProblemCategory.PACKAGING.value))
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)

    on_modal(VisitDialog, fill)
    click(qtbot, visits, visits.action_new)
    assert visits.proxy.rowCount() == 1
    show(window, ProblemsTab)  # no F5
    described = {problems.proxy.index(r, 3).data() for r in range(problems.proxy.rowCount())}
    assert described == {"ช่องทางขายน้อย", "บรรจุภัณฑ์ไม่ดึงดูด"}
    assert "<b>2</b>" in problems.strip.text()  # two open problems in the counts strip
    assert "บรรจุภัณฑ์ 1" in problems.strip.text()


def pending_text(window: MainWindow) -> str:
    return window.findChild(PendingLabel).text()


def test_the_status_bar_counts_what_is_not_yet_exported_right_after_each_save(
        qtbot: Any, window: MainWindow, on_modal: Any) -> None:
    assert pending_text(window) == "ยังไม่ได้ส่งออก: 3 รายการ"
    add_group(qtbot, window, on_modal, "กลุ่มจักสานบ้านดอน")
    assert pending_text(window) == "ยังไม่ได้ส่งออก: 4 รายการ"
    books = show(window, BooksTab)
    form = books.entry_form
    form.date.line.selectAll()
    type_text(form.date.line, format_date_numeric(TODAY))
    form.amount.setFocus()
    type_text(form.amount, "120")
    type_text(form.description, "ขายน้ำพริก")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert books.model.rowCount() == 1
    assert pending_text(window) == "ยังไม่ได้ส่งออก: 5 รายการ"


def count_reads(tab: RecordTab) -> list[str]:
    """Each read of ``tab``'s table: "count" for a full count, "page" for a page."""
    reads: list[str] = []
    source = tab.model._source  # type: ignore[attr-defined]  # noqa: SLF001
    count, page = source.count, source.page
    source.count = lambda query: (reads.append("count"), count(query))[1]
    source.page = lambda query, offset, limit: (reads.append("page"), page(query, offset, limit))[1]
    return reads


def test_hidden_tabs_are_read_only_when_shown_and_once_per_save(
        qtbot: Any, window: MainWindow, services: Services, on_modal: Any) -> None:
    visits = show(window, VisitsTab)
    problems = show(window, ProblemsTab)
    visit_reads, problem_reads = count_reads(visits), count_reads(problems)
    add_group(qtbot, window, on_modal, "กลุ่มจักสานบ้านดอน")
    qtbot.wait(100)
    assert visit_reads == [] and problem_reads == []  # hidden: nothing read
    show(window, VisitsTab)
    assert "กลุ่มจักสานบ้านดอน" in combo_texts(visits.group_filter)
    # A new group changes no visit: the shown page is read again, the visits not counted.
    assert "count" not in visit_reads
    assert problem_reads == []
    # Three saves in a row while the tab is shown: the table is read again once.
    rereads: list[int] = []
    reread = visits.model.reread_pages  # type: ignore[attr-defined]
    visits.model.reread_pages = lambda: (rereads.append(1), reread())[1]  # type: ignore[attr-defined]
    for name in ("ก", "ข", "ค"):
        services.groups.save(GroupData(name=f"กลุ่ม{name}"))
    qtbot.waitUntil(lambda: "กลุ่มค" in combo_texts(visits.group_filter))
    qtbot.wait(100)
    assert rereads == [1] and "count" not in visit_reads


def test_the_tab_that_saved_reads_its_table_once(qtbot: Any, window: MainWindow, on_modal: Any) -> None:
    groups = show(window, GroupsTab)
    reads = count_reads(groups)
    add_group(qtbot, window, on_modal, "กลุ่มจักสานบ้านดอน")
    qtbot.wait(100)  # the gathering pause has passed: nothing more is read
    assert reads == ["page"]  # one read of the first page (a small table needs no count)
    assert groups.current_row() is not None and groups.current_row().name == "กลุ่มจักสานบ้านดอน"
