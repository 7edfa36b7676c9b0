"""Issue 20 item 9: every bad file gets one clear line, and nothing is half-saved: no file
in the photo folder (not even a temporary one) and no photo record."""

from __future__ import annotations

import errno
import io
import os
import struct
import zlib
from pathlib import Path

import pytest

from otop_desk.db.database import Database
from otop_desk.db.models import Photo
from otop_desk.services import Services
from otop_desk.services.backups import StorageError
from otop_desk.services.photos import PhotoRefused, imaging
from otop_desk.services.photos.storage import folder_for
from tests.photo_helpers import jpeg_bytes, make_visit, write_jpeg


def _nothing_saved(db: Database, folder: Path | None = None) -> None:
    with db.read() as s:
        assert s.query(Photo).count() == 0
    if folder is not None and folder.exists():
        assert [p for p in folder.rglob("*") if p.is_file()] == []


def _refused(db: Database, path: Path) -> str:
    owner = make_visit(db)
    result = Services(db).photos.attach(owner, [path])
    assert len(result.refused) == 1 and result.added == []
    return str(result.refused[0])


def test_not_an_image(file_db: Database, tmp_path: Path) -> None:
    text = tmp_path / "รายงาน.jpg"
    text.write_text("ไม่ใช่รูปภาพ", encoding="utf-8")
    assert _refused(file_db, text) == (
        "รายงาน.jpg is not a photo OTOP Desk can read (JPEG, HEIC, PNG or WebP). Nothing was added.")
    # a zip file renamed to look like a photo
    import zipfile

    disguised = tmp_path / "IMG_9999.JPG"
    with zipfile.ZipFile(disguised, "w") as archive:
        archive.writestr("a.txt", "x" * 1000)
    with pytest.raises(PhotoRefused, match="is not a photo"):
        imaging.prepare(disguised)
    _nothing_saved(file_db, folder_for(file_db.path))  # type: ignore[arg-type]


def test_a_truncated_jpeg(file_db: Database, tmp_path: Path) -> None:
    whole = jpeg_bytes(1200, 900)
    cut = tmp_path / "IMG_0003.JPG"
    cut.write_bytes(whole[: len(whole) // 2])
    assert _refused(file_db, cut) == ("IMG_0003.JPG is damaged or incomplete (perhaps copied only in part). "
                                      "Nothing was added; copy it from the phone again.")
    _nothing_saved(file_db, folder_for(file_db.path))  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def hundred_megapixel_jpeg(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from PIL import Image

    path = tmp_path_factory.mktemp("big") / "100mp.jpg"
    Image.new("L", (10_000, 10_000), 128).save(path, quality=50)
    return path


def test_a_100_megapixel_jpeg_is_read_at_a_reduced_scale(hundred_megapixel_jpeg: Path) -> None:
    """A phone's 108-MP mode: decoded straight from its DCT blocks at 1/4 scale (25 MB,
    not 300), then made 1,600 px."""
    import tracemalloc

    tracemalloc.start()
    prepared = imaging.prepare(hundred_megapixel_jpeg)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert (prepared.width, prepared.height) == (1600, 1600)
    assert peak < 80 * 2**20


def test_a_100_megapixel_png_is_refused(file_db: Database, tmp_path: Path) -> None:
    """Other formats are decoded whole: 100 MP would take 300 MB of memory."""
    png = tmp_path / "scan.png"
    png.write_bytes(_png_claiming(10_000, 10_000))
    assert _refused(file_db, png) == ("scan.png is 10,000 × 10,000 pixels (100 megapixels), more than "
                                      "OTOP Desk reads safely (50 megapixels). Nothing was added.")
    _nothing_saved(file_db, folder_for(file_db.path))  # type: ignore[arg-type]


def test_a_zip_bomb_disguised_as_a_photo(file_db: Database, tmp_path: Path) -> None:
    """A few kilobytes that claim 3.6 billion pixels: refused from the header, before a
    byte is decompressed."""
    bomb = tmp_path / "IMG_0004.jpg"
    bomb.write_bytes(_png_claiming(60_000, 60_000))
    assert bomb.stat().st_size < 20_000
    message = _refused(file_db, bomb)
    assert message.startswith("IMG_0004.jpg is 60,000 × 60,000 pixels (3,600 megapixels)")
    _nothing_saved(file_db, folder_for(file_db.path))  # type: ignore[arg-type]


def _png_claiming(width: int, height: int) -> bytes:
    """A PNG whose header says ``width`` × ``height`` and whose data is a little zlib
    stream of zeros (the start of what would expand without end)."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    data = zlib.compress(b"\0" * 2_000_000, 9)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")


def test_an_empty_file(file_db: Database, tmp_path: Path) -> None:
    empty = tmp_path / "IMG_0005.JPG"
    empty.write_bytes(b"")
    assert _refused(file_db, empty) == "IMG_0005.JPG is empty (0 bytes). Nothing was added."
    _nothing_saved(file_db, folder_for(file_db.path))  # type: ignore[arg-type]


def test_a_file_that_vanishes_while_being_read(file_db: Database, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """A phone unplugged half-way: the read fails with an I/O error."""
    source = write_jpeg(tmp_path / "IMG_0006.JPG", 3000, 2000)

    class Unplugged(io.BytesIO):
        def read(self, size: int | None = -1) -> bytes:
            if self.tell() > 0:
                raise OSError(errno.EIO, "Input/output error")
            return super().read(size if size is not None and size > 0 else 65536)

    monkeypatch.setattr(imaging, "_open_source", lambda path: Unplugged(path.read_bytes()))
    monkeypatch.setattr(imaging, "_CHUNK", 65536)
    message = _refused(file_db, source)
    assert message == ("IMG_0006.JPG disappeared while it was being read (was the phone or USB drive "
                       "unplugged?). Nothing was added.")
    _nothing_saved(file_db, folder_for(file_db.path))  # type: ignore[arg-type]


def test_a_file_gone_before_it_is_read(file_db: Database, tmp_path: Path) -> None:
    assert "disappeared while it was being read" in _refused(file_db, tmp_path / "IMG_0007.JPG")


def test_a_read_only_photo_folder(file_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = folder_for(file_db.path)  # type: ignore[arg-type]
    folder.mkdir()
    source = write_jpeg(tmp_path / "IMG_0008.JPG")
    real_open = os.open

    def refused_open(path: str | os.PathLike[str], flags: int, *args: object) -> int:
        if Path(path).is_relative_to(folder) and flags & os.O_CREAT:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refused_open)
    service = Services(file_db).photos
    with pytest.raises(StorageError) as caught:
        service.stage(source)
    assert str(caught.value) == (f"{folder} cannot be written to (read-only or no permission). Records "
                                 "saved before are safe. Choose a folder you may write to, or unlock the drive.")
    _nothing_saved(file_db, folder)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes into a read-only folder")
def test_a_read_only_photo_folder_for_real(file_db: Database, tmp_path: Path) -> None:
    folder = folder_for(file_db.path)  # type: ignore[arg-type]
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(StorageError, match="cannot be written to"):
            Services(file_db).photos.stage(write_jpeg(tmp_path / "a.jpg"))
    finally:
        folder.chmod(0o700)


def test_a_full_disk(file_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = write_jpeg(tmp_path / "IMG_0009.JPG", 2000, 1500)
    real_write = os.write

    def full(fd: int, data: bytes) -> int:
        if len(data) > 4096:
            return real_write(fd, bytes(data[:4096]))  # some of it fits, then the disk is full
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(StorageError) as caught:
        Services(file_db).photos.stage(source)
    folder = folder_for(file_db.path)  # type: ignore[arg-type]
    assert str(caught.value) == (f"The disk is full: nothing was written to {folder}. Records saved before "
                                 "are safe. Free some space (or choose another drive) and try again.")
    _nothing_saved(file_db, folder)  # the partial file is gone


def test_a_read_only_database_takes_no_photo(tmp_path: Path) -> None:
    path = tmp_path / "ro.sqlite3"
    Database.open(path).close()
    db = Database.open(path, read_only=True)
    try:
        with pytest.raises(StorageError, match="cannot be written to"):
            Services(db).photos.stage(write_jpeg(tmp_path / "a.jpg"))
    finally:
        db.close()
    assert not folder_for(path).exists()


def test_the_command_line_attaches_all_or_nothing(file_db: Database, tmp_path: Path) -> None:
    owner = make_visit(file_db)
    good = write_jpeg(tmp_path / "good.jpg")
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"")
    result = Services(file_db).photos.attach(owner, [good, bad])
    assert result.added == [] and len(result.refused) == 1
    _nothing_saved(file_db, folder_for(file_db.path))  # type: ignore[arg-type]
