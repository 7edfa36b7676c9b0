"""The follow-up actions and problems-found tables inside the visit form."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from otop_desk import i18n
from otop_desk.domain.dates import format_date_numeric, parse_date
from otop_desk.domain.enums import ProblemCategory, ProblemStatus, Severity
from otop_desk.domain.errors import ValidationError
from otop_desk.services.visits import FollowUpData, FoundProblem
from otop_desk.services.visits import rules as v
from otop_desk.ui.widgets.rows_editor import RowsEditor


def _date_cell(text: str, field: str) -> date | None:
    text = text.strip()
    return parse_date(text, field) if text else None


class FollowUpEditor(RowsEditor):
    """What was agreed, by when and by whom; ticked when done."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([self.tr("Follow-up action"), self.tr("Due (dd/mm/yyyy BE)"),
                          self.tr("Responsible"), self.tr("Done"), self.tr("Date done")], parent)
        self.field_columns = {v.F_FOLLOW_UP: 0, v.F_DUE: 1, v.F_RESPONSIBLE: 2, v.F_DONE_DATE: 4}

    def fill_row(self, row: int, data: FollowUpData | None) -> None:
        a = data or FollowUpData()
        self.set_text(row, 0, a.description, a.id)
        self.set_text(row, 1, format_date_numeric(a.due_date))
        self.set_text(row, 2, a.responsible)
        self.set_check(row, 3, a.done)
        self.set_text(row, 4, format_date_numeric(a.done_date))

    def actions(self) -> list[FollowUpData]:
        out = []
        for row in range(self.row_count()):
            if self.is_blank(row):
                continue
            try:
                done_date = _date_cell(self.text(row, 4), v.F_DONE_DATE)
                out.append(FollowUpData(
                    id=self.record_id(row),
                    description=self.text(row, 0),
                    due_date=_date_cell(self.text(row, 1), v.F_DUE),
                    responsible=self.text(row, 2),
                    done=self.checked(row, 3) or done_date is not None,
                    done_date=done_date,
                ))
            except ValidationError as error:
                raise error.in_row(row + 1) from None
        return out


class FoundProblemsEditor(RowsEditor):
    """Problems heard at the visit; each becomes a record of the problem log."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([self.tr("Problem"), self.tr("Category"), self.tr("Severity"),
                          self.tr("Status")], parent)

    def fill_row(self, row: int, data: FoundProblem | None) -> None:
        p = data or FoundProblem()
        self.set_text(row, 0, p.description, p.id)
        self.set_combo(row, 1, [(i18n.enum_label(c), c.value) for c in ProblemCategory], p.category.value)
        self.set_combo(row, 2, [(i18n.enum_label(s), s.value) for s in Severity], p.severity.value)
        status = self.set_text(row, 3, i18n.enum_label(p.status))
        status.setData(Qt.ItemDataRole.UserRole, p.status.value)
        # The status moves in the problem log, through actions, not here.
        status.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)

    def is_blank(self, row: int) -> bool:
        # A new row shows its status (open); it is still empty.
        return not self.text(row, 0).strip() and self.record_id(row) is None

    def problems(self) -> list[FoundProblem]:
        out = []
        for row in range(self.row_count()):
            if self.is_blank(row):
                continue
            status_item = self.table.item(row, 3)
            status = status_item.data(Qt.ItemDataRole.UserRole) if status_item else None
            out.append(FoundProblem(
                id=self.record_id(row),
                description=self.text(row, 0),
                category=ProblemCategory(self.combo_value(row, 1)),
                severity=Severity(self.combo_value(row, 2)),
                status=ProblemStatus(status or ProblemStatus.OPEN.value),
            ))
        return out
