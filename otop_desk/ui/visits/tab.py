"""The visits tab: filter by group, month and text; print one visit or a whole month."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout

from otop_desk import i18n
from otop_desk.domain.records import RecordKind
from otop_desk.reports.visit_summary import visits_job
from otop_desk.services.visits import VisitRow
from otop_desk.ui import messages
from otop_desk.ui.common.changes import Kind
from otop_desk.ui.common.group_combo import GroupCombo
from otop_desk.ui.common.paged_model import PagedTableModel
from otop_desk.ui.common.print_preview import preview
from otop_desk.ui.common.record_tab import RecordTab
from otop_desk.ui.common.table_model import ROW_ROLE as ROW
from otop_desk.ui.common.table_model import RowTableModel
from otop_desk.ui.visits.form import VisitDialog
from otop_desk.ui.visits.month_pdf import print_visits_pdf
from otop_desk.ui.visits.table_model import make_visit_model


class VisitsTab(RecordTab[VisitRow]):
    HISTORY_TABLE = "visit"
    RECORD_KIND = RecordKind.VISIT
    # A row names its group and counts the problems logged at the visit.
    KINDS = Kind.VISITS | Kind.GROUPS | Kind.PROBLEMS
    ROW_KINDS = Kind.VISITS

    def title(self) -> str:
        return self.tr("Visits")

    def make_model(self) -> RowTableModel[VisitRow]:
        return make_visit_model(self.services.visits)

    def search_placeholder(self) -> str:
        return self.tr("Search group, officer, purpose or observation (Ctrl+F)")

    def clear_filters(self) -> None:
        super().clear_filters()
        self.group_filter.set_group(None)  # all groups
        self.month_filter.setCurrentIndex(0)  # all months

    def add_filters(self, bar: QHBoxLayout) -> None:
        self.group_filter = GroupCombo(self, empty_label=self.tr("All groups"))
        self.group_filter.watch(self.services)
        self.group_filter.currentIndexChanged.connect(self._filters_changed)
        self.month_filter = QComboBox(self)
        self.month_filter.currentIndexChanged.connect(self._filters_changed)
        bar.addWidget(self.group_filter, 1)
        bar.addWidget(self.month_filter)
        self.action_print = QAction(self.tr("Print…"), self)
        self.action_print.setToolTip(self.tr("Print the visit summary (Ctrl+P)"))
        self.action_print.triggered.connect(self.print_current)
        self.action_print_month = QAction(self.tr("Print month…"), self)
        self.action_print_month.setToolTip(self.tr("Print every visit shown for the chosen month"))
        self.action_print_month.triggered.connect(self.print_month)
        self.action_history = QAction(self.tr("Group history…"), self)
        self.action_history.triggered.connect(self.show_group_history)
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.action_print, self.action_print_month, self.action_history])
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first

    def count_text(self, shown: int, total: int) -> str:
        return self.tr("Showing {shown} of {total} visits").format(shown=shown, total=total)

    def prepare_reload(self) -> None:
        self._fill_months(self.services.visits.months())

    def _fill_months(self, months: list[tuple[int, int]]) -> None:
        wanted = self.month_filter.currentData()
        self.month_filter.blockSignals(True)
        self.month_filter.clear()
        self.month_filter.addItem(self.tr("All months"), None)
        for year, month in months:
            self.month_filter.addItem(i18n.fmt_month(year, month), (year, month))
        self.month_filter.setCurrentIndex(max(self.month_filter.findData(wanted), 0))
        self.month_filter.blockSignals(False)

    def _filters_changed(self) -> None:
        self.flush_search()
        month = self.month_filter.currentData()
        assert isinstance(self.model, PagedTableModel)
        self.model.set_filters(group_id=self.group_filter.group_id(),
                               month=None if month is None else tuple(month))
        self._update_count()

    def selection_changed(self) -> None:
        super().selection_changed()
        has_row = self.current_row() is not None
        self.action_print.setEnabled(has_row)
        self.action_history.setEnabled(has_row)

    # actions --------------------------------------------------------------------------
    def new_record(self) -> None:
        dialog = VisitDialog(self.services, None, self)
        group_id = self.group_filter.group_id()
        if group_id is not None:
            dialog.group.set_group(group_id)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.show_saved(dialog.saved_id)

    def edit_record(self, row: VisitRow) -> None:
        dialog = VisitDialog(self.services, self.services.visits.get(row.id), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.show_saved(dialog.saved_id)

    def delete_record(self, row: VisitRow) -> None:
        text = self.tr("Delete the visit to “{group}” on {date}? Its follow-up actions are deleted too; "
                       "problems it logged stay in the problem log.").format(
            group=row.group_name, date=i18n.fmt_date_long(row.visit_date))
        if messages.confirm(self, self.tr("Delete visit"), text, destructive=True):
            self.services.visits.delete(row.id)
            self.show_saved()

    def can_print(self) -> bool:
        return self.current_row() is not None

    def print_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self._preview([row.id])

    def print_month(self) -> None:
        if self.month_filter.currentData() is None:
            messages.show_info(self, self.tr("Print month"), self.tr("Choose a month in the filter first."))
            return
        assert isinstance(self.model, PagedTableModel)
        self.model.wait_for_count()  # every visit of the month, not only the first page
        rows = sorted((self.proxy.index(r, 0).data(ROW) for r in range(self.proxy.rowCount())),
                      key=lambda r: (r.visit_date, r.group_name))
        if rows:
            self._print_many([r.id for r in rows])

    def _print_many(self, ids: list) -> None:  # type: ignore[type-arg]
        if not self.services.db.allows_other_processes:  # a child could not read it
            self._preview(ids)
            return
        print_visits_pdf(self, self.services, ids, self.month_filter.currentText())

    def _preview(self, ids: list) -> None:  # type: ignore[type-arg]
        self.last_preview = preview(self, visits_job(self.services, ids, i18n.current_language()))

    def show_group_history(self) -> None:
        from otop_desk.ui.visits.history import GroupHistoryDialog

        row = self.current_row()
        if row is not None:
            GroupHistoryDialog(self.services, row.group_id, self).exec()
            self.show_saved(row.id)
