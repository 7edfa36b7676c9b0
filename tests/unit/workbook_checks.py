"""What every workbook OTOP Desk writes must be, in any spreadsheet program."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
from defusedxml import ElementTree

from otop_desk.reports.workbook.cells import FONT_NAME, ROW_HEIGHT

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def assert_thai_fonts(path: Path) -> None:
    """Every font of the workbook has Thai (no Calibri, which shows boxes where no Thai
    font stands in), the default one included."""
    with zipfile.ZipFile(path) as archive:
        styles = ElementTree.fromstring(archive.read("xl/styles.xml"))
    names = [font.find(f"{MAIN}name") for font in styles.iter(f"{MAIN}font")]
    assert names and all(n is not None and n.get("val") == FONT_NAME for n in names), \
        [n.get("val") if n is not None else None for n in names]


def assert_sizes_stated(path: Path) -> None:
    """Each sheet states its size (``<dimension>``), and states it right: readers such as
    openpyxl's read-only mode trust it."""
    full = openpyxl.load_workbook(path)
    lean = openpyxl.load_workbook(path, read_only=True)
    for sheet in full.worksheets:
        stated = lean[sheet.title]
        assert stated.max_row is not None, f"{sheet.title}: no <dimension>"
        assert (stated.max_row, stated.max_column) == (sheet.max_row, sheet.max_column), sheet.title
    lean.close()


def assert_rows_hold_thai_marks(path: Path) -> None:
    """Rows are high enough for a tone mark over an upper vowel (ที่, เยี่ยม): the sheets'
    default height, and every wrapped row a whole number of such lines."""
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if not re.fullmatch(r"xl/worksheets/sheet\d+\.xml", name):
                continue
            head = archive.read(name)[:4000].decode("utf-8", errors="ignore")
            stated = re.search(r'<sheetFormatPr[^>]*defaultRowHeight="([0-9.]+)"', head)
            assert stated and float(stated.group(1)) >= ROW_HEIGHT and 'customHeight="1"' in head, name
    for sheet in openpyxl.load_workbook(path).worksheets:
        for row, dims in sheet.row_dimensions.items():
            if dims.height is not None:
                assert dims.height >= ROW_HEIGHT, (sheet.title, row, dims.height)
