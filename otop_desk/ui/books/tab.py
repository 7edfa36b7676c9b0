"""The Bookkeeping tab: one top-level tab with four pages.

``BooksTab`` is itself the cash book of the chosen group (a ``RecordTab`` of entries);
its toolbar, search and table are moved onto the first page of an inner tab widget, next
to the monthly summary, the costing sheets and the trade fairs. The main window's Edit
menu calls the ``RecordTab`` methods of this tab, so they are passed on to whichever
page is shown.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from otop_desk import i18n
from otop_desk.domain.dates import BE_OFFSET
from otop_desk.services.books import CashBook, CashRow, ExportedMonthError
from otop_desk.ui import messages
from otop_desk.ui.books.cash_model import make_cash_model
from otop_desk.ui.books.costing_view import CostingView
from otop_desk.ui.books.entry_form import EntryForm, ask_exported
from otop_desk.ui.books.fairs_view import FairsView
from otop_desk.ui.books.opening_dialog import OpeningDialog
from otop_desk.ui.books.summary_view import SummaryView
from otop_desk.ui.common.changes import Kind
from otop_desk.ui.common.group_combo import GroupCombo
from otop_desk.ui.common.record_tab import RecordTab
from otop_desk.ui.common.table_model import RowTableModel
from otop_desk.ui.common.thai_style import tab_widget

CASH, SUMMARY, COSTING, FAIRS = range(4)


class BooksTab(RecordTab[CashRow]):
    HISTORY_TABLE = "cash_entry"
    # The group box, the opening balance (a group's) and the cash book's entries; each
    # page follows what it shows itself.
    KINDS = Kind.GROUPS | Kind.BOOKS

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.book: CashBook | None = None
        self.entry_form = EntryForm(services, self)
        self.entry_form.saved.connect(self.show_saved)
        self.summary = SummaryView(services, self)
        self.costing = CostingView(services, self)
        self.fairs = FairsView(services, self)
        self._cash_search = self.search

        self.group_combo = GroupCombo(self, always_a_group=True, min_chars=24)
        self.group_combo.watch(services)
        self.group_combo.currentIndexChanged.connect(lambda _i: self._group_changed())
        self.opening_label = QLabel(self)
        self.balance_label = QLabel(self)
        self.opening_button = QPushButton(self.tr("Opening balance…"), self)
        self.opening_button.clicked.connect(self.edit_opening)
        self.group_bar = QWidget(self)
        bar = QHBoxLayout(self.group_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(QLabel(self.tr("Group"), self.group_bar))
        bar.addWidget(self.group_combo, 2)
        bar.addWidget(self.opening_label)
        bar.addWidget(self.opening_button)
        bar.addStretch(1)
        bar.addWidget(self.balance_label)

        self.action_export = QAction(self.tr("Export to Excel…"), self)
        self.action_export.setToolTip(self.tr("Write the whole cash book, every year, to an Excel file"))
        self.action_export.triggered.connect(self.export_cash_book)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.action_export)

        self.pages = tab_widget(self)
        self.pages.addTab(self._cash_page(), self.tr("Cash book"))
        self.pages.addTab(self.summary, self.tr("Monthly summary"))
        self.pages.addTab(self.costing, self.tr("Costing sheets"))
        self.pages.addTab(self.fairs, self.tr("Trade fairs"))
        self.pages.currentChanged.connect(self._page_changed)
        # The pages may squeeze in a small window rather than force the window larger.
        self.pages.setMinimumHeight(300)
        outer = self.layout()
        outer.addWidget(self.group_bar)
        outer.addWidget(self.pages, 1)

    def _cash_page(self) -> QWidget:
        """Move what ``RecordTab`` laid out (toolbar, search, table, count) onto a page."""
        outer = self.layout()
        page = QWidget(self)
        inner = QVBoxLayout(page)
        inner.setContentsMargins(4, 4, 4, 4)
        items = [outer.takeAt(0) for _ in range(outer.count())]
        for item in items:
            if item.widget() is not None:
                inner.addWidget(item.widget(), 1 if item.widget() is self.table else 0)
            elif isinstance(item.layout(), QLayout):
                inner.addLayout(item.layout())
        inner.addWidget(self.entry_form)
        return page

    # RecordTab ------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Bookkeeping")

    def make_model(self) -> RowTableModel[CashRow]:
        return make_cash_model()

    def search_placeholder(self) -> str:
        return self.tr("Search description, category, document or amount (Ctrl+F)")

    def add_filters(self, bar: QHBoxLayout) -> None:
        self.year_filter = QComboBox(self)
        self.year_filter.addItem(self.tr("All years"), None)
        self.year_filter.currentIndexChanged.connect(self._year_changed)
        bar.addWidget(self.year_filter)

    def _year_changed(self) -> None:
        year = self.year_filter.currentData()
        self.proxy.set_predicate(None if year is None else (lambda r: r.entry_date.year == year))
        self._update_count()

    def count_text(self, shown: int, total: int) -> str:
        return self.tr("Showing {shown} of {total} entries").format(shown=shown, total=total)

    def load_rows(self) -> list[CashRow]:
        group_id = self.group_combo.group_id() if hasattr(self, "group_combo") else None
        self.book = self.services.books.cash_book(group_id) if group_id else None
        self._show_balances()
        return self.book.rows if self.book else []

    def refresh(self, select_id: Any = None) -> None:
        """Read the group list (if shown) and the chosen group's book again."""
        self.group_combo.reload()  # a group that is gone hands over to another (_group_changed)
        super().refresh(select_id)
        self._fill_years()

    def reload_for(self, kinds: Kind) -> None:
        # The group box has heard the same change first and kept its list current.
        super().refresh()
        self._fill_years()

    def _fill_years(self) -> None:
        years = sorted({r.entry_date.year for r in self.book.rows} if self.book else set(), reverse=True)
        wanted = self.year_filter.currentData()
        self.year_filter.blockSignals(True)
        while self.year_filter.count() > 1:
            self.year_filter.removeItem(1)
        for year in years:
            self.year_filter.addItem(str(year + BE_OFFSET), year)
        self.year_filter.setCurrentIndex(max(self.year_filter.findData(wanted), 0))
        self.year_filter.blockSignals(False)
        self._year_changed()

    def _show_balances(self) -> None:
        if self.book is None:
            self.opening_label.clear()
            self.balance_label.clear()
            return
        since = self.tr(" on {date}").format(date=i18n.fmt_date(self.book.opening_date)) \
            if self.book.opening_date else ""
        self.opening_label.setText(self.tr("Opening balance {amount} baht{since}").format(
            amount=self.book.opening_balance.format(), since=since))
        self.balance_label.setText(self.tr("Balance now: {amount} baht").format(
            amount=self.book.closing_balance.format()))

    # pages ----------------------------------------------------------------------------
    def _page(self, index: int | None = None) -> Any:
        index = self.pages.currentIndex() if index is None else index
        return {CASH: self, SUMMARY: self.summary, COSTING: self.costing, FAIRS: self.fairs}[index]

    def _page_changed(self, index: int) -> None:
        # Fairs concern many groups; the group picker means nothing there.
        self.group_bar.setVisible(index != FAIRS)
        page = self._page(index)
        # The Edit menu's Find calls RecordTab.focus_search on this tab, which uses
        # ``self.search``: point it at the page's own search box.
        self.search = page.search if isinstance(page, RecordTab) and page is not self else self._cash_search

    def _group_changed(self) -> None:
        """Another group's books: the cash book now, the other pages when shown."""
        group_id = self.group_combo.group_id()
        self.entry_form.set_group(group_id)
        super().refresh()
        self._fill_years()
        self.summary.set_group(group_id)
        self.costing.set_group(group_id)

    def current_group(self) -> uuid.UUID | None:
        return self.group_combo.group_id()

    def select_group(self, group_id: uuid.UUID) -> None:
        self.group_combo.set_group(group_id)

    def current_row(self) -> Any:
        page = self._page()
        if page is self:
            return super().current_row()
        return page.current_row() if isinstance(page, RecordTab) else None

    def new_record(self) -> None:
        page = self._page()
        if page is self:
            self.entry_form.cancel()
            self.entry_form.date.setFocus()
        elif isinstance(page, RecordTab):
            page.new_record()

    def edit_record(self, row: Any) -> None:
        page = self._page()
        if page is not self:
            page.edit_record(row)
            return
        self.entry_form.load(self.services.books.get_entry(row.id))

    def delete_record(self, row: Any) -> None:
        page = self._page()
        if page is not self:
            page.delete_record(row)
            return
        title = self.tr("Delete entry")
        text = self.tr("Delete the entry of {date}: {category} {amount} baht “{text}”?").format(
            date=i18n.fmt_date(row.entry_date), category=i18n.enum_label(row.category),
            amount=row.amount.format(), text=row.description)
        if not messages.confirm(self, title, text, destructive=True):
            return
        try:
            self.services.books.delete_entry(row.id)
        except ExportedMonthError as error:
            if not ask_exported(self, error, self.tr("Deleting it")):
                return
            self.services.books.delete_entry(row.id, allow_exported=True)
        if self.entry_form.editing == row.id:
            self.entry_form.cancel()
        self.show_saved()

    def print_current(self) -> None:
        page = self._page()
        if page is not self and isinstance(page, RecordTab):
            page.print_current()

    def export_cash_book(self) -> None:
        """Every entry of every year, of the chosen group or of all groups, to a workbook."""
        title = self.tr("Export the cash book")
        group_id = self.group_combo.group_id()
        name = self.book.group_name if self.book is not None else ""
        options = [("all", self.tr("All groups"))]
        if group_id is not None:
            options.insert(0, ("group", self.tr("This group")))
        which = messages.choose(self, title, self.tr(
            "Write every entry of every year to one sheet: the cash book of {group}, or of all groups?"
        ).format(group=name or self.tr("this group")), options, options[0][0])
        if which is None:
            return
        one = group_id if which == "group" else None
        stem, everyone = self.tr("cash-book"), self.tr("all groups")
        suggested = Path.home() / f"{stem}-{name if one else everyone}.xlsx"
        path = messages.ask_save_path(self, title, suggested, self.tr("Excel workbooks (*.xlsx)"), ".xlsx")
        if path is None:
            return
        try:
            from otop_desk.ui.exports.jobs import export_cash_book_job  # openpyxl: loaded when used

            count = export_cash_book_job(self, self.services.db, path, title,
                                         self.tr("Writing the cash book…"), group_id=one,
                                         lang=i18n.current_language())
        except OSError as error:
            messages.show_error(self, title, self.tr("The workbook could not be written: {reason}").format(
                reason=error.strerror or str(error)))
            return
        if count is not None:
            messages.show_info(self, title, self.tr("{count} entries were written to {file}.").format(
                count=f"{count:,}", file=str(path)))

    def edit_opening(self) -> None:
        if self.book is None:
            return
        dialog = OpeningDialog(self.services, self.book.group_id, self.book.opening_balance,
                               self.book.opening_date, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.show_saved()
