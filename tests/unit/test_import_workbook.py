"""Merging workbooks at the office: round trip, idempotence, conflicts, refusals."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication

from otop_desk.db.database import Database
from otop_desk.reports.workbook import WorkbookRefused, export_month, import_workbooks
from otop_desk.services.demo import generate_demo
from otop_desk.services.merge import THEIRS
from otop_desk.ui import i18n
from tests.conftest import MakeDb
from tests.unit.workbook_helpers import TODAY, group_name, set_group, small_db, snapshot, stamp


@pytest.fixture(scope="module", autouse=True)
def thai() -> None:
    if QCoreApplication.instance() is None:
        QCoreApplication([])
    i18n.install("th")


@pytest.fixture(scope="module")
def demo_export(tmp_path_factory: pytest.TempPathFactory) -> tuple[Database, Path]:
    db = Database.open(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    generate_demo(db, today=TODAY)
    path = tmp_path_factory.mktemp("out") / "otop-2569-10.xlsx"
    export_month(db, 2026, 10, path)
    return db, path


def test_round_trip_into_an_empty_database_and_idempotent_reimport(
        demo_export: tuple[Database, Path], tmp_path: Path, make_db: MakeDb) -> None:
    source, path = demo_export
    office = make_db("office")  # SQLite file or PostgreSQL server, as the test is run
    report = import_workbooks(office, [path])
    assert report.added_total > 1000 and not report.conflicts
    mine, theirs = snapshot(source), snapshot(office)
    for name, rows in theirs.items():
        if isinstance(rows, dict):
            assert rows == {k: mine[name][k] for k in rows}, name  # same values and stamps
    assert set(theirs["cash_entry"]) == {
        k for k, (_s, v) in mine["cash_entry"].items() if v["entry_date"].strftime("%Y-%m") == "2026-10"}
    # Totals: the office's own export of October matches the officer's.
    again = tmp_path / "office-oct.xlsx"
    export_month(office, 2026, 10, again)
    totals = [[c.value for c in row] for row in openpyxl.load_workbook(path)["สรุป"].iter_rows(min_row=13)]
    assert [[c.value for c in row] for row in openpyxl.load_workbook(again)["สรุป"].iter_rows(min_row=13)] == totals
    before = snapshot(office)
    second = import_workbooks(office, [path])
    assert not second.changed and second.unchanged == report.added_total
    assert snapshot(office) == before


def test_changes_flow_and_conflicts_are_reported_never_overwritten(db: Database, tmp_path: Path,
                                                                   make_db: MakeDb) -> None:
    gid = small_db(db)
    set_group(db, gid, stamp(0))
    office = make_db("office")
    first = tmp_path / "1.xlsx"
    export_month(db, 2026, 11, first, now=stamp(1))
    import_workbooks(office, [first])

    # Changed only by the officer: the office takes it.
    set_group(db, gid, stamp(10), name="กลุ่มทอผ้า (แก้ชื่อ)")
    export_month(db, 2026, 11, tmp_path / "2.xlsx", now=stamp(11))
    report = import_workbooks(office, [tmp_path / "2.xlsx"])
    assert report.updated == {"producer_group": 1} and group_name(office, gid) == "กลุ่มทอผ้า (แก้ชื่อ)"

    # An old workbook imported late changes nothing.
    assert import_workbooks(office, [first]).older == 1
    assert group_name(office, gid) == "กลุ่มทอผ้า (แก้ชื่อ)"

    # Changed only at the office: kept.
    set_group(office, gid, stamp(20), notes="บันทึกของอำเภอ")
    assert import_workbooks(office, [tmp_path / "2.xlsx"]).kept_mine == 1

    # Changed on both sides since they last met: a conflict, nothing overwritten.
    set_group(db, gid, stamp(30), name="ชื่อจากพัฒนากร")
    export_month(db, 2026, 11, tmp_path / "3.xlsx", now=stamp(31))
    before = snapshot(office)
    report = import_workbooks(office, [tmp_path / "3.xlsx"])
    assert [(c.table, c.id) for c in report.conflicts] == [("producer_group", gid)]
    assert ("name", "กลุ่มทอผ้า (แก้ชื่อ)", "ชื่อจากพัฒนากร") in report.conflicts[0].differences
    assert snapshot(office) == before
    # A person chooses theirs; importing the same file again is then no conflict.
    report = import_workbooks(office, [tmp_path / "3.xlsx"], resolutions={("producer_group", gid): THEIRS})
    assert report.updated == {"producer_group": 1} and group_name(office, gid) == "ชื่อจากพัฒนากร"
    again = import_workbooks(office, [tmp_path / "3.xlsx"])
    assert not again.conflicts and not again.changed


def test_keep_mine_is_remembered(db: Database, tmp_path: Path, make_db: MakeDb) -> None:
    gid = small_db(db)
    set_group(db, gid, stamp(0))
    office = make_db("office")
    export_month(db, 2026, 11, tmp_path / "1.xlsx", now=stamp(1))
    import_workbooks(office, [tmp_path / "1.xlsx"])
    set_group(office, gid, stamp(5), name="ของอำเภอ")
    set_group(db, gid, stamp(6), name="ของพัฒนากร")
    export_month(db, 2026, 11, tmp_path / "2.xlsx", now=stamp(7))
    assert import_workbooks(office, [tmp_path / "2.xlsx"], prefer="mine").kept_mine == 1
    assert group_name(office, gid) == "ของอำเภอ"
    assert not import_workbooks(office, [tmp_path / "2.xlsx"]).conflicts


def test_bad_workbooks_are_refused_and_the_database_is_unchanged(
        demo_export: tuple[Database, Path], tmp_path: Path) -> None:
    _source, path = demo_export
    office = Database.open(tmp_path / "office.sqlite3")
    import_workbooks(office, [path])
    before = snapshot(office)

    plain = tmp_path / "plain.xlsx"
    openpyxl.Workbook().save(plain)
    garbage = tmp_path / "garbage.xlsx"
    garbage.write_bytes(b"PK\x03\x04 not really a zip")
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2])
    changed = tmp_path / "changed.xlsx"
    shutil.copy(path, changed)
    wb = openpyxl.load_workbook(changed)
    ws = wb["_records"]
    values = json.loads(ws["E2"].value)
    values["name"] = "แก้ในไฟล์"
    ws["E2"].value = json.dumps(values, ensure_ascii=False)
    wb.save(changed)

    for bad, words in ((plain, "ไม่ใช่ไฟล์"), (garbage, "ไม่ใช่ไฟล์"), (truncated, ""),
                       (changed, "เสียหาย")):
        with pytest.raises(WorkbookRefused) as refused:
            import_workbooks(office, [path, bad])
        assert bad.name in i18n.error_text(refused.value) and words in i18n.error_text(refused.value)
    assert snapshot(office) == before


def test_a_newer_format_is_refused(demo_export: tuple[Database, Path], tmp_path: Path) -> None:
    _source, path = demo_export
    newer = tmp_path / "newer.xlsx"
    shutil.copy(path, newer)
    wb = openpyxl.load_workbook(newer)
    meta = wb["_meta"]
    row = next(r for r in meta.iter_rows() if r[0].value == "format_version")
    row[1].value = "99"
    wb.save(newer)
    office = Database.memory()
    with pytest.raises(WorkbookRefused) as refused:
        import_workbooks(office, [newer])
    assert "รุ่นที่ใหม่กว่า" in i18n.error_text(refused.value)


def test_cli_import_creates_the_database_and_reports_conflicts(db: Database, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    from otop_desk.cli import main

    gid = small_db(db)
    set_group(db, gid, stamp(0))
    export_month(db, 2026, 11, tmp_path / "1.xlsx", now=stamp(1))
    target = tmp_path / "fresh" / "office.sqlite3"
    assert main(["import", "--db", str(tmp_path / "nope.sqlite3"), str(tmp_path / "missing.xlsx")]) == 2
    assert not (tmp_path / "nope.sqlite3").exists()  # a refused import creates nothing
    assert main(["import", "--db", str(target), str(tmp_path / "1.xlsx")]) == 0
    office = Database.open(target)
    set_group(office, gid, stamp(5), name="ของอำเภอ")
    office.close()
    set_group(db, gid, stamp(6), name="ของพัฒนากร")
    export_month(db, 2026, 11, tmp_path / "2.xlsx", now=stamp(7))
    assert main(["import", "--db", str(target), str(tmp_path / "2.xlsx")]) == 1
    assert "CONFLICTS: 1" in capsys.readouterr().err
    assert main(["import", "--db", str(target), "--prefer", "theirs", str(tmp_path / "2.xlsx")]) == 0
    office = Database.open(target)
    assert group_name(office, gid) == "ของพัฒนากร"
    office.close()
