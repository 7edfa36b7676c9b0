"""The Plans tab: every group's business plan of a fiscal year, how far its sales have come
against the targets, and the plan's form, printout and evidence pack."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QHBoxLayout, QWidget

from otop_desk.domain.fiscal import YearKind, YearSpan, fiscal_year_of
from otop_desk.domain.money import Money
from otop_desk.services.plans import PlanRow
from otop_desk.services.plans.service import with_sales
from otop_desk.ui import messages
from otop_desk.ui.common.background import BackgroundReader
from otop_desk.ui.common.changes import Kind
from otop_desk.ui.common.record_tab import RecordTab
from otop_desk.ui.common.table_model import RowTableModel
from otop_desk.ui.plans.form import PlanDialog
from otop_desk.ui.plans.jobs import evidence_pack, print_plan
from otop_desk.ui.plans.new_plan import NewPlanDialog
from otop_desk.ui.plans.opening import open_group_plan
from otop_desk.ui.plans.table_model import make_plan_model
from otop_desk.ui.plans.year_choice import YearCombo, span_text


class PlansTab(RecordTab[PlanRow]):
    HISTORY_TABLE = "business_plan"
    # Sales so far come from the cash books and the fairs.
    KINDS = Kind.PLANS | Kind.GROUPS | Kind.BOOKS | Kind.FAIRS
    ROW_KINDS = Kind.PLANS

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.last_preview: Any = None
        # The sales so far sum a year of the cash books: read after the list has shown.
        self._sales_later = services.db.allows_background_threads  # not an in-memory database
        self.sales_reader = BackgroundReader(self)

    def title(self) -> str:
        return self.tr("Business plans")

    def make_model(self) -> RowTableModel[PlanRow]:
        return make_plan_model()

    def search_placeholder(self) -> str:
        return self.tr("Search group or district (Ctrl+F)")

    def add_filters(self, bar: QHBoxLayout) -> None:
        self.year_filter = YearCombo(self, empty_label=self.tr("All years"))
        self.year_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        bar.addWidget(self.year_filter)
        self.action_print = QAction(self.tr("Print plan…"), self)
        self.action_print.setToolTip(self.tr("The plan as a document for the group's chair and the officer to sign (Ctrl+P)"))
        self.action_print.triggered.connect(self.print_current)
        self.action_pack = QAction(self.tr("Evidence pack…"), self)
        self.action_pack.setToolTip(self.tr("One PDF of the group's work in the fiscal year, with a draft knowledge record"))
        self.action_pack.triggered.connect(self.evidence_current)
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.action_print, self.action_pack])

    def clear_filters(self) -> None:
        super().clear_filters()
        self.year_filter.setCurrentIndex(0)  # all years

    def count_text(self, shown: int, total: int) -> str:
        return self.tr("Showing {shown} of {total} plans").format(shown=shown, total=total)

    def load_rows(self) -> list[PlanRow]:
        years = [YearSpan(YearKind.FISCAL, y) for y in self.services.plans.years()]
        # This fiscal year's plans first; "All years" is the list's first entry.
        first = not getattr(self, "_years_shown", False)
        self._years_shown = True
        this = YearSpan(YearKind.FISCAL, fiscal_year_of(self.services.clock.today()))
        self.year_filter.set_spans(years, this if first else None)
        span = self.year_filter.span()
        today = self.services.clock.today()
        rows = self.services.plans.list_rows(span.year if span else None, today)
        plans = self.services.plans
        if not self._sales_later:
            return with_sales(rows, plans.sales_to_date(rows, today))
        self.sales_reader.read(lambda: (rows, plans.sales_to_date(rows, today)), self._sales_arrived)
        return rows

    def _sales_arrived(self, result: tuple[list[PlanRow], dict[uuid.UUID, Money]]) -> None:
        """The sales so far of the rows listed: fill them in, keeping the selection."""
        rows, actual = result
        if {r.id for r in rows} != {r.id for r in self.model.rows()}:
            return  # the list was read again meanwhile (a newer read supersedes this one)
        keep = self._current_id()
        self.model.set_rows(with_sales(rows, actual))
        if keep is not None:
            self.select_id(keep)
        self.selection_changed()

    def selection_changed(self) -> None:
        super().selection_changed()
        has_row = self.current_row() is not None
        if hasattr(self, "action_print"):
            self.action_print.setEnabled(has_row)
            self.action_pack.setEnabled(has_row)

    # actions --------------------------------------------------------------------------
    def new_record(self) -> None:
        span = self.year_filter.span()
        chooser = NewPlanDialog(self.services, self, fiscal_year=span.year if span else None)
        if chooser.exec() != QDialog.DialogCode.Accepted or chooser.draft is None:
            return
        self._open(PlanDialog(self.services, chooser.draft, self))

    def edit_record(self, row: PlanRow) -> None:
        self._open(PlanDialog(self.services, self.services.plans.get(row.version_id), self))

    def _open(self, dialog: PlanDialog) -> None:
        self.dialog = dialog  # for tests and screenshots
        dialog.exec()
        plan_id = dialog._data.plan_id  # saved by Save, Agree or New version alike
        self.show_saved(plan_id)

    def delete_record(self, row: PlanRow) -> None:
        text = self.tr("Delete the business plan of “{group}” for {year} with its {count} version(s)? "
                       "This cannot be undone.").format(group=row.group_name,
                                                        year=span_text(row.span),
                                                        count=row.versions)
        if messages.confirm(self, self.tr("Delete business plan"), text, destructive=True):
            self.services.plans.delete(row.id)
            self.show_saved()

    def open_for_group(self, group_id: uuid.UUID) -> None:
        """The group's plan of this fiscal year, or a new one."""
        dialog = open_group_plan(self, self.services, group_id)
        if dialog is not None:
            self.dialog = dialog
            self.show_saved(dialog._data.plan_id)

    # printing -------------------------------------------------------------------------
    def can_print(self) -> bool:
        return self.current_row() is not None

    def print_current(self) -> None:
        row = self.current_row()
        if row is None:
            messages.show_info(self, self.tr("Print"), self.tr("Choose a plan in the table first."))
            return
        self.last_preview = print_plan(self, self.services, row)

    def evidence_current(self) -> None:
        row = self.current_row()
        if row is not None:
            evidence_pack(self, self.services, row.group_id, row.group_name, row.span)
