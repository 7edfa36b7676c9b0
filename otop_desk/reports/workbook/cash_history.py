"""The whole cash book in one sheet: every entry of every year, of one group or of all.

For the office that keeps the books of many groups (and for an audit): the same columns as
the monthly workbook's cash book, BE dates, money as numbers. The entries are streamed
from SQL group by group, in date order from the (group, date) index, into a write-only
sheet, so memory stays flat however many years there are.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from otop_desk.db.database import Database
from otop_desk.db.models import CashEntry, ProducerGroup
from otop_desk.db.thai_order import thai_order
from otop_desk.domain.enums import CashCategory, EntryKind
from otop_desk.reports.workbook.cells import (
    DATE,
    MONEY_KIND,
    Col,
    column_widths,
    prepare_sheet,
    start_table,
    thai_workbook,
)
from otop_desk.reports.workbook.context import label, translate
from otop_desk.reports.workbook.writer import Progress, save_atomically, step

CHUNK = 5000  # entries between two progress reports (and rows fetched at a time)


def columns() -> list[Col]:
    return [
        Col(translate("Workbook", "Date"), DATE), Col(translate("Workbook", "Group")),
        Col(translate("Workbook", "Income or expense")), Col(translate("Workbook", "Category")),
        Col(translate("Workbook", "Description")), Col(translate("Workbook", "Document no.")),
        Col(translate("Workbook", "Paid to / received from")),
        Col(translate("Workbook", "Income (baht)"), MONEY_KIND),
        Col(translate("Workbook", "Expense (baht)"), MONEY_KIND),
    ]


def entry_count(session: Session, group_id: uuid.UUID | None = None) -> int:
    q = select(func.count()).select_from(CashEntry)
    if group_id is not None:
        q = q.where(CashEntry.group_id == group_id)
    return int(session.scalar(q) or 0)


def one_snapshot(session: Session) -> None:
    """Let every query of ``session`` see the database as its first one did, so the count
    of entries stated at the top of the sheet is the number written below it, however
    many the window saves meanwhile. SQLite's read transaction is one snapshot already;
    PostgreSQL's default gives each statement its own."""
    if session.get_bind().dialect.name == "postgresql":
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})


def rows(session: Session, group_id: uuid.UUID | None = None) -> Iterator[list[Any]]:
    """The sheet's rows: groups in Thai dictionary order, each group's entries by date
    and then in the order they were typed."""
    groups_q = select(ProducerGroup.id, ProducerGroup.name).order_by(thai_order(ProducerGroup.name))
    if group_id is not None:
        groups_q = groups_q.where(ProducerGroup.id == group_id)
    groups = session.execute(groups_q).all()
    entries_q = (
        select(CashEntry.entry_date, CashEntry.kind, CashEntry.category, CashEntry.description,
               CashEntry.document_no, CashEntry.counterparty, CashEntry.amount)
        .order_by(CashEntry.entry_date, CashEntry.created_at)
        .execution_options(yield_per=CHUNK)
    )
    kinds = {kind: label(kind) for kind in EntryKind}
    categories = {category: label(category) for category in CashCategory}
    for gid, name in groups:
        for day, kind, category, description, document_no, counterparty, amount in session.execute(
                entries_q.where(CashEntry.group_id == gid)):
            income = kind == EntryKind.INCOME
            yield [day, name, kinds[kind], categories[category], description, document_no,
                   counterparty, amount if income else None, None if income else amount]


def write_cash_history(db: Database, path: Path, *, group_id: uuid.UUID | None = None,
                       progress: Progress | None = None) -> int:
    """Write the cash book (of ``group_id``, or of every group) to ``path``; the number
    of entries written. Labels are in the language installed (``i18n.install``)."""
    wb = thai_workbook()
    title = translate("Workbook", "Cash book")
    ws = wb.create_sheet(title)
    cols = columns()
    count = 0
    with db.read() as session:
        one_snapshot(session)
        total = entry_count(session, group_id)
        prepare_sheet(ws, total + 1, len(cols))
        cells = start_table(ws, cols, column_widths(cols, min_widths=(0, 30, 0, 18, 30, 0, 20)), total,
                            title=title)
        try:
            step(progress, 0, total + 1)
            for row in rows(session, group_id):
                ws.append(cells(row))
                count += 1
                if count % CHUNK == 0:
                    step(progress, count, total + 1)
        except BaseException:
            # Close the sheet's row stream now: left to the garbage collector, openpyxl
            # writes into a closed file then.
            ws.close()
            raise
    save_atomically(wb, Path(path), progress)
    return count
