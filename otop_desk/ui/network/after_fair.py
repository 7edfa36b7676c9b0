"""During and after a fair: the daily notes of what was heard at the booths (a note can
become a problem of the group, in the problem log), and the after-fair meeting's summary
per group (sales from the booth's daily figures, best sellers, lessons)."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from otop_desk import i18n
from otop_desk.domain.dates import format_date_numeric, parse_date
from otop_desk.domain.enums import FairEntryStatus, ProblemCategory
from otop_desk.domain.error_list import ErrorList
from otop_desk.services import Services
from otop_desk.services.booths import FairNoteData, ResultData
from otop_desk.services.booths import data as b
from otop_desk.ui import messages
from otop_desk.ui.common.form_dialog import RecordFormDialog
from otop_desk.ui.common.group_combo import index_of
from otop_desk.ui.widgets.rows_editor import RowsEditor

DAY, GROUP, CATEGORY, TEXT, TO_PROBLEM = range(5)
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 31


class NotesEditor(RowsEditor):
    """One row per thing heard: the day, the group (or the whole fair), what it is about."""

    def __init__(self, groups: list[tuple[str, uuid.UUID]], first_day: date, parent: QWidget | None = None) -> None:
        super().__init__([self.tr("Date (dd/mm/yyyy BE)"), self.tr("Group"), self.tr("About"),
                          self.tr("What was heard"), self.tr("To the problem log")], parent)
        self._groups = [(self.tr("(the whole fair)"), None), *groups]
        self._first_day = first_day
        self.field_columns = {b.F_NOTE_DATE: DAY, b.F_NOTE_GROUP: GROUP, b.F_NOTE_TEXT: TEXT}
        self.table.horizontalHeader().setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeaderItem(TO_PROBLEM).setToolTip(self.tr(
            "Ticked: the note becomes an open problem of the group, found at the fair"))

    def fill_row(self, row: int, data: FairNoteData | None) -> None:
        note = data or FairNoteData(self._last_day(row))
        self.set_text(row, DAY, format_date_numeric(note.note_date), note.id)
        self.table.item(row, DAY).setData(PROBLEM_ROLE, note.problem_id)
        group = self.set_combo(row, GROUP, self._groups, None)
        group.setCurrentIndex(max(index_of(group, note.group_id), 0))
        self.set_combo(row, CATEGORY, [(i18n.enum_label(c), c.value) for c in ProblemCategory], note.category.value)
        self.set_text(row, TEXT, note.text).setToolTip(note.text)
        self.set_check(row, TO_PROBLEM, note.to_problem_log)
        if note.problem_id is not None:
            self.table.item(row, TO_PROBLEM).setToolTip(self.tr("In the problem log"))

    def _last_day(self, row: int) -> date:
        """A new note is of the day of the note above it (notes are typed day by day)."""
        for above in range(row - 1, -1, -1):
            try:
                return parse_date(self.text(above, DAY), b.F_NOTE_DATE)
            except Exception:  # noqa: BLE001 - a day not yet readable: look further up
                continue
        return self._first_day

    def is_blank(self, row: int) -> bool:
        return not self.text(row, TEXT).strip()

    def notes(self, errors: ErrorList) -> list[FairNoteData]:
        out = []
        for row in range(self.row_count()):
            if self.is_blank(row):
                continue
            text = self.text(row, DAY).strip()
            day = errors.check(parse_date, text, b.F_NOTE_DATE, row=row + 1) if text else None
            out.append(FairNoteData(day, self.text(row, TEXT),
                                    ProblemCategory(self.combo_value(row, CATEGORY) or ProblemCategory.MARKETING.value),
                                    self.combo_value(row, GROUP), self.checked(row, TO_PROBLEM),
                                    self.table.item(row, DAY).data(PROBLEM_ROLE), self.record_id(row)))
        return out


class FairNotesDialog(RecordFormDialog):
    """The fair's daily notes."""

    def __init__(self, services: Services, fair_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.fair_id = fair_id
        fair = services.fairs.get(fair_id)
        groups = [(e.group_name, e.group_id) for e in services.fairs.entries(fair_id)
                  if e.status == FairEntryStatus.SELECTED]
        self.setWindowTitle(self.tr("Daily notes: {fair}").format(fair=fair.name))
        self.resize(1100, 560)
        page = QWidget(self)
        hint = QLabel(self.tr("What the groups and customers said at the booths, day by day. Tick “To the "
                              "problem log” to follow a group's problem up after the fair."), page)
        hint.setWordWrap(True)
        self.editor = NotesEditor(sorted(groups), fair.start_date, page)
        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addWidget(self.editor, 1)
        self.tabs.addTab(page, self.tr("Notes"))
        self.tabs.tabBar().hide()
        self._field_widgets = {f: (0, self.editor.table) for f in self.editor.field_columns}
        for note in services.booths.notes(fair_id):
            self.editor.add_row(note)
        self.made = 0

    def save_record(self) -> uuid.UUID:
        errors = ErrorList()
        notes = self.editor.notes(errors)
        errors.raise_if_any()
        self.made = self.services.booths.save_notes(self.fair_id, notes)
        return self.fair_id

    def accept(self) -> None:
        for row in reversed(range(self.editor.row_count())):
            if self.editor.is_blank(row):
                self.editor.table.removeRow(row)
        super().accept()
        if self.made and self.result():
            messages.show_info(self.parentWidget() or self, self.tr("Daily notes"), self.tr(
                "{count} notes were added to the problem log as open problems of their groups.").format(
                    count=self.made))


RESULT_GROUP, RESULT_KIND, RESULT_SALES, BEST, LESSONS = range(5)


class ResultsEditor(RowsEditor):
    """One row per group that had a booth; only the best sellers and lessons are typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([self.tr("Group"), self.tr("Product type"), self.tr("Sales (baht)"), self.tr("Best sellers"),
                          self.tr("Lessons")], parent)
        self.field_columns = {b.F_BEST_SELLERS: BEST, b.F_LESSONS: LESSONS}
        self.add_button.hide()
        self.remove_button.hide()
        self.table.horizontalHeader().setSectionResizeMode(LESSONS, QHeaderView.ResizeMode.Stretch)
        self._rows: list[ResultData] = []

    def add_row(self, data: ResultData | None = None) -> int:
        if data is None:
            return -1  # the groups are those that had a booth
        return super().add_row(data)

    def go(self, row: int, column: int) -> None:
        super().go(min(row, self.row_count() - 1), column)

    def fill_row(self, row: int, data: ResultData) -> None:
        self._rows.append(data)
        for column, text in ((RESULT_GROUP, data.group_name), (RESULT_KIND, i18n.enum_label(data.product_type)),
                             (RESULT_SALES, data.sales.format())):
            item = self.set_text(row, column, text, data.entry_id if column == RESULT_GROUP else None)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.item(row, RESULT_SALES).setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.set_text(row, BEST, data.best_sellers)
        self.set_text(row, LESSONS, data.lessons).setToolTip(data.lessons)

    def results(self) -> list[ResultData]:
        out = []
        for row, data in enumerate(self._rows):
            out.append(ResultData(data.entry_id, data.group_name, data.product_type, data.sales,
                                  self.text(row, BEST), self.text(row, LESSONS), data.id))
        return out


class ResultsDialog(RecordFormDialog):
    """The after-fair meeting's summary of each group."""

    def __init__(self, services: Services, fair_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.fair_id = fair_id
        fair = services.fairs.get(fair_id)
        meeting_id, results = services.booths.results(fair_id)
        self.setWindowTitle(self.tr("After-fair summary: {fair}").format(fair=fair.name))
        self.resize(1100, 560)
        page = QWidget(self)
        self.meeting = QComboBox(page)
        self.meeting.addItem(self.tr("(no meeting named)"), None)
        for m in services.network.meeting_choices(fair_id=fair_id):
            self.meeting.addItem(f"{i18n.fmt_date(m.meeting_date)} {m.number} · {m.body} · "
                                 f"{i18n.enum_label(m.purpose)}", m.id)
        self.meeting.setCurrentIndex(max(index_of(self.meeting, meeting_id), 0))
        form = QFormLayout()
        form.addRow(self.tr("Summed up at the meeting"), self.meeting)
        self.editor = ResultsEditor(page)
        for r in results:
            self.editor.add_row(r)
        total = sum(r.sales.satang for r in results)
        self.total = QLabel(self.tr("{count} groups had a booth; sales {total} baht in all").format(
            count=len(results), total=f"{total // 100:,}"), page)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.total)
        self.tabs.addTab(page, self.tr("Groups"))
        self.tabs.tabBar().hide()
        self._field_widgets = {f: (0, self.editor.table) for f in self.editor.field_columns}
        self._field_widgets[b.F_MEETING] = (0, self.meeting)

    def save_record(self) -> uuid.UUID:
        self.services.booths.save_results(self.fair_id, self.meeting.currentData(), self.editor.results())
        return self.fair_id

