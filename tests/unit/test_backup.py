"""Backups: naming, rotation with fake dates, the online backup API, permissions, restore."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from otop_desk.db import backup as files
from otop_desk.db.backup import BackupFile, to_delete
from otop_desk.db.database import Database
from otop_desk.db.replica import device_of_file
from otop_desk.services import Services
from otop_desk.services.backups import StorageError, backing_up, backup_before, check_backup
from otop_desk.services.groups import GroupData

POSIX = os.name == "posix"


def fake(taken: datetime, reason: str = "daily") -> BackupFile:
    return BackupFile(taken, 0, Path(f"db-{taken:%Y%m%d-%H%M%S}-{reason}.sqlite3"), reason)


def kept(backups: list[BackupFile], now: datetime) -> list[datetime]:
    gone = {b.path for b in to_delete(backups, now)}
    return sorted(b.taken for b in backups if b.path not in gone)


# rotation ---------------------------------------------------------------------------
def test_rotation_keeps_14_daily_and_12_monthly_over_two_years() -> None:
    now = datetime(2027, 3, 15, 9, 0)
    backups = [fake(now - timedelta(days=d)) for d in range(730)]
    result = kept(backups, now)
    daily = [now - timedelta(days=d) for d in range(14)]
    assert all(d in result for d in daily)
    # the newest backup of each of the 12 most recent months: for the current month that
    # is today's; for the others it is the month's last day
    months = sorted({(b.taken.year, b.taken.month) for b in backups}, reverse=True)[:12]
    for year, month in months:
        in_month = [b.taken for b in backups if (b.taken.year, b.taken.month) == (year, month)]
        assert max(in_month) in result
    assert len(result) == len(set(daily) | {max(b.taken for b in backups if (b.taken.year, b.taken.month) == m) for m in months})
    assert min(result) >= datetime(2026, 4, 1)  # nothing older than 12 months survives


def test_rotation_counts_days_that_have_backups_not_calendar_days() -> None:
    # a laptop left unused for 40 days keeps its two weeks of history
    now = datetime(2026, 12, 20, 8, 0)
    old = [fake(datetime(2026, 10, 1, 8) + timedelta(days=d)) for d in range(20)]
    result = kept([*old, fake(now)], now)
    # today's plus the 13 newest October days: 14 days that have backups
    assert len([t for t in result if t.month == 10]) == 13
    assert now in result


def test_every_backup_of_today_is_kept_but_only_the_newest_of_older_days() -> None:
    now = datetime(2026, 11, 21, 18, 0)
    today = [fake(now.replace(hour=h), "import") for h in (9, 11, 13)]
    yesterday = [fake(now.replace(hour=h) - timedelta(days=1), "import") for h in (9, 11, 13)]
    result = kept([*today, *yesterday], now)
    assert [b.taken for b in today] == [t for t in result if t.day == 21]
    assert [t for t in result if t.day == 20] == [yesterday[-1].taken]


def test_rotation_deletes_only_this_databases_backups(tmp_path: Path) -> None:
    """Two laptops with the default database name back up to one USB folder: each rotates
    only its own backups, and "latest" is its own; older backups without an id are kept."""
    folder = tmp_path / "backups"
    folder.mkdir()
    mine = tmp_path / "otop-desk.sqlite3"
    Database.open(mine).close()
    tag = files.device_tag(device_of_file(mine))
    for d in range(40):
        stamp = (datetime(2026, 1, 1) + timedelta(days=d)).strftime("%Y%m%d-%H%M%S")
        (folder / f"otop-desk-{stamp}-daily-{tag}.sqlite3").write_bytes(b"")
        (folder / f"otop-desk-{stamp}-daily-0123abcd.sqlite3").write_bytes(b"")  # the other laptop
        (folder / f"otop-desk-{stamp}-manual.sqlite3").write_bytes(b"")  # named before ids
        (folder / f"other-{stamp}-daily-{tag}.sqlite3").write_bytes(b"")
    (folder / "notes.txt").write_text("keep me")
    removed = files.rotate(folder, mine, now=datetime(2026, 2, 9, 12))
    # 14 daily (27 Jan - 9 Feb); the newest of January (31st) is one of them
    assert len(removed) == 40 - 14 and all(tag in p.name for p in removed)
    assert len(list(folder.glob("*-0123abcd.sqlite3"))) == 40
    assert len(list(folder.glob("*-manual.sqlite3"))) == 40
    assert len(list(folder.glob("other-*"))) == 40
    assert (folder / "notes.txt").exists()
    listed = files.list_backups(folder, mine, device_of_file(mine))
    assert listed and all(b.device in (tag, None) for b in listed)
    assert listed[0].device == tag  # the newest is this laptop's own


def test_names_round_trip_and_never_collide(file_db: Database, tmp_path: Path) -> None:
    path = file_db.path
    assert path is not None
    now = datetime(2026, 11, 21, 14, 5, 9)
    first = files.make_backup(path, tmp_path / "b", "manual", now=now)
    second = files.make_backup(path, tmp_path / "b", "manual", now=now)
    assert first != second
    tag = files.device_tag(device_of_file(path))
    assert first.name == f"test-20261121-140509-manual-{tag}.sqlite3"
    parsed = files.parse_name(second, "test")
    assert parsed is not None and parsed.taken == now and parsed.reason == "manual"
    assert [b.path for b in files.list_backups(tmp_path / "b", path)] == [second, first]


# the backup itself --------------------------------------------------------------------
def test_backup_holds_commits_still_in_the_wal(file_db: Database, tmp_path: Path) -> None:
    services = Services(file_db)
    services.groups.save(GroupData(name="กลุ่มจักสาน"))
    assert Path(str(file_db.path) + "-wal").stat().st_size > 0  # not checkpointed yet
    made = services.backups.back_up("manual")
    with sqlite3.connect(made) as conn:
        assert conn.execute("SELECT name FROM producer_group").fetchall() == [("กลุ่มจักสาน",)]
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    check_backup(made)
    assert not list(made.parent.glob("*.partial"))


@pytest.mark.skipif(not POSIX, reason="POSIX permissions")
def test_database_and_backups_are_private(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        db = Database.open(tmp_path / "private.sqlite3")
        made = Services(db).backups.back_up("manual")
        Services(db).groups.save(GroupData(name="กลุ่ม"))
        wal = tmp_path / "private.sqlite3-wal"
        assert stat.S_IMODE((tmp_path / "private.sqlite3").stat().st_mode) == 0o600
        assert stat.S_IMODE(wal.stat().st_mode) == 0o600
        assert stat.S_IMODE(made.stat().st_mode) == 0o600
        assert stat.S_IMODE(made.parent.stat().st_mode) == 0o700
        db.close()
    finally:
        os.umask(old)


def test_backups_go_beside_a_database_that_is_not_the_default(file_db: Database) -> None:
    assert file_db.backup_dir == file_db.path.parent / "backups"  # type: ignore[union-attr]


def test_daily_backup_once_a_day(file_db: Database) -> None:
    backups = Services(file_db).backups
    day = datetime(2026, 11, 21, 8)
    assert backups.daily(day) is not None
    assert backups.daily(day.replace(hour=17)) is None
    assert backups.daily(day + timedelta(days=1)) is not None
    assert [b.reason for b in backups.list()] == ["daily", "daily"]


def test_backup_before_import(file_db: Database) -> None:
    made = backup_before("import", file_db)
    assert made is not None and made.name.endswith(f"-import-{files.device_tag(device_of_file(made))}.sqlite3")
    with backing_up("import", file_db) as second:
        assert second is not None and second.exists()
    assert backup_before("import", Database.memory()) is None


def test_migration_is_preceded_by_a_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from otop_desk.db import migrate

    path = tmp_path / "old.sqlite3"
    Services(db := Database.open(path)).groups.save(GroupData(name="กลุ่มเก่า"))
    db.close()
    # Only one revision exists today: pretend the program knows a newer one.
    monkeypatch.setattr(migrate, "needs_upgrade", lambda _engine: True)
    monkeypatch.setattr(migrate, "upgrade", lambda _engine: None)
    Database.open(path).close()
    made = files.list_backups(tmp_path / "backups", path)
    assert [b.reason for b in made] == ["migration"]
    with sqlite3.connect(made[0].path) as conn:
        assert conn.execute("SELECT name FROM producer_group").fetchall() == [("กลุ่มเก่า",)]


# restore ------------------------------------------------------------------------------
def test_restore_brings_records_back_and_keeps_the_current_state(file_db: Database) -> None:
    services = Services(file_db)
    first = services.groups.save(GroupData(name="กลุ่มแรก"))
    made = services.backups.back_up("manual", now=datetime(2026, 11, 1, 9))
    services.groups.delete(first)
    services.groups.save(GroupData(name="กลุ่มใหม่"))
    safety = services.backups.restore(made)
    # the same service objects see the restored file at once
    assert [r.name for r in services.groups.rows()] == ["กลุ่มแรก"]
    assert file_db.integrity_check() == ["ok"]
    assert safety is not None
    with sqlite3.connect(safety) as conn:
        assert conn.execute("SELECT name FROM producer_group").fetchall() == [("กลุ่มใหม่",)]
    entries = services.backups.list()
    assert {e.reason for e in entries} == {"manual", "restore"}
    assert next(e for e in entries if e.reason == "manual").groups == 1


def test_restore_refuses_a_damaged_or_foreign_backup(file_db: Database, tmp_path: Path) -> None:
    services = Services(file_db)
    services.groups.save(GroupData(name="กลุ่มเดิม"))
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + os.urandom(5000))
    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE t (x)")
    for source in (bad, foreign, tmp_path / "missing.sqlite3"):
        with pytest.raises(StorageError):
            services.backups.restore(source)
    assert [r.name for r in services.groups.rows()] == ["กลุ่มเดิม"]
    assert services.backups.list() == []  # nothing happened, not even the safety backup


def test_newest_good_skips_a_damaged_backup(file_db: Database) -> None:
    backups = Services(file_db).backups
    good = backups.back_up("manual", now=datetime(2026, 11, 1, 9))
    newer = backups.back_up("manual", now=datetime(2026, 11, 2, 9))
    data = bytearray(newer.read_bytes())
    data[5000:9000] = os.urandom(4000)
    newer.write_bytes(bytes(data))
    found = backups.newest_good()
    assert found is not None and found.path == good


def test_two_backups_in_the_same_second_both_succeed(file_db: Database, tmp_path: Path) -> None:
    import threading
    from datetime import datetime

    from otop_desk.db.backup import make_backup

    now = datetime(2026, 11, 21, 9, 0, 0)
    folder = tmp_path / "same-second"
    made: list[Path] = []
    threads = [
        threading.Thread(target=lambda: made.append(make_backup(file_db.path, folder, "import", now=now)))
        for _ in range(4)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(made) == 4 and len(set(made)) == 4
    assert not list(folder.glob("*.partial"))
