"""Photos travel with the exchange: an archive beside the workbook, matched by hash,
each photo added once; a damaged, foreign or missing archive refuses the import with
the database unchanged; a privacy export leaves out photos not cleared for sharing."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from otop_desk import i18n
from otop_desk.db.database import Database
from otop_desk.domain.photos import Consent
from otop_desk.exchange import photo_archive
from otop_desk.exchange.jobs import export_month, import_workbooks
from otop_desk.exchange.workbook import WorkbookRefused
from otop_desk.services import Services
from otop_desk.services.photos import Owner, PhotoChange, PhotoEdits
from otop_desk.services.photos.storage import store_for
from tests.conftest import MakeDb
from tests.photo_helpers import make_visit, write_jpeg
from tests.unit.workbook_helpers import device, snapshot


@pytest.fixture(scope="module", autouse=True)
def thai() -> None:
    i18n.install("th")


def _officer(tmp_path: Path) -> tuple[Database, Owner]:
    officer = device(tmp_path / "officer.sqlite3")
    owner = make_visit(officer)
    photos = Services(officer).photos
    photos.attach(owner, [write_jpeg(tmp_path / f"IMG_{n}.JPG", seed=n) for n in (1, 2, 3)],
                  caption="ประชุมกลุ่ม")
    first, second, _third = photos.rows(owner)
    # one shows people up close with consent, one without: not cleared
    photos.apply(owner, PhotoEdits(changed={first.id: PhotoChange("ผู้นำกลุ่ม", True, Consent.GIVEN),
                                            second.id: PhotoChange("สมาชิกกลุ่ม", True, Consent.NOT_ASKED)}))
    return officer, owner


def _stored(db: Database) -> set[str]:
    return set(store_for(db).sizes())


def test_a_month_with_photos_goes_into_an_empty_office_database(tmp_path: Path, make_db: MakeDb) -> None:
    officer, owner = _officer(tmp_path)
    book = tmp_path / "out" / "พย-2569-มณี.xlsx"
    book.parent.mkdir()
    result = export_month(officer, 2026, 11, book)
    archive = book.with_name("พย-2569-มณี-photos.zip")
    assert result.photos == 3 and archive.is_file()
    with zipfile.ZipFile(archive) as z:
        assert len([n for n in z.namelist() if n.endswith(".jpg")]) == 3
    office = make_db("office")
    import_workbooks(office, [book])
    rows = Services(office).photos.rows(owner)
    assert [r.caption for r in rows] == ["ผู้นำกลุ่ม", "สมาชิกกลุ่ม", "ประชุมกลุ่ม"]
    assert _stored(office) == {r.sha256 for r in rows} and Services(office).photos.check(sample=None) == []
    # again: nothing new, nothing copied twice
    before = snapshot(office)
    import_workbooks(office, [book])
    assert snapshot(office) == before and len(_stored(office)) == 3
    officer.close()


def test_a_privacy_export_leaves_out_photos_not_cleared(tmp_path: Path, make_db: MakeDb) -> None:
    officer, owner = _officer(tmp_path)
    book = tmp_path / "privacy.xlsx"
    result = export_month(officer, 2026, 11, book, without_personal_data=True)
    assert result.photos == 2
    uncleared = next(r for r in Services(officer).photos.rows(owner) if not r.cleared)
    with zipfile.ZipFile(photo_archive.archive_path(book)) as z:
        assert f"{uncleared.sha256}.jpg" not in z.namelist()
        assert json.loads(z.read(photo_archive.MANIFEST))["withheld"] == [uncleared.sha256]
    office = make_db("office")
    import_workbooks(office, [book])
    assert len(Services(office).photos.rows(owner)) == 3 and uncleared.sha256 not in _stored(office)
    # withheld by the sender: not a missing photo at the office
    assert Services(office).photos.check(sample=None) == []
    officer.close()


def _refused_unchanged(office: Database, book: Path, match: str) -> None:
    before, files = snapshot(office), _stored(office)
    with pytest.raises(WorkbookRefused) as refused:
        import_workbooks(office, [book])
    assert match in refused.value.translated(i18n.translate)
    assert snapshot(office) == before and _stored(office) == files


def test_a_damaged_archive_is_refused_with_the_database_unchanged(tmp_path: Path) -> None:
    officer, _owner = _officer(tmp_path)
    book = tmp_path / "a.xlsx"
    export_month(officer, 2026, 11, book)
    archive = photo_archive.archive_path(book)
    data = bytearray(archive.read_bytes())
    at = data.find(b"\xff\xd8") + 5000  # inside the first photo's bytes (stored, not compressed)
    data[at] ^= 0xFF
    archive.write_bytes(bytes(data))
    office = device(tmp_path / "office.sqlite3")
    _refused_unchanged(office, book, "เสียหาย")
    archive.write_bytes(b"PK\x03\x04 not a zip at all")
    _refused_unchanged(office, book, "เสียหาย")
    officer.close()
    office.close()


def test_a_foreign_or_missing_archive_is_refused(tmp_path: Path) -> None:
    officer, owner = _officer(tmp_path)
    first = tmp_path / "first.xlsx"
    export_month(officer, 2026, 11, first)
    Services(officer).photos.attach(owner, [write_jpeg(tmp_path / "IMG_9.JPG", seed=9)])
    second = tmp_path / "second.xlsx"
    export_month(officer, 2026, 11, second)
    office = device(tmp_path / "office.sqlite3")
    # the first export's archive beside the second workbook: another workbook's
    shutil.copy(photo_archive.archive_path(first), photo_archive.archive_path(second))
    _refused_unchanged(office, second, "ไม่ใช่ของ")
    photo_archive.archive_path(second).unlink()
    _refused_unchanged(office, second, "ไม่ได้อยู่")
    officer.close()
    office.close()


def test_an_archive_with_a_path_or_an_unlisted_file_is_refused(tmp_path: Path) -> None:
    officer, _owner = _officer(tmp_path)
    book = tmp_path / "a.xlsx"
    export_month(officer, 2026, 11, book)
    archive = photo_archive.archive_path(book)
    with zipfile.ZipFile(archive, "a") as z:
        z.writestr("../../evil.jpg", b"\xff\xd8 not listed")
    office = device(tmp_path / "office.sqlite3")
    _refused_unchanged(office, book, "เสียหาย")
    assert not (tmp_path.parent / "evil.jpg").exists()
    officer.close()
    office.close()
