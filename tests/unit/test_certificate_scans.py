"""A certificate's scan or photo: attached to the certificate (its product's group named
too), counted in the register's lists, kept apart from the product's and the group's own
photos, gone with its certificate through the change log, and exchanged with its file."""

from __future__ import annotations

import uuid
import zipfile
from datetime import date
from pathlib import Path

import pytest

from otop_desk.db.database import Database
from otop_desk.db.log_check import mismatches
from otop_desk.db.models import ChangeLog, Photo
from otop_desk.domain.errors import ValidationError
from otop_desk.domain.photos import PhotoKind
from otop_desk.domain.register.vocab import CertificateKind
from otop_desk.exchange import photo_archive
from otop_desk.exchange.jobs import export_month, import_workbooks
from otop_desk.services import Services
from otop_desk.services.groups import GroupData, ProductData
from otop_desk.services.photos import NewPhoto, Owner, PhotoEdits
from otop_desk.services.register import CertificateData
from tests.conftest import MakeDb
from tests.photo_helpers import write_jpeg
from tests.unit.workbook_helpers import device

TODAY = date(2026, 11, 22)


def _certificate(services: Services) -> tuple[uuid.UUID, uuid.UUID, Owner]:
    """A group, its product and the product's FDA number; the certificate as a photo owner."""
    group = services.groups.save(GroupData(name="กลุ่มน้ำพริกบ้านโนน", products=[ProductData(name="น้ำพริกเผา")]))
    product = services.groups.get(group).products[0].id
    assert product is not None
    certificate = services.register.save_certificate(CertificateData(
        product_id=product, kind=CertificateKind.FDA_PRODUCT, number="4020156220015", issuer="สสจ.ขอนแก่น",
        issue_date=date(2024, 1, 10), expiry_date=date(2027, 1, 9)), today=TODAY)
    return group, product, Owner("product_certificate", certificate)


def test_a_scan_is_attached_to_a_certificate_and_counted_in_the_register(db: Database, tmp_path: Path) -> None:
    services = Services(db)
    group, product, owner = _certificate(services)
    result = services.photos.attach(owner, [write_jpeg(tmp_path / "scan-fda.jpg", seed=4)], caption="ใบ อย.")
    assert len(result.added) == 1 and not result.refused
    [scan] = services.photos.rows(owner)
    assert (scan.kind, scan.caption, scan.file_name) == (PhotoKind.DOCUMENT, "ใบ อย.", "scan-fda.jpg")
    with db.read() as s:
        photo = s.get(Photo, scan.id)
        assert photo is not None
        # it reaches its group through the product, like the group's other records
        assert (photo.certificate_id, photo.group_id, photo.product_id) == (owner.id, group, None)
    [row] = services.register.certificates(product_id=product, today=TODAY)
    assert row.scans == 1
    assert services.register.register(product, today=TODAY).certificates[0].scans == 1
    # neither a product photo nor a photo of the group's production site
    assert services.photos.rows(Owner("product", product)) == []
    assert services.photos.rows(Owner("producer_group", group)) == []
    assert services.photos.product_photo(group) is None
    # found by a beginning of its id, as ``attach --to certificate`` finds it
    assert services.photos.find_owner("product_certificate", owner.id.hex[:8]) == owner
    with db.read() as s:
        assert mismatches(s) == []


def test_a_certificate_takes_only_document_scans(db: Database, tmp_path: Path) -> None:
    services = Services(db)
    _group, _product, owner = _certificate(services)
    staged = services.photos.stage(write_jpeg(tmp_path / "a.jpg"))
    with pytest.raises(ValidationError):
        services.photos.apply(owner, PhotoEdits(added=[NewPhoto(staged, PhotoKind.PRODUCT)]))
    assert services.photos.count(owner) == 0


def test_a_deleted_certificate_takes_its_scans_along_through_the_change_log(db: Database, tmp_path: Path) -> None:
    """As a deleted visit's photos go: by the reference's cascade, each deletion logged
    (so the exchange deletes them elsewhere too)."""
    services = Services(db)
    _group, product, owner = _certificate(services)
    [scan_id] = services.photos.attach(owner, [write_jpeg(tmp_path / "scan.jpg", seed=5)]).added
    assert owner.id is not None
    services.register.delete_certificate(owner.id)
    assert services.register.certificates(product_id=product, today=TODAY) == []
    with db.read() as s:
        assert s.get(Photo, scan_id) is None
        logged = s.query(ChangeLog).filter_by(table_name="photo", record_id=scan_id, kind="delete").count()
        assert logged == 1
        assert mismatches(s) == []


def test_a_certificate_scan_travels_with_the_month_workbook(tmp_path: Path, make_db: MakeDb) -> None:
    officer = device(tmp_path / "officer.sqlite3")
    _group, _product, owner = _certificate(Services(officer))
    Services(officer).photos.attach(owner, [write_jpeg(tmp_path / "scan.jpg", seed=6)], caption="ใบ อย.")
    [scan] = Services(officer).photos.rows(owner)
    book = tmp_path / "out" / "พย-2569.xlsx"
    book.parent.mkdir()
    assert export_month(officer, 2026, 11, book).photos == 1
    with zipfile.ZipFile(photo_archive.archive_path(book)) as z:
        assert f"{scan.sha256}.jpg" in z.namelist()
    office = make_db("office")
    import_workbooks(office, [book])
    [arrived] = Services(office).photos.rows(owner)
    assert (arrived.id, arrived.kind, arrived.caption) == (scan.id, PhotoKind.DOCUMENT, "ใบ อย.")
    assert Services(office).photos.read(arrived.sha256) == Services(officer).photos.read(scan.sha256)
    officer.close()
