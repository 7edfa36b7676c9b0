"""The add/edit form of a visit: who, when, why, what was seen and agreed, problems heard."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from otop_desk import i18n
from otop_desk.domain.enums import VisitPurpose
from otop_desk.domain.records import RecordKind
from otop_desk.services import Services
from otop_desk.services.visits import FoundProblem, VisitData
from otop_desk.services.visits import rules as v
from otop_desk.ui import messages
from otop_desk.ui.common.form_dialog import RecordFormDialog, SaveDeclined
from otop_desk.ui.common.group_combo import GroupCombo
from otop_desk.ui.common.navigation import open_form
from otop_desk.ui.photos.page import add_photos_page
from otop_desk.ui.visits.editors import FollowUpEditor, FoundProblemsEditor
from otop_desk.ui.visits.history import GroupHistoryDialog
from otop_desk.ui.widgets.enum_combo import EnumCombo
from otop_desk.ui.widgets.fields import date_edit, text_box


class VisitDialog(RecordFormDialog):
    HISTORY_TABLE = "visit"

    def __init__(self, services: Services, data: VisitData | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self._data = data or VisitData()
        self.setWindowTitle(self.tr("Edit visit") if self._data.id else self.tr("New visit"))
        self.resize(920, 620)
        self.tabs.addTab(self._visit_page(), self.tr("Visit"))
        self.tabs.addTab(self._notes_page(), self.tr("Observations and advice"))
        self.follow_ups = FollowUpEditor(self)
        self.tabs.addTab(self.follow_ups, self.tr("Follow-up actions"))
        self.tabs.addTab(self._problems_page(), self.tr("Problems found"))
        self.photos = add_photos_page(self, "visit", self._data.id)
        self._field_widgets: dict[str, tuple[int, QWidget]] = {
            v.F_GROUP: (0, self.group), v.F_DATE: (0, self.visit_date), v.F_OFFICERS: (0, self.officers),
            v.F_PEOPLE: (0, self.people), v.F_NEXT: (0, self.next_visit),
            v.F_OBSERVATIONS: (1, self.observations), v.F_ADVICE: (1, self.advice), v.F_NOTES: (1, self.notes),
            v.F_FOLLOW_UP: (2, self.follow_ups.table), v.F_DUE: (2, self.follow_ups.table),
            v.F_RESPONSIBLE: (2, self.follow_ups.table), v.F_DONE_DATE: (2, self.follow_ups.table),
            v.F_PROBLEM: (3, self.found.table),
        }
        self._load(self._data)
        self.group.setFocus()

    # pages ----------------------------------------------------------------------------
    def _visit_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.group = GroupCombo(page)
        self.group.set_groups(self.services.groups.choices(include_inactive=self._data.id is not None))
        self.group.currentIndexChanged.connect(self._group_changed)
        self.history_button = QPushButton(self.tr("Group history…"), page)
        self.history_button.setToolTip(self.tr("All visits and problems of this group"))
        self.history_button.clicked.connect(self.show_group_history)
        group_row = QHBoxLayout()
        group_row.addWidget(self.group, 1)
        group_row.addWidget(self.history_button)
        self.visit_date = date_edit(page, field=v.F_DATE)
        self.purpose = EnumCombo(VisitPurpose, page)
        self.officers = QLineEdit(page)
        self.officers.setPlaceholderText(self.tr("Names, separated by commas"))
        self.people = QSpinBox(page)
        self.people.setRange(0, 10_000)
        self.members = QListWidget(page)
        self.members.setMaximumHeight(150)
        self.members.itemChanged.connect(self._member_ticked)
        self.next_visit = date_edit(page, optional=True, field=v.F_NEXT)
        form.addRow(i18n.field_label(v.F_GROUP) + " *", group_row)
        form.addRow(i18n.field_label(v.F_DATE) + " *", self.visit_date)
        form.addRow(self.tr("Purpose"), self.purpose)
        form.addRow(i18n.field_label(v.F_OFFICERS) + " *", self.officers)
        form.addRow(self.tr("Number of people met"), self.people)
        form.addRow(self.tr("Members met (tick names)"), self.members)
        form.addRow(i18n.field_label(v.F_NEXT), self.next_visit)
        return page

    def _notes_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.observations = text_box(page)
        self.advice = text_box(page)
        self.notes = text_box(page)
        form.addRow(self.tr("What was observed"), self.observations)
        form.addRow(i18n.field_label(v.F_ADVICE), self.advice)
        form.addRow(i18n.field_label(v.F_NOTES), self.notes)
        return page

    def _problems_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        hint = QLabel(self.tr("Each problem becomes a record of the problem log, linked to this visit. "
                              "Actions and the resolution are recorded in the Problems tab."), page)
        hint.setWordWrap(True)
        self.found = FoundProblemsEditor(page)
        self.open_problem_button = QPushButton(self.tr("Open in the problem log…"), page)
        self.open_problem_button.clicked.connect(self.open_problem)
        self.found.layout().itemAt(1).layout().addWidget(self.open_problem_button)
        layout.addWidget(hint)
        layout.addWidget(self.found, 1)
        return page

    # data in and out ------------------------------------------------------------------
    def _load(self, d: VisitData) -> None:
        self.group.set_group(d.group_id)
        if d.visit_date is not None:
            self.visit_date.setDate(d.visit_date)
        self.purpose.setValue(d.purpose)
        officers = d.officers
        if not d.id and not officers:
            profile = self.services.officer.get()
            officers = profile.name if profile else ""
        self.officers.setText(officers)
        self.people.setValue(d.people_met)
        self._fill_members(d.member_ids)
        self.next_visit.setDate(d.next_visit_date)
        self.observations.setPlainText(d.observations)
        self.advice.setPlainText(d.advice)
        self.notes.setPlainText(d.notes)
        for action in d.actions:
            self.follow_ups.fill_row(self.follow_ups.append_row(), action)
        for problem in d.problems:
            self.found.fill_row(self.found.append_row(), problem)

    def _fill_members(self, ticked: frozenset[uuid.UUID] = frozenset()) -> None:
        self.members.blockSignals(True)
        self.members.clear()
        group_id = self.group.group_id()
        if group_id is not None:
            for m in self.services.groups.get(group_id).members:
                item = QListWidgetItem(f"{m.name} ({i18n.enum_label(m.role)})", self.members)
                item.setData(Qt.ItemDataRole.UserRole, m.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if m.id in ticked else Qt.CheckState.Unchecked)
        self.members.blockSignals(False)

    def _group_changed(self) -> None:
        self._fill_members(self.ticked_members())

    def _member_ticked(self) -> None:
        # Ticking a name means that person was met: the count can never be smaller.
        self.people.setValue(max(self.people.value(), len(self.ticked_members())))

    def ticked_members(self) -> frozenset[uuid.UUID]:
        return frozenset(
            self.members.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.members.count())
            if self.members.item(i).checkState() == Qt.CheckState.Checked
        )

    def collect(self) -> VisitData:
        return VisitData(
            id=self._data.id,
            group_id=self.group.group_id(),
            visit_date=self.visit_date.value(),
            purpose=self.purpose.value(),  # type: ignore[arg-type]
            officers=self.officers.text(),
            people_met=self.people.value(),
            member_ids=self.ticked_members(),
            observations=self.observations.toPlainText(),
            advice=self.advice.toPlainText(),
            next_visit_date=self.next_visit.value(),
            notes=self.notes.toPlainText(),
            actions=self.follow_ups.actions(),
            problems=self.found.problems(),
        )

    def save_record(self) -> uuid.UUID:
        data = self.collect()
        # A form that cannot be saved says why first; only then is a second visit asked about.
        v.validate_visit(data, self.services.clock.today())
        if not self._second_visit_confirmed(data):
            raise SaveDeclined
        return self.photos.save(self.services.visits.save(data))

    def _second_visit_confirmed(self, data: VisitData) -> bool:
        """Ask before a second visit to a group on one day is saved: most often it is the
        same visit typed twice. Re-saving a visit whose group and day did not change asks
        nothing."""
        if data.group_id is None or data.visit_date is None:
            return True
        if data.id is not None and (data.group_id, data.visit_date) == (self._data.group_id, self._data.visit_date):
            return True
        if not self.services.visits.count_on_day(data.group_id, data.visit_date, except_id=data.id):
            return True
        return messages.confirm(
            self, self.tr("Second visit on the same day"),
            self.tr("{group} already has a visit recorded on {date}. If it is the same visit, "
                    "answer No and open that record instead. Save this one as another visit?").format(
                group=self.services.groups.get(data.group_id).name, date=i18n.fmt_date_long(data.visit_date)))

    # links ----------------------------------------------------------------------------
    def show_group_history(self) -> None:
        group_id = self.group.group_id()
        if group_id is not None:
            GroupHistoryDialog(self.services, group_id, self).exec()

    def open_problem(self) -> None:
        row = self.found.table.currentRow()
        problem_id = self.found.record_id(row) if row >= 0 else None
        if problem_id is None:
            messages.show_info(self, self.tr("Problem log"),
                               self.tr("Save the visit first; then its problems can be opened."))
            return
        if open_form(RecordKind.PROBLEM, self.services, problem_id, self):
            # The log may have changed the text too; the form must not write back stale text.
            p = self.services.problems.get(problem_id)
            self.found.fill_row(row, FoundProblem(p.category, p.description, p.severity, p.status, p.id))
