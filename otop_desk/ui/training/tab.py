"""The training-sessions tab: forums, trainings and study visits, and their evaluation."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QSplitter, QWidget

from otop_desk import i18n
from otop_desk.domain.enums import TrainingFormat, TrainingTopic
from otop_desk.domain.records import RecordKind
from otop_desk.reports import training_sheets
from otop_desk.reports.photo_pages import training_photo_pages
from otop_desk.reports.printing import PrintJob
from otop_desk.services.training import TrainingRow
from otop_desk.ui import messages
from otop_desk.ui.common.changes import Kind
from otop_desk.ui.common.paged_model import PagedTableModel
from otop_desk.ui.common.print_preview import preview
from otop_desk.ui.common.record_tab import RecordTab
from otop_desk.ui.common.table_model import RowTableModel
from otop_desk.ui.training.form import TrainingDialog
from otop_desk.ui.training.group_trainings import GroupTrainingsDialog
from otop_desk.ui.training.print_choice import SIGNIN, SUMMARY, PrintChoiceDialog
from otop_desk.ui.training.summary_panel import SummaryPanel
from otop_desk.ui.training.table_model import make_training_model
from otop_desk.ui.widgets.enum_combo import EnumCombo


class TrainingTab(RecordTab[TrainingRow]):
    HISTORY_TABLE = "training"
    RECORD_KIND = RecordKind.TRAINING
    # A session counts the groups of its participants; the evaluation names them.
    KINDS = Kind.TRAININGS | Kind.GROUPS
    ROW_KINDS = Kind.TRAININGS
    MAX_COLUMN_WIDTH = 280  # titles and venues are long; keep the figures on the right in view

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        # The evaluation of the selected session sits under the table.
        self._summary_of: Any = None
        self.summary = SummaryPanel(self)
        self.summary.watch(services, lambda: self._summary_of)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.layout().replaceWidget(self.table, splitter)
        splitter.addWidget(self.table)
        splitter.addWidget(self.summary)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter
        self.last_preview: Any = None
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first

    def title(self) -> str:
        return self.tr("Trainings")

    def make_model(self) -> RowTableModel[TrainingRow]:
        return make_training_model(self.services.training)

    def search_placeholder(self) -> str:
        return self.tr("Search title, venue, speaker or organiser (Ctrl+F)")

    def clear_filters(self) -> None:
        super().clear_filters()
        for combo in (self.topic_filter, self.format_filter, self.month_filter):
            combo.setCurrentIndex(0)  # all

    def add_filters(self, bar: QHBoxLayout) -> None:
        self.topic_filter = EnumCombo(TrainingTopic, self, empty_label=self.tr("All topics"))
        self.format_filter = EnumCombo(TrainingFormat, self, empty_label=self.tr("All formats"))
        self.month_filter = QComboBox(self)
        self.month_filter.addItem(self.tr("All months"), None)
        for combo in (self.topic_filter, self.format_filter, self.month_filter):
            # Long topic labels must not set the window's minimum width.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.currentIndexChanged.connect(self._filters_changed)
            bar.addWidget(combo)
        self.action_print = QAction(self.tr("Print…"), self)
        self.action_print.setToolTip(self.tr("Sign-in sheet or attendance summary (Ctrl+P)"))
        self.action_print.triggered.connect(self.print_current)
        self.action_groups = QAction(self.tr("Trainings by group…"), self)
        self.action_groups.setToolTip(self.tr("Which sessions the members of a group attended"))
        self.action_groups.triggered.connect(self.show_group_trainings)
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.action_print, self.action_groups])

    def _filters_changed(self) -> None:
        self.flush_search()
        month = self.month_filter.currentData()
        assert isinstance(self.model, PagedTableModel)
        topic, fmt = self.topic_filter.value(), self.format_filter.value()
        self.model.set_filters(topic=None if topic is None else topic.value,
                               format=None if fmt is None else fmt.value,
                               month=None if month is None else tuple(month))
        self._update_count()

    def count_text(self, shown: int, total: int) -> str:
        return self.tr("Showing {shown} of {total} sessions").format(shown=shown, total=total)

    def prepare_reload(self) -> None:
        self._fill_months(self.services.training.months())

    def _fill_months(self, months: list[tuple[int, int]]) -> None:
        wanted = self.month_filter.currentData()
        blocked = self.month_filter.blockSignals(True)
        while self.month_filter.count() > 1:
            self.month_filter.removeItem(1)
        for year, month in months:
            self.month_filter.addItem(i18n.fmt_month(year, month), [year, month])
        self.month_filter.setCurrentIndex(max(self.month_filter.findData(wanted), 0) if wanted else 0)
        self.month_filter.blockSignals(blocked)

    def selection_changed(self) -> None:
        super().selection_changed()
        row = self.current_row()
        self.action_print.setEnabled(row is not None)
        if hasattr(self, "summary"):
            self.summary.setTitle(
                self.tr("Evaluation: {title}").format(title=row.title) if row else self.tr("Evaluation")
            )
            chosen = row.id if row else None
            if chosen != self._summary_of:  # read again on a change by its own follower
                self._summary_of = chosen
                self.summary.reload()

    # actions --------------------------------------------------------------------------
    def new_record(self) -> None:
        dialog = TrainingDialog(self.services, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.show_saved(dialog.saved_id)

    def edit_record(self, row: TrainingRow) -> None:
        dialog = TrainingDialog(self.services, self.services.training.get(row.id), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.show_saved(dialog.saved_id)

    def delete_record(self, row: TrainingRow) -> None:
        text = self.tr(
            "Delete the session “{title}” with its {count} participants and their scores? "
            "This cannot be undone."
        ).format(title=row.title, count=row.listed)
        if messages.confirm(self, self.tr("Delete training"), text, destructive=True):
            self.services.training.delete(row.id)
            self.show_saved()

    def show_group_trainings(self) -> None:
        dialog = GroupTrainingsDialog(self.services, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen_training is not None:
            self.search.clear()
            self.topic_filter.setCurrentIndex(0)
            self.format_filter.setCurrentIndex(0)
            self.month_filter.setCurrentIndex(0)
            self.select_id(dialog.chosen_training)

    # printing -------------------------------------------------------------------------
    def can_print(self) -> bool:
        return self.current_row() is not None

    def print_current(self) -> None:
        row = self.current_row()
        if row is None:
            messages.show_info(self, self.tr("Print"), self.tr("Choose a session in the table first."))
            return
        # Before the session the sheet to sign is wanted; afterwards the summary.
        default = SIGNIN if row.start_date > self.services.clock.today() else SUMMARY
        dialog = PrintChoiceDialog(row.title, default, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.last_preview = preview(self, self.print_job(row, dialog.choice()))

    def print_job(self, row: TrainingRow, sheet: str) -> PrintJob:
        data = self.services.training.get(row.id)
        make = training_sheets.SHEETS[sheet]
        job = make(data, lang=i18n.current_language(), profile=self.services.officer.get())
        if sheet == SUMMARY:  # the evidence after the session: its activity photos
            job = training_photo_pages(self.services, data, job, i18n.current_language())
        return job
