"""The form of a meeting: who met, when and where; the agenda with its resolutions; who
attended (the committee's seats in one click, members of groups ticked, anyone else
typed, guests marked as they are typed); the follow-ups Home lists until done."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from otop_desk import i18n
from otop_desk.domain.error_list import ErrorList
from otop_desk.domain.network import MeetingPurpose
from otop_desk.services import Services
from otop_desk.services.network import AttendeeData, MeetingData
from otop_desk.services.network import data as n
from otop_desk.ui.common.form_dialog import RecordFormDialog
from otop_desk.ui.common.group_combo import index_of
from otop_desk.ui.network.editors import AgendaEditor, AttendanceEditor
from otop_desk.ui.training.member_picker import MemberPickerDialog
from otop_desk.ui.visits.editors import FollowUpEditor
from otop_desk.ui.widgets.be_date_edit import BEDateEdit
from otop_desk.ui.widgets.enum_combo import EnumCombo

MEETING_PAGE, AGENDA_PAGE, PEOPLE_PAGE, ACTIONS_PAGE = range(4)
COMMITTEE, GROUP = "committee", "group"
#: Typing pauses this long before the guest marks are worked out again.
GUEST_DELAY_MS = 250


class MeetingDialog(RecordFormDialog):
    HISTORY_TABLE = "meeting"

    def __init__(self, services: Services, data: MeetingData | None = None, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self._today = services.clock.today()
        self._data = data or MeetingData(meeting_date=self._today)
        self.setWindowTitle(self.tr("Edit meeting") if self._data.id else self.tr("New meeting"))
        self.resize(1100, 680)
        self.tabs.addTab(self._meeting_page(), self.tr("Meeting"))
        self.tabs.addTab(self._agenda_page(), self.tr("Agenda and resolutions"))
        self.tabs.addTab(self._people_page(), "")
        self.tabs.addTab(self._actions_page(), self.tr("Follow-ups"))
        self._guest_timer = QTimer(self)
        self._guest_timer.setSingleShot(True)
        self._guest_timer.setInterval(GUEST_DELAY_MS)
        self._guest_timer.timeout.connect(self.update_guests)
        self._field_widgets = {
            n.F_BODY: (MEETING_PAGE, self.body), n.F_NUMBER: (MEETING_PAGE, self.number),
            n.F_MEETING_DATE: (MEETING_PAGE, self.meeting_date), n.F_START_TIME: (MEETING_PAGE, self.start_time),
            n.F_END_TIME: (MEETING_PAGE, self.end_time), n.F_VENUE: (MEETING_PAGE, self.venue),
            n.F_CHAIR: (MEETING_PAGE, self.chair), n.F_RECORDER: (MEETING_PAGE, self.recorder),
            n.F_NOTES: (MEETING_PAGE, self.notes),
        }
        for editor, page in ((self.agenda, AGENDA_PAGE), (self.attendance, PEOPLE_PAGE),
                             (self.actions, ACTIONS_PAGE)):
            for field in editor.field_columns:
                self._field_widgets[field] = (page, editor.table)
        self._load(self._data)
        self.body.setFocus()

    # pages ----------------------------------------------------------------------------
    def _meeting_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.body = QComboBox(page)
        self.body.addItem(self.tr("(choose the committee or group)"), None)
        for cid, name in self.services.network.committee_choices():
            self.body.addItem(name, (COMMITTEE, cid))
        for group in self.services.groups.choices(include_inactive=True):
            self.body.addItem(self.tr("Group: {name}").format(name=group.name), (GROUP, group.id))
        self.body.currentIndexChanged.connect(lambda _i: self._guest_timer.start())
        self.purpose = EnumCombo(MeetingPurpose, page)
        self.fair = QComboBox(page)
        self.fair.addItem(self.tr("(no fair)"), None)
        for fair in self.services.fairs.rows():
            self.fair.addItem(f"{fair.name} ({i18n.fmt_date(fair.start_date)})", fair.id)
        self.number = QLineEdit(page)
        self.number.setPlaceholderText(self.tr("e.g. 3/2569"))
        self.number.setMaxLength(40)
        self.meeting_date = BEDateEdit(page, field=n.F_MEETING_DATE)
        self.meeting_date.dateChanged.connect(lambda _d: self._guest_timer.start())
        self.start_time = QLineEdit(page)
        self.end_time = QLineEdit(page)
        for edit in (self.start_time, self.end_time):
            edit.setPlaceholderText(self.tr("hh:mm"))
            edit.setMaximumWidth(90)
        when = QHBoxLayout()
        when.addWidget(self.meeting_date)
        when.addWidget(QLabel(self.tr("from"), page))
        when.addWidget(self.start_time)
        when.addWidget(QLabel(self.tr("to"), page))
        when.addWidget(self.end_time)
        when.addStretch(1)
        self.venue = QLineEdit(page)
        self.chair = QLineEdit(page)
        self.recorder = QLineEdit(page)
        self.notes = QPlainTextEdit(page)
        self.notes.setTabChangesFocus(True)
        form.addRow(i18n.field_label(n.F_BODY) + " *", self.body)
        form.addRow(self.tr("Purpose"), self.purpose)
        form.addRow(self.tr("About the fair"), self.fair)
        form.addRow(i18n.field_label(n.F_NUMBER), self.number)
        form.addRow(i18n.field_label(n.F_MEETING_DATE) + " *", when)
        form.addRow(i18n.field_label(n.F_VENUE), self.venue)
        form.addRow(i18n.field_label(n.F_CHAIR), self.chair)
        form.addRow(i18n.field_label(n.F_RECORDER), self.recorder)
        form.addRow(i18n.field_label(n.F_NOTES), self.notes)
        return page

    def _agenda_page(self) -> QWidget:
        page = QWidget(self)
        self.agenda = AgendaEditor(page)
        layout = QVBoxLayout(page)
        hint = QLabel(self.tr("One row per agenda item: what was said, and what the meeting resolved."), page)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.agenda, 1)
        return page

    def _people_page(self) -> QWidget:
        page = QWidget(self)
        self.seats_button = QPushButton(self.tr("Committee members"), page)
        self.seats_button.setToolTip(self.tr("List every member of the committee's term on the meeting date"))
        self.seats_button.clicked.connect(self.add_committee)
        self.pick_button = QPushButton(self.tr("Add from groups…"), page)
        self.pick_button.setToolTip(self.tr("Choose a group and tick its members (Ctrl+G)"))
        self.pick_button.clicked.connect(self.pick_members)
        QShortcut(QKeySequence("Ctrl+G"), self, activated=self.pick_members)
        self.type_button = QPushButton(self.tr("Type in a person"), page)
        self.type_button.setToolTip(self.tr("For people not in a registered group (Insert). Tab or Enter at the "
                                            "end adds the next row."))
        self.type_button.clicked.connect(lambda: self.attendance.add_row())
        self.all_present = QPushButton(self.tr("Mark all present"), page)
        self.all_present.clicked.connect(lambda: self.attendance.set_all_present(True))
        buttons = QHBoxLayout()
        for button in (self.seats_button, self.pick_button, self.type_button, self.all_present):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.attendance = AttendanceEditor(page)
        self.attendance.edited.connect(self._people_edited)
        self.people_summary = QLabel(page)
        layout = QVBoxLayout(page)
        layout.addLayout(buttons)
        layout.addWidget(self.attendance, 1)
        layout.addWidget(self.people_summary)
        return page

    def _actions_page(self) -> QWidget:
        page = QWidget(self)
        self.actions = FollowUpEditor(page)
        layout = QVBoxLayout(page)
        hint = QLabel(self.tr("What the meeting asked to be done, by when and by whom. Until ticked done, "
                              "they are listed on Home like a visit's follow-ups."), page)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.actions, 1)
        return page

    # attendance -----------------------------------------------------------------------
    def _body(self) -> tuple[str, uuid.UUID] | tuple[None, None]:
        data = self.body.currentData()
        return (data[0], data[1]) if data else (None, None)

    def add_committee(self) -> None:
        kind, body_id = self._body()
        day = self.meeting_date.date()
        if kind != COMMITTEE or body_id is None or day is None:
            self.people_summary.setText(self.tr("Choose the committee and the meeting date first."))
            return
        term = self.services.network.term_on(body_id, day)
        if term is None:
            self.people_summary.setText(self.tr("The committee has no term on that date."))
            return
        listed = self.attendance.seat_ids()
        self.attendance.add_people([
            AttendeeData(s.name, s.organisation, i18n.enum_label(s.role), self.attendance.default_present,
                         group_id=s.group_id, member_id=s.member_id, committee_member_id=s.id)
            for s in term.members if s.id not in listed])
        self.tabs.setCurrentIndex(PEOPLE_PAGE)
        self.update_guests()

    def pick_members(self) -> None:
        dialog = MemberPickerDialog(self.services, self.attendance.member_ids(), self)
        dialog.setWindowTitle(self.tr("Add attendees from groups"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.tabs.setCurrentIndex(PEOPLE_PAGE)
            self.attendance.add_people(dialog.chosen())
            self.update_guests()

    def _people_edited(self) -> None:
        self._guest_timer.start()
        self._count_people()

    def update_guests(self) -> None:
        """Mark who would be a guest if saved now (the service's own rule)."""
        self._guest_timer.stop()
        kind, body_id = self._body()
        probe = MeetingData(committee_id=body_id if kind == COMMITTEE else None,
                            group_id=body_id if kind == GROUP else None,
                            meeting_date=self.meeting_date.date(), attendees=self.attendance.attendees())
        marks = self.services.network.guests(probe) if body_id is not None else [False] * len(probe.attendees)
        for row, guest in zip(self.attendance.rows_of(), marks, strict=True):
            self.attendance.show_guest(row, guest)
        self._count_people()

    def _count_people(self) -> None:
        people = self.attendance.attendees()
        present = sum(1 for p in people if p.present)
        guests = sum(1 for p in people if p.guest)
        self.tabs.setTabText(PEOPLE_PAGE, self.tr("Attendance ({count})").format(count=present))
        self.people_summary.setText(self.tr("{present} present, {absent} absent, {guests} guests").format(
            present=present, absent=len(people) - present, guests=guests))

    # data in and out ------------------------------------------------------------------
    def _load(self, d: MeetingData) -> None:
        body = (COMMITTEE, d.committee_id) if d.committee_id else (GROUP, d.group_id) if d.group_id else None
        self.body.setCurrentIndex(max(index_of(self.body, body), 0))
        self.purpose.setValue(d.purpose)
        self.fair.setCurrentIndex(max(index_of(self.fair, d.fair_id), 0))
        self.number.setText(d.number)
        self.meeting_date.setDate(d.meeting_date)
        self.attendance.default_present = d.meeting_date is None or d.meeting_date <= self._today
        self.start_time.setText(d.start_time)
        self.end_time.setText(d.end_time)
        self.venue.setText(d.venue)
        self.chair.setText(d.chair_name)
        self.recorder.setText(d.recorder_name)
        self.notes.setPlainText(d.notes)
        self.agenda.table.setRowCount(0)
        for item in d.agenda:
            self.agenda.add_row(item)
        self.attendance.add_people(d.attendees)
        for action in d.actions:
            self.actions.add_row(action)
        self._guest_timer.stop()
        self._count_people()

    def collect(self) -> MeetingData:
        errors = ErrorList()
        kind, body_id = self._body()
        day = errors.check(self.meeting_date.value)
        actions = errors.check(self.actions.actions, default=[])
        errors.raise_if_any()
        return MeetingData(
            committee_id=body_id if kind == COMMITTEE else None, group_id=body_id if kind == GROUP else None,
            fair_id=self.fair.currentData(), purpose=self.purpose.value() or MeetingPurpose.REGULAR,  # type: ignore[arg-type]
            number=self.number.text(), meeting_date=day, start_time=self.start_time.text(),
            end_time=self.end_time.text(), venue=self.venue.text(), chair_name=self.chair.text(),
            recorder_name=self.recorder.text(), notes=self.notes.toPlainText(), agenda=self.agenda.items(),
            attendees=self.attendance.attendees(), actions=actions, id=self._data.id)

    def done(self, result: int) -> None:
        self._guest_timer.stop()  # nothing more to mark once the form is closed
        super().done(result)

    def accept(self) -> None:
        for editor in (self.agenda, self.attendance):
            editor.commit_editing()
        self.attendance.drop_blank_rows()  # so row numbers in messages match the table
        for row in reversed(range(self.agenda.row_count())):
            if self.agenda.is_blank(row):
                self.agenda.table.removeRow(row)
        super().accept()

    def save_record(self) -> uuid.UUID:
        return self.services.network.save_meeting(self.collect())

