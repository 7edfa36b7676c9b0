"""A table's rows written straight into a write-only sheet as XML text, byte for byte what
openpyxl writes for them, at a fraction of its cost.

openpyxl (without lxml) builds an element tree for every cell and serialises it in
Python: at province scale (some 400,000 cells) that was most of the monthly export's
time. Rows of plain values are turned into XML text here instead, each column's style
resolved once, and handed to the sheet's own XML stream; the sheet's top, its lead and
header rows, its tail and every row that holds something unusual still go through
openpyxl. ``tests/unit/test_sheet_xml.py`` proves both ways write the same bytes.

This leans on the insides of openpyxl 3.1's write-only sheet and of et_xmlfile (the
writer openpyxl uses without lxml): where they are not as expected (another version,
lxml installed), ``RowXml.attach`` declines and the rows go through openpyxl as before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import openpyxl
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.compat.strings import safe_string
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from otop_desk.reports.workbook.pauses import let_gui_run

# Kinds of column, as in ``cells`` (which imports this module).
_TEXT, _LONG, _DATE, _DATETIME = "text", "long", "date", "datetime"
_MAX_CHARS = 32_767  # openpyxl cuts longer text to this (``Cell.check_string``)


class _Xml(str):
    """A row as XML text, sent to the sheet's row writer instead of a row of values."""


#: Rows of XML written to the sheet's file at once: one call of its ``write`` (which
#: encodes) per row was a tenth of a province's sheets' time.
_BATCH = 64


def _rows_writer(ws: Any) -> Iterator[None]:
    """openpyxl's ``WriteOnlyWorksheet._write_rows``, which also takes rows as ``_Xml``
    (written a few dozen at a time, in order with the others)."""
    xf = ws._writer.xf.send(True)
    write = xf._file  # et_xmlfile's writer: the file's ``write``
    pending: list[str] = []
    with xf.element("sheetData"):
        row_idx = 1
        try:
            while True:
                row = yield
                if isinstance(row, _Xml):
                    pending.append(row)
                    if len(pending) == _BATCH:
                        write("".join(pending))
                        pending.clear()
                else:
                    if pending:
                        write("".join(pending))
                        pending.clear()
                    ws._writer.write_row(xf, ws._values_to_row(row, row_idx), row_idx)
                row_idx += 1
        except GeneratorExit:
            if _file_closed(xf):
                # A workbook dropped unsaved (Cancel), collected after its temporary
                # file: nothing more can be written, and nothing needs to be.
                raise
            if pending:
                write("".join(pending))
    ws._writer.xf.send(None)


def _file_closed(xf: Any) -> bool:
    return bool(getattr(getattr(xf._file, "__self__", None), "closed", False))


def attach(ws: Any) -> bool:
    """Take over the row stream of the write-only sheet ``ws`` before its first row
    (everything above the rows, such as widths and the frozen pane, is set by now):
    rows of values still go through openpyxl, and ``RowXml`` can add rows as XML.
    False where this is not supported; ``ws`` is then left as it was."""
    if not (isinstance(ws, WriteOnlyWorksheet) and openpyxl.__version__.startswith("3.1.")
            and not openpyxl.LXML and not ws.parent.iso_dates and ws._rows is None):
        return False
    ws._get_writer()  # writes the sheet's top
    ws._rows = _rows_writer(ws)
    next(ws._rows)
    return True


def _escape(text: str) -> str:
    # xml.etree's ``_escape_cdata``, which et_xmlfile uses for text
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


class _Unusual(Exception):
    """A value this module does not write itself; its row goes through openpyxl."""


class RowXml:
    """Writes rows of values of the given kinds into a sheet taken over by ``attach``.

    ``templates[c]`` is the styled cell of column ``c`` (None for plain text), and
    ``bind(c, value)`` puts a value into it as ``cells.put`` would: the first value
    written in a styled column fixes its style, in the order openpyxl would meet it.
    """

    def __init__(self, ws: Any, kinds: Sequence[str], templates: Sequence[Any],
                 bind: Callable[[int, Any], None]) -> None:
        self._ws = ws
        self._kinds = list(kinds)
        self._templates = list(templates)
        self._bind = bind
        self._styles: list[str | None] = [None] * len(kinds)
        self._letters = [get_column_letter(c + 1) for c in range(len(kinds))]
        self._epoch = ws.parent.epoch
        self._dates: dict[Any, str] = {}

    def row(self, r: int, values: Sequence[Any]) -> str | None:
        """Row ``r`` as XML, or None when a value must go through openpyxl."""
        dims = self._ws.row_dimensions.get(r)
        extra = "".join(f' {k}="{v}"' for k, v in dims) if dims is not None else ""
        parts = [f'<row r="{r}"{extra}>']
        kinds, letters = self._kinds, self._letters
        try:
            for c, value in enumerate(values):
                if value is None or value == "":
                    continue
                kind = kinds[c]
                if kind == _TEXT:  # most cells: written here, without a call
                    text = value if type(value) is str else str(value)
                    if ILLEGAL_CHARACTERS_RE.search(text):
                        text = ILLEGAL_CHARACTERS_RE.sub(" ", text)
                    if len(text) > _MAX_CHARS:
                        text = text[:_MAX_CHARS]
                    elif not text:
                        raise _Unusual
                    if "&" in text or "<" in text or ">" in text:
                        text = _escape(text)
                    if text[0].isspace() or text[-1].isspace():
                        parts.append(self._spaced(text, f"{letters[c]}{r}", ""))
                    else:
                        parts.append(f'<c r="{letters[c]}{r}" t="inlineStr"><is><t>{text}</t></is></c>')
                else:
                    parts.append(self._cell(c, value, f"{letters[c]}{r}"))
        except _Unusual:
            return None
        parts.append("</row>")
        return "".join(parts)

    def append(self, r: int, values: Sequence[Any], cells: Callable[[Sequence[Any]], list[Any]]) -> None:
        """Append row ``r``, the sheet's next row: as XML, or through openpyxl
        (``cells`` turns values into what its ``append`` takes)."""
        xml = self.row(r, values)
        if xml is None:
            self._ws.append(cells(values))
        else:
            let_gui_run()
            self._ws._rows.send(_Xml(xml))

    def _style(self, c: int, value: Any) -> str:
        style = self._styles[c]
        if style is None:
            self._bind(c, value)
            style = self._styles[c] = f"{self._templates[c].style_id}"
        return style

    @staticmethod
    def _spaced(text: str, ref: str, style: str) -> str:
        """A text cell (``text`` escaped): openpyxl marks white space at either end to be
        kept, unless the text is nothing else."""
        stripped = text.strip()
        tag = '<t xml:space="preserve">' if stripped and stripped != text else "<t>"
        return f'<c r="{ref}"{style} t="inlineStr"><is>{tag}{text}</t></is></c>'

    def _cell(self, c: int, value: Any, ref: str) -> str:
        kind = self._kinds[c]
        if kind == _LONG:
            text = value if type(value) is str else str(value)
            if ILLEGAL_CHARACTERS_RE.search(text):
                text = ILLEGAL_CHARACTERS_RE.sub(" ", text)
            text = _escape(text[:_MAX_CHARS])
            return self._spaced(text, ref, f' s="{self._style(c, value)}"')
        if kind in (_DATE, _DATETIME):
            if type(value) not in (date, datetime) or getattr(value, "tzinfo", None) is not None:
                raise _Unusual  # openpyxl refuses a zone; other values are its to write
            number = self._dates.get(value)
            if number is None:
                number = self._dates[value] = safe_string(to_excel(value, self._epoch))
        else:
            number = self._number(kind, value)
        return f'<c r="{ref}" s="{self._style(c, value)}" t="n"><v>{number}</v></c>'

    @staticmethod
    def _number(kind: str, value: Any) -> str:
        if kind == "money":
            number: Any = value.to_decimal() if hasattr(value, "to_decimal") else Decimal(value)
        elif kind == "decimal":
            number = Decimal(value)
        else:  # int, year
            number = int(value)
        text = safe_string(number)
        if not text:  # not a finite number: openpyxl's own way
            raise _Unusual
        return text
