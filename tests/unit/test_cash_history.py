"""The whole cash book in one sheet: every entry once, BE dates, money as numbers, in order."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select

from otop_desk import cli, i18n
from otop_desk.db.database import Database
from otop_desk.db.models import CashEntry
from otop_desk.domain.enums import CashCategory, EntryKind
from otop_desk.domain.money import Money
from otop_desk.reports.workbook import ExportCancelled
from otop_desk.reports.workbook.cash_history import write_cash_history
from otop_desk.reports.workbook.cells import BE_DATE, MONEY
from otop_desk.services import Services
from otop_desk.services.books import EntryData
from otop_desk.services.groups import GroupData
from tests.conftest import MakeDb
from tests.unit.workbook_checks import (
    assert_rows_hold_thai_marks,
    assert_sizes_stated,
    assert_thai_fonts,
)


@pytest.fixture(autouse=True)
def thai() -> None:
    if QCoreApplication.instance() is None:
        QCoreApplication([])
    i18n.install("th")


def two_groups(db: Database) -> tuple[Any, Any]:
    services = Services(db)
    # Dictionary order: ไ is written first but sorted under its consonant, so ไก่ comes before ข.
    kai = services.groups.save(GroupData(name="ไก่บ้านสามัคคี"))
    khao = services.groups.save(GroupData(name="ข้าวหอมบ้านนา"))
    for gid, day, kind, category, baht, text in (
        (khao, date(2025, 3, 1), EntryKind.INCOME, CashCategory.SHOP_SALES, "1,500.25", "ขายข้าว"),
        (kai, date(2026, 1, 5), EntryKind.EXPENSE, CashCategory.RAW_MATERIALS, "300", "=SUM(A1:A2)"),
        (kai, date(2024, 12, 31), EntryKind.INCOME, CashCategory.SHOP_SALES, "0.10", "ขายไข่"),
    ):
        services.books.save_entry(EntryData(group_id=gid, entry_date=day, kind=kind, category=category,
                                            amount=Money.parse(baht), description=text),
                                  allow_exported=True)
    return kai, khao


def sheet_rows(path: Path) -> list[tuple[Any, ...]]:
    ws = openpyxl.load_workbook(path).worksheets[0]
    return list(ws.iter_rows(values_only=True))


def test_every_entry_in_group_and_date_order(db: Database, tmp_path: Path) -> None:
    two_groups(db)
    path = tmp_path / "สมุดเงินสด.xlsx"
    assert write_cash_history(db, path) == 3
    header, *rows = sheet_rows(path)
    assert header[:2] == ("วันที่", "กลุ่ม")
    assert [(r[1], r[0].date()) for r in rows] == [
        ("ไก่บ้านสามัคคี", date(2024, 12, 31)), ("ไก่บ้านสามัคคี", date(2026, 1, 5)),
        ("ข้าวหอมบ้านนา", date(2025, 3, 1)),
    ]
    income, expense = rows[2][7], rows[1][8]
    assert Decimal(str(income)) == Decimal("1500.25") and Decimal(str(expense)) == Decimal("300")
    assert rows[1][4] == "=SUM(A1:A2)"  # typed text stays text, never a formula
    ws = openpyxl.load_workbook(path).worksheets[0]
    assert ws["A2"].number_format == BE_DATE and ws["H4"].number_format == MONEY
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:I4"


def test_one_group_only(db: Database, tmp_path: Path) -> None:
    _kai, khao = two_groups(db)
    assert write_cash_history(db, tmp_path / "one.xlsx", group_id=khao) == 1
    assert [r[1] for r in sheet_rows(tmp_path / "one.xlsx")[1:]] == ["ข้าวหอมบ้านนา"]


def test_cancel_leaves_no_file(db: Database, tmp_path: Path) -> None:
    two_groups(db)
    path = tmp_path / "x.xlsx"
    with pytest.raises(ExportCancelled):
        write_cash_history(db, path, progress=lambda done, total: False)
    assert list(tmp_path.iterdir()) == []


def test_cli_writes_the_cash_book_of_every_group(file_db: Database, tmp_path: Path, capsys: Any) -> None:
    two_groups(file_db)
    with file_db.read() as s:
        total = s.scalar(select(func.count()).select_from(CashEntry))
    out = tmp_path / "all.xlsx"
    assert cli.main(["export-cash-book", "--db", str(file_db.target), "--out", str(out)]) == 0
    assert f"{total} entries" in capsys.readouterr().out
    assert len(sheet_rows(out)) == total + 1


def test_any_spreadsheet_program_shows_the_thai(db: Database, tmp_path: Path) -> None:
    two_groups(db)
    path = tmp_path / "cash.xlsx"
    write_cash_history(db, path)
    assert_thai_fonts(path)
    assert_sizes_stated(path)
    assert_rows_hold_thai_marks(path)


def test_the_stated_size_holds_when_an_entry_is_added_meanwhile(make_db: MakeDb, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """The window keeps working while the export runs in its own process: an entry saved
    between counting the rows and writing them must not make the sheet state a wrong size."""
    db = make_db()
    kai, _khao = two_groups(db)
    other = Database.open(db.target)
    import otop_desk.reports.workbook.cash_history as history

    start_table = history.start_table

    def meanwhile(*args: Any, **kwargs: Any) -> Any:
        Services(other).books.save_entry(EntryData(
            group_id=kai, entry_date=date(2026, 2, 1), kind=EntryKind.INCOME, category=CashCategory.SHOP_SALES,
            amount=Money.parse("5"), description="ขายระหว่างส่งออก"), allow_exported=True)
        return start_table(*args, **kwargs)

    monkeypatch.setattr(history, "start_table", meanwhile)
    path = tmp_path / "cash.xlsx"
    written = write_cash_history(db, path)
    other.close()
    assert_sizes_stated(path)
    assert len(sheet_rows(path)) == written + 1
