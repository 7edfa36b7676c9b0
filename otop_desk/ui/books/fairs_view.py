"""Trade fairs: the fairs, and below them the chosen fair's applicants ranked by sales."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from otop_desk import i18n
from otop_desk.domain.enums import FairEntryStatus
from otop_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from otop_desk.services.books import FairRow
from otop_desk.services.books.fairs import EntryRow
from otop_desk.ui import messages
from otop_desk.ui.books.fair_dialogs import ApplicantsDialog, EntryDialog, FairDialog
from otop_desk.ui.common.changes import Kind
from otop_desk.ui.common.enter_key import EnterOpens
from otop_desk.ui.common.record_tab import RecordTab
from otop_desk.ui.common.table_model import (
    RIGHT,
    Column,
    RowStyle,
    RowTableModel,
    SearchProxy,
    widest_dates,
)

FAIR_COLUMNS: list[Column[FairRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Fair"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("Columns", "Venue"), lambda r: r.venue),
    Column(QT_TRANSLATE_NOOP("Columns", "From"), lambda r: i18n.fmt_date(r.start_date),
           sort=lambda r: r.start_date.isoformat(), widest=widest_dates),
    Column(QT_TRANSLATE_NOOP("Columns", "To"), lambda r: i18n.fmt_date(r.end_date),
           sort=lambda r: r.end_date.isoformat(), widest=widest_dates),
    Column(QT_TRANSLATE_NOOP("Columns", "Booths"), lambda r: str(r.booths), sort=lambda r: r.booths, align=RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Applied"), lambda r: str(r.applied), sort=lambda r: r.applied, align=RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Selected"), lambda r: str(r.selected), sort=lambda r: r.selected, align=RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Total sales"), lambda r: r.total_sales.format(),
           sort=lambda r: r.total_sales.satang, align=RIGHT),
]

ENTRY_COLUMNS: list[Column[EntryRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Rank"), lambda r: str(r.rank) if r.rank else "",
           sort=lambda r: r.rank or 10**6, align=RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Group"), lambda r: r.group_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Selection"), lambda r: i18n.enum_label(r.status),
           sort=lambda r: list(FairEntryStatus).index(r.status)),
    Column(QT_TRANSLATE_NOOP("Columns", "Booth"), lambda r: r.booth_no),
    Column(QT_TRANSLATE_NOOP("Columns", "Days with sales"), lambda r: str(r.sale_days),
           sort=lambda r: r.sale_days, align=RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Total sales"), lambda r: r.total_sales.format(),
           sort=lambda r: r.total_sales.satang, align=RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "In cash books"), lambda r: r.posted_sales.format(),
           sort=lambda r: r.posted_sales.satang, align=RIGHT),
]

_OUT = RowStyle(foreground=QColor("#777777"), italic=True)


class FairsView(RecordTab[FairRow]):
    HISTORY_TABLE = "trade_fair"
    # The fairs and their applicants' groups; posting sales writes to the cash books.
    KINDS = Kind.FAIRS | Kind.GROUPS | Kind.BOOKS

    def __init__(self, services: Any, parent: Any = None) -> None:
        super().__init__(services, parent)
        self.entry_model: RowTableModel[EntryRow] = RowTableModel(
            ENTRY_COLUMNS, lambda r: f"{r.group_name} {i18n.enum_label(r.status)} {r.booth_no}",
            style=lambda r: None if r.status == FairEntryStatus.SELECTED else _OUT)
        self.entry_proxy = SearchProxy(self)
        self.entry_proxy.setSourceModel(self.entry_model)
        self.entries = QTableView(self)
        self.entries.setModel(self.entry_proxy)
        self.entries.setSortingEnabled(True)
        self.entries.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.entries.verticalHeader().hide()
        self.entries.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entries.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.entries.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entries.setAlternatingRowColors(True)
        header = self.entries.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the group's name
        self.entries.doubleClicked.connect(lambda _i: self.edit_entry())
        EnterOpens(self.entries, self.edit_entry)
        self.entry_search = QLineEdit(self)
        self.entry_search.setPlaceholderText(self.tr("Search groups of this fair"))
        self.entry_search.setClearButtonEnabled(True)
        self.entry_search.textChanged.connect(self.entry_proxy.set_query)
        self.fair_summary = QLabel(self)
        self.fair_summary.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add applicants…"), self)
        self.entry_button = QPushButton(self.tr("Booth and sales…"), self)
        self.remove_button = QPushButton(self.tr("Remove application"), self)
        self.post_button = QPushButton(self.tr("Post sales to cash books"), self)
        self.post_button.setToolTip(self.tr(
            "Each day's sales become fair-sales income in the group's cash book; days "
            "already posted are skipped."))
        self.add_button.clicked.connect(self.add_applicants)
        self.entry_button.clicked.connect(self.edit_entry)
        self.remove_button.clicked.connect(self.remove_entry)
        self.post_button.clicked.connect(self.post_sales)
        buttons = QHBoxLayout()
        buttons.addWidget(self.entry_search, 1)
        for button in (self.add_button, self.entry_button, self.remove_button, self.post_button):
            buttons.addWidget(button)
        self.detail = QGroupBox(self)
        box = QVBoxLayout(self.detail)
        box.addWidget(self.fair_summary)
        box.addLayout(buttons)
        box.addWidget(self.entries, 1)
        self.layout().addWidget(self.detail, 2)
        self.show_fair()

    def title(self) -> str:
        return self.tr("Trade fairs")

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
        if hasattr(self, "detail"):
            self.show_fair()

    # the chosen fair ------------------------------------------------------------------
    def show_fair(self) -> None:
        fair = self.current_row()
        self.detail.setEnabled(fair is not None)
        if fair is None:
            self.entry_model.set_rows([])
            self.detail.setTitle(self.tr("Choose a fair above"))
            self.fair_summary.clear()
            return
        rows = self.services.fairs.entries(fair.id)
        self.entry_model.set_rows(rows)
        self.detail.setTitle(fair.name)
        selected = sum(1 for r in rows if r.status == FairEntryStatus.SELECTED)
        self.fair_summary.setText(self.tr(
            "{selected} of {booths} booths taken; {applied} groups applied. Sales of all "
            "booths: {total} baht. Groups are ranked by their total sales."
        ).format(selected=selected, booths=fair.booths, applied=len(rows),
                 total=fair.total_sales.format()))

    def current_entry(self) -> EntryRow | None:
        index = self.entries.currentIndex()
        if not index.isValid():
            return None
        return self.entry_model.row_at(self.entry_proxy.mapToSource(index).row())

    def add_applicants(self) -> None:
        fair = self.current_row()
        if fair is None:
            return
        dialog = ApplicantsDialog(self.services, {r.group_id for r in self.entry_model.rows()}, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen():
            self.services.fairs.apply(fair.id, dialog.chosen())
            self.show_saved()

    def edit_entry(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        if EntryDialog(self.services, entry, self).exec() == QDialog.DialogCode.Accepted:
            self.show_saved()

    def remove_entry(self) -> None:
        entry = self.current_entry()
        if entry is not None and messages.confirm(
            self, self.tr("Remove application"),
            self.tr("Remove the application of “{group}” with its sales at this fair? Entries "
                    "already posted to the cash book stay there.").format(group=entry.group_name),
            destructive=True,
        ):
            self.services.fairs.remove_entry(entry.id)
            self.show_saved()

    def post_sales(self) -> None:
        fair = self.current_row()
        if fair is None:
            return
        try:
            result = self.services.fairs.post_to_cash_book(fair.id, self.tr("Sales at {fair}"))
        except ValidationError as error:
            messages.show_validation(self, error)
            return
        if result.count:
            text = self.tr("{count} days of sales, {amount} baht, were posted to the groups' "
                           "cash books.").format(count=result.count, amount=result.total.format())
        else:
            text = self.tr("Nothing to post: every day of sales is already in the cash books.")
        messages.show_info(self, self.tr("Post sales to cash books"), text)
        self.show_saved()  # the cash books heard it too

    # RecordTab actions ----------------------------------------------------------------
    def new_record(self) -> None:
        dialog = FairDialog(self.services, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.show_saved(dialog.saved_id)

    def edit_record(self, row: FairRow) -> None:
        dialog = FairDialog(self.services, self.services.fairs.get(row.id), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.show_saved(dialog.saved_id)

    def delete_record(self, row: FairRow) -> None:
        if messages.confirm(self, self.tr("Delete trade fair"), self.tr(
                "Delete the fair “{name}” with its applications and sales? Sales already "
                "posted stay in the cash books.").format(name=row.name), destructive=True):
            self.services.fairs.delete(row.id)
            self.show_saved()
