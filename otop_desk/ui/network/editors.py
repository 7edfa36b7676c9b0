"""The tables inside the committee and meeting forms: a term's seats, a meeting's agenda
and its attendance.

They are typed like every rows editor (ui/widgets/rows_editor.py): Tab at the end adds
the next row, Enter walks down a column. People picked from a registered group keep the
link to the member (their name is edited in the group's form); people typed in are
anyone else. The attendance marks guests (not on the committee that day) in its last
column, worked out by the service from what is typed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from otop_desk import i18n
from otop_desk.domain.network import CommitteeRole
from otop_desk.services.network import AgendaData, AttendeeData, SeatData
from otop_desk.services.network import data as n
from otop_desk.services.training import ParticipantData
from otop_desk.ui.widgets.rows_editor import RowsEditor

GROUP_ROLE = Qt.ItemDataRole.UserRole + 11
MEMBER_ROLE = Qt.ItemDataRole.UserRole + 12
SEAT_ROLE = Qt.ItemDataRole.UserRole + 13
_LINKED = QColor("#f1f4f8")
_GUEST = QColor("#fff3cd")


def _read_only(item: QTableWidgetItem) -> None:
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)


class _PeopleEditor(RowsEditor):
    """Rows of people, some of them linked to a registered group's member."""

    NAME, ORGANISATION = 0, 1

    def link(self, row: int, group_id: Any, member_id: Any, tip: str) -> None:
        name = self.table.item(row, self.NAME)
        name.setData(GROUP_ROLE, group_id)
        name.setData(MEMBER_ROLE, member_id)
        if member_id is None:
            return
        for column in (self.NAME, self.ORGANISATION):
            item = self.table.item(row, column)
            _read_only(item)
            item.setBackground(_LINKED)
            item.setToolTip(tip)

    def linked(self, row: int, role: int) -> Any:
        item = self.table.item(row, self.NAME)
        return item.data(role) if item is not None else None

    def member_ids(self) -> set[Any]:
        return {m for r in range(self.row_count()) if (m := self.linked(r, MEMBER_ROLE))}

    def add_row(self, data: Any = None) -> int:
        """A person typed in: into the blank last row if there is one (Enter at the end
        of the table has just made it), else a new row."""
        last = self.row_count() - 1
        if data is None and last >= 0 and self.is_blank(last):
            self.enter_cell(last, self._first_stop(last))
            return last
        return super().add_row(data)

    def add_people(self, people: list[Any]) -> None:
        """Append rows (people picked elsewhere), filling a trailing blank row first."""
        for person in people:
            last = self.row_count() - 1
            row = last if last >= 0 and self.is_blank(last) else self.append_row()
            self.fill_row(row, person)

    def drop_blank_rows(self) -> None:
        for row in reversed(range(self.row_count())):
            if self.is_blank(row):
                self.table.removeRow(row)

    def _member_tip(self, organisation: str) -> str:
        return self.tr("Member of {group}; the name is edited in the group's form").format(group=organisation)


class SeatsEditor(_PeopleEditor):
    """A term's seats: name, group or organisation, phone, role."""

    PHONE, ROLE = 2, 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([self.tr("Name"), self.tr("Group / organisation"), self.tr("Phone"), self.tr("Role")],
                         parent)
        self.field_columns = {n.F_SEAT_NAME: self.NAME, n.F_SEAT_ORGANISATION: self.ORGANISATION,
                              n.F_SEAT_PHONE: self.PHONE, n.F_ROLE: self.ROLE}
        self.table.horizontalHeader().setSectionResizeMode(self.ORGANISATION, QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().resizeSection(self.ORGANISATION, 260)

    def fill_row(self, row: int, data: SeatData | ParticipantData | None) -> None:
        seat = data if isinstance(data, SeatData) else SeatData()
        if isinstance(data, ParticipantData):  # picked from a group
            seat = SeatData(data.name, data.organisation, data.phone, CommitteeRole.MEMBER, data.group_id,
                            data.member_id)
        self.set_text(row, self.NAME, seat.name, seat.id)
        self.set_text(row, self.ORGANISATION, seat.organisation)
        self.set_phone(row, self.PHONE, seat.phone)
        self.set_combo(row, self.ROLE, [(i18n.enum_label(r), r.value) for r in CommitteeRole], seat.role.value)
        self.link(row, seat.group_id, seat.member_id, self._member_tip(seat.organisation))

    def seats(self) -> list[SeatData]:
        return [SeatData(self.text(r, self.NAME), self.text(r, self.ORGANISATION), self.text(r, self.PHONE),
                         CommitteeRole(self.combo_value(r, self.ROLE) or CommitteeRole.MEMBER.value),
                         self.linked(r, GROUP_ROLE), self.linked(r, MEMBER_ROLE), self.record_id(r))
                for r in range(self.row_count()) if not self.is_blank(r)]


class AgendaEditor(RowsEditor):
    """The agenda: each item, what was said, and what the meeting resolved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([self.tr("Agenda item"), self.tr("Discussion"), self.tr("Resolution")], parent)
        self.field_columns = {n.F_AGENDA_TITLE: 0, n.F_DETAILS: 1, n.F_RESOLUTION: 2}
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def fill_row(self, row: int, data: AgendaData | None) -> None:
        a = data or AgendaData()
        for column, text in enumerate((a.title, a.details, a.resolution)):
            item = self.set_text(row, column, text, a.id if column == 0 else None)
            item.setToolTip(text)

    def items(self) -> list[AgendaData]:
        return [AgendaData(self.text(r, 0), self.text(r, 1), self.text(r, 2), self.record_id(r))
                for r in range(self.row_count()) if not self.is_blank(r)]


class AttendanceEditor(_PeopleEditor):
    """Who came (and who was expected but did not): the fast entry of training
    participants, with the guest mark of people not on the committee."""

    POSITION, PRESENT, NOTE, GUEST = 2, 3, 4, 5
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([self.tr("Name"), self.tr("Group / organisation"), self.tr("Position"),
                          self.tr("Present"), self.tr("Note (e.g. why absent)"), self.tr("Guest")], parent)
        self.default_present = True
        self.field_columns = {n.F_ATTENDEE: self.NAME, n.F_ATTENDEE_ORGANISATION: self.ORGANISATION,
                              n.F_POSITION: self.POSITION, n.F_ATTENDEE_NOTE: self.NOTE}
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.ORGANISATION, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(self.ORGANISATION, 260)
        self.table.horizontalHeaderItem(self.PRESENT).setToolTip(self.tr("Space ticks or clears"))
        self.table.horizontalHeaderItem(self.GUEST).setToolTip(self.tr(
            "Not on the committee that day (or not a member of the group that met): kept on the "
            "list, marked as a guest"))
        self.table.itemChanged.connect(lambda _item: self.edited.emit())
        self.table.model().rowsRemoved.connect(lambda *_: self.edited.emit())

    def fill_row(self, row: int, data: AttendeeData | ParticipantData | None) -> None:
        p = data if isinstance(data, AttendeeData) else AttendeeData(present=self.default_present)
        if isinstance(data, ParticipantData):
            p = AttendeeData(data.name, data.organisation, present=self.default_present, group_id=data.group_id,
                             member_id=data.member_id)
        blocked = self.table.blockSignals(True)
        self.set_text(row, self.NAME, p.name, p.id).setData(SEAT_ROLE, p.committee_member_id)
        self.set_text(row, self.ORGANISATION, p.organisation)
        self.set_text(row, self.POSITION, p.position)
        self.set_check(row, self.PRESENT, p.present)
        self.set_text(row, self.NOTE, p.note)
        guest = self.set_text(row, self.GUEST, "")
        _read_only(guest)
        self.link(row, p.group_id, p.member_id, self._member_tip(p.organisation))
        self.table.blockSignals(blocked)
        self.show_guest(row, p.guest)

    def show_guest(self, row: int, guest: bool) -> None:
        item = self.table.item(row, self.GUEST)
        if item is None:
            return
        blocked = self.table.blockSignals(True)
        item.setText(self.tr("Guest") if guest else "")
        for column in range(self.table.columnCount()):
            cell = self.table.item(row, column)
            if cell is not None and column != self.PRESENT and self.linked(row, MEMBER_ROLE) is None:
                cell.setBackground(_GUEST if guest else QColor(Qt.GlobalColor.transparent))
        self.table.blockSignals(blocked)

    def is_blank(self, row: int) -> bool:
        item = self.table.item(row, self.NAME)
        return not (item is not None and item.text().strip()) and all(
            not self.text(row, c).strip() for c in (self.ORGANISATION, self.POSITION, self.NOTE))

    def attendees(self) -> list[AttendeeData]:
        out = []
        for r in range(self.row_count()):
            if self.is_blank(r):
                continue
            out.append(AttendeeData(self.text(r, self.NAME), self.text(r, self.ORGANISATION),
                                    self.text(r, self.POSITION), self.checked(r, self.PRESENT),
                                    self.text(r, self.NOTE), self.linked(r, GROUP_ROLE), self.linked(r, MEMBER_ROLE),
                                    self.linked(r, SEAT_ROLE), self.text(r, self.GUEST) != "", self.record_id(r)))
        return out

    def rows_of(self) -> list[int]:
        """The table row of each attendee ``attendees()`` returns."""
        return [r for r in range(self.row_count()) if not self.is_blank(r)]

    def seat_ids(self) -> set[Any]:
        return {s for r in range(self.row_count()) if (s := self.linked(r, SEAT_ROLE))}

    def set_all_present(self, present: bool = True) -> None:
        state = Qt.CheckState.Checked if present else Qt.CheckState.Unchecked
        for row in self.rows_of():
            self.table.item(row, self.PRESENT).setCheckState(state)
