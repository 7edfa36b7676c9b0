"""Cell formats and sheet layout shared by every sheet of the workbook.

Dates are real date cells shown in the Buddhist Era by both Excel and LibreOffice;
money is an exact ``Decimal`` of baht (converted from integer satang only here); every
string is written as text, never as a formula.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from otop_desk.domain.money import Money

BE_DATE = "[$-107041E]d mmmm yyyy;@"
BE_DATE_TIME = "[$-107041E]d mmmm yyyy hh:mm;@"
MONEY = "#,##0.00"
COUNT = "#,##0"
DECIMAL = "0.00"

HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE7F0")
HEADER_BORDER = Border(bottom=Side(style="thin", color="7F8C99"))
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")

# Kinds of column: how a value is written and how wide the column may grow.
TEXT, LONG, DATE, DATETIME, MONEY_KIND, INT, DEC = (
    "text", "long", "date", "datetime", "money", "int", "decimal"
)
_MAX_WIDTH = {TEXT: 30, LONG: 45}
LINE_HEIGHT = 15  # points per line of wrapped text
_FIXED_WIDTH = {DATE: 18, DATETIME: 22, MONEY_KIND: 14, INT: 10, DEC: 10}


@dataclass(frozen=True)
class Col:
    """A column of a visible sheet; ``header`` is already translated."""

    header: str
    kind: str = TEXT


def safe_text(value: str) -> str:
    # openpyxl refuses control characters (the XML cannot carry them).
    return ILLEGAL_CHARACTERS_RE.sub(" ", value)


def put(cell: Cell, value: Any, kind: str) -> None:
    """Write one value with its number format; text is forced to be text."""
    if value is None or value == "":
        return
    if kind in (TEXT, LONG):
        cell.value = safe_text(str(value))
        # A value such as '=HYPERLINK(...)' must stay text: openpyxl would otherwise
        # mark it as a formula.
        cell.data_type = "s"
        if kind == LONG:
            cell.alignment = WRAP
    elif kind == DATE:
        cell.value = value
        cell.number_format = BE_DATE
    elif kind == DATETIME:
        cell.value = value
        cell.number_format = BE_DATE_TIME
    elif kind == MONEY_KIND:
        cell.value = value.to_decimal() if isinstance(value, Money) else Decimal(value)
        cell.number_format = MONEY
    elif kind == INT:
        cell.value = int(value)
        cell.number_format = COUNT
    elif kind == DEC:
        cell.value = Decimal(value)
        cell.number_format = DECIMAL
    else:
        raise ValueError(kind)


def display_width(text: str) -> int:
    """Columns a text takes: Thai vowel and tone marks above/below take none."""
    longest = max((line for line in text.split("\n")), key=len, default="")
    return sum(0 if unicodedata.combining(ch) or unicodedata.category(ch) == "Mn" else 1
               for ch in longest)


def _wrapped_lines(text: str, width: int) -> int:
    return sum(max(1, -(-display_width(line) // max(width, 1))) for line in text.split("\n"))


def write_table(ws: Worksheet, columns: Sequence[Col], rows: Sequence[Sequence[Any]],
                *, start_row: int = 1, title: str = "") -> None:
    """A header row and the rows, with a frozen header, auto-filter, sensible widths
    and an A4 landscape print set-up that fits the width on the page."""
    header_row = start_row
    for index, col in enumerate(columns, start=1):
        cell = ws.cell(row=header_row, column=index)
        put(cell, col.header, TEXT)
        cell.font, cell.fill, cell.border = HEADER_FONT, HEADER_FILL, HEADER_BORDER
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    widths = [display_width(col.header) for col in columns]
    for row in rows:
        for c, (col, value) in enumerate(zip(columns, row, strict=True)):
            if col.kind in (TEXT, LONG) and value:
                widths[c] = max(widths[c], display_width(str(value)))
    for index, col in enumerate(columns):
        if col.kind in _FIXED_WIDTH:
            widths[index] = max(_FIXED_WIDTH[col.kind], min(widths[index], 24))
        else:
            widths[index] = min(max(widths[index], 6), _MAX_WIDTH[col.kind])
        ws.column_dimensions[get_column_letter(index + 1)].width = widths[index] + 2
    for r, row in enumerate(rows, start=header_row + 1):
        lines = 1
        for c, (col, value) in enumerate(zip(columns, row, strict=True), start=1):
            put(ws.cell(row=r, column=c), value, col.kind)
            if col.kind == LONG and value:
                lines = max(lines, _wrapped_lines(str(value), widths[c - 1]))
        if lines > 1:
            # Neither Excel nor LibreOffice grows a row for wrapped text on opening.
            ws.row_dimensions[r].height = min(lines, 12) * LINE_HEIGHT
    last_col = get_column_letter(max(len(columns), 1))
    last_row = header_row + max(len(rows), 0)
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    ws.auto_filter.ref = f"A{header_row}:{last_col}{last_row}"
    ws.print_title_rows = f"{header_row}:{header_row}"
    page_setup(ws, title)


def page_setup(ws: Worksheet, title: str = "") -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    if title:
        ws.oddHeader.center.text = safe_text(title).replace("&", "&&")
    ws.oddFooter.right.text = "&P / &N"


def local_time(stamp: datetime) -> datetime:
    """A UTC timestamp as local wall-clock time without zone (cells have no zone)."""
    return stamp.astimezone().replace(tzinfo=None)
