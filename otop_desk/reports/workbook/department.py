"""The department's reports as a workbook: each table of the report on a sheet of its own,
under the report's title and year, BE date cells, money as exact numbers, the totals in
bold below the filtered rows. The words come translated in the ``ReportDocument``."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from otop_desk.reports.department import COUNT, DATE, MONEY, PERCENT, ReportDocument, Table
from otop_desk.reports.workbook.cells import DATE as DATE_KIND
from otop_desk.reports.workbook.cells import (
    DEC,
    HEADER_FONT,
    INT,
    LONG,
    MONEY_KIND,
    TEXT,
    Col,
    column_widths,
    font,
    prepare_sheet,
    start_table,
    text_cell,
    thai_workbook,
)
from otop_desk.reports.workbook.writer import save_atomically, step

Progress = Callable[[int, int], bool]
_KINDS = {DATE: DATE_KIND, COUNT: INT, MONEY: MONEY_KIND, PERCENT: DEC}
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
#: Text of this many characters or more wraps (conclusions of a meeting, long names).
LONG_TEXT = 60


def _sheet_name(title: str, taken: set[str]) -> str:
    name = _SHEET_FORBIDDEN.sub(" ", title)[:31].strip() or "Sheet"
    base, n = name, 2
    while name in taken:
        suffix = f" ({n})"
        name, n = base[:31 - len(suffix)] + suffix, n + 1
    taken.add(name)
    return name


def _columns(table: Table) -> list[Col]:
    cols = []
    for index, column in enumerate(table.columns):
        kind = _KINDS.get(column.kind, TEXT)
        if kind == TEXT and any(len(str(row[index] or "")) >= LONG_TEXT for row in table.rows):
            kind = LONG
        cols.append(Col(column.header, kind))
    return cols


def _write_sheet(wb: Any, doc: ReportDocument, table: Table, name: str, notes: list[str]) -> None:
    ws = wb.create_sheet(name)
    cols = _columns(table)
    lead = [[text_cell(ws, doc.title, font=font(14, bold=True))], [text_cell(ws, doc.subtitle, font=font(12, bold=True))],
            [text_cell(ws, table.title, font=HEADER_FONT)], *([text_cell(ws, note)] for note in notes), []]
    header_row = len(lead) + 1
    prepare_sheet(ws, header_row + len(table.rows) + len(table.totals), len(cols))
    widths = column_widths(cols, [[("" if v is None else v) for v in row] for row in table.rows[:2000]])
    cells = start_table(ws, cols, widths, len(table.rows), lead_rows=lead, title=f"{doc.title} {doc.subtitle}")
    for row in table.rows:
        ws.append(cells([None if v is None else v for v in row]))
    for total in table.totals:
        line = []
        for value, col in zip(total, cols, strict=True):
            cell = text_cell(ws, value if value is not None else "", col.kind if col.kind != LONG else TEXT,
                             font=HEADER_FONT)
            line.append(cell)
        ws.append(line)


def write_report_workbook(doc: ReportDocument, path: Path, progress: Progress | None = None) -> int:
    """Write ``doc`` to ``path`` atomically; returns the number of table rows written."""
    wb = thai_workbook()
    notes = [b for b in doc.blocks if isinstance(b, str)]
    taken: set[str] = set()
    tables = doc.tables
    rows = 0
    for index, table in enumerate(tables):
        # The notes explain the figures: said above the first table, where a reader starts.
        _write_sheet(wb, doc, table, _sheet_name(table.title, taken), notes if index == 0 else [])
        rows += len(table.rows)
        step(progress, index + 1, len(tables) + 1)
    save_atomically(wb, Path(path), progress)
    return rows
