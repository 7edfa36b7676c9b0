"""Backups carry the photos: copied once into the backup folder and shared by every
backup there, brought back on restore, removed when no backup names them; the start-up
check notices a missing or damaged photo."""

from __future__ import annotations

import errno
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from otop_desk.db import photo_files
from otop_desk.db.database import Database
from otop_desk.services import Services
from otop_desk.services.backups import StorageError
from otop_desk.services.photos import PhotoEdits
from otop_desk.services.photos.storage import DAMAGED, MISSING, folder_for
from tests.photo_helpers import make_visit, write_jpeg

DAY = datetime(2026, 11, 20, 8, 30)


def _photos(root: Path) -> set[str]:
    return {p.stem for p in root.glob("??/*.jpg")}


def test_backups_copy_each_photo_once_and_restore_brings_them_back(file_db: Database, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    services = Services(file_db)
    owner = make_visit(file_db)
    services.photos.attach(owner, [write_jpeg(tmp_path / f"{n}.jpg", seed=n) for n in (1, 2)])
    copies: list[Path] = []
    real_copy = photo_files.copy_photo
    monkeypatch.setattr(photo_files, "copy_photo", lambda s, t: (copies.append(t), real_copy(s, t)))
    first = services.backups.back_up("daily", now=DAY)
    shared = photo_files.backup_photos_folder(first.parent, file_db.path)
    assert len(copies) == 2 and _photos(shared) == set(services.photos.expected())
    # the next day one photo more: only that one is copied
    services.photos.attach(owner, [write_jpeg(tmp_path / "3.jpg", seed=3)])
    services.backups.back_up("daily", now=DAY + timedelta(days=1))
    assert len(copies) == 3 and len(_photos(shared)) == 3

    # the laptop loses its photos and a record: the first backup brings back both
    rows = services.photos.rows(owner)
    services.photos.apply(owner, PhotoEdits(deleted={rows[0].id}))
    for path in folder_for(file_db.path).glob("??/*.jpg"):
        path.unlink()
    services.backups.restore(first, now=DAY + timedelta(days=2))
    assert [r.file_name for r in services.photos.rows(owner)] == ["1.jpg", "2.jpg"]
    assert services.photos.check(sample=None) == []
    assert all(services.photos.read(r.sha256)[:2] == b"\xff\xd8" for r in services.photos.rows(owner))


def test_a_damaged_photo_on_the_laptop_is_replaced_on_restore(file_db: Database, tmp_path: Path) -> None:
    services = Services(file_db)
    owner = make_visit(file_db)
    services.photos.attach(owner, [write_jpeg(tmp_path / "1.jpg")])
    made = services.backups.back_up("manual", now=DAY)
    [digest] = services.photos.expected()
    stored = folder_for(file_db.path) / photo_files.relative(digest)
    stored.write_bytes(b"\xff\xd8" + b"\0" * 100)
    assert [p.problem for p in services.photos.check(sample=None)] == [DAMAGED]
    services.backups.restore(made, now=DAY + timedelta(hours=1))
    assert services.photos.check(sample=None) == []


def test_rotation_removes_photos_no_backup_names(file_db: Database, tmp_path: Path) -> None:
    services = Services(file_db)
    owner = make_visit(file_db)
    services.photos.attach(owner, [write_jpeg(tmp_path / "old.jpg", seed=1)])
    services.backups.back_up("daily", now=datetime(2025, 1, 10, 8))
    old = set(services.photos.expected())
    services.photos.apply(owner, PhotoEdits(deleted={r.id for r in services.photos.rows(owner)}))
    services.photos.attach(owner, [write_jpeg(tmp_path / "new.jpg", seed=2)])
    made = None
    for day in range(30):  # a month of daily backups: the old one rotates away
        made = services.backups.back_up("daily", now=datetime(2026, 11, 1, 8) + timedelta(days=day))
    assert made is not None
    shared = photo_files.backup_photos_folder(made.parent, file_db.path)
    # the backup from January 2025 is the newest of its month and one of the 12 kept
    # months, so its photo stays while it does
    assert old <= _photos(shared)
    for day in range(12):
        services.backups.back_up("daily", now=datetime(2027, 1 + day, 28, 8))
    assert not old & _photos(shared) and _photos(shared) == set(services.photos.expected())


def test_a_full_disk_while_copying_photos_leaves_no_backup(file_db: Database, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    services = Services(file_db)
    services.photos.attach(make_visit(file_db), [write_jpeg(tmp_path / "1.jpg")])

    def full(_source: Path, _target: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(photo_files, "copy_photo", full)
    with pytest.raises(StorageError):
        services.backups.back_up("manual", now=DAY)
    assert services.backups.list() == []


def test_the_photo_check_names_missing_and_damaged_photos(file_db: Database, tmp_path: Path) -> None:
    services = Services(file_db)
    owner = make_visit(file_db)
    services.photos.attach(owner, [write_jpeg(tmp_path / f"{n}.jpg", seed=n) for n in (1, 2, 3)])
    rows = services.photos.rows(owner)
    root = folder_for(file_db.path)
    (root / photo_files.relative(rows[0].sha256)).unlink()
    damaged = root / photo_files.relative(rows[1].sha256)
    damaged.write_bytes(damaged.read_bytes()[:1000])  # cut short: told by its size at once
    problems = {p.sha256: p.problem for p in services.photos.check(sample=0)}
    assert problems == {rows[0].sha256: MISSING, rows[1].sha256: DAMAGED}
