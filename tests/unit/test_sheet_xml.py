"""Rows written as XML text (``reports.workbook.sheet_xml``) are byte for byte what
openpyxl writes for them: a table of every kind of value, and the whole monthly workbook
of a demo database, are written both ways and compared part by part."""

from __future__ import annotations

import unicodedata
import zipfile
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from otop_desk import i18n
from otop_desk.db.database import Database
from otop_desk.demo import generate_demo
from otop_desk.domain.money import Money
from otop_desk.exchange.month import collect_month
from otop_desk.reports.workbook import cells, sheet_xml
from otop_desk.reports.workbook.cells import (
    DATE,
    DATETIME,
    DEC,
    INT,
    LONG,
    MONEY_KIND,
    TEXT,
    YEAR,
    Col,
    display_width,
    thai_workbook,
    write_table,
)
from otop_desk.reports.workbook.writer import build_workbook, save_atomically
from tests.unit.workbook_helpers import TODAY

KINDS = (TEXT, LONG, DATE, DATETIME, MONEY_KIND, INT, DEC, YEAR)
VALUES: dict[str, list[Any]] = {
    TEXT: ["กลุ่มทอผ้า", " เว้นหน้า", "เว้นหลัง ", "=SUM(A1:A2)", "=", "#N/A", "#ไม่ใช่", "a & b < c > d \" '",
           "มี\x01อักขระ\x1fควบคุม", " a & b ", "\x02", "ย" * 40_000, "สองบรรทัด\nบรรทัดที่สอง", 12345, Decimal("1.50"), True, "\t", " "],
    LONG: ["ที่ " * 90, "=1+1", "  ", "บรรทัด\nบรรทัด\nบรรทัด", "<b>&amp;</b>", "ข" * 33_000, 7],
    DATE: [date(2026, 11, 22), date(1899, 12, 31), date(1900, 2, 28), date(2569, 1, 1), "ไม่ใช่วันที่",
           datetime(2026, 11, 22, 9, 30)],
    DATETIME: [datetime(2026, 11, 22, 9, 30, 15), datetime(2026, 1, 1), date(2026, 3, 4)],
    MONEY_KIND: [Money(123456), Money(-5), Money(0), 100, "12.345", Decimal("1e20")],
    INT: [0, 1, -7, 12_345_678_901_234_567_890, True, Decimal("3"), "42", 3.9],
    DEC: [Decimal("0.10"), "1.25", 3, Decimal("NaN"), Decimal("-0.000001"), 2.5],
    YEAR: [2569, 2026, "2570"],
}


def _rows() -> list[list[Any]]:
    """Every value in its column, with gaps (None, "") between, the first row mostly empty:
    the order in which columns first meet a value fixes the styles' numbers."""
    longest = max(len(v) for v in VALUES.values())
    rows: list[list[Any]] = [[None, "", None, None, None, 5, None, ""]]
    for i in range(longest):
        rows.append([VALUES[k][i] if i < len(VALUES[k]) and (i + len(k)) % 5 else
                     (None if i % 2 else "") for k in KINDS])
        rows.append([VALUES[k][i % len(VALUES[k])] for k in KINDS])
    return rows


def _write(path: Path, as_xml: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as m:
        if not as_xml:
            m.setattr(cells, "attach", lambda ws: False)
        wb = thai_workbook()
        cols = [Col(f"หัว {k}", k) for k in KINDS]
        write_table(wb.create_sheet("ตาราง"), cols, _rows(), lead_rows=[["หัวเรื่อง"], [None, "x"]], title="ทดสอบ")
        write_table(wb.create_sheet("ว่าง"), cols, [], title="ว่าง")
        write_table(wb.create_sheet("ข้อความ"), [Col("ก"), Col("ข", LONG)], [["a", "b"], [None, "c\nd"], ["", None]])
        save_atomically(wb, path)


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        # the file's creation time is the only part that may differ
        return {n: z.read(n) for n in z.namelist() if n != "docProps/core.xml"}


def test_the_sheet_stream_is_taken_over_here(tmp_path: Path) -> None:
    """Otherwise the comparisons below compare openpyxl with itself."""
    wb = thai_workbook()
    assert sheet_xml.attach(wb.create_sheet("x"))
    save_atomically(wb, tmp_path / "x.xlsx")


@pytest.mark.parametrize("batch", [64, 3, 1])
def test_rows_as_xml_are_what_openpyxl_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, batch: int) -> None:
    """(The rows of XML are written a batch at a time: one ends among rows openpyxl
    writes, and at the end of the table.)"""
    monkeypatch.setattr(sheet_xml, "_BATCH", batch)
    _write(tmp_path / "xml.xlsx", True, monkeypatch)
    _write(tmp_path / "openpyxl.xlsx", False, monkeypatch)
    fast, slow = _parts(tmp_path / "xml.xlsx"), _parts(tmp_path / "openpyxl.xlsx")
    assert fast.keys() == slow.keys()
    for name in slow:
        assert fast[name] == slow[name], name
    assert b'xml:space="preserve"' in slow["xl/worksheets/sheet1.xml"]
    assert b' ht="' in slow["xl/worksheets/sheet1.xml"]  # rows grown for wrapped text


@pytest.fixture(scope="module")
def demo_month(tmp_path_factory: pytest.TempPathFactory) -> Any:
    QCoreApplication.instance() or QCoreApplication([])
    i18n.install("th")
    db = Database.open(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    generate_demo(db, today=TODAY)
    try:
        yield collect_month(db, 2026, 10, now=datetime(2026, 11, 22, 1, tzinfo=UTC))
    finally:
        db.close()


def test_the_monthly_workbook_is_what_openpyxl_writes(demo_month: Any, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Every visible sheet of a demo month, cell for cell, style for style."""
    def hidden(wb: Any) -> int:
        return 0

    wb, _count = build_workbook(demo_month, hidden)
    save_atomically(wb, tmp_path / "xml.xlsx")
    with monkeypatch.context() as m:
        m.setattr(cells, "attach", lambda ws: False)
        wb, _count = build_workbook(demo_month, hidden)
        save_atomically(wb, tmp_path / "openpyxl.xlsx")
    fast, slow = _parts(tmp_path / "xml.xlsx"), _parts(tmp_path / "openpyxl.xlsx")
    assert fast.keys() == slow.keys()
    assert len([n for n in slow if n.startswith("xl/worksheets/sheet")]) == 21
    for name in slow:
        assert fast[name] == slow[name], name


def test_display_width_counts_what_it_did() -> None:
    """Its remembered table agrees with asking ``unicodedata`` for every character."""
    def reference(text: str) -> int:
        longest = max((line for line in text.split("\n")), key=len, default="")
        return sum(0 if unicodedata.combining(ch) or unicodedata.category(ch) == "Mn" else 1 for ch in longest)

    for code in (*range(0xD800), *range(0xE000, 0x10000), 0x1D165, 0x1F600, 0xE0100):
        assert display_width(chr(code)) == reference(chr(code)), hex(code)
    for text in ("", "\n", "ที่เยี่ยม", "ab\nกี่\nเยี่ยมเยียน", "e\u0301\u0301x", "เครื่องจักสาน ผ้าไหม\n\n\nx"):
        assert display_width(text) == reference(text), text
