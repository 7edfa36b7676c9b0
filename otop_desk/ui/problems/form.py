"""The add/edit form of a problem: what, where found, who helps, status and action history."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from otop_desk import i18n
from otop_desk.domain import clock
from otop_desk.domain.dates import format_date_numeric, parse_date
from otop_desk.domain.enums import Helper, ProblemCategory, ProblemSource, ProblemStatus, Severity
from otop_desk.domain.errors import ValidationError
from otop_desk.domain.records import RecordKind
from otop_desk.services import Services
from otop_desk.services.problems import ActionData, ProblemData, rules
from otop_desk.ui.common.form_dialog import RecordFormDialog
from otop_desk.ui.common.group_combo import GroupCombo
from otop_desk.ui.common.navigation import open_form
from otop_desk.ui.photos.page import add_photos_page
from otop_desk.ui.widgets.enum_combo import EnumCombo
from otop_desk.ui.widgets.fields import date_edit, text_box
from otop_desk.ui.widgets.rows_editor import RowsEditor


class ActionsEditor(RowsEditor):
    """The dated history of what was done; Tab moves on, Insert adds a row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([self.tr("What was done"), self.tr("Date (dd/mm/yyyy BE)"), self.tr("By whom"),
                          self.tr("Result")], parent)
        self.field_columns = {rules.F_ACTION: 0, rules.F_ACTION_DATE: 1, rules.F_BY_WHOM: 2, rules.F_RESULT: 3}

    def fill_row(self, row: int, data: ActionData | None) -> None:
        a = data or ActionData(action_date=clock.current().today())
        self.set_text(row, 0, a.description, a.id)
        self.set_text(row, 1, format_date_numeric(a.action_date))
        self.set_text(row, 2, a.by_whom)
        self.set_text(row, 3, a.result)

    def is_blank(self, row: int) -> bool:
        # A new row comes with today's date filled in; it is still empty.
        return not self.text(row, 0).strip() and not self.text(row, 3).strip() and self.record_id(row) is None

    def actions(self) -> list[ActionData]:
        out = []
        for row in range(self.row_count()):
            if self.is_blank(row):
                continue
            try:
                text = self.text(row, 1).strip()
                out.append(ActionData(
                    id=self.record_id(row),
                    description=self.text(row, 0),
                    action_date=parse_date(text, rules.F_ACTION_DATE) if text else None,
                    by_whom=self.text(row, 2),
                    result=self.text(row, 3),
                ))
            except ValidationError as error:
                raise error.in_row(row + 1) from None
        return out


class ProblemDialog(RecordFormDialog):
    HISTORY_TABLE = "problem"

    def __init__(self, services: Services, data: ProblemData | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self._data = data or ProblemData(found_date=services.clock.today())
        self.setWindowTitle(self.tr("Edit problem") if self._data.id else self.tr("New problem"))
        self.resize(900, 640)
        self.tabs.addTab(self._problem_page(), self.tr("Problem"))
        self.tabs.addTab(self._status_page(), self.tr("Actions and status"))
        self.photos = add_photos_page(self, "problem", self._data.id)
        self._field_widgets: dict[str, tuple[int, QWidget]] = {
            rules.F_GROUP: (0, self.group), rules.F_FOUND: (0, self.found),
            rules.F_DESCRIPTION: (0, self.description), rules.F_HELPER_NOTES: (0, self.helper_notes),
            rules.F_TARGET: (0, self.target), rules.F_RESOLVED: (1, self.resolved_date),
            rules.F_OUTCOME: (1, self.outcome), rules.F_REASON: (1, self.reason),
        }
        for f in (rules.F_ACTION_DATE, rules.F_ACTION, rules.F_BY_WHOM, rules.F_RESULT):
            self._field_widgets[f] = (1, self.actions.table)
        self._load(self._data)
        self.group.setFocus()

    # pages ----------------------------------------------------------------------------
    def _problem_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.group = GroupCombo(page)
        self.group.set_groups(self.services.groups.choices(include_inactive=self._data.id is not None))
        self.source = EnumCombo(ProblemSource, page)
        self.visit_label = QLabel(page)
        self.open_visit_button = QPushButton(self.tr("Open visit…"), page)
        self.open_visit_button.clicked.connect(self.open_visit)
        source_row = QHBoxLayout()
        source_row.addWidget(self.source)
        source_row.addWidget(self.visit_label, 1)
        source_row.addWidget(self.open_visit_button)
        self.found = date_edit(page, field=rules.F_FOUND)
        self.category = EnumCombo(ProblemCategory, page)
        self.severity = EnumCombo(Severity, page)
        self.description = text_box(page)
        self.helpers: dict[Helper, QCheckBox] = {}
        helper_grid = QGridLayout()
        for i, helper in enumerate(Helper):
            box = QCheckBox(i18n.enum_label(helper), page)
            self.helpers[helper] = box
            helper_grid.addWidget(box, i // 3, i % 3)
        self.helper_notes = QLineEdit(page)
        self.helper_notes.setPlaceholderText(self.tr("e.g. Khon Kaen University, provincial commerce office"))
        self.target = date_edit(page, optional=True, field=rules.F_TARGET)
        form.addRow(i18n.field_label(rules.F_GROUP) + " *", self.group)
        form.addRow(self.tr("Where found"), source_row)
        form.addRow(i18n.field_label(rules.F_FOUND) + " *", self.found)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Severity"), self.severity)
        form.addRow(i18n.field_label(rules.F_DESCRIPTION) + " *", self.description)
        form.addRow(self.tr("Who helps"), helper_grid)
        form.addRow(i18n.field_label(rules.F_HELPER_NOTES), self.helper_notes)
        form.addRow(i18n.field_label(rules.F_TARGET), self.target)
        return page

    def _status_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self.status = EnumCombo(ProblemStatus, page)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.resolved_date = date_edit(page, optional=True, field=rules.F_RESOLVED)
        self.outcome = text_box(page)
        self.outcome.setMaximumHeight(80)
        self.reason = text_box(page)
        self.reason.setMaximumHeight(80)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(i18n.field_label(rules.F_RESOLVED), self.resolved_date)
        form.addRow(i18n.field_label(rules.F_OUTCOME) + " *", self.outcome)
        form.addRow(i18n.field_label(rules.F_REASON) + " *", self.reason)
        self._status_form = form
        self.actions = ActionsEditor(page)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Actions taken (oldest first)"), page))
        layout.addWidget(self.actions, 1)
        return page

    def _status_changed(self) -> None:
        status = self.status.value()
        settled = status is not None and not ProblemStatus(status).is_open
        self._status_form.setRowVisible(self.resolved_date, settled)
        self._status_form.setRowVisible(self.outcome, status == ProblemStatus.RESOLVED)
        self._status_form.setRowVisible(self.reason, status == ProblemStatus.CLOSED_UNRESOLVED)
        if settled and self.resolved_date.date() is None:
            self.resolved_date.setDate(self.services.clock.today())

    # data in and out ------------------------------------------------------------------
    def _load(self, d: ProblemData) -> None:
        self.group.set_group(d.group_id)
        self.source.setValue(d.source)
        self._show_visit(d.visit_id)
        self.found.setDate(d.found_date)
        self.category.setValue(d.category)
        self.severity.setValue(d.severity)
        self.description.setPlainText(d.description)
        for helper, box in self.helpers.items():
            box.setChecked(helper in d.helpers)
        self.helper_notes.setText(d.helper_notes)
        self.target.setDate(d.target_date)
        self.status.setValue(d.status)
        self.resolved_date.setDate(d.resolved_date)
        self.outcome.setPlainText(d.outcome)
        self.reason.setPlainText(d.close_reason)
        for action in d.actions:
            self.actions.fill_row(self.actions.append_row(), action)
        self._status_changed()

    def _show_visit(self, visit_id: uuid.UUID | None) -> None:
        self.open_visit_button.setEnabled(visit_id is not None)
        if visit_id is None:
            self.visit_label.setText("")
            return
        visit = self.services.visits.get(visit_id)
        self.visit_label.setText(self.tr("visit of {date}").format(date=i18n.fmt_date_long(visit.visit_date)))

    def collect(self) -> ProblemData:
        return ProblemData(
            id=self._data.id,
            group_id=self.group.group_id(),
            source=self.source.value(),  # type: ignore[arg-type]
            found_date=self.found.value(),
            category=self.category.value(),  # type: ignore[arg-type]
            description=self.description.toPlainText(),
            severity=self.severity.value(),  # type: ignore[arg-type]
            status=self.status.value(),  # type: ignore[arg-type]
            helpers=frozenset(h for h, box in self.helpers.items() if box.isChecked()),
            helper_notes=self.helper_notes.text(),
            target_date=self.target.value(),
            resolved_date=self.resolved_date.value(),
            outcome=self.outcome.toPlainText(),
            close_reason=self.reason.toPlainText(),
            visit_id=self._data.visit_id,
            training_id=self._data.training_id,
            actions=self.actions.actions(),
        )

    def save_record(self) -> uuid.UUID:
        return self.photos.save(self.services.problems.save(self.collect()))

    def open_visit(self) -> None:
        if self._data.visit_id is not None:
            open_form(RecordKind.VISIT, self.services, self._data.visit_id, self)
