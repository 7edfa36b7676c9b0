"""Start-up without waiting for the file check, and never a write to a damaged file."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from otop_desk.db import health, trust
from otop_desk.db.database import Database
from otop_desk.services import Services
from otop_desk.services.groups import GroupData

PAGE = 4096


def _database(tmp_path: Path, groups: int = 1) -> tuple[Path, Path]:
    path = tmp_path / "office.sqlite3"
    db = Database.open(path)
    services = Services(db)
    for n in range(groups):
        services.groups.save(GroupData(name=f"กลุ่มทอผ้า {n} " + "ผ้าไหมมัดหมี่" * 10))
    services.backups.back_up("daily")  # makes the backup folder, where the note is kept
    db.close()
    return path, db.backup_dir  # type: ignore[return-value]


def _damage_silently(path: Path) -> None:
    """Garble a page of records and put the modification time back: damage the size,
    the time and the header cannot show (a failing disk, a bad copy tool)."""
    stat = path.stat()
    data = bytearray(path.read_bytes())
    page = len(data) // PAGE - 3
    data[page * PAGE + 8:(page + 1) * PAGE - 8] = b"\xff" * (PAGE - 16)
    path.write_bytes(bytes(data))
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))


def test_a_file_closed_cleanly_is_trusted_until_anything_changes_it(tmp_path: Path) -> None:
    path, folder = _database(tmp_path)
    assert not trust.unchanged_since_clean_close(path, folder)  # no note yet
    assert trust.record_clean_close(path, folder)
    assert trust.unchanged_since_clean_close(path, folder)
    with sqlite3.connect(path) as conn:  # another tool writes to it
        conn.execute("UPDATE producer_group SET name = 'แก้ภายนอก'")
    conn.close()
    assert not trust.unchanged_since_clean_close(path, folder)


def test_a_pending_wal_is_never_trusted(tmp_path: Path) -> None:
    path, folder = _database(tmp_path)
    trust.record_clean_close(path, folder)
    path.with_name(path.name + "-wal").write_bytes(b"\0" * 100)  # a crash left commits behind
    assert not trust.unchanged_since_clean_close(path, folder)


def test_writes_wait_for_the_check_and_a_damaged_file_receives_none(tmp_path: Path) -> None:
    path, folder = _database(tmp_path, groups=120)
    trust.record_clean_close(path, folder)
    _damage_silently(path)
    assert trust.unchanged_since_clean_close(path, folder)  # the note cannot tell
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    probe = health.BackgroundProbe(path.resolve(), folder, trusted=True)
    db = Database.open(path)
    guard = trust.WriteGuard(db.engine, probe)
    try:
        services = Services(db)
        with pytest.raises(trust.DamagedDatabase):
            services.groups.save(GroupData(name="กลุ่มใหม่"))
        assert guard.done and not guard.result().ok
    finally:
        db.close()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_writes_go_through_once_the_check_passed(tmp_path: Path) -> None:
    path, folder = _database(tmp_path)
    trust.record_clean_close(path, folder)
    probe = health.BackgroundProbe(path.resolve(), folder, trusted=True)
    db = Database.open(path)
    guard = trust.WriteGuard(db.engine, probe)
    try:
        Services(db).groups.save(GroupData(name="กลุ่มใหม่"))
        assert guard.result().ok
        assert len(Services(db).groups.rows()) == 2
    finally:
        db.close()
    assert not trust.unchanged_since_clean_close(path, folder)  # written since the note


def test_a_child_process_is_not_started_on_a_damaged_file(tmp_path: Path) -> None:
    """A child (an export) writes through its own connection, which no guard of this
    process sees: it is started only once the check has passed."""
    path, folder = _database(tmp_path, groups=120)
    trust.record_clean_close(path, folder)
    _damage_silently(path)

    db = Database.open(path)
    db.write_guard = trust.WriteGuard(  # type: ignore[attr-defined]
        db.engine, health.BackgroundProbe(path.resolve(), folder, trusted=True))
    try:
        with pytest.raises(trust.DamagedDatabase):
            trust.before_other_writers(db)
    finally:
        db.close()
    trust.before_other_writers(object())  # checked before opening: nothing to wait for
