"""The participant table of a session: fast keyboard entry for forums of 80 people.

The keys are those of every rows editor (ui/widgets/rows_editor.py): Tab in the last
cell or Enter in the last row adds a row and goes on typing, and Enter elsewhere moves
down the same column (so a column of post-test scores is typed score, Enter, score,
Enter). Typing a score or a rating ticks Attended.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from otop_desk.domain.error_list import ErrorList
from otop_desk.services.training import ParticipantData, parse_rating, parse_score
from otop_desk.services.training.data import (
    F_ORGANISATION,
    F_PARTICIPANT,
    F_PARTICIPANT_PHONE,
    F_POST,
    F_PRE,
    F_RATING,
)
from otop_desk.services.training.rules import F_ATTENDED
from otop_desk.ui.widgets.rows_editor import RowsEditor

NAME, ORGANISATION, PHONE, ATTENDED, PRE, POST, RATING = range(7)
GROUP_ROLE = Qt.ItemDataRole.UserRole + 11
MEMBER_ROLE = Qt.ItemDataRole.UserRole + 12
_LINKED = QColor("#f1f4f8")


class ParticipantsEditor(RowsEditor):
    edited = Signal()  # any change of the rows, for the live summary

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [self.tr("Name"), self.tr("Group / organisation"), self.tr("Phone"), self.tr("Attended"),
             self.tr("Pre-test"), self.tr("Post-test"), self.tr("Satisfaction (1–5)")],
            parent,
        )
        self.default_attended = True
        self.field_columns = {F_PARTICIPANT: NAME, F_ORGANISATION: ORGANISATION, F_PARTICIPANT_PHONE: PHONE,
                              F_ATTENDED: ATTENDED, F_PRE: PRE, F_POST: POST, F_RATING: RATING}
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ORGANISATION, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ORGANISATION, 280)
        self.table.horizontalHeaderItem(ATTENDED).setToolTip(self.tr("Space ticks or clears"))
        self.table.horizontalHeaderItem(PRE).setToolTip(self.tr("Score 0–100; blank if not tested"))
        self.table.horizontalHeaderItem(POST).setToolTip(self.tr("Score 0–100; blank if not tested"))
        self.table.itemChanged.connect(self._item_changed)
        self.table.model().rowsRemoved.connect(lambda *_: self.edited.emit())

    # rows ---------------------------------------------------------------------------
    def fill_row(self, row: int, data: ParticipantData | None) -> None:
        p = data or ParticipantData(attended=self.default_attended)
        blocked = self.table.blockSignals(True)
        name = self.set_text(row, NAME, p.name, p.id)
        name.setData(GROUP_ROLE, p.group_id)
        name.setData(MEMBER_ROLE, p.member_id)
        organisation = self.set_text(row, ORGANISATION, p.organisation)
        if p.member_id is not None:
            # A registered member's name lives in the group's record; edit it there.
            tip = self.tr("Member of {group}; the name is edited in the group's form").format(
                group=p.organisation
            )
            for item in (name, organisation):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setBackground(_LINKED)
                item.setToolTip(tip)
        self.set_phone(row, PHONE, p.phone)
        self.set_check(row, ATTENDED, p.attended)
        self.set_text(row, PRE, _score_text(p.pre_score))
        self.set_text(row, POST, _score_text(p.post_score))
        self.set_text(row, RATING, str(p.satisfaction) if p.satisfaction else "")
        for column in (PRE, POST, RATING):
            self.table.item(row, column).setTextAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        self.table.blockSignals(blocked)

    def add_people(self, people: list[ParticipantData]) -> None:
        """Append people (e.g. picked from groups), filling a trailing blank row first."""
        self.table.setUpdatesEnabled(False)
        try:
            for person in people:
                last = self.row_count() - 1
                row = last if last >= 0 and self.is_blank(last) else self.append_row()
                self.fill_row(row, person)
        finally:
            self.table.setUpdatesEnabled(True)
        self.edited.emit()

    def member_ids(self) -> set[Any]:
        return {
            self.table.item(r, NAME).data(MEMBER_ROLE)
            for r in range(self.row_count())
            if self.table.item(r, NAME) is not None and self.table.item(r, NAME).data(MEMBER_ROLE)
        }

    def set_all_attended(self, attended: bool = True) -> None:
        state = Qt.CheckState.Checked if attended else Qt.CheckState.Unchecked
        for row in range(self.row_count()):
            if not self.is_blank(row):
                self.table.item(row, ATTENDED).setCheckState(state)

    def drop_blank_rows(self) -> None:
        for row in reversed(range(self.row_count())):
            if self.is_blank(row):
                self.table.removeRow(row)

    # reading ------------------------------------------------------------------------
    def participants(self) -> list[ParticipantData]:
        """Every non-blank row; raises ``ValidationErrors`` naming every bad cell."""
        errors = ErrorList()
        out = self.read(errors)
        errors.raise_if_any()
        return out

    def read(self, errors: ErrorList) -> list[ParticipantData]:
        """Every non-blank row; a cell that cannot be read is noted in ``errors`` (with
        its row) and read as empty, so the rest can still be checked."""
        return [self._read(r, errors) for r in range(self.row_count()) if not self.is_blank(r)]

    def preview(self) -> list[ParticipantData]:
        """The rows as far as they can be read now, for the live summary."""
        return self.read(ErrorList())

    def _read(self, row: int, errors: ErrorList) -> ParticipantData:
        def value(parse: Any, column: int, field: str) -> Any:
            return errors.check(parse, self.text(row, column), field, row=row + 1)

        name = self.table.item(row, NAME)
        return ParticipantData(
            id=self.record_id(row),
            name=self.text(row, NAME),
            organisation=self.text(row, ORGANISATION),
            phone=self.text(row, PHONE),
            group_id=name.data(GROUP_ROLE) if name is not None else None,
            member_id=name.data(MEMBER_ROLE) if name is not None else None,
            attended=self.checked(row, ATTENDED),
            pre_score=value(parse_score, PRE, F_PRE),
            post_score=value(parse_score, POST, F_POST),
            satisfaction=value(parse_rating, RATING, F_RATING),
        )

    # reacting -----------------------------------------------------------------------
    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() in (PRE, POST, RATING) and item.text().strip():
            attended = self.table.item(item.row(), ATTENDED)
            if attended is not None and attended.checkState() != Qt.CheckState.Checked:
                attended.setCheckState(Qt.CheckState.Checked)
        self.edited.emit()


def _score_text(value: Any) -> str:
    if value is None:
        return ""
    text = f"{value:.2f}"
    return text.rstrip("0").rstrip(".") if "." in text else text
