"""Photos: read with Pillow, kept small and by hash, attached to records, logged for the exchange."""

from __future__ import annotations

import io
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image

from otop_desk.db.database import Database
from otop_desk.db.log_check import mismatches
from otop_desk.db.models import ChangeLog, Photo
from otop_desk.domain.photos import Consent, PhotoKind
from otop_desk.services import Services
from otop_desk.services.photos import NewPhoto, Owner, PhotoChange, PhotoEdits, imaging
from otop_desk.services.photos.storage import FolderStore, PhotoUnavailable, folder_for
from tests.photo_helpers import exif_bytes, jpeg_bytes, make_visit, phone_photo, scene, write_jpeg


def test_a_phone_photo_is_turned_upright_made_small_and_keeps_its_date_and_place(tmp_path: Path) -> None:
    exif = exif_bytes(taken="2026:11:20 10:15:30", offset="+07:00", orientation=6, gps=(16.4419, 102.836))
    source = write_jpeg(tmp_path / "IMG_0001.JPG", 4000, 3000, exif=exif)
    prepared = imaging.prepare(source)
    stored = Image.open(io.BytesIO(prepared.data))
    # orientation 6: the camera was held upright, so the stored photo is portrait
    assert stored.size == (1200, 1600) == (prepared.width, prepared.height)
    assert stored.format == "JPEG" and not stored.getexif()  # no EXIF: no GPS in shared files
    assert prepared.taken_at == datetime(2026, 11, 20, 3, 15, 30, tzinfo=UTC)
    assert prepared.latitude == pytest.approx(16.4419, abs=1e-4)
    assert prepared.longitude == pytest.approx(102.836, abs=1e-4)
    assert max(Image.open(io.BytesIO(prepared.thumbnail)).size) == imaging.THUMB_SIDE
    assert prepared.original is None and prepared.file_name == "IMG_0001.JPG"
    assert len(prepared.data) < 600_000


def test_a_date_without_offset_is_thai_time_and_a_small_photo_keeps_its_size(tmp_path: Path) -> None:
    source = write_jpeg(tmp_path / "a.jpg", 640, 480, exif=exif_bytes(taken="2026:01:02 08:00:00"))
    prepared = imaging.prepare(source, keep_original=True)
    assert (prepared.width, prepared.height) == (640, 480)
    assert prepared.taken_at == datetime(2026, 1, 2, 1, 0, tzinfo=UTC)
    assert prepared.original == source.read_bytes()
    assert prepared.latitude is None


def test_heic_from_an_iphone_and_a_transparent_png_are_read(tmp_path: Path) -> None:
    import pillow_heif  # noqa: F401 - registers HEIF with Pillow

    heic = tmp_path / "IMG_0002.HEIC"
    scene(1000, 750).save(heic, format="HEIF", exif=exif_bytes(taken="2026:11:01 09:00:00"))
    assert imaging.prepare(heic).taken_at == datetime(2026, 11, 1, 2, 0, tzinfo=UTC)
    png = tmp_path / "cut-out.png"
    Image.new("RGBA", (300, 200), (255, 0, 0, 0)).save(png)
    stored = Image.open(io.BytesIO(imaging.prepare(png).data))
    assert stored.mode == "RGB" and stored.getpixel((10, 10))[0] > 240  # laid on white


def test_photos_are_attached_edited_and_deleted_through_the_change_log(db: Database, tmp_path: Path) -> None:
    owner = make_visit(db)
    service = Services(db).photos
    result = service.attach(owner, [write_jpeg(tmp_path / "1.jpg", seed=1), write_jpeg(tmp_path / "2.jpg", seed=2)],
                            caption="สาธิตการย้อมครามกับสมาชิกกลุ่ม")
    assert len(result.added) == 2 and not result.refused
    rows = service.rows(owner)
    assert [r.caption for r in rows] == ["สาธิตการย้อมครามกับสมาชิกกลุ่ม"] * 2
    assert all(r.kind is PhotoKind.ACTIVITY and r.cleared for r in rows)
    assert service.read(rows[0].sha256)[:2] == b"\xff\xd8"
    # the same file again is not a second photo
    again = service.attach(owner, [tmp_path / "1.jpg"])
    assert again.added == [] and again.duplicates == 1 and service.count(owner) == 2
    first, second = rows
    service.apply(owner, PhotoEdits(changed={first.id: PhotoChange("ผ้าครามผืนแรก", True, Consent.GIVEN)},
                                    deleted={second.id}))
    [left] = service.rows(owner)
    assert (left.caption, left.people_close, left.consent, left.cleared) == ("ผ้าครามผืนแรก", True, Consent.GIVEN, True)
    with pytest.raises(PhotoUnavailable):  # a deleted photo's file is gone too
        service.read(second.sha256)
    with db.read() as s:
        assert mismatches(s) == []
        kinds = [k for (k,) in s.query(ChangeLog.kind).filter(ChangeLog.table_name == "photo")]
        assert sorted(kinds) == ["delete", "insert", "insert", "update"]


def test_deleting_a_visit_deletes_its_photos_and_logs_it(db: Database, tmp_path: Path) -> None:
    owner = make_visit(db)
    services = Services(db)
    services.photos.attach(owner, [write_jpeg(tmp_path / "1.jpg")])
    assert owner.id is not None
    services.visits.delete(owner.id)
    with db.read() as s:
        assert s.query(Photo).count() == 0
        assert mismatches(s) == []
        assert s.query(ChangeLog).filter_by(table_name="photo", kind="delete").count() == 1


def test_a_photo_names_its_group_and_follows_its_visit_to_another_group(db: Database, tmp_path: Path) -> None:
    from dataclasses import replace

    from otop_desk.services.groups import GroupData

    owner = make_visit(db)
    services = Services(db)
    services.photos.attach(owner, [write_jpeg(tmp_path / "1.jpg")])
    assert owner.id is not None
    visit = services.visits.get(owner.id)
    other = services.groups.save(GroupData(name="กลุ่มจักสานบ้านดอน"))
    services.visits.save(replace(visit, group_id=other))
    services.photos.apply(owner, PhotoEdits())  # the form saves its strip after its record
    with db.read() as s:
        assert s.query(Photo).one().group_id == other
        assert mismatches(s) == []
    # the group's own photos are only its production site's
    assert services.photos.rows(Owner("producer_group", other)) == []


def test_kinds_fit_their_records(db: Database, tmp_path: Path) -> None:
    from otop_desk.domain.errors import ValidationError

    owner = make_visit(db)
    service = Services(db).photos
    staged = service.stage(write_jpeg(tmp_path / "1.jpg"))
    with pytest.raises(ValidationError):
        service.apply(owner, PhotoEdits(added=[NewPhoto(staged, PhotoKind.BEFORE)]))
    with pytest.raises(ValidationError):  # a caption is one line of text
        service.apply(owner, PhotoEdits(added=[NewPhoto(staged, PhotoKind.ACTIVITY, "x" * 201)]))
    assert service.count(owner) == 0


def test_an_unknown_record_takes_no_photo(db: Database, tmp_path: Path) -> None:
    from otop_desk.domain.errors import NotFoundError

    service = Services(db).photos
    with pytest.raises(NotFoundError):
        service.attach(Owner("training", uuid.uuid4()), [write_jpeg(tmp_path / "1.jpg")])


def test_a_file_database_keeps_photos_as_files_beside_it(file_db: Database, tmp_path: Path) -> None:
    owner = make_visit(file_db)
    service = Services(file_db).photos
    service.attach(owner, [write_jpeg(tmp_path / "1.jpg")], keep_original=True)
    [row] = service.rows(owner)
    store = service.store
    assert isinstance(store, FolderStore)
    assert store.root == folder_for(tmp_path / "test.sqlite3") == tmp_path / "test-photos"
    path = store.path(row.sha256)
    assert path == tmp_path / "test-photos" / row.sha256[:2] / f"{row.sha256}.jpg"
    assert path.stat().st_size == row.size and row.has_original
    assert service.original_of(row.id) == (tmp_path / "1.jpg").read_bytes()
    assert not list(store.root.rglob("*.partial"))
    # a damaged file is told by its hash, whatever its size
    data = bytearray(path.read_bytes())
    data[5000] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(PhotoUnavailable) as caught:
        service.read(row.sha256)
    assert caught.value.problem == "damaged"
    # putting the sound bytes again repairs it
    store.put(imaging.prepare(tmp_path / "1.jpg").data)
    assert service.read(row.sha256)


def test_a_store_never_takes_a_path_for_a_hash(tmp_path: Path) -> None:
    store = FolderStore(tmp_path)
    with pytest.raises(ValueError):
        store.path("../../etc/passwd")


def test_unused_files_are_swept_after_a_day(file_db: Database, tmp_path: Path, test_clock) -> None:
    import os

    service = Services(file_db).photos
    staged = service.stage(write_jpeg(tmp_path / "cancelled.jpg"))  # a form cancelled after adding it
    assert service.unused() == {staged.sha256}
    assert service.sweep_unused() == 0  # it may still be attached
    path = service.store.path(staged.sha256)  # type: ignore[attr-defined]
    old = test_clock.peek().timestamp() - 2 * 86400
    os.utime(path, (old, old))
    assert service.sweep_unused() == 1 and not path.exists()


def test_printable_leaves_out_people_up_close_without_consent(db: Database, tmp_path: Path) -> None:
    owner = make_visit(db)
    service = Services(db).photos
    service.attach(owner, [write_jpeg(tmp_path / "1.jpg", seed=1)])
    service.attach(owner, [write_jpeg(tmp_path / "2.jpg", seed=2)], people_close=True)
    printable = service.printable(owner)
    assert len(printable.photos) == 1 and printable.withheld == 1
    assert printable.photos[0].data[:2] == b"\xff\xd8"


def test_group_locations_come_from_photos_with_gps(db: Database, tmp_path: Path) -> None:
    owner = make_visit(db)
    services = Services(db)
    services.photos.attach(owner, [write_jpeg(tmp_path / "1.jpg", exif=exif_bytes(gps=(16.5, 102.9)))])
    services.photos.attach(owner, [write_jpeg(tmp_path / "2.jpg", seed=3)])
    assert owner.id is not None
    group = services.visits.get(owner.id).group_id
    assert group is not None
    [located] = services.photos.group_locations(group)
    assert (located.latitude, located.longitude) == (pytest.approx(16.5, abs=1e-4), pytest.approx(102.9, abs=1e-4))


def test_jpeg_bytes_are_deterministic() -> None:
    assert jpeg_bytes(seed=4) == jpeg_bytes(seed=4)


def test_500_phone_photos_stay_under_150_mb(tmp_path: Path) -> None:
    """Five 12-megapixel phone photos (4 MB each, a phone's grain) as stored: their mean,
    times 500, with thumbnails, is the year's growth of a laptop's data."""
    sizes = [imaging.prepare(phone_photo(tmp_path / f"IMG_{n}.JPG", n)) for n in range(5)]
    per_photo = sum(len(p.data) + len(p.thumbnail) for p in sizes) / len(sizes)
    assert all(p.width == 1600 for p in sizes)
    assert 500 * per_photo < 150 * 2**20, f"{per_photo / 1024:.0f} KB a photo"
