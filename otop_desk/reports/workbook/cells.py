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

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet.worksheet import Worksheet

from otop_desk.domain.money import Money
from otop_desk.reports.workbook.pauses import let_gui_run
from otop_desk.reports.workbook.sheet_xml import RowXml, attach

BE_DATE = "[$-107041E]d mmmm yyyy;@"
BE_DATE_TIME = "[$-107041E]d mmmm yyyy hh:mm;@"
MONEY = "#,##0.00"
COUNT = "#,##0"
DECIMAL = "0.00"

# Tahoma has Thai and is on every Windows and macOS; LibreOffice elsewhere stands in a
# Thai font for it. Calibri, openpyxl's default, has no Thai: boxes where nothing stands in.
FONT_NAME = "Tahoma"
FONT_SIZE = 10
BODY_FONT = Font(name=FONT_NAME, size=FONT_SIZE)
HEADER_FONT = Font(name=FONT_NAME, size=FONT_SIZE, bold=True)
#: Points: a line of Tahoma 10 with a tone mark over an upper vowel (ที่, เยี่ยม) and room
#: below for ุ ู (the 12.75 a program picks for Tahoma 10 cuts the marks off).
ROW_HEIGHT = 18
HEADER_FILL = PatternFill("solid", fgColor="DDE7F0")
HEADER_BORDER = Border(bottom=Side(style="thin", color="7F8C99"))
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
HEADER_ALIGN = Alignment(wrap_text=True, vertical="center")

# Kinds of column: how a value is written and how wide the column may grow.
TEXT, LONG, DATE, DATETIME, MONEY_KIND, INT, DEC, YEAR = (
    "text", "long", "date", "datetime", "money", "int", "decimal", "year"
)
_MAX_WIDTH = {TEXT: 30, LONG: 45}
LINE_HEIGHT = 13  # points for each further line of wrapped text
_FIXED_WIDTH = {DATE: 18, DATETIME: 22, MONEY_KIND: 14, INT: 10, DEC: 10, YEAR: 10}


@dataclass(frozen=True)
class Col:
    """A column of a visible sheet; ``header`` is already translated."""

    header: str
    kind: str = TEXT


def safe_text(value: str) -> str:
    # openpyxl refuses control characters (the XML cannot carry them).
    return ILLEGAL_CHARACTERS_RE.sub(" ", value)


def font(size: float = FONT_SIZE, *, bold: bool = False) -> Font:
    return Font(name=FONT_NAME, size=size, bold=bold)


def thai_workbook() -> Workbook:
    """A write-only workbook whose cells without a font of their own are in ``BODY_FONT``.

    openpyxl gives no public way to choose the default font: it is the first font of the
    workbook, which the Normal style uses too, so both are set before any cell exists.
    """
    wb = Workbook(write_only=True)
    wb._fonts = IndexedList([BODY_FONT])
    normal = wb._named_styles["Normal"]
    normal.font = BODY_FONT  # rebinds the style to font 0
    return wb


def prepare_sheet(ws: Any, rows: int, columns: int) -> None:
    """What a write-only sheet must be told before its first row: its size and its rows'
    height. A sheet that states its size (``<dimension>``) can be read by programs that
    trust it (openpyxl's read-only mode had ``max_row`` None); write-only sheets state it
    only if told, since their top is written before their rows."""
    ref = f"A1:{get_column_letter(max(columns, 1))}{max(rows, 1)}"
    ws.calculate_dimension = lambda: ref  # what the sheet writer asks for its <dimension>
    ws.sheet_format.defaultRowHeight = ROW_HEIGHT
    ws.sheet_format.customHeight = True


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
    elif kind == YEAR:  # a BE year reads 2569, never 2,569
        cell.value = int(value)
        cell.number_format = "0"
    else:
        raise ValueError(kind)


class RowCells:
    """Turns rows of values into what a write-only sheet's ``append`` takes, as ``put``
    would write them, with each column's style resolved once instead of once per cell.

    Plain text goes in as ``str``, the cheapest path through openpyxl; only text that
    openpyxl would take for a formula or an error code becomes a cell forced to text.
    Styled columns reuse one cell each: a write-only sheet writes a row out as soon as it
    is appended, so the cell is free again for the next row.
    """

    def __init__(self, ws: Any, kinds: Sequence[str], *, as_xml: bool = False) -> None:
        self._ws = ws
        self._plan: list[tuple[str, WriteOnlyCell | None]] = []
        for kind in kinds:
            template = None
            if kind != TEXT:
                template = WriteOnlyCell(ws)
                if kind == LONG:
                    template.alignment = WRAP
                else:
                    template.number_format = _FORMATS[kind]
            self._plan.append((kind, template))
        # ``as_xml``: the sheet's row stream was taken over (``sheet_xml.attach``)
        self._xml = RowXml(ws, kinds, [t for _k, t in self._plan], self._bind) if as_xml else None

    def append(self, r: int, row: Sequence[Any]) -> None:
        """Append ``row`` as row ``r``, the sheet's next row: as ``ws.append(self(row))``
        would, as XML text where the sheet allows it."""
        if self._xml is not None:
            self._xml.append(r, row, self)
        else:
            self._ws.append(self(row))

    def _bind(self, c: int, value: Any) -> None:
        kind, cell = self._plan[c]
        _KIND_VALUE[kind](cell, value)

    def __call__(self, row: Sequence[Any]) -> list[Any]:
        let_gui_run()
        out: list[Any] = []
        for value, (kind, cell) in zip(row, self._plan, strict=True):
            if value is None or value == "":
                out.append(None)
            elif kind == TEXT:
                out.append(self._text(value))
            else:
                assert cell is not None
                _KIND_VALUE[kind](cell, value)
                out.append(cell)
        return out

    def _text(self, value: Any) -> Any:
        text = str(value)
        if ILLEGAL_CHARACTERS_RE.search(text):
            text = safe_text(text)
        if text[0] == "=" or text[0] == "#":  # formulas and error codes such as #N/A
            cell = WriteOnlyCell(self._ws)
            put(cell, text, TEXT)
            return cell
        return text


def _set_text(cell: Cell, value: Any) -> None:
    cell.value = safe_text(str(value))
    cell.data_type = "s"


def _set_money(cell: Cell, value: Any) -> None:
    cell.value = value.to_decimal() if isinstance(value, Money) else Decimal(value)


def _set_value(cell: Cell, value: Any) -> None:
    cell.value = value


_FORMATS = {DATE: BE_DATE, DATETIME: BE_DATE_TIME, MONEY_KIND: MONEY, INT: COUNT, DEC: DECIMAL, YEAR: "0"}
_KIND_VALUE = {
    LONG: _set_text,
    DATE: _set_value,
    DATETIME: _set_value,
    MONEY_KIND: _set_money,
    INT: lambda cell, value: _set_value(cell, int(value)),
    YEAR: lambda cell, value: _set_value(cell, int(value)),
    DEC: lambda cell, value: _set_value(cell, Decimal(value)),
}


class _ZeroWidth(dict):
    """``str.translate`` table that drops the characters that take no column (Thai vowel
    and tone marks above and below), each character looked up once and remembered:
    a province's sheets measure some 300,000 texts."""

    def __missing__(self, code: int) -> int | None:
        ch = chr(code)
        zero = bool(unicodedata.combining(ch)) or unicodedata.category(ch) == "Mn"
        self[code] = None if zero else code
        return self[code]


_ZERO_WIDTH = _ZeroWidth()


def display_width(text: str) -> int:
    """Columns a text takes: Thai vowel and tone marks above/below take none."""
    longest = max(text.split("\n"), key=len) if "\n" in text else text
    if longest.isascii():
        return len(longest)
    return len(longest.translate(_ZERO_WIDTH))


def _wrapped_lines(text: str, width: int) -> int:
    if len(text) <= width and "\n" not in text:  # (no wider than its characters)
        return 1
    return sum(max(1, -(-display_width(line) // max(width, 1))) for line in text.split("\n"))


def text_cell(ws: Any, value: Any, kind: str = TEXT, font: Font | None = None) -> WriteOnlyCell:
    """A cell for ``ws.append`` in openpyxl's write-only mode."""
    cell = WriteOnlyCell(ws)
    put(cell, value, kind)
    if font is not None:
        cell.font = font
    return cell


def write_table(ws: Any, columns: Sequence[Col], rows: Sequence[Sequence[Any]],
                *, lead_rows: Sequence[Sequence[Any]] = (), min_widths: Sequence[int] = (),
                title: str = "", one_page: bool = False) -> None:
    """Rows above the table (``lead_rows``), a header row and the rows, with a frozen
    header, auto-filter, sensible widths and an A4 landscape print set-up that fits the
    width on the page (``one_page``: all of it on one portrait page).

    ``ws`` is a write-only sheet: rows are written out as they are appended, so nothing
    of a large sheet stays in memory, but widths, the frozen pane and row heights must be
    set before the rows they concern are appended.
    """
    header_row = len(lead_rows) + 1
    widths = column_widths(columns, rows, min_widths)
    prepare_sheet(ws, header_row + len(rows), max([len(columns), *(len(lead) for lead in lead_rows)]))
    cells = start_table(ws, columns, widths, len(rows), lead_rows=lead_rows, title=title, one_page=one_page)
    wraps = [c for c, col in enumerate(columns) if col.kind == LONG]
    for r, row in enumerate(rows, start=header_row + 1):
        if wraps:
            lines = max(_wrapped_lines(str(row[c]), widths[c]) if row[c] else 1 for c in wraps)
            if lines > 1:
                # Neither Excel nor LibreOffice grows a row for wrapped text on opening.
                ws.row_dimensions[r].height = ROW_HEIGHT + (min(lines, 12) - 1) * LINE_HEIGHT
        cells.append(r, row)


def column_widths(columns: Sequence[Col], rows: Sequence[Sequence[Any]] = (),
                  min_widths: Sequence[int] = ()) -> list[int]:
    """Widths that fit the header and the text of ``rows`` (those given), within limits."""
    widths = [display_width(col.header) for col in columns]
    if any(len(row) != len(columns) for row in rows):
        raise ValueError("a row's values do not match the columns")
    for c, col in enumerate(columns):
        if col.kind in (TEXT, LONG):
            # each text measured once: a group's name stands in many rows
            texts = {str(value) for row in rows if (value := row[c])}
            widths[c] = max(widths[c], max(map(display_width, texts), default=0))
    for index, col in enumerate(columns):
        if col.kind in _FIXED_WIDTH:
            widths[index] = max(_FIXED_WIDTH[col.kind], min(widths[index], 24))
        else:
            widths[index] = min(max(widths[index], 6), _MAX_WIDTH[col.kind])
        if index < len(min_widths):
            widths[index] = max(widths[index], min_widths[index] - 2)
    return widths


def start_table(ws: Any, columns: Sequence[Col], widths: Sequence[int], row_count: int,
                *, lead_rows: Sequence[Sequence[Any]] = (), title: str = "",
                one_page: bool = False) -> RowCells:
    """Everything of a table but its rows: widths, frozen header, filter over
    ``row_count`` rows, print set-up, the lead rows and the header. Returns what turns
    each row into cells for ``ws.append``. The sheet was prepared (``prepare_sheet``)."""
    header_row = len(lead_rows) + 1
    for index, width in enumerate(widths):
        ws.column_dimensions[get_column_letter(index + 1)].width = width + 2
    last_col = get_column_letter(max(len(columns), 1))
    ws.freeze_panes = f"A{header_row + 1}"
    ws.auto_filter.ref = f"A{header_row}:{last_col}{header_row + max(row_count, 0)}"
    ws.print_title_rows = f"{header_row}:{header_row}"
    page_setup(ws, title, one_page=one_page)
    as_xml = attach(ws)  # after all that goes above the rows
    for lead in lead_rows:
        ws.append(list(lead))
    header = []
    for col in columns:
        cell = text_cell(ws, col.header, font=HEADER_FONT)
        cell.fill, cell.border, cell.alignment = HEADER_FILL, HEADER_BORDER, HEADER_ALIGN
        header.append(cell)
    ws.append(header)
    return RowCells(ws, [col.kind for col in columns], as_xml=as_xml)


def page_setup(ws: Any, title: str = "", *, one_page: bool = False) -> None:
    ws.page_setup.orientation = "portrait" if one_page else "landscape"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1 if one_page else 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    if title:
        ws.oddHeader.center.text = safe_text(title).replace("&", "&&")
    ws.oddFooter.right.text = "&P / &N"


def local_time(stamp: datetime) -> datetime:
    """A UTC timestamp as local wall-clock time without zone (cells have no zone)."""
    return stamp.astimezone().replace(tzinfo=None)
