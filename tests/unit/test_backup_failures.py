"""Disk full, read-only places, damaged files, a second copy, and the error log."""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from otop_desk import errors_log
from otop_desk.db import backup as files
from otop_desk.db import health
from otop_desk.db.database import Database
from otop_desk.db.lock import DatabaseInUseError, DatabaseLock, lock_path
from otop_desk.services import Services
from otop_desk.services.backups import StorageError, storage_error
from otop_desk.services.groups import GroupData

ROOT_USER = hasattr(os, "geteuid") and os.geteuid() == 0


def _pragma_on_connect(db: Database, pragma: str) -> None:
    """Every new connection of ``db`` runs ``pragma`` (a disk that fills, a read-only file)."""
    db.engine.dispose()
    event.listen(db.engine, "connect", lambda conn, _rec: conn.execute(pragma))


# disk full and read-only ------------------------------------------------------------
def test_saving_on_a_full_disk_fails_cleanly_and_keeps_what_was_saved(file_db: Database) -> None:
    services = Services(file_db)
    kept = services.groups.save(GroupData(name="กลุ่มที่บันทึกแล้ว"))
    with file_db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    # SQLite's own "disk full": the file may not grow past its current size
    _pragma_on_connect(file_db, f"PRAGMA max_page_count = {pages}")
    with pytest.raises(OperationalError) as caught:
        services.groups.save(GroupData(name="กลุ่มใหม่", notes="ข้อมูล " * 2500, member_count=1))
    assert "full" in str(caught.value)
    assert "disk is full" in str(storage_error(caught.value.orig, "x")).lower()
    assert [r.id for r in services.groups.rows()] == [kept]  # nothing half-saved
    assert file_db.integrity_check() == ["ok"]


def test_saving_to_a_read_only_database_fails_cleanly(file_db: Database) -> None:
    services = Services(file_db)
    services.groups.save(GroupData(name="กลุ่มเดิม"))
    _pragma_on_connect(file_db, "PRAGMA query_only = ON")
    with pytest.raises(OperationalError) as caught:
        services.groups.save(GroupData(name="กลุ่มใหม่"))
    assert "read-only" in str(storage_error(caught.value.orig, "x"))
    assert [r.name for r in services.groups.rows()] == ["กลุ่มเดิม"]


@pytest.mark.parametrize("failure", [
    OSError(errno.ENOSPC, "No space left on device"),
    sqlite3.OperationalError("database or disk is full"),
])
def test_backup_onto_a_full_disk(file_db: Database, monkeypatch: pytest.MonkeyPatch,
                                 failure: Exception) -> None:
    services = Services(file_db)
    services.groups.save(GroupData(name="กลุ่มเดิม"))
    older = services.backups.back_up("manual")

    def full(*_args: object) -> None:
        raise failure

    monkeypatch.setattr(files, "copy_pages", full)
    with pytest.raises(StorageError) as caught:
        services.backups.back_up("manual")
    assert "The disk is full" in str(caught.value)
    assert sorted(older.parent.iterdir()) == [older]  # no partial file, old backup kept
    assert [r.name for r in services.groups.rows()] == ["กลุ่มเดิม"]


def test_backup_into_a_read_only_folder(file_db: Database, tmp_path: Path) -> None:
    services = Services(file_db)
    services.groups.save(GroupData(name="กลุ่มเดิม"))
    if ROOT_USER:
        target = tmp_path / "a-file" / "backups"  # chmod means nothing to root: a path under a file
        (tmp_path / "a-file").write_text("")
    else:
        target = tmp_path / "locked"
        target.mkdir()
        target.chmod(0o500)
    try:
        with pytest.raises(StorageError) as caught:
            services.backups.back_up("manual", to=target)
    finally:
        if not ROOT_USER:
            target.chmod(0o700)
    assert str(target) in str(caught.value)
    assert "Records saved before are safe" in str(caught.value)
    assert [r.name for r in services.groups.rows()] == ["กลุ่มเดิม"]


def test_storage_error_messages_name_the_place() -> None:
    assert "cannot be written" in str(storage_error(OSError(errno.EROFS, "ro"), "/media/usb"))
    assert "/media/usb" in str(storage_error(OSError(errno.EACCES, "denied"), "/media/usb"))
    assert "disk is full" in str(storage_error(OSError(errno.ENOSPC, "full"), "D:"))


# what a file is ---------------------------------------------------------------------
def _good(tmp_path: Path) -> Path:
    path = tmp_path / "good.sqlite3"
    services = Services(db := Database.open(path))
    for n in range(30):
        services.groups.save(GroupData(name=f"กลุ่ม {n}", notes="บันทึก " * 200))
    db.close()
    return path


def test_probe_tells_good_missing_foreign_truncated_and_damaged(tmp_path: Path) -> None:
    good = _good(tmp_path)
    assert health.probe(good).state is health.State.OK
    assert health.probe(tmp_path / "none.sqlite3").state is health.State.MISSING
    random_file = tmp_path / "random.sqlite3"
    random_file.write_bytes(os.urandom(20_000))
    assert health.probe(random_file).state is health.State.NOT_SQLITE
    truncated = tmp_path / "truncated.sqlite3"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 3])
    assert health.probe(truncated).state is health.State.DAMAGED
    damaged = tmp_path / "damaged.sqlite3"
    data = bytearray(good.read_bytes())
    data[8192:40960] = os.urandom(32768)
    damaged.write_bytes(bytes(data))
    assert health.probe(damaged, full=True).state is health.State.DAMAGED
    before = damaged.read_bytes()
    health.probe(damaged)
    assert damaged.read_bytes() == before  # looking never changes the file


# one copy of the program per database ------------------------------------------------
def test_lock_refuses_a_second_copy_and_takes_over_a_stale_one(tmp_path: Path) -> None:
    db_path = tmp_path / "shared.sqlite3"
    # a live process on this computer holds it
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        lock_path(db_path).write_text(
            f'{{"pid": {other.pid}, "host": "{__import__("socket").gethostname()}", "since": ""}}')
        with pytest.raises(DatabaseInUseError) as caught:
            DatabaseLock(db_path).acquire()
        assert caught.value.owner.pid == other.pid and caught.value.owner.on_this_host
    finally:
        other.kill()
        other.wait()
    # the same process has died: its lock is stale and taken over
    lock = DatabaseLock(db_path)
    lock.acquire()
    assert lock.held
    lock.release()
    assert not lock_path(db_path).exists()


def test_lock_from_another_computer_needs_the_persons_word(tmp_path: Path) -> None:
    db_path = tmp_path / "usb.sqlite3"
    lock_path(db_path).write_text('{"pid": 4242, "host": "district-office-pc", "since": "2026-11-20T09:00"}')
    with pytest.raises(DatabaseInUseError) as caught:
        DatabaseLock(db_path).acquire()
    assert caught.value.owner.host == "district-office-pc"
    lock = DatabaseLock(db_path)
    lock.acquire(take_over=True)
    assert f'"pid": {os.getpid()}' in lock_path(db_path).read_text()
    lock.release()


# the error log --------------------------------------------------------------------------
def test_uncaught_errors_are_logged_with_traceback_and_reported(tmp_path: Path) -> None:
    log_file = errors_log.setup_logging(tmp_path / "logs")
    assert log_file is not None
    seen: list[BaseException] = []
    saved = sys.excepthook, threading.excepthook
    errors_log.install(lambda error, _log: seen.append(error))
    try:
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError as error:
            sys.excepthook(type(error), error, error.__traceback__)
        worker = threading.Thread(target=lambda: 1 / 0, name="worker")
        worker.start()
        worker.join()
    finally:
        sys.excepthook, threading.excepthook = saved
    for handler in errors_log.log.handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "Traceback" in text and "boom in a slot" in text and "ZeroDivisionError" in text
    assert [type(e) for e in seen] == [RuntimeError, ZeroDivisionError]
    if os.name == "posix":
        assert log_file.stat().st_mode & 0o077 == 0


def test_log_rotates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(errors_log, "MAX_BYTES", 2_000)
    log_file = errors_log.setup_logging(tmp_path)
    assert log_file is not None
    for n in range(100):
        errors_log.log.log(logging.ERROR, "line %d %s", n, "x" * 100)
    assert log_file.with_name(log_file.name + ".1").exists()
    assert len(list(tmp_path.glob("*.log*"))) <= errors_log.BACKUP_COUNT + 1
