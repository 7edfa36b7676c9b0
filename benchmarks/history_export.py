"""Full-history export of the cash book (Books tab → Export to Excel…, all groups) against
plain openpyxl writing the same rows.

``write_formatted`` is the app's own ``write_cash_history`` (BE date format, money as
numbers with #,##0.00, text kept as text, header, filter, print set-up, written to a
temporary file and renamed). ``write_plain`` writes the very same rows, read by the same
query, with no formats into a write-only workbook: the baseline. Both stream the rows
from SQL, so memory stays flat however many entries there are.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from otop_desk.db.database import Database
from otop_desk.domain.money import Money
from otop_desk.reports.workbook.cash_history import rows, write_cash_history


def write_formatted(db: Database, path: Path) -> int:
    return write_cash_history(db, path)


def write_plain(db: Database, path: Path) -> int:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("cash")
    count = 0
    with db.read() as session:
        for row in rows(session):
            ws.append([v.to_decimal() if isinstance(v, Money) else v for v in row])
            count += 1
    wb.save(path)
    return count
