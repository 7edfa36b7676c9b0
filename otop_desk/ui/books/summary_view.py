"""A group's month: income and expense by category with balances; and the year by month."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from otop_desk import i18n
from otop_desk.domain.enums import CashCategory, EntryKind
from otop_desk.domain.errors import QT_TRANSLATE_NOOP
from otop_desk.domain.fiscal import DEFAULT_KIND, span_of
from otop_desk.domain.money import Money
from otop_desk.services import Services
from otop_desk.services.books import MonthSummary, YearSummary
from otop_desk.ui.common import changes
from otop_desk.ui.common.changes import Follower, Kind
from otop_desk.ui.common.column_fit import ColumnFitter
from otop_desk.ui.common.enter_key import EnterOpens
from otop_desk.ui.common.table_model import RIGHT, Column, RowTableModel, SearchProxy, widest_months
from otop_desk.ui.plans.year_choice import YearChooser, span_text, years_with_records


@dataclass(frozen=True, slots=True)
class CategoryLine:
    kind: EntryKind
    category: CashCategory
    amount: Money
    count: int


CATEGORY_COLUMNS: list[Column[CategoryLine]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Income or expense"), lambda r: i18n.enum_label(r.kind)),
    Column(QT_TRANSLATE_NOOP("Columns", "Cash-book category"), lambda r: i18n.enum_label(r.category)),
    Column(QT_TRANSLATE_NOOP("Columns", "Entries"), lambda r: str(r.count), sort=lambda r: r.count,
           align=RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Amount"), lambda r: r.amount.format(),
           sort=lambda r: r.amount.satang, align=RIGHT),
]


def _money(title: str, get: object) -> Column[MonthSummary]:
    return Column(title, lambda m: get(m).format(), sort=lambda m: get(m).satang, align=RIGHT)  # type: ignore[operator]


MONTH_COLUMNS: list[Column[MonthSummary]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Month"), lambda m: i18n.fmt_month(m.year, m.month),
           sort=lambda m: (m.year, m.month), widest=widest_months),
    _money(QT_TRANSLATE_NOOP("Columns", "Income"), lambda m: m.total_income),
    _money(QT_TRANSLATE_NOOP("Columns", "Expense"), lambda m: m.total_expense),
    _money(QT_TRANSLATE_NOOP("Columns", "Net"), lambda m: m.net),
    _money(QT_TRANSLATE_NOOP("Columns", "Closing balance"), lambda m: m.closing_balance),
]


def _table(parent: QWidget, model: RowTableModel) -> tuple[QTableView, SearchProxy]:
    proxy = SearchProxy(parent)
    proxy.setSourceModel(model)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setStretchLastSection(True)
    return view, proxy


class SummaryView(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.group_id: uuid.UUID | None = None
        today = services.clock.today()
        # Fiscal years (October to September) by default, or calendar years.
        self.year = YearChooser(lambda: years_with_records(services), today, self)
        self.month = QComboBox(self)
        self._fill_months(today.month)
        self.year.chosen.connect(lambda _span: (self._fill_months(self.month.currentData()), self.reload()))
        self.month.currentIndexChanged.connect(lambda _i: self.reload())

        self.category_model: RowTableModel[CategoryLine] = RowTableModel(
            CATEGORY_COLUMNS, lambda r: i18n.enum_label(r.category))
        self.category_table, self.category_proxy = _table(self, self.category_model)
        self.month_model: RowTableModel[MonthSummary] = RowTableModel(
            MONTH_COLUMNS, lambda m: i18n.fmt_month(m.year, m.month))
        self.month_table, self.month_proxy = _table(self, self.month_model)
        self.month_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.month_table.doubleClicked.connect(self._month_clicked)
        EnterOpens(self.month_table, self._month_clicked)
        self._fits = [ColumnFitter(self.category_table, lambda: CATEGORY_COLUMNS),
                      ColumnFitter(self.month_table, lambda: MONTH_COLUMNS)]

        self.figures = {key: QLabel(self) for key in
                        ("forward", "income", "expense", "net", "closing")}
        for label in self.figures.values():
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.year_totals = QLabel(self)
        self.year_totals.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year"), self))
        top.addWidget(self.year)
        top.addWidget(QLabel(self.tr("Month"), self))
        top.addWidget(self.month)
        top.addStretch(1)

        month_box = QGroupBox(self.tr("The month"), self)
        month_layout = QVBoxLayout(month_box)
        month_layout.addWidget(self.category_table, 1)
        form = QFormLayout()
        form.addRow(self.tr("Brought forward"), self.figures["forward"])
        form.addRow(self.tr("Total income"), self.figures["income"])
        form.addRow(self.tr("Total expense"), self.figures["expense"])
        form.addRow(self.tr("Net (income − expense)"), self.figures["net"])
        form.addRow(self.tr("Closing balance"), self.figures["closing"])
        month_layout.addLayout(form)
        year_box = QGroupBox(self.tr("The year by month (double-click a month to open it)"), self)
        year_layout = QVBoxLayout(year_box)
        year_layout.addWidget(self.month_table, 1)
        year_layout.addWidget(self.year_totals)
        columns = QHBoxLayout()
        columns.addWidget(month_box, 1)
        columns.addWidget(year_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(columns, 1)
        # The cash book's entries and the opening balance (a group's).
        self.follower = Follower(self, changes.hub(services.db), Kind.BOOKS | Kind.GROUPS,
                                 lambda _kinds: self.reload())

    def set_group(self, group_id: uuid.UUID | None) -> None:
        """Sum ``group_id``'s books (now if shown, else when shown)."""
        if group_id != self.group_id:
            self.group_id = group_id
            self.follower.mark()

    def _fill_months(self, wanted: int | None) -> None:
        """The chosen year's months in its order (October first in a fiscal year)."""
        span = self.year.span()
        blocked = self.month.blockSignals(True)
        self.month.clear()
        for year, month in span.months() if span else []:
            self.month.addItem(i18n.fmt_month(year, month).split()[0], month)
        self.month.setCurrentIndex(max(self.month.findData(wanted), 0))
        self.month.blockSignals(blocked)

    def selected_month(self) -> tuple[int, int]:
        """The (CE year, month) chosen."""
        span = self.year.span()
        assert span is not None
        return span.months()[max(self.month.currentIndex(), 0)]

    def show_month(self, year: int, month: int) -> None:
        """Show the year (of the kind chosen) holding ``month`` of ``year``, at that month."""
        span = self.year.span()
        blocked = self.year.blockSignals(True)
        self.year.set_span(span_of(date(year, month, 1), span.kind if span else DEFAULT_KIND))
        self.year.blockSignals(blocked)
        self._fill_months(month)
        self.reload()

    def _month_clicked(self) -> None:
        index = self.month_table.currentIndex()
        if index.isValid():
            self.month.setCurrentIndex(self.month_proxy.mapToSource(index).row())

    def reload(self) -> None:
        self.follower.fresh()
        if self.group_id is None:
            self.category_model.set_rows([])
            self.month_model.set_rows([])
            for label in self.figures.values():
                label.clear()
            self.year_totals.clear()
            return
        span = self.year.span()
        assert span is not None
        summary: YearSummary = self.services.books.year_summary(self.group_id, span)
        self.month_model.set_rows(summary.months)
        m = summary.months[max(self.month.currentIndex(), 0)]
        self.category_model.set_rows(
            [CategoryLine(EntryKind.INCOME, t.category, t.amount, t.count) for t in m.income if t.count]
            + [CategoryLine(EntryKind.EXPENSE, t.category, t.amount, t.count) for t in m.expense if t.count]
        )
        for key, value in (("forward", m.brought_forward), ("income", m.total_income),
                           ("expense", m.total_expense), ("net", m.net),
                           ("closing", m.closing_balance)):
            self.figures[key].setText(self.tr("{amount} baht").format(amount=value.format()))
        self.year_totals.setText(self.tr(
            "{year}: brought forward {forward}, income {income}, expense {expense}, "
            "net {net}, closing balance {closing} baht."
        ).format(year=span_text(span), forward=summary.brought_forward.format(),
                 income=summary.total_income.format(), expense=summary.total_expense.format(),
                 net=summary.net.format(), closing=summary.closing_balance.format()))
        for fit in self._fits:
            fit.fit()
