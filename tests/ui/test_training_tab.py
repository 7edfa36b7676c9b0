"""The training tab, driven through its real widgets: create a session, add people from two
groups and by typing, enter scores from the keyboard, and see the evaluation."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from otop_desk.domain.enums import TrainingFormat, TrainingTopic
from otop_desk.services import Services
from otop_desk.services.groups import GroupData, MemberData
from otop_desk.services.training import ParticipantData, TrainingData
from otop_desk.ui import messages
from otop_desk.ui.training import print_choice
from otop_desk.ui.training.form import PEOPLE_PAGE, TrainingDialog
from otop_desk.ui.training.group_trainings import GroupTrainingsDialog
from otop_desk.ui.training.member_picker import MemberPickerDialog
from otop_desk.ui.training.participants import ATTENDED, NAME, POST, PRE, RATING
from otop_desk.ui.training.print_choice import PrintChoiceDialog
from otop_desk.ui.training.tab import TrainingTab
from tests.ui.conftest import type_text

SILK = "กลุ่มทอผ้าไหมบ้านโนนสว่าง"
CHILI = "กลุ่มน้ำพริกบ้านหนองแวง"


@pytest.fixture
def tab(qtbot: Any, services: Services) -> TrainingTab:
    services.groups.save(GroupData(name=SILK, member_count=5, members=[
        MemberData(name="นางมาลี ทองคำ"), MemberData(name="นางสมร แก้วใส"), MemberData(name="นางเพ็ญ ศรีสุข")]))
    services.groups.save(GroupData(name=CHILI, member_count=5, members=[
        MemberData(name="นางบุญมี ศรีวงศ์"), MemberData(name="นายทองดี มีสุข")]))
    widget = TrainingTab(services)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.refresh()
    widget.show()
    return widget


def key(widget: Any, k: Qt.Key) -> None:
    QTest.keyClick(widget, k)


def editor_for(dialog: TrainingDialog) -> Any:
    """The cell editor open in the participant table now."""
    return dialog.focusWidget()


def pick_from_two_groups(picker: MemberPickerDialog) -> None:
    type_text(picker.filter, "ผ้าไหม")
    key(picker.filter, Qt.Key.Key_Return)  # first matching group; focus goes to its members
    assert picker.member_list.count() == 3
    picker.tick_all.click()
    picker.filter.clear()
    type_text(picker.filter, "น้ำพริก")
    assert picker.member_list.count() == 2
    picker.member_list.item(0).setCheckState(Qt.CheckState.Checked)
    assert picker.count_label.text() == "เลือกแล้ว 4 คน จาก 2 กลุ่ม"
    picker.buttons.accepted.emit()


def test_create_a_session_with_two_groups_and_scores_and_see_the_summary(
    qtbot: Any, tab: TrainingTab, services: Services, on_modal: Any
) -> None:
    def fill(dialog: TrainingDialog) -> None:
        type_text(dialog.title, "อบรมการทำบัญชีรับ-จ่าย")
        dialog.topic.setValue(TrainingTopic.BOOKKEEPING)
        dialog.format.setValue(TrainingFormat.WORKSHOP)
        dialog.start.line.clear()
        type_text(dialog.start.line, "20/11/2569")
        dialog.start.line.editingFinished.emit()
        assert dialog.end.date() == date(2026, 11, 20)  # follows the start
        type_text(dialog.venue, "ศาลาประชาคมบ้านโนนสว่าง")
        type_text(dialog.budget, "12500")
        dialog.tabs.setCurrentIndex(PEOPLE_PAGE)

        on_modal(MemberPickerDialog, pick_from_two_groups)
        qtbot.mouseClick(dialog.pick_button, Qt.MouseButton.LeftButton)
        people = dialog.participants
        assert people.row_count() == 4
        assert people.text(3, 1) == CHILI

        # Type one more person in from the keyboard: Enter at the last row adds a row.
        people.table.setFocus()
        people.table.setCurrentCell(3, NAME)
        key(people.table, Qt.Key.Key_Return)
        assert people.row_count() == 5
        type_text(editor_for(dialog), "นายวิชัย นอกกลุ่ม")
        key(editor_for(dialog), Qt.Key.Key_Tab)
        type_text(editor_for(dialog), "อบต.โนนสว่าง")

        # Scores down the pre-test column with Enter, then post-test, then ratings.
        for column, values in ((PRE, ["40", "60", "", "50", "30"]), (POST, ["70", "65.5", "", "80", ""]),
                               (RATING, ["5", "4", "", "3", ""])):
            people.table.setCurrentCell(0, column)
            people.table.editItem(people.table.item(0, column))
            for value in values:
                type_text(editor_for(dialog), value)
                key(editor_for(dialog), Qt.Key.Key_Return)
        people.drop_blank_rows()  # the last Enter opened a new blank row
        assert people.row_count() == 5
        # row 3 did not come
        people.table.item(2, ATTENDED).setCheckState(Qt.CheckState.Unchecked)
        assert dialog.tabs.tabText(PEOPLE_PAGE) == "ผู้เข้ารับการอบรม (5)"
        line = dialog.summary.line.text()
        assert "เข้าร่วม: 4 คน (ร้อยละ 80.0)" in line
        assert "เพิ่มขึ้น +21.83" in line  # (40,70) (60,65.5) (50,80): 50.00 -> 71.83
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    on_modal(TrainingDialog, fill)
    tab.new_record()

    [row] = services.training.rows()
    assert (row.title, row.listed, row.attended, row.groups) == ("อบรมการทำบัญชีรับ-จ่าย", 5, 4, 2)
    assert tab.current_row() is not None and tab.current_row().id == row.id
    stored = services.training.get(row.id)
    assert stored.budget.format() == "12,500.00"
    assert [p.pre_score for p in stored.participants] == [
        Decimal("40.00"), Decimal("60.00"), None, Decimal("50.00"), Decimal("30.00")]
    assert stored.participants[4].group_id is None
    assert stored.participants[4].organisation == "อบต.โนนสว่าง"

    # the evaluation panel of the tab shows the selected session
    labels = tab.summary.labels
    assert labels["attended"].text() == "4 คน (ร้อยละ 80.0)"
    assert labels["groups"].text() == "2 จาก 2 กลุ่มที่มีรายชื่อ"
    assert labels["scores"].text().startswith("ก่อนอบรม 50.00 หลังอบรม 71.83 เพิ่มขึ้น +21.83")
    assert "มีคะแนนเพียงครั้งเดียว 1 คน" in labels["scores"].text()
    assert labels["satisfaction"].text() == "4.00 จาก 5 (ผู้ประเมิน 3 คน)"
    assert tab.summary.groups.rowCount() == 2


def _session(services: Services, **changes: Any) -> Any:
    data = TrainingData(title="เวทีความรู้ด้านการตลาดออนไลน์", topic=TrainingTopic.ONLINE,
                        format=TrainingFormat.FORUM, start_date=date(2026, 10, 5),
                        end_date=date(2026, 10, 5), venue="ห้องประชุมอำเภอ")
    for k, v in changes.items():
        setattr(data, k, v)
    return services.training.save(data)


def test_validation_messages_point_at_the_field(qtbot: Any, tab: TrainingTab, on_modal: Any,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_validation", lambda _p, e: shown.append(e.field))

    def fill(dialog: TrainingDialog) -> None:
        save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
        save.click()
        assert shown[-1] == "Title" and dialog.focusWidget() is dialog.title
        type_text(dialog.title, "อบรม")
        dialog.end.setDate(date(2000, 1, 1))
        save.click()
        assert shown[-1] == "End date"
        dialog.end.setDate(dialog.start.date())
        dialog.participants.add_row()
        type_text(dialog.focusWidget(), "นางสาวใจดี")
        dialog.participants.table.item(0, POST).setText("120")
        save.click()
        assert shown[-1] == "Post-test score"
        assert dialog.tabs.currentIndex() == PEOPLE_PAGE
        dialog.reject()

    on_modal(TrainingDialog, fill)
    tab.new_record()
    assert shown == ["Title", "End date", "Post-test score"]


def test_filters_by_text_topic_format_and_month(qtbot: Any, tab: TrainingTab, services: Services) -> None:
    _session(services)
    _session(services, title="อบรมการพัฒนาบรรจุภัณฑ์", topic=TrainingTopic.PACKAGING,
             format=TrainingFormat.TRAINING, start_date=date(2026, 11, 30), end_date=date(2026, 12, 1))
    tab.refresh()
    assert tab.proxy.rowCount() == 2
    type_text(tab.search, "บรรจุ")
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 1)  # after the typing pause
    tab.search.clear()
    tab.topic_filter.setValue(TrainingTopic.ONLINE)
    assert tab.proxy.rowCount() == 1
    tab.topic_filter.setCurrentIndex(0)
    tab.format_filter.setValue(TrainingFormat.TRAINING)
    assert tab.proxy.rowCount() == 1
    tab.format_filter.setCurrentIndex(0)
    # months offered: Dec, Nov and Oct 2569; a session over a month end counts in both
    assert [tab.month_filter.itemText(i) for i in range(1, 4)] == [
        "ธันวาคม 2569", "พฤศจิกายน 2569", "ตุลาคม 2569"]
    tab.month_filter.setCurrentIndex(1)
    assert tab.proxy.rowCount() == 1 and tab.count_label.text() == "แสดง 1 จาก 2 ครั้ง"
    tab.month_filter.setCurrentIndex(3)
    assert tab.proxy.index(0, 1).data() == "เวทีความรู้ด้านการตลาดออนไลน์"
    # sorting by clicking the header: dates, newest first by default
    tab.month_filter.setCurrentIndex(0)
    assert tab.proxy.index(0, 1).data() == "อบรมการพัฒนาบรรจุภัณฑ์"
    tab.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert tab.proxy.index(0, 1).data() == "เวทีความรู้ด้านการตลาดออนไลน์"


def test_delete_asks_first(qtbot: Any, tab: TrainingTab, services: Services,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    tid = _session(services)
    tab.refresh(select_id=tid)
    answers = iter([False, True])
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: next(answers))
    tab.delete_current()
    assert len(services.training.rows()) == 1
    tab.delete_current()
    assert services.training.rows() == []


def test_print_offers_both_documents(qtbot: Any, tab: TrainingTab, services: Services, on_modal: Any,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    gid = services.groups.choices()[0].id
    member = services.groups.get(gid).members[0]
    tid = _session(services, participants=[ParticipantData(
        name=member.name, organisation=SILK, group_id=gid, member_id=member.id, attended=True,
        pre_score=Decimal(5), post_score=Decimal(8), satisfaction=5)])
    tab.refresh(select_id=tid)
    assert tab.can_print()
    jobs: list[Any] = []
    monkeypatch.setattr("otop_desk.ui.training.tab.preview", lambda _p, job: jobs.append(job))

    def choose_signin(dialog: PrintChoiceDialog) -> None:
        assert dialog.summary.isChecked()  # a past session defaults to the summary
        dialog.signin.setChecked(True)
        dialog.accept()

    on_modal(PrintChoiceDialog, choose_signin)
    tab.print_current()
    on_modal(PrintChoiceDialog, lambda d: d.accept())
    tab.print_current()
    assert "รายชื่อผู้เข้ารับการอบรม" in jobs[0].html and member.name in jobs[0].html
    assert "สรุปผลการเข้ารับการอบรม" in jobs[1].html and jobs[1].landscape
    assert print_choice.SIGNIN == "signin"


def test_trainings_by_group_opens_the_session(qtbot: Any, tab: TrainingTab, services: Services,
                                              on_modal: Any) -> None:
    choices = {c.name: c.id for c in services.groups.choices()}
    members = services.groups.get(choices[CHILI]).members
    tid = _session(services, participants=[ParticipantData(
        name=members[0].name, group_id=choices[CHILI], member_id=members[0].id, attended=True)])
    _session(services, title="อบรมอื่น")
    tab.refresh()

    def look(dialog: GroupTrainingsDialog) -> None:
        dialog.group.set_group(choices[SILK])
        assert dialog.model.rowCount() == 0
        dialog.group.set_group(choices[CHILI])
        assert dialog.model.rowCount() == 1
        assert dialog.proxy.index(0, 6).data() == members[0].name
        dialog.table.setCurrentIndex(dialog.proxy.index(0, 0))
        dialog.table.activated.emit(dialog.proxy.index(0, 0))

    on_modal(GroupTrainingsDialog, look)
    tab.show_group_trainings()
    assert tab.current_row().id == tid


def test_tab_at_the_end_adds_a_row_and_blank_rows_are_not_piled_up(qtbot: Any, services: Services) -> None:
    dialog = TrainingDialog(services, None, today=date(2026, 11, 21))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()  # a closed cell editor hands focus back only in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    people = dialog.participants
    people.add_row()
    type_text(dialog.focusWidget(), "นางสาวหนึ่ง")
    for _ in range(people.table.columnCount() - 1):
        key(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert people.table.currentColumn() == RATING and people.row_count() == 1
    key(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert people.row_count() == 2 and people.table.currentRow() == 1
    assert people.checked(1, ATTENDED)  # the session is today: people are marked present
    key(dialog.focusWidget(), Qt.Key.Key_Return)
    assert people.row_count() == 2  # Enter on an empty last row adds nothing more


def test_counts_sort_in_sql_and_a_filtered_out_session_is_not_selected(qtbot: Any, tab: TrainingTab,
                                                                        services: Services) -> None:
    crowded = _session(services, title="เวทีใหญ่", participants=[
        ParticipantData(name=f"ผู้เข้าร่วม {i}", attended=i % 2 == 0) for i in range(5)])
    quiet = _session(services, title="เวทีเล็ก", start_date=date(2026, 12, 1), end_date=date(2026, 12, 1))
    tab.refresh()
    listed = 5  # the "Listed" column
    tab.table.sortByColumn(listed, Qt.SortOrder.DescendingOrder)
    assert [tab.proxy.index(r, listed).data() for r in range(2)] == ["5", "0"]
    assert tab.proxy.index(0, 6).data() == "3"  # attended
    tab.table.sortByColumn(listed, Qt.SortOrder.AscendingOrder)
    assert tab.proxy.index(0, 1).data() == "เวทีเล็ก"
    tab.month_filter.setCurrentIndex(tab.month_filter.findText("ตุลาคม 2569"))
    assert tab.proxy.rowCount() == 1
    assert not tab.select_id(quiet) and tab.select_id(crowded)
    assert tab.current_row().title == "เวทีใหญ่" and tab.summary.title().endswith("เวทีใหญ่")
