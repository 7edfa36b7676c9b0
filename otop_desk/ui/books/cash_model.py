"""Columns of the cash book table."""

from __future__ import annotations

from PySide6.QtGui import QColor

from otop_desk import i18n
from otop_desk.domain.enums import EntryKind
from otop_desk.domain.errors import QT_TRANSLATE_NOOP
from otop_desk.services.books import CashRow
from otop_desk.ui.common.table_model import RIGHT, Column, RowStyle, RowTableModel, widest_dates


def _money_if(kind: EntryKind) -> Column[CashRow]:
    title = (QT_TRANSLATE_NOOP("Columns", "Income") if kind == EntryKind.INCOME
             else QT_TRANSLATE_NOOP("Columns", "Expense"))
    return Column(title, lambda r: r.amount.format() if r.kind == kind else "",
                  sort=lambda r: r.amount.satang if r.kind == kind else -1, align=RIGHT)


COLUMNS: list[Column[CashRow]] = [
    # Ties on a date keep the order in which the entries were typed.
    Column(QT_TRANSLATE_NOOP("Columns", "Date"), lambda r: i18n.fmt_date(r.entry_date),
           sort=lambda r: r.seq, widest=widest_dates),
    Column(QT_TRANSLATE_NOOP("Columns", "Cash-book category"), lambda r: i18n.enum_label(r.category)),
    Column(QT_TRANSLATE_NOOP("Columns", "Description"), lambda r: r.description),
    Column(QT_TRANSLATE_NOOP("Columns", "Document no."), lambda r: r.document_no),
    Column(QT_TRANSLATE_NOOP("Columns", "Paid to / received from"), lambda r: r.counterparty),
    _money_if(EntryKind.INCOME),
    _money_if(EntryKind.EXPENSE),
    Column(QT_TRANSLATE_NOOP("Columns", "Balance"), lambda r: r.balance.format(),
           sort=lambda r: r.seq, align=RIGHT),
]

_EXPENSE = RowStyle(foreground=QColor("#9b1c1c"))
_NEGATIVE = RowStyle(foreground=QColor("#9b1c1c"), bold=True)


def search_text(row: CashRow) -> str:
    return " ".join((i18n.fmt_date(row.entry_date), i18n.enum_label(row.category),
                     i18n.enum_label(row.kind), row.description, row.document_no,
                     row.counterparty, row.amount.format()))


def make_cash_model() -> RowTableModel[CashRow]:
    return RowTableModel(
        COLUMNS,
        search_text,
        style=lambda r: _NEGATIVE if r.balance.satang < 0 else _EXPENSE if r.kind == EntryKind.EXPENSE else None,
    )
