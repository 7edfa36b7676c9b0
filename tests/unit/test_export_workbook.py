"""The monthly workbook: sheets for people, hidden data for machines, the upload queue."""

from __future__ import annotations

import re
import zipfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import openpyxl.xml
import pytest
from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select

from otop_desk import i18n
from otop_desk.db.database import Database
from otop_desk.db.models import CashEntry, ExportBatch
from otop_desk.demo import generate_demo
from otop_desk.domain.enums import EntryKind
from otop_desk.domain.money import Money
from otop_desk.exchange.jobs import export_month
from otop_desk.reports.workbook import ExportCancelled
from otop_desk.reports.workbook.cells import BE_DATE, MONEY
from otop_desk.services.exports import ExportService
from tests.unit.workbook_checks import (
    assert_rows_hold_thai_marks,
    assert_sizes_stated,
    assert_thai_fonts,
)
from tests.unit.workbook_helpers import TODAY, set_group, small_db, stamp


@pytest.fixture(scope="module")
def thai(qapp_module: QCoreApplication) -> None:
    i18n.install("th")


@pytest.fixture(scope="module")
def qapp_module() -> QCoreApplication:
    return QCoreApplication.instance() or QCoreApplication([])


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, thai: None) -> tuple[Database, Path]:
    db = Database.open(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    generate_demo(db, today=TODAY)
    path = tmp_path_factory.mktemp("out") / "otop-2569-10.xlsx"
    export_month(db, 2026, 10, path)
    return db, path


def dec(value: object) -> Decimal:
    return Decimal(str(value))


def test_reading_workbooks_uses_defusedxml() -> None:
    assert openpyxl.xml.DEFUSEDXML is True


def test_dates_are_real_date_cells_shown_in_be(demo: tuple[Database, Path]) -> None:
    wb = openpyxl.load_workbook(demo[1])
    visits = wb["การเยี่ยม"]
    assert visits["A1"].value == "วันที่เยี่ยม"
    cell = visits["A2"]
    assert isinstance(cell.value, datetime) and cell.value.month == 10
    assert cell.number_format == BE_DATE
    assert visits.freeze_panes == "A2"
    assert visits.auto_filter.ref.startswith("A1:")
    assert visits.page_setup.orientation == "landscape"
    assert visits.sheet_properties.pageSetUpPr.fitToPage


def test_money_is_numbers_and_summary_totals_equal_the_database(demo: tuple[Database, Path]) -> None:
    db, path = demo
    wb = openpyxl.load_workbook(path)
    summary = {row[0].value: row for row in wb["สรุป"].iter_rows() if row[0].value}
    with db.read() as s:
        def total(kind: EntryKind) -> Money:
            return Money(int(s.scalar(select(func.sum(CashEntry.amount)).where(
                CashEntry.kind == kind, CashEntry.entry_date.between(date(2026, 10, 1), date(2026, 10, 31))
            )).satang))
        income, expense = total(EntryKind.INCOME), total(EntryKind.EXPENSE)
    assert dec(summary["รายรับในบัญชี"][2].value) == income.to_decimal()
    assert dec(summary["รายจ่ายในบัญชี"][2].value) == expense.to_decimal()
    assert dec(summary["รายรับสูง(ต่ำ)กว่ารายจ่าย"][2].value) == (income - expense).to_decimal()
    assert summary["รายรับในบัญชี"][2].number_format == MONEY
    assert summary["เดือน"][1].value == "ตุลาคม 2569"
    cash = wb["บัญชีรับ-จ่าย"]
    amounts = [r[7].value for r in cash.iter_rows(min_row=2) if r[7].value is not None]
    assert all(isinstance(a, int | float | Decimal) for a in amounts)
    assert round(sum(Decimal(str(a)) for a in amounts), 2) == income.to_decimal()
    books = wb["บัญชีรายกลุ่ม"]
    for row in books.iter_rows(min_row=2, values_only=True):
        brought, inc, exp, net, closing = (Decimal(str(v)) for v in row[1:6])
        assert net == inc - exp and closing == brought + net


@pytest.mark.parametrize("text", ['=HYPERLINK("http://x","y")', "+66 81 234 5678", "-1+2", "@SUM(A1)"])
def test_user_text_is_never_a_formula(db: Database, tmp_path: Path, text: str, thai: None) -> None:
    gid = small_db(db, name=text)
    set_group(db, gid, stamp(0), leader_name=text)
    path = tmp_path / "x.xlsx"
    export_month(db, 2026, 11, path)
    sheet = openpyxl.load_workbook(path)["กลุ่มผู้ผลิต"]
    assert sheet["A2"].value == text and sheet["A2"].data_type == "s"
    with zipfile.ZipFile(path) as z:
        assert not any("<f>" in z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/"))


def test_cancel_leaves_no_file_and_records_nothing(db: Database, tmp_path: Path, thai: None) -> None:
    small_db(db)
    calls: list[int] = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return len(calls) < 3

    with pytest.raises(ExportCancelled):
        export_month(db, 2026, 11, tmp_path / "x.xlsx", progress=progress)
    assert list(tmp_path.iterdir()) == []
    assert ExportService(db).batches() == []


def test_upload_queue_counts_changes_and_exports_only_them(db: Database, tmp_path: Path, thai: None) -> None:
    first = small_db(db, "กลุ่มแรก")
    small_db(db, "กลุ่มสอง")
    service = ExportService(db)
    assert service.pending().count == 4 and service.pending().since is None
    export_month(db, 2026, 11, tmp_path / "full.xlsx", now=stamp(0))
    assert service.pending().count == 0
    set_group(db, first, stamp(5), notes="แก้ไข")
    assert service.pending().count == 1
    result = export_month(db, 2026, 11, tmp_path / "changes.xlsx", only_changes=True, now=stamp(10))
    # The report lists the changed group; what travels is every change no office has
    # acknowledged yet (none has: no return workbook came back).
    assert result.record_count == 5
    groups = openpyxl.load_workbook(tmp_path / "changes.xlsx")["กลุ่มผู้ผลิต"]
    assert [r[0].value for r in groups.iter_rows(min_row=2)] == ["กลุ่มแรก"]
    batches = service.batches()
    assert [(b.file_name, b.only_changes, b.record_count) for b in batches] == [
        ("changes.xlsx", True, 5), ("full.xlsx", False, 4)]
    service.mark_uploaded(batches[0].id)
    assert service.batches()[0].uploaded_at is not None
    # Exporting a month again is always possible.
    export_month(db, 2026, 11, tmp_path / "full.xlsx", now=stamp(20))
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(ExportBatch)) == 3


_PERSON = re.compile(r"(?:นางสาว|นาย|นาง|คุณ)\S+ \S+")
_PHONE = re.compile(r"0[0-9-]{8,11}")


def _people(db: Database) -> set[str]:
    """Every person's name and phone number in the personal columns (one declaration on
    the models), a phone also without its dashes. Roles and agencies typed in those
    columns ("ประธานกลุ่ม", an office's name) are not people and are not looked for."""
    from otop_desk.db.base import Base

    found: set[str] = set()
    with db.read() as s:
        for table in Base.metadata.sorted_tables:
            for column in table.columns:
                if column.info.get("personal"):
                    for value in s.scalars(select(column)):
                        found |= set(_PERSON.findall(value or "")) | set(_PHONE.findall(value or ""))
    return found | {v.replace("-", "") for v in found if _PHONE.fullmatch(v)}


def test_a_privacy_export_holds_no_name_or_phone_in_any_part(demo: tuple[Database, Path],
                                                             tmp_path: Path) -> None:
    """Members, participants, leaders, officers, counterparties, responsible persons:
    none of them in any sheet, the hidden data or the metadata of the file."""
    db, _path = demo
    people = _people(db)
    assert len(people) > 300
    path = tmp_path / "x.xlsx"
    export_month(db, 2026, 10, path, without_personal_data=True)
    with zipfile.ZipFile(path) as z:
        xml = "".join(z.read(n).decode() for n in z.namelist() if n.endswith((".xml", ".rels")))
    leaked = sorted(p for p in people if p in xml)
    assert not leaked, leaked[:10]
    full = tmp_path / "full.xlsx"
    export_month(db, 2026, 10, full)
    with zipfile.ZipFile(full) as z:
        xml = "".join(z.read(n).decode() for n in z.namelist() if n.endswith(".xml"))
    assert sum(p in xml for p in people) > 100  # the same check finds them where they belong
    assert ExportService(db).batches()[-1].without_personal_data is False


def test_cli_export_takes_a_be_month(tmp_path: Path) -> None:
    from otop_desk.cli import main

    db = Database.open(tmp_path / "d.sqlite3")
    small_db(db)
    db.close()
    out = tmp_path / "x.xlsx"
    assert main(["export", "--db", str(tmp_path / "d.sqlite3"), "--month", "2569-11", "--out", str(out)]) == 0
    wb = openpyxl.load_workbook(out)
    assert wb["สรุป"]["B7"].value == "พฤศจิกายน 2569"
    assert main(["export", "--db", str(tmp_path / "d.sqlite3"), "--month", "13-2569", "--out", str(out)]) == 2


def test_the_cli_export_keeps_the_collector_out_and_restores_it(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """From its imports to its end the export makes objects and little garbage: the
    collector waits, and is as it was afterwards (refused or done)."""
    import gc

    from otop_desk.cli import main
    from otop_desk.exchange import jobs

    seen: list[bool] = []
    real = jobs.export_month

    def export(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(jobs, "export_month", export)
    db = Database.open(tmp_path / "d.sqlite3")
    small_db(db)
    db.close()
    assert gc.isenabled()
    assert main(["export", "--db", str(tmp_path / "d.sqlite3"), "--month", "2569-11",
                 "--out", str(tmp_path / "x.xlsx")]) == 0
    assert seen == [False] and gc.isenabled()
    assert main(["export", "--db", str(tmp_path / "d.sqlite3"), "--month", "13-2569",
                 "--out", str(tmp_path / "x.xlsx")]) == 2
    assert gc.isenabled()


def test_any_spreadsheet_program_shows_the_thai(demo: tuple[Database, Path]) -> None:
    path = demo[1]
    assert_thai_fonts(path)
    assert_sizes_stated(path)
    assert_rows_hold_thai_marks(path)


def test_the_summary_prints_on_one_a4_page(demo: tuple[Database, Path]) -> None:
    summary = openpyxl.load_workbook(demo[1])["สรุป"]
    setup = summary.page_setup
    assert int(setup.paperSize) == int(summary.PAPERSIZE_A4) and setup.orientation == "portrait"
    assert summary.sheet_properties.pageSetUpPr.fitToPage
    assert (setup.fitToWidth, setup.fitToHeight) == (1, 1)
