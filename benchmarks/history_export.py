"""Full-history export of the cash book: every cash_entry row into one xlsx sheet.

``write_formatted`` writes the cells as the project's workbook does (``cells.RowCells``: BE
date format, money as Decimal with #,##0.00, text forced to text) in openpyxl's write-only mode;
``write_plain`` writes the same values with no formats, the baseline. Both stream the rows
from SQL in chunks, so memory stays flat however many entries there are.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlalchemy import select

from otop_desk.db.database import Database
from otop_desk.db.models import CashEntry, ProducerGroup
from otop_desk.reports.workbook.cells import DATE, MONEY_KIND, TEXT, RowCells

CHUNK = 5000
KINDS = (TEXT, DATE, TEXT, TEXT, MONEY_KIND, TEXT, TEXT, TEXT)
HEADERS = ("กลุ่ม", "วันที่", "รับ/จ่าย", "หมวด", "จำนวนเงิน", "รายการ", "เลขที่เอกสาร", "คู่ค้า")


def entries(db: Database) -> Iterator[tuple[Any, ...]]:
    q = (select(ProducerGroup.name, CashEntry.entry_date, CashEntry.kind, CashEntry.category,
                CashEntry.amount, CashEntry.description, CashEntry.document_no, CashEntry.counterparty)
         .join(ProducerGroup, CashEntry.group_id == ProducerGroup.id)
         .order_by(CashEntry.group_id, CashEntry.entry_date)
         .execution_options(yield_per=CHUNK))
    with db.read() as s:
        for row in s.execute(q):
            name, day, kind, category, amount, *texts = row
            yield (name, day, kind.value, category.value, amount, *texts)


def write_formatted(db: Database, path: Path, tick: Callable[[], None] = lambda: None) -> int:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("บัญชีรับ-จ่าย")
    ws.append(HEADERS)
    cells = RowCells(ws, KINDS)
    count = 0
    for values in entries(db):
        ws.append(cells(values))
        count += 1
        if count % CHUNK == 0:
            tick()
    wb.save(path)
    return count


def write_plain(db: Database, path: Path) -> int:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("cash")
    ws.append(HEADERS)
    count = 0
    for name, day, kind, category, amount, *texts in entries(db):
        ws.append([name, day, kind, category, amount.to_decimal(), *texts])
        count += 1
    wb.save(path)
    return count
