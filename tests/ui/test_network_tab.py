"""The Network tab, driven through its real widgets: a committee with seats picked from a
group and typed in; a meeting typed from the keyboard (agenda, attendance with a guest
marked as typed, a follow-up that Home then lists); a meeting without a date refused at
its field; and the booth selection, re-ranked by a weight, with an overridden pick that
must give its reason and more booths than exist refused."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from otop_desk.domain.enums import FairEntryStatus, ProblemSource, ProductType
from otop_desk.domain.money import Money
from otop_desk.domain.network import CommitteeLevel, CommitteeRole, Criterion, MeetingPurpose
from otop_desk.services import Services
from otop_desk.services.books import FairData
from otop_desk.services.groups import GroupData, MemberData, ProductData
from otop_desk.services.home import AttentionKind
from otop_desk.services.network import CommitteeData, MeetingData, SeatData, TermData
from otop_desk.ui import messages
from otop_desk.ui.network.after_fair import TEXT, TO_PROBLEM, FairNotesDialog
from otop_desk.ui.network.committee_form import TERMS_PAGE, CommitteeDialog
from otop_desk.ui.network.editors import AttendanceEditor
from otop_desk.ui.network.meeting_form import ACTIONS_PAGE, AGENDA_PAGE, PEOPLE_PAGE, MeetingDialog
from otop_desk.ui.network.selection_dialog import DECISION, GROUP, REASON, SCORE, SelectionDialog
from otop_desk.ui.network.tab import BOOTHS, COMMITTEES, NetworkTab
from otop_desk.ui.training.member_picker import MemberPickerDialog
from tests.register_helpers import save_group
from tests.ui.conftest import type_text

SILK = "กลุ่มทอผ้าไหมบ้านโนนสว่าง"
CHILI = "กลุ่มน้ำพริกบ้านหนองแวง"
SELECTED, RESERVE = FairEntryStatus.SELECTED, FairEntryStatus.RESERVE


@pytest.fixture
def tab(qtbot: Any, services: Services) -> NetworkTab:
    services.groups.save(GroupData(name=SILK, product_type=ProductType.TEXTILE, member_count=5, members=[
        MemberData(name="นางมาลี ทองคำ"), MemberData(name="นางสมร แก้วใส")]))
    services.groups.save(GroupData(name=CHILI, product_type=ProductType.FOOD, member_count=5, members=[
        MemberData(name="นางบุญมี ศรีวงศ์")]))
    widget = NetworkTab(services)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.refresh()
    widget.show()
    return widget


def key(widget: Any, k: Qt.Key) -> None:
    QTest.keyClick(widget, k)


def typed_cell(editor: Any, row: int, column: int, text: str) -> None:
    """Open a cell for typing and type into it, as a person would."""
    editor.table.setFocus()
    editor.table.setCurrentCell(row, column)
    editor.table.editItem(editor.table.item(row, column))
    type_text(editor.table.focusWidget(), text)
    key(editor.table.focusWidget(), Qt.Key.Key_Return)  # stored; the cursor moves down


def _committee(services: Services) -> Any:
    silk = services.groups.choices()[1] if services.groups.choices()[1].name == SILK else services.groups.choices()[0]
    chair = services.groups.get(silk.id).members[0]
    return services.network.save_committee(CommitteeData(
        name="คณะกรรมการเครือข่าย OTOP อำเภอพล", level=CommitteeLevel.DISTRICT, terms=[TermData(
            date(2025, 10, 1), date(2027, 9, 30), "คำสั่งอำเภอพล ที่ 120/2568", [
                SeatData("นางมาลี ทองคำ", SILK, role=CommitteeRole.CHAIR, group_id=silk.id, member_id=chair.id),
                SeatData("นายสมชาย ใจดี", "สำนักงานพัฒนาชุมชนอำเภอพล", role=CommitteeRole.SECRETARY)])]))


def test_a_committee_with_a_seat_picked_from_a_group_and_one_typed_in(
        qtbot: Any, tab: NetworkTab, services: Services, on_modal: Any) -> None:
    tab.pages.setCurrentIndex(COMMITTEES)

    def pick(picker: MemberPickerDialog) -> None:
        type_text(picker.filter, "ผ้าไหม")
        key(picker.filter, Qt.Key.Key_Return)
        picker.member_list.item(0).setCheckState(Qt.CheckState.Checked)
        picker.buttons.accepted.emit()

    def fill(dialog: CommitteeDialog) -> None:
        type_text(dialog.name, "คณะกรรมการเครือข่าย OTOP อำเภอพล")
        dialog.level.setValue(CommitteeLevel.DISTRICT)
        type_text(dialog.district, "พล")
        dialog.tabs.setCurrentIndex(TERMS_PAGE)
        qtbot.mouseClick(dialog.new_term_button, Qt.MouseButton.LeftButton)
        assert dialog.start.date() == date(2026, 11, 22)  # today, and two years less a day
        assert dialog.end.date() == date(2028, 11, 21)
        type_text(dialog.appointed_by, "คำสั่งอำเภอพล ที่ 120/2569")
        on_modal(MemberPickerDialog, pick)
        qtbot.mouseClick(dialog.pick_button, Qt.MouseButton.LeftButton)
        seats = dialog.seats
        assert seats.row_count() == 1 and seats.text(0, seats.ORGANISATION) == SILK
        seats.cell_widget(0, seats.ROLE).setCurrentIndex(0)  # chair
        # An officer typed in: the button opens a row, Tab walks to the next cell.
        qtbot.mouseClick(dialog.type_button, Qt.MouseButton.LeftButton)
        type_text(dialog.focusWidget(), "นายสมชาย ใจดี")
        key(dialog.focusWidget(), Qt.Key.Key_Tab)
        type_text(dialog.focusWidget(), "สำนักงานพัฒนาชุมชนอำเภอพล")
        key(dialog.focusWidget(), Qt.Key.Key_Tab)
        type_text(dialog.focusWidget(), "0812345678")
        key(dialog.focusWidget(), Qt.Key.Key_Return)
        seats.cell_widget(1, seats.ROLE).setCurrentIndex(2)  # secretary
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    on_modal(CommitteeDialog, fill)
    tab.new_record()

    [row] = services.network.committees()
    assert (row.name, row.level, row.seats, row.chair) == ("คณะกรรมการเครือข่าย OTOP อำเภอพล",
                                                           CommitteeLevel.DISTRICT, 2, "นางมาลี ทองคำ")
    [term] = services.network.committee(row.id).terms
    assert term.appointed_by == "คำสั่งอำเภอพล ที่ 120/2569"
    linked, typed = term.members
    assert linked.member_id is not None and linked.role is CommitteeRole.CHAIR
    assert (typed.member_id, typed.role, typed.phone) == (None, CommitteeRole.SECRETARY, "0812345678")
    assert tab.committees.current_row().id == row.id


def test_a_meeting_typed_from_the_keyboard_marks_a_guest_and_its_follow_up_reaches_home(
        qtbot: Any, tab: NetworkTab, services: Services, on_modal: Any) -> None:
    _committee(services)

    def fill(dialog: MeetingDialog) -> None:
        dialog.body.setCurrentIndex(1)  # the committee (listed before the groups)
        type_text(dialog.number, "3/2569")
        dialog.meeting_date.line.clear()
        type_text(dialog.meeting_date.line, "15/11/2569")
        dialog.meeting_date.line.editingFinished.emit()
        type_text(dialog.start_time, "09:30")
        type_text(dialog.end_time, "12:00")
        type_text(dialog.venue, "ห้องประชุมที่ว่าการอำเภอพล")
        dialog.tabs.setCurrentIndex(AGENDA_PAGE)
        qtbot.mouseClick(dialog.agenda.add_button, Qt.MouseButton.LeftButton)
        type_text(dialog.focusWidget(), "เรื่องเพื่อพิจารณา: แผนการออกงาน")
        key(dialog.focusWidget(), Qt.Key.Key_Tab)
        type_text(dialog.focusWidget(), "เลขานุการเสนอปฏิทินงาน")
        key(dialog.focusWidget(), Qt.Key.Key_Tab)
        type_text(dialog.focusWidget(), "เห็นชอบ")
        key(dialog.focusWidget(), Qt.Key.Key_Return)

        dialog.tabs.setCurrentIndex(PEOPLE_PAGE)
        qtbot.mouseClick(dialog.seats_button, Qt.MouseButton.LeftButton)
        people: AttendanceEditor = dialog.attendance
        assert people.row_count() == 2 and people.text(0, people.NAME) == "นางมาลี ทองคำ"
        # A guest from outside is typed in; the secretary did not come.
        qtbot.mouseClick(dialog.type_button, Qt.MouseButton.LeftButton)
        type_text(dialog.focusWidget(), "นายวิชัย ผู้สังเกตการณ์")
        key(dialog.focusWidget(), Qt.Key.Key_Tab)
        type_text(dialog.focusWidget(), "สำนักงานพาณิชย์จังหวัด")
        key(dialog.focusWidget(), Qt.Key.Key_Tab)
        people.table.item(1, people.PRESENT).setCheckState(Qt.CheckState.Unchecked)
        typed_cell(people, 1, people.NOTE, "ติดราชการ")
        dialog.update_guests()  # what the typing pause does
        assert [people.text(r, people.GUEST) != "" for r in range(3)] == [False, False, True]

        dialog.tabs.setCurrentIndex(ACTIONS_PAGE)
        qtbot.mouseClick(dialog.actions.add_button, Qt.MouseButton.LeftButton)
        type_text(dialog.focusWidget(), "สำรวจความต้องการออกงานของกลุ่ม")
        key(dialog.focusWidget(), Qt.Key.Key_Tab)
        type_text(dialog.focusWidget(), "20/11/2569")
        key(dialog.focusWidget(), Qt.Key.Key_Tab)
        type_text(dialog.focusWidget(), "เลขานุการ")
        key(dialog.focusWidget(), Qt.Key.Key_Return)
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    on_modal(MeetingDialog, fill)
    tab.new_record()

    [row] = services.network.meetings()
    assert (row.number, row.meeting_date, row.present, row.absent, row.guests, row.open_actions) == (
        "3/2569", date(2026, 11, 15), 2, 1, 1, 1)
    stored = services.network.meeting(row.id)
    assert [(a.title, a.resolution) for a in stored.agenda] == [("เรื่องเพื่อพิจารณา: แผนการออกงาน", "เห็นชอบ")]
    assert stored.attendees[1].note == "ติดราชการ" and stored.attendees[2].guest
    [item] = [i for i in services.home.attention() if i.kind is AttentionKind.MEETING_ACTION]
    assert (item.record_id, item.when, item.text) == (row.id, date(2026, 11, 20), "สำรวจความต้องการออกงานของกลุ่ม")


def test_a_meeting_without_a_date_is_refused_at_its_field(
        qtbot: Any, tab: NetworkTab, services: Services, on_modal: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    _committee(services)
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_validation", lambda _p, e: shown.append(e.field))

    def fill(dialog: MeetingDialog) -> None:
        save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
        dialog.meeting_date.line.clear()
        dialog.meeting_date.line.editingFinished.emit()
        save.click()
        assert shown[-1] == "Committee or group" or shown[-1] == "Meeting date"
        assert dialog.tabs.currentIndex() == 0
        dialog.body.setCurrentIndex(1)
        save.click()
        assert shown[-1] == "Meeting date"
        assert dialog.focusWidget() is dialog.meeting_date.line or dialog.meeting_date.isAncestorOf(
            dialog.focusWidget())
        dialog.reject()

    on_modal(MeetingDialog, fill)
    tab.new_record()
    assert services.network.meetings() == []


@pytest.fixture
def fair(services: Services) -> Any:
    made = {}
    for name, kind, stars in (("ผ้าไหมโนนสว่าง", ProductType.TEXTILE, 5), ("น้ำพริกหนองแวง", ProductType.FOOD, 4),
                              ("ข้าวเกรียบบ้านเหล่า", ProductType.FOOD, 3), ("ตะกร้าสานโคกกลาง", ProductType.HOUSEHOLD, 1)):
        made[name] = save_group(services, GroupData(name=name, product_type=kind, products=[
            ProductData(name="สินค้า", star_level=stars, star_year=2024)]))
    fair_id = services.fairs.save(FairData("OTOP ชวนช้อป ปลายปี", "เมืองทองธานี", date(2026, 12, 10),
                                           date(2026, 12, 14), 2))
    services.fairs.apply(fair_id, list(made.values()))
    return fair_id


def test_booth_selection_ranks_reranks_and_an_override_needs_its_reason(
        qtbot: Any, tab: NetworkTab, services: Services, fair: Any, on_modal: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    _committee(services)
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_validation", lambda _p, e: shown.append(e.field))
    tab.pages.setCurrentIndex(BOOTHS)
    tab.booths.refresh()
    assert tab.booths.select_id(fair)

    def decide(dialog: SelectionDialog) -> None:
        table = dialog.candidates
        assert [table.text(r, GROUP) for r in range(4)][:2] == ["ผ้าไหมโนนสว่าง", "น้ำพริกหนองแวง"]
        # Only stars count: the ranking follows the stars, the score says so.
        for criterion, spin in dialog.weights.items():
            spin.setValue(10 if criterion is Criterion.STARS else 0)
        assert [table.text(r, SCORE) for r in range(4)] == ["100.00", "80.00", "60.00", "20.00"]
        # More groups in booths than booths: refused, at the decision column.
        table.cell_widget(2, DECISION).setCurrentIndex(0)  # selected
        dialog.decided_on.setDate(date(2026, 11, 20))
        qtbot.mouseClick(dialog.decide_button, Qt.MouseButton.LeftButton)
        assert shown[-1] == "Committee's decision" and dialog.isVisible()
        # The second gives its booth to the third: both departures need a reason.
        table.cell_widget(1, DECISION).setCurrentIndex(1)  # reserve
        assert "2" in dialog.summary.text()
        qtbot.mouseClick(dialog.decide_button, Qt.MouseButton.LeftButton)
        assert shown[-1] == "Reason"
        assert table.table.currentRow() == 1 and table.table.currentColumn() == REASON
        typed_cell(table, 1, REASON, "ขอสละสิทธิ์ กำลังการผลิตไม่พอ")
        typed_cell(table, 2, REASON, "ลำดับถัดไปตามคะแนน")
        qtbot.mouseClick(dialog.decide_button, Qt.MouseButton.LeftButton)

    on_modal(SelectionDialog, decide)
    tab.edit_current()

    status = {r.group_name: r.status for r in services.fairs.entries(fair)}
    assert status == {"ผ้าไหมโนนสว่าง": SELECTED, "น้ำพริกหนองแวง": RESERVE, "ข้าวเกรียบบ้านเหล่า": SELECTED,
                      "ตะกร้าสานโคกกลาง": RESERVE}
    view = services.booths.selection(fair)
    assert view.decided and view.weights[Criterion.STARS] == 10
    assert {a.facts.group_name: a.reason for a in view.applicants}["น้ำพริกหนองแวง"] == "ขอสละสิทธิ์ กำลังการผลิตไม่พอ"


def test_a_daily_note_typed_at_the_fair_goes_to_the_problem_log(
        qtbot: Any, tab: NetworkTab, services: Services, fair: Any, on_modal: Any) -> None:
    services.fairs.save(FairData("OTOP ชวนช้อป ปลายปี", "เมืองทองธานี", date(2026, 11, 10), date(2026, 11, 14), 2,
                                 id=fair))  # it was held last week
    for row in services.fairs.entries(fair):
        services.fairs.set_entry(row.id, SELECTED if row.group_name == "น้ำพริกหนองแวง" else RESERVE)
    tab.pages.setCurrentIndex(BOOTHS)
    tab.booths.refresh()
    tab.booths.select_id(fair)

    def fill(dialog: FairNotesDialog) -> None:
        editor = dialog.editor
        qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
        assert editor.text(0, 0) == "10/11/2569"  # the fair's first day
        editor.cell_widget(0, 1).setCurrentIndex(1)  # the group
        typed_cell(editor, 0, TEXT, "ลูกค้าถามหาบรรจุภัณฑ์ขนาดเล็ก")
        editor.table.item(0, TO_PROBLEM).setCheckState(Qt.CheckState.Checked)
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    on_modal(FairNotesDialog, fill)
    shown: list[str] = []
    on_info = messages.show_info
    try:
        messages.show_info = lambda _p, _t, text: shown.append(text)  # type: ignore[assignment]
        tab.booths.edit_notes()
    finally:
        messages.show_info = on_info  # type: ignore[assignment]
    [note] = services.booths.notes(fair)
    assert note.problem_id is not None and len(shown) == 1
    problem = services.problems.get(note.problem_id)
    assert (problem.source, problem.description) == (ProblemSource.FAIR, "ลูกค้าถามหาบรรจุภัณฑ์ขนาดเล็ก")


def test_the_after_fair_summary_is_typed_per_group_and_names_its_meeting(
        qtbot: Any, tab: NetworkTab, services: Services, fair: Any, on_modal: Any) -> None:
    from otop_desk.ui.network.after_fair import BEST, LESSONS, ResultsDialog

    committee = _committee(services)
    services.fairs.save(FairData("OTOP ชวนช้อป ปลายปี", "เมืองทองธานี", date(2026, 11, 10), date(2026, 11, 14), 2,
                                 id=fair))
    for row in services.fairs.entries(fair):
        chosen = row.group_name in ("ผ้าไหมโนนสว่าง", "น้ำพริกหนองแวง")
        services.fairs.set_entry(row.id, SELECTED if chosen else RESERVE)
        if chosen:
            services.fairs.save_sales(row.id, {date(2026, 11, 10): Money.from_baht(
                20_000 if row.group_name == "ผ้าไหมโนนสว่าง" else 5_000)})
    meeting = services.network.save_meeting(MeetingData(
        committee_id=committee, fair_id=fair, purpose=MeetingPurpose.AFTER_FAIR, meeting_date=date(2026, 11, 18)))
    tab.pages.setCurrentIndex(BOOTHS)
    tab.booths.refresh()
    tab.booths.select_id(fair)

    def fill(dialog: ResultsDialog) -> None:
        editor = dialog.editor
        assert [editor.text(r, 0) for r in range(editor.row_count())] == ["ผ้าไหมโนนสว่าง", "น้ำพริกหนองแวง"]
        assert editor.text(0, 2) == "20,000.00"  # from the booth's daily sales
        dialog.meeting.setCurrentIndex(1)  # the after-fair meeting, offered first
        typed_cell(editor, 0, BEST, "ผ้าพันคอ")
        typed_cell(editor, 0, LESSONS, "ลูกค้าชอบลายขิด")
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    on_modal(ResultsDialog, fill)
    tab.booths.edit_results()
    meeting_id, results = services.booths.results(fair)
    assert meeting_id == meeting
    assert (results[0].best_sellers, results[0].lessons) == ("ผ้าพันคอ", "ลูกค้าชอบลายขิด")
