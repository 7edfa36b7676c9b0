"""The Home tab: shown first, lists what is due, and opens the record an item names."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from otop_desk.services import Services
from otop_desk.services.groups import GroupData
from otop_desk.services.home import AttentionKind
from otop_desk.services.visits import FollowUpData, VisitData
from otop_desk.ui.common.settings import AppSettings
from otop_desk.ui.common.table_model import ROW_ROLE
from otop_desk.ui.home.first_screen import NOT_VISITED_KEY
from otop_desk.ui.home.tab import HomeTab
from otop_desk.ui.shell.main_window import MainWindow
from otop_desk.ui.visits.form import VisitDialog
from otop_desk.ui.visits.tab import VisitsTab


def seed(services: Services) -> tuple[Any, Any]:
    today = services.clock.today()
    group = services.groups.save(GroupData(name="กลุ่มทอผ้าบ้านโนน"))
    services.groups.save(GroupData(name="กลุ่มไม่เคยเยี่ยม"))
    visit = services.visits.save(VisitData(
        group_id=group, visit_date=today - timedelta(days=20), officers="สมชาย",
        actions=[FollowUpData("ส่งตัวอย่างสินค้า", today - timedelta(days=2))]), today=today)
    return group, visit


def open_window(qtbot: Any, services: Services, settings: AppSettings) -> tuple[MainWindow, HomeTab]:
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    tab = window.tab(0)
    assert isinstance(tab, HomeTab)
    return window, tab


def row_of(tab: HomeTab, kind: AttentionKind) -> int:
    for row in range(tab.proxy.rowCount()):
        if tab.proxy.data(tab.proxy.index(row, 0), ROW_ROLE).kind is kind:
            return row
    raise AssertionError(kind)


def test_home_is_first_and_lists_due_items(qtbot: Any, services: Services, settings: AppSettings) -> None:
    seed(services)
    window, tab = open_window(qtbot, services, settings)
    assert window.tabs.tabText(0) == "หน้าแรก"
    kinds = {tab.proxy.data(tab.proxy.index(r, 0), ROW_ROLE).kind for r in range(tab.proxy.rowCount())}
    assert kinds == {AttentionKind.FOLLOW_UP, AttentionKind.NOT_VISITED}
    follow_up = row_of(tab, AttentionKind.FOLLOW_UP)
    assert tab.proxy.index(follow_up, 1).data() == "เลยกำหนด 2 วัน"
    # The status line and the charts follow the list once the window has painted it.
    qtbot.waitUntil(lambda: "ยังไม่ได้ส่งออก" in tab.status_label.text())
    qtbot.waitUntil(lambda: tab.charts.data is not None)
    assert tab.kind_filter.itemText(0) == "ทั้งหมด (2)" or tab.kind_filter.itemText(0).endswith("(2)")
    assert not tab.action_new.isVisible() and not tab.action_delete.isVisible()
    # filter-as-you-type and the kind filter
    tab.search.setText("ทอผ้า")  # read from SQL after the typing pause
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 1)
    tab.search.clear()
    tab.kind_filter.setCurrentIndex(tab.kind_filter.findData(AttentionKind.NOT_VISITED.value))
    assert tab.proxy.rowCount() == 1


def test_double_click_on_a_follow_up_opens_its_visit(
    qtbot: Any, services: Services, settings: AppSettings, on_modal: Any
) -> None:
    _group, visit = seed(services)
    window, tab = open_window(qtbot, services, settings)
    row = row_of(tab, AttentionKind.FOLLOW_UP)
    seen: dict[str, Any] = {}

    def check(dialog: VisitDialog) -> None:
        seen["visit"] = dialog._data.id
        seen["tab"] = window.current_tab()
        dialog.reject()

    on_modal(VisitDialog, check)
    rect = tab.table.visualRect(tab.proxy.index(row, 0))
    QTest.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: "tab" in seen)
    visits = seen["tab"]
    assert isinstance(visits, VisitsTab)
    assert visits.current_row() is not None and visits.current_row().id == visit
    assert seen["visit"] == visit  # the form opened is that visit's


def test_enter_on_a_group_item_opens_the_group_even_when_filtered(
    qtbot: Any, services: Services, settings: AppSettings, on_modal: Any
) -> None:
    seed(services)
    window, tab = open_window(qtbot, services, settings)
    groups_tab = window.tab(1)
    groups_tab.refresh()
    groups_tab.search.setText("ไม่มีกลุ่มนี้")  # hides every group: opening must clear it
    tab.kind_filter.setCurrentIndex(tab.kind_filter.findData(AttentionKind.NOT_VISITED.value))
    tab.table.setFocus()
    tab.table.selectRow(0)
    item = tab.current_row()
    assert item is not None and item.group_name == "กลุ่มไม่เคยเยี่ยม"
    from otop_desk.ui.groups.form import GroupDialog

    seen: list[Any] = []
    on_modal(GroupDialog, lambda d: (seen.append(window.current_tab()), d.reject()))
    QTest.keyClick(tab.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0] is groups_tab and groups_tab.current_row().id == item.record_id
    assert groups_tab.search.text() == ""


def test_not_visited_days_setting_is_kept(qtbot: Any, services: Services, settings: AppSettings) -> None:
    group, _visit = seed(services)
    _window, tab = open_window(qtbot, services, settings)
    assert tab.days.value() == 90
    tab.days.setValue(15)  # the group was visited 20 days ago: now it is listed too
    qtbot.waitUntil(lambda: sum(
        1 for r in range(tab.model.rowCount()) if tab.model.row_at(r).kind is AttentionKind.NOT_VISITED) == 2)
    assert int(settings.value(NOT_VISITED_KEY)) == 15
    _again, tab2 = open_window(qtbot, services, settings)
    assert tab2.days.value() == 15


def test_charts_are_read_in_the_background_on_a_file_database(
    qtbot: Any, file_db: Any, settings: AppSettings
) -> None:
    services = Services(file_db)
    seed(services)
    _window, tab = open_window(qtbot, services, settings)
    assert not tab.charts.reader._inline  # noqa: SLF001 - the threaded path is the one tested
    qtbot.waitUntil(lambda: tab.charts.data is not None)
    assert sum(tab.charts.data.visits) == 1
    assert "1" in tab.charts.figures.text()


def test_coming_back_to_home_reads_the_list_only_after_a_change(
        qtbot: Any, services: Services, settings: AppSettings, test_clock: Any) -> None:
    group, _visit = seed(services)
    window, tab = open_window(qtbot, services, settings)
    reads: list[int] = []
    original = tab.prepare_reload
    tab.prepare_reload = lambda: (reads.append(1), original())[1]  # type: ignore[method-assign]
    window.tabs.setCurrentIndex(1)
    window.refresh_all()  # after a restore, every tab is stale; Home too
    window.tabs.setCurrentIndex(0)
    qtbot.wait(50)
    assert reads == [1]
    window.tabs.setCurrentIndex(1)
    window.tabs.setCurrentIndex(0)  # nothing changed: nothing read
    qtbot.wait(50)
    assert reads == [1]
    window.tabs.setCurrentIndex(1)
    services.visits.save(VisitData(group_id=group, visit_date=test_clock.today(), officers="สมชาย"))
    qtbot.wait(100)
    assert reads == [1]  # hidden: read when shown
    window.tabs.setCurrentIndex(0)
    assert reads == [1, 1]
    assert row_of(tab, AttentionKind.FOLLOW_UP) >= 0
    window.tabs.setCurrentIndex(1)
    test_clock.advance(days=1)  # a new day: other things are due
    window.tabs.setCurrentIndex(0)
    assert reads == [1, 1, 1]


def test_the_status_line_shows_a_backup_just_taken(
        qtbot: Any, file_db: Any, settings: AppSettings, monkeypatch: Any) -> None:
    from otop_desk.ui import messages

    monkeypatch.setattr(messages, "show_info", lambda *_a: None)
    services = Services(file_db)
    seed(services)
    window, tab = open_window(qtbot, services, settings)
    qtbot.waitUntil(lambda: "สำรองข้อมูลครั้งล่าสุด: ยังไม่เคย" in tab.status_label.text())
    file_menu = window.menuBar().actions()[0].menu()
    next(a for a in file_menu.actions() if a.text() == "&สำรองข้อมูลเดี๋ยวนี้").trigger()
    qtbot.waitUntil(lambda: "สำรองข้อมูลครั้งล่าสุด: 22 พ.ย. 2569" in tab.status_label.text())


def test_home_reads_a_screen_of_items_first_and_the_rest_as_counted(
        qtbot: Any, file_db: Any, settings: AppSettings) -> None:
    # Built on its own (not through the window): the first read is one screen of items;
    # the count arrives from the background and scrolling down reads the items after it.
    from otop_desk.ui.home.columns import PAGE_ROWS

    services = Services(file_db)
    seed(services)
    for n in range(PAGE_ROWS + 15):
        services.groups.save(GroupData(name=f"กลุ่มไม่เคยเยี่ยม {n:03}"))
    tab = HomeTab(services)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    pages: list[tuple[int, int]] = []
    page = tab.source.page
    tab.source.page = lambda q, offset, limit: (pages.append((offset, limit)), page(q, offset, limit))[1]  # type: ignore[method-assign]
    tab.show()
    qtbot.waitUntil(lambda: tab.model.rowCount() == PAGE_ROWS + 17)  # and the follow-up, the first group
    assert pages[0] == (0, PAGE_ROWS)
    assert tab.count_label.text() == f"แสดง {PAGE_ROWS + 17} จาก {PAGE_ROWS + 17} รายการ"
    tab.table.scrollTo(tab.proxy.index(tab.proxy.rowCount() - 1, 3))
    qtbot.wait(10)  # painted: the rows shown are read
    assert pages[-1] == (PAGE_ROWS, PAGE_ROWS)
    names = {tab.proxy.index(r, 3).data() for r in range(tab.proxy.rowCount())}
    assert {f"กลุ่มไม่เคยเยี่ยม {n:03}" for n in range(PAGE_ROWS + 15)} < names
    qtbot.waitUntil(lambda: tab.kind_filter.count() > 1)
    assert tab.kind_filter.itemText(0).endswith(f"({PAGE_ROWS + 17})")
