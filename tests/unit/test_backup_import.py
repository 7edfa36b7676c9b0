"""An import is preceded by a backup; crafted and damaged workbooks change nothing."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from otop_desk import i18n
from otop_desk.db import backup as files
from otop_desk.db.database import Database
from otop_desk.exchange.jobs import export_month, import_workbooks
from otop_desk.exchange.workbook import WorkbookRefused
from otop_desk.services import Services
from otop_desk.services.check import record_counts
from tests.unit.workbook_helpers import small_db

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">&lol4;</workbook>"""


@pytest.fixture(scope="module", autouse=True)
def thai() -> None:
    if QCoreApplication.instance() is None:
        QCoreApplication([])
    i18n.install("th")


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    source = Database.open(tmp_path / "field.sqlite3")
    small_db(source)
    path = tmp_path / "otop-2569-11.xlsx"
    export_month(source, 2026, 11, path)
    source.close()
    return path


def test_import_is_preceded_by_a_backup(workbook: Path, tmp_path: Path) -> None:
    office = Database.open(tmp_path / "office.sqlite3")
    Services(office).groups.rows()
    import_workbooks(office, [workbook], dry_run=True)
    assert files.list_backups(tmp_path / "backups", office.path) == []  # type: ignore[arg-type]
    import_workbooks(office, [workbook])
    made = files.list_backups(tmp_path / "backups", office.path)  # type: ignore[arg-type]
    assert [b.reason for b in made] == ["import"]
    office.close()


def _crafted(tmp_path: Path, workbook: Path, kind: str) -> Path:
    path = tmp_path / f"{kind}.xlsx"
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "random":
        path.write_bytes(os.urandom(50_000))
    elif kind == "truncated":
        path.write_bytes(workbook.read_bytes()[: workbook.stat().st_size // 2])
    elif kind == "entities":
        with zipfile.ZipFile(workbook) as src, zipfile.ZipFile(path, "w") as dst:
            for item in src.infolist():
                data = BILLION_LAUGHS.encode() if item.filename == "xl/workbook.xml" else src.read(item)
                dst.writestr(item, data)
    elif kind == "zipbomb":
        with zipfile.ZipFile(workbook) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
            for item in src.infolist():
                if item.filename.startswith("xl/worksheets/sheet1"):
                    # 256 MB of zeros packed into a few hundred KB: past the 200 MB limit
                    with dst.open(item.filename, "w", force_zip64=True) as out:
                        chunk = b"0" * (1 << 20)
                        for _ in range(256):
                            out.write(chunk)
                else:
                    dst.writestr(item, src.read(item))
    return path


@pytest.mark.parametrize("kind", ["empty", "random", "truncated", "entities", "zipbomb"])
def test_crafted_workbooks_are_refused_and_change_nothing(workbook: Path, tmp_path: Path, kind: str) -> None:
    office = Database.open(tmp_path / "office.sqlite3")
    before = record_counts(office)
    with pytest.raises(WorkbookRefused) as caught:
        import_workbooks(office, [_crafted(tmp_path, workbook, kind)])
    assert caught.value.english()
    assert record_counts(office) == before
    office.close()
