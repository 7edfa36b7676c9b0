"""The Network tab's other two pages: the committees, and the fairs with what the
committee decided and what the booths brought (selection, daily notes, after-fair
summary, printed list and report)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from otop_desk import i18n
from otop_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from otop_desk.services.books import FairRow
from otop_desk.services.network import CommitteeRow
from otop_desk.ui import messages
from otop_desk.ui.books.fairs_view import FAIR_COLUMNS
from otop_desk.ui.common.changes import Kind
from otop_desk.ui.common.record_tab import RecordTab
from otop_desk.ui.common.table_model import RIGHT, Column, RowTableModel, widest_dates
from otop_desk.ui.network.after_fair import FairNotesDialog, ResultsDialog
from otop_desk.ui.network.committee_form import CommitteeDialog
from otop_desk.ui.network.selection_dialog import SelectionDialog

COMMITTEE_COLUMNS: list[Column[CommitteeRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Committee"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("Columns", "Level"), lambda r: i18n.enum_label(r.level)),
    Column(QT_TRANSLATE_NOOP("Columns", "Area"), lambda r: r.area),
    Column(QT_TRANSLATE_NOOP("Columns", "Term from"), lambda r: i18n.fmt_date(r.term_start),
           sort=lambda r: r.term_start.isoformat() if r.term_start else "", widest=widest_dates),
    Column(QT_TRANSLATE_NOOP("Columns", "Term to"), lambda r: i18n.fmt_date(r.term_end),
           sort=lambda r: r.term_end.isoformat() if r.term_end else "", widest=widest_dates),
    Column(QT_TRANSLATE_NOOP("Columns", "Chair"), lambda r: r.chair),
    Column(QT_TRANSLATE_NOOP("Columns", "Committee members"), lambda r: str(r.seats), sort=lambda r: r.seats, align=RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Meetings"), lambda r: str(r.meetings), sort=lambda r: r.meetings,
           align=RIGHT),
]


class CommitteesView(RecordTab[CommitteeRow]):
    HISTORY_TABLE = "committee"
    KINDS = Kind.NETWORK

    def title(self) -> str:
        return self.tr("Committees")

    def make_model(self) -> RowTableModel[CommitteeRow]:
        return RowTableModel(COMMITTEE_COLUMNS, lambda r: f"{r.name} {r.area} {r.chair}")

    def search_placeholder(self) -> str:
        return self.tr("Search committee, area or chair (Ctrl+F)")

    def count_text(self, shown: int, total: int) -> str:
        return self.tr("Showing {shown} of {total} committees").format(shown=shown, total=total)

    def load_rows(self) -> list[CommitteeRow]:
        return self.services.network.committees()

    def new_record(self) -> None:
        dialog = CommitteeDialog(self.services, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.show_saved(dialog.saved_id)

    def edit_record(self, row: CommitteeRow) -> None:
        dialog = CommitteeDialog(self.services, self.services.network.committee(row.id), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.show_saved(dialog.saved_id)

    def delete_record(self, row: CommitteeRow) -> None:
        if not messages.confirm(self, self.tr("Delete committee"), self.tr(
                "Delete the committee “{name}” with its terms and members?").format(name=row.name),
                destructive=True):
            return
        try:
            self.services.network.delete_committee(row.id)
        except ValidationError as error:
            messages.show_validation(self, error)
            return
        self.show_saved()


class BoothsView(RecordTab[FairRow]):
    """The fairs, each opened on its booth selection."""

    HISTORY_TABLE = "trade_fair"
    KINDS = Kind.FAIRS | Kind.NETWORK

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        # Fairs are made and deleted with their sales in Bookkeeping; here they are chosen.
        self.action_new.setVisible(False)
        self.action_delete.setVisible(False)
        self.action_edit.setText(self.tr("Booth selection…"))
        self.action_edit.setToolTip(self.tr("Rank the applicants and record the committee's decision (Enter)"))
        self.action_notes = self._tool(self.tr("Daily notes…"), self.edit_notes,
                                       self.tr("What was heard at the booths, day by day"))
        self.action_results = self._tool(self.tr("After-fair summary…"), self.edit_results,
                                         self.tr("Each group's sales, best sellers and lessons"))
        self.toolbar.addSeparator()
        self.action_print_list = self._tool(self.tr("Print selection list…"), self.print_list,
                                            self.tr("The applicants with their scores, decisions and reasons"))
        self.action_print_report = self._tool(self.tr("Print fair report…"), self.print_report,
                                              self.tr("Groups, booths and sales against the previous fair"))

    def _tool(self, text: str, slot: Any, tip: str) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        return action

    def title(self) -> str:
        return self.tr("Fairs and booths")

    def make_model(self) -> RowTableModel[FairRow]:
        return RowTableModel(FAIR_COLUMNS, lambda r: f"{r.name} {r.venue}")

    def search_placeholder(self) -> str:
        return self.tr("Search fair or venue (Ctrl+F)")

    def count_text(self, shown: int, total: int) -> str:
        return self.tr("Showing {shown} of {total} fairs").format(shown=shown, total=total)

    def load_rows(self) -> list[FairRow]:
        return self.services.fairs.rows()

    def selection_changed(self) -> None:
        super().selection_changed()
        has_row = self.current_row() is not None
        for name in ("action_notes", "action_results", "action_print_list", "action_print_report"):
            if hasattr(self, name):
                getattr(self, name).setEnabled(has_row)

    def can_print(self) -> bool:
        return self.current_row() is not None

    def edit_record(self, row: FairRow) -> None:
        if SelectionDialog(self.services, row.id, self).exec() == QDialog.DialogCode.Accepted:
            self.show_saved(row.id)

    def edit_notes(self) -> None:
        row = self.current_row()
        if row is not None and FairNotesDialog(self.services, row.id, self).exec() == QDialog.DialogCode.Accepted:
            self.show_saved(row.id)

    def edit_results(self) -> None:
        row = self.current_row()
        if row is not None and ResultsDialog(self.services, row.id, self).exec() == QDialog.DialogCode.Accepted:
            self.show_saved(row.id)

    def print_current(self) -> None:
        self.print_report()

    def print_list(self) -> None:
        from otop_desk.ui.network.printing import print_selection

        row = self.current_row()
        if row is not None:
            print_selection(self, self.services, row.id)

    def print_report(self) -> None:
        from otop_desk.ui.network.printing import print_fair_report

        row = self.current_row()
        if row is not None:
            print_fair_report(self, self.services, row.id)
