"""A record's history (issue 18 item 10): every form of an exchanged record and every tab
listing them opens it; it names who changed what, when, in the person's words."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from otop_desk.db.database import Database
from otop_desk.demo import generate_demo
from otop_desk.domain.clock import FixedClock
from otop_desk.domain.enums import CashCategory, EntryKind
from otop_desk.domain.money import Money
from otop_desk.exchange.jobs import export_month, import_workbooks
from otop_desk.services import Services
from otop_desk.services.books import EntryData
from otop_desk.services.officer import Profile
from otop_desk.ui.books.fair_dialogs import FairDialog
from otop_desk.ui.books.tab import FAIRS, BooksTab
from otop_desk.ui.common.record_history import HistoryDialog
from otop_desk.ui.common.settings import AppSettings
from otop_desk.ui.groups.form import GroupDialog
from otop_desk.ui.groups.tab import GroupsTab
from otop_desk.ui.problems.form import ProblemDialog
from otop_desk.ui.problems.tab import ProblemsTab
from otop_desk.ui.shell.main_window import MainWindow
from otop_desk.ui.training.form import TrainingDialog
from otop_desk.ui.training.tab import TrainingTab
from otop_desk.ui.visits.form import VisitDialog
from otop_desk.ui.visits.tab import VisitsTab
from tests.conftest import PINNED_NOW
from tests.ui.conftest import type_text
from tests.ui.test_change_refresh import show
from tests.unit.workbook_helpers import set_group, small_db, stamp


def cells(dialog: HistoryDialog) -> list[list[str]]:
    return [[dialog.proxy.index(r, c).data() for c in range(dialog.proxy.columnCount())]
            for r in range(dialog.proxy.rowCount())]


def test_the_group_form_shows_changes_made_here_and_by_an_officer(
        qtbot: Any, services: Services, tmp_path: Path, on_modal: Any) -> None:
    officer = Database.open(tmp_path / "officer.sqlite3", clock=FixedClock(stamp(0)))
    Services(officer).officer.save(Profile(
        name="นายสมหมาย รักงาน", position="นักวิชาการพัฒนาชุมชน", office="สพอ.ชนบท", district="ชนบท",
        province="ขอนแก่น"))
    services.db.use_clock(FixedClock(stamp(0)))
    gid = small_db(officer)
    set_group(officer, gid, stamp(5), member_count=12, has_business_plan=True)
    export_month(officer, 2026, 11, tmp_path / "1.xlsx")
    import_workbooks(services.db, [tmp_path / "1.xlsx"])
    set_group(services.db, gid, stamp(30), name="กลุ่มทอผ้าไหมบ้านโนน", opening_balance=Money.from_baht(1500))

    new = GroupDialog(services)
    qtbot.addWidget(new)
    new.show()
    assert new.record_history_button is not None and not new.record_history_button.isEnabled()  # nothing to show yet

    form = GroupDialog(services, services.groups.get(gid))
    qtbot.addWidget(form)
    form.show()
    assert form.record_history_button is not None and form.record_history_button.isEnabled()
    assert form.record_history_button.text() == "ประวัติการแก้ไข…"
    seen: list[list[list[str]]] = []

    def look(dialog: HistoryDialog) -> None:
        rows = cells(dialog)
        seen.append(rows)
        assert "กลุ่มผู้ผลิต กลุ่มทอผ้าไหมบ้านโนน" in dialog.intro.text() and "3" in dialog.intro.text()
        # Newest first: the change made here, then the officer's, then the record's start.
        assert [r[1:3] for r in rows] == [["เครื่องนี้", "แก้ไข"], ["นายสมหมาย รักงาน", "แก้ไข"],
                                          ["นายสมหมาย รักงาน", "สร้าง"]]
        assert rows[0][0].startswith("22 พ.ย. 2569 ")  # BE date and local time
        assert "ชื่อกลุ่ม: กลุ่มทอผ้าบ้านโนน → กลุ่มทอผ้าไหมบ้านโนน" in rows[0][3]
        assert "ยอดยกมา: 0.00 บาท → 1,500.00 บาท" in rows[0][3]
        # Made elsewhere: the value before is not known here, only the new one.
        assert "จำนวนสมาชิก: 12" in rows[1][3] and "มีแผนธุรกิจ: ใช่" in rows[1][3]
        assert "ชื่อกลุ่ม: กลุ่มทอผ้าบ้านโนน → กลุ่มทอผ้าไหมบ้านโนน" in dialog.details.toPlainText()
        # The search box filters; a match is selected and shown below.
        type_text(dialog.search, "สมาชิก")
        assert dialog.proxy.rowCount() == 1
        assert "จำนวนสมาชิก: 12" in dialog.details.toPlainText()
        # Enter in the search box does not close the dialog; Esc does.
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
        assert dialog.isVisible()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible()

    on_modal(HistoryDialog, look)
    qtbot.mouseClick(form.record_history_button, Qt.MouseButton.LeftButton)
    assert seen
    officer.close()


def test_a_device_without_a_name_is_shown_by_its_id(qtbot: Any, services: Services, tmp_path: Path) -> None:
    officer = Database.open(tmp_path / "officer.sqlite3", clock=FixedClock(stamp(0)))
    gid = small_db(officer)  # no officer profile: the workbook names nobody
    set_group(officer, gid, stamp(5), member_count=12)
    export_month(officer, 2026, 11, tmp_path / "1.xlsx")
    import_workbooks(services.db, [tmp_path / "1.xlsx"])
    from otop_desk.db.changelog import device_id

    with officer.read() as s:
        short = device_id(s).hex[:8]
    dialog = HistoryDialog(services.db, "producer_group", gid)
    qtbot.addWidget(dialog)
    rows = cells(dialog)
    assert [r[1:3] for r in rows] == [[short, "แก้ไข"], [short, "สร้าง"]]
    assert rows[0][3] == "จำนวนสมาชิก: 12"  # made elsewhere: the value before is not known here
    officer.close()


@pytest.fixture
def window(qtbot: Any, services: Services, settings: AppSettings) -> MainWindow:
    generate_demo(services.db, today=PINNED_NOW.date())
    main = MainWindow(services, settings)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    return main


def history_of(qtbot: Any, on_modal: Any, trigger: Callable[[], object]) -> HistoryDialog:
    """The history dialog ``trigger`` opens, looked at and closed."""
    seen: list[tuple[HistoryDialog, str, int]] = []
    on_modal(HistoryDialog, lambda d: (seen.append((d, d.intro.text(), d.model.rowCount())), d.reject()))
    trigger()
    qtbot.waitUntil(lambda: bool(seen))
    return seen[0][0]


def test_every_tab_of_exchanged_records_has_a_history_action(
        qtbot: Any, window: MainWindow, on_modal: Any) -> None:
    from otop_desk.ui.common.record_history import record_name

    db = window.services.db
    for cls, table in ((GroupsTab, "producer_group"), (VisitsTab, "visit"), (ProblemsTab, "problem"),
                       (TrainingTab, "training"), (BooksTab, "cash_entry")):
        tab = show(window, cls)
        assert tab.action_record_history is not None and tab.action_record_history.text() == "ประวัติการแก้ไข…"
        tab.table.clearSelection()
        tab.selection_changed()
        assert not tab.action_record_history.isEnabled()  # nothing selected
        tab.table.selectRow(0)
        assert tab.action_record_history.isEnabled()
        row = tab.current_row()
        # The action is on the tab's own toolbar, clicked as a person does.
        button = tab.toolbar.widgetForAction(tab.action_record_history)
        dialog = history_of(qtbot, on_modal, lambda b=button: qtbot.mouseClick(b, Qt.MouseButton.LeftButton))
        assert dialog.table_name == table and dialog.model.rowCount() >= 1
        assert dialog.model.row_at(0).kind == "insert" or dialog.model.rowCount() > 1
        name = record_name(db, table, tab.row_id(row))
        assert name and name in dialog.intro.text()
    # The trade fairs of the Books tab too.
    books = show(window, BooksTab)
    books.pages.setCurrentIndex(FAIRS)
    books.fairs.table.selectRow(0)
    button = books.fairs.toolbar.widgetForAction(books.fairs.action_record_history)
    dialog = history_of(qtbot, on_modal, lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton))
    assert dialog.table_name == "trade_fair"
    # The Home tab lists no records of its own: no such action.
    assert window.tab(0).action_record_history is None


def _forms(s: Services) -> list[tuple[str, Callable[[bool], QWidget]]]:
    group = s.groups.rows()[0].id
    visit = s.visits.rows()[0].id
    problem = s.problems.rows()[0].id
    training = s.training.rows()[0].id
    fair = s.fairs.rows()[0].id
    return [
        ("producer_group", lambda edit: GroupDialog(s, s.groups.get(group) if edit else None)),
        ("visit", lambda edit: VisitDialog(s, s.visits.get(visit) if edit else None)),
        ("problem", lambda edit: ProblemDialog(s, s.problems.get(problem) if edit else None)),
        ("training", lambda edit: TrainingDialog(s, s.training.get(training) if edit else None)),
        ("trade_fair", lambda edit: FairDialog(s, s.fairs.get(fair) if edit else None)),
    ]


def test_every_record_form_has_a_history_button_once_the_record_exists(
        qtbot: Any, services: Services, on_modal: Any) -> None:
    generate_demo(services.db, today=PINNED_NOW.date())
    for table, make in _forms(services):
        for edit in (False, True):
            form = make(edit)
            qtbot.addWidget(form)
            form.show()
            button = form.record_history_button  # type: ignore[attr-defined]
            assert isinstance(button, QPushButton) and button.isVisible()
            assert button.isEnabled() == edit, table
            # Left of Save and Cancel, not between them.
            save = form.buttons.button(QDialogButtonBox.StandardButton.Save)  # type: ignore[attr-defined]
            assert button.mapTo(form, QPoint(0, 0)).x() < save.mapTo(form, QPoint(0, 0)).x()
            if edit:
                dialog = history_of(qtbot, on_modal,
                                    lambda b=button: qtbot.mouseClick(b, Qt.MouseButton.LeftButton))
                assert dialog.table_name == table and dialog.model.rowCount() >= 1
                assert form.isVisible()  # the form stays open behind it
            form.reject()
            assert form.result() == QDialog.DialogCode.Rejected


def test_the_cash_entry_being_edited_shows_its_history(
        qtbot: Any, services: Services, on_modal: Any, settings: AppSettings) -> None:
    gid = small_db(services.db)
    entry = services.books.save_entry(EntryData(
        group_id=gid, entry_date=date(2026, 11, 20), kind=EntryKind.INCOME, category=CashCategory.SHOP_SALES,
        amount=Money.from_baht(250), description="ขายผ้า"))
    data = services.books.get_entry(entry)
    data.amount = Money.from_baht(300)
    services.books.save_entry(data)
    books = BooksTab(services)
    qtbot.addWidget(books)
    books.show()
    books.select_group(gid)
    form = books.entry_form
    assert not form.record_history_button.isVisible()  # a new entry: nothing to show
    books.table.selectRow(0)
    books.edit_current()
    assert form.editing == entry and form.record_history_button.isVisible() and form.record_history_button.isEnabled()
    dialog = history_of(qtbot, on_modal, lambda: qtbot.mouseClick(form.record_history_button, Qt.MouseButton.LeftButton))
    assert [e.kind for e in dialog.model.rows()] == ["update", "insert"]  # newest first
    assert "จำนวนเงิน: 250.00 บาท → 300.00 บาท" in dialog.model.index(0, 3).data()
    form.cancel()
    assert not form.record_history_button.isVisible()


def test_two_changes_made_elsewhere_show_what_each_replaced(qtbot: Any, services: Services,
                                                            tmp_path: Path) -> None:
    """The record arrives whole with its changes: the first one's value before is not
    known here (not the value as it is now), the second's is the first's."""
    officer = Database.open(tmp_path / "officer.sqlite3", clock=FixedClock(stamp(0)))
    gid = small_db(officer)
    set_group(officer, gid, stamp(5), member_count=12)
    set_group(officer, gid, stamp(6), member_count=15)
    export_month(officer, 2026, 11, tmp_path / "1.xlsx")
    import_workbooks(services.db, [tmp_path / "1.xlsx"])
    dialog = HistoryDialog(services.db, "producer_group", gid)
    qtbot.addWidget(dialog)
    assert [r[3] for r in cells(dialog)] == ["จำนวนสมาชิก: 12 → 15", "จำนวนสมาชิก: 12", ""]
    # made here, on the officer's laptop, the value before is known
    mine = HistoryDialog(officer, "producer_group", gid)
    qtbot.addWidget(mine)
    assert [r[3] for r in cells(mine)][:2] == ["จำนวนสมาชิก: 12 → 15", "จำนวนสมาชิก: 2 → 12"]  # made with 2
    officer.close()


def test_a_record_with_no_logged_change_says_so(qtbot: Any, services: Services) -> None:
    dialog = HistoryDialog(services.db, "producer_group", uuid.uuid4())
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0 and "ไม่มี" in dialog.intro.text()
    assert dialog.details.toPlainText() == ""
