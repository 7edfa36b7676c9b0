"""What a red team did to OTOP Desk as a careless or hostile user, each now refused.

Every test here reproduced a hole on the code before it was fixed: an endless loop, a
database written over or into while damaged, a second writer, a backup taken for another
laptop. Commands that once looped forever run in a child process with a time limit, so
a regression fails the test instead of hanging the run.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest

from otop_desk.cli import main
from otop_desk.db import health
from otop_desk.db.database import Database
from otop_desk.db.lock import COMMAND, DatabaseInUseError, DatabaseLock, LockOwner, lock_path
from otop_desk.services import Services
from otop_desk.services.groups import GroupData
from tests.read_only import read_only_folder


def cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """``otop-desk ARGS`` as a child process that must end within ``timeout``."""
    return subprocess.run([sys.executable, "-m", "otop_desk", *args], capture_output=True,
                          text=True, timeout=timeout)


def make_database(path: Path, groups: int = 1) -> Path:
    db = Database.open(path)
    try:
        for n in range(groups):
            Services(db).groups.save(GroupData(name=f"กลุ่มที่ {n + 1}"))
    finally:
        db.close()
    return path


def fingerprint(path: Path) -> dict[str, bytes]:
    """The database and its write-ahead log, byte for byte. (A reader of a WAL database
    may leave SQLite's shared-memory index and an empty log beside it: no data.)"""
    return {suffix: (p.read_bytes() if p.exists() else b"")
            for suffix in ("", "-wal")
            for p in [path.with_name(path.name + suffix)]}


# 2. no endless loops ----------------------------------------------------------------
def test_a_file_named_backups_ends_the_backup_at_once(tmp_path: Path) -> None:
    path = make_database(tmp_path / "office.sqlite3")
    (tmp_path / "backups").write_text("not a folder")
    done = cli("backup", "--db", str(path), timeout=30)
    assert done.returncode == 1
    assert "is a file, not a folder" in done.stderr and "Traceback" not in done.stderr
    done = cli("backup", "--db", str(path), "--to", str(tmp_path / "backups"), timeout=30)
    assert done.returncode == 1 and "is a file, not a folder" in done.stderr


def test_an_import_whose_backup_cannot_be_taken_is_refused(tmp_path: Path) -> None:
    office = make_database(tmp_path / "office.sqlite3")
    officer = make_database(tmp_path / "officer" / "laptop.sqlite3", groups=2)
    book = tmp_path / "book.xlsx"
    assert cli("export", "--db", str(officer), "--month", "2026-11", "--out", str(book)).returncode == 0
    (tmp_path / "backups").write_text("not a folder")
    before = fingerprint(office)
    done = cli("import", "--db", str(office), str(book), timeout=60)
    assert done.returncode == 2 and "is a file, not a folder" in done.stderr
    assert "Traceback" not in done.stderr
    assert fingerprint(office) == before


def test_the_windows_daily_backup_ends_with_a_message(tmp_path: Path) -> None:
    from otop_desk.services.backups import StorageError

    db = Database.open(make_database(tmp_path / "office.sqlite3"))
    try:
        (tmp_path / "backups").write_text("not a folder")
        with pytest.raises(StorageError, match="is a file, not a folder"):
            Services(db).backups.daily()
    finally:
        db.close()


def test_a_backup_that_never_settles_gives_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite restarts a backup whenever the source changes (a read-only ``-shm`` makes it
    look changed at every step) and Python's loop never ends: the copy must give up."""
    from otop_desk.db import backup as files

    path = make_database(tmp_path / "office.sqlite3", groups=30)
    monkeypatch.setattr(files, "STALL_SECONDS", 0.3)
    writer = sqlite3.connect(path)
    stamp = [0]

    class ChangedAtEveryStep(sqlite3.Connection):
        def backup(self, target, *, pages=-1, progress=None, **kw):  # noqa: ANN001, ANN202
            def step(*args: int) -> None:
                stamp[0] += 1  # another connection writes between every two steps
                writer.execute("UPDATE producer_group SET notes = ?", (str(stamp[0]),))
                writer.commit()
                if progress is not None:
                    progress(*args)
            return super().backup(target, pages=1, progress=step, **kw)

    src = sqlite3.connect(path, factory=ChangedAtEveryStep)
    dst = sqlite3.connect(":memory:")
    with pytest.raises(files.BackupStalled):
        files.copy_pages(src, dst)


def test_a_write_protected_database_backs_up_elsewhere_and_opens_read_only(tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    path = make_database(folder / "office.sqlite3", groups=3)
    with read_only_folder(folder):
        before = fingerprint(path)
        done = cli("backup", "--db", str(path), "--to", str(tmp_path / "copies"), timeout=30)
        assert done.returncode == 0, done.stderr
        copies = list((tmp_path / "copies").glob("office-*.sqlite3"))
        assert len(copies) == 1 and health.probe(copies[0], full=True).state is health.State.OK
        done = cli("backup", "--db", str(path), timeout=30)  # its own folder cannot be written
        assert done.returncode == 1 and "Traceback" not in done.stderr
        db = Database.open(path, read_only=True)
        try:
            assert len(Services(db).groups.rows()) == 3
            assert not Services(db).backups.available  # no daily backup of a read-only file
        finally:
            db.close()
        assert fingerprint(path) == before  # not a byte written, nothing made beside it
        assert sorted(p.name for p in folder.iterdir()) == ["office.sqlite3"]


# 3. never write over the database ------------------------------------------------------
@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", ".lock"])
@pytest.mark.parametrize("command", [
    ["export", "--month", "2026-11"],
    ["export-cash-book"],
    ["print-visits", "--month", "2026-11"],
    ["print-training", "--training", "0", "--sheet", "signin"],
    ["print-visit", "--visit", "0"],
])
def test_no_output_may_be_the_database_or_its_companions(tmp_path: Path, command: list[str],
                                                         suffix: str) -> None:
    path = make_database(tmp_path / "office.sqlite3")
    target = path.with_name(path.name + suffix)
    before = fingerprint(path)
    assert main([*command, "--db", str(path), "--out", str(target)]) == 2
    assert fingerprint(path) == before
    if suffix == ".lock":
        assert not target.exists()


def test_no_output_may_be_a_backup(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = make_database(tmp_path / "office.sqlite3")
    made = Services(Database.open(path)).backups.back_up("manual")
    before = made.read_bytes()
    assert main(["export-cash-book", "--db", str(path), "--out", str(made)]) == 2
    assert "backup" in capsys.readouterr().err
    assert made.read_bytes() == before


# 4. never write into a damaged file ----------------------------------------------------
def damage(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    data[4096:8192] = os.urandom(4096)  # the second page: a b-tree the check reads
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("command", [
    ["export", "--month", "2026-11", "--out", "x.xlsx"],
    ["demo"],
])
def test_writing_commands_refuse_a_damaged_database(tmp_path: Path, command: list[str],
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    path = make_database(tmp_path / "office.sqlite3", groups=20)
    damage(path)
    assert health.probe(path).state is not health.State.OK
    before = fingerprint(path)
    args = [c if c != "x.xlsx" else str(tmp_path / c) for c in command]
    assert main([*args, "--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert "is damaged" in err and "Nothing was changed" in err
    assert fingerprint(path) == before
    assert not (tmp_path / "backups").exists()  # no backup of a damaged file


def test_check_reports_damage_as_its_result(tmp_path: Path) -> None:
    path = make_database(tmp_path / "office.sqlite3", groups=20)
    damage(path)
    done = cli("check", "--db", str(path))
    assert done.returncode == 1 and "integrity_check: " in done.stdout
    assert "ok" not in done.stdout.split("integrity_check: ")[1]
    assert "Traceback" not in done.stderr


def test_an_emptied_database_with_backups_is_damaged_not_new(tmp_path: Path) -> None:
    path = make_database(tmp_path / "office.sqlite3", groups=2)
    db = Database.open(path)
    Services(db).backups.back_up("manual")
    db.close()
    path.write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    result = health.probe(path, backups=tmp_path / "backups")
    assert result.state is health.State.DAMAGED and result.details == [health.EMPTY]
    assert main(["demo", "--db", str(path)]) == 2
    assert path.read_bytes() == b""  # not silently made a new database


def test_a_foreign_sqlite_file_is_left_byte_identical(tmp_path: Path) -> None:
    path = tmp_path / "photos.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE album (name TEXT)")
        conn.execute("INSERT INTO album VALUES ('ครอบครัว')")
    before = fingerprint(path)
    for command in (["check"], ["demo"], ["export", "--month", "2026-11", "--out", str(tmp_path / "x.xlsx")]):
        done = cli(*command, "--db", str(path))
        assert done.returncode == 2 and "holds other data" in done.stderr, done.stderr
    assert fingerprint(path) == before


def test_check_never_writes(tmp_path: Path) -> None:
    path = make_database(tmp_path / "office.sqlite3", groups=3)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = path.read_bytes()
    assert main(["check", "--db", str(path)]) == 0
    assert path.read_bytes() == before
    assert main(["check", "--db", str(tmp_path / "none.sqlite3")]) == 2
    assert not (tmp_path / "none.sqlite3").exists()


# 5. one writer ------------------------------------------------------------------------
def test_a_command_refuses_a_database_open_in_the_window(tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    path = make_database(tmp_path / "office.sqlite3")
    window = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        started = __import__("psutil").Process(window.pid).create_time()
        lock_path(path).write_text(
            f'{{"pid": {window.pid}, "host": "{__import__("socket").gethostname()}", '
            f'"kind": "window", "started": {started}}}')
        before = fingerprint(path)
        assert main(["demo", "--db", str(path)]) == 2
        assert "open in OTOP Desk" in capsys.readouterr().err
        assert fingerprint(path) == before
    finally:
        window.kill()
        window.wait()


def test_a_command_waits_for_another_command_and_says_so(tmp_path: Path) -> None:
    path = make_database(tmp_path / "office.sqlite3")
    import socket

    import psutil

    running = psutil.Process(os.getppid())  # another command, still running
    lock_path(path).write_text(
        f'{{"pid": {running.pid}, "host": "{socket.gethostname()}", "kind": "command", '
        f'"started": {running.create_time()}}}')
    said: list[LockOwner] = []
    second = DatabaseLock(path, COMMAND)
    with pytest.raises(DatabaseInUseError):
        second.acquire_waiting(0.5, said.append, poll=0.05)
    assert said and said[0].kind == COMMAND
    lock_path(path).unlink()
    second.acquire_waiting(0.5, said.append, poll=0.05)
    assert second.held
    second.release()


def test_two_imports_at_once_run_one_after_the_other(tmp_path: Path) -> None:
    office = make_database(tmp_path / "office.sqlite3")
    books = []
    for n in range(2):
        officer = make_database(tmp_path / f"officer{n}" / "laptop.sqlite3", groups=30)
        book = tmp_path / f"book{n}.xlsx"
        assert cli("export", "--db", str(officer), "--month", "2026-11", "--out", str(book)).returncode == 0
        books.append(book)
    runs = [subprocess.Popen([sys.executable, "-m", "otop_desk", "import", "--db", str(office), str(b)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for b in books]
    outcomes = [r.communicate(timeout=120) + (r.returncode,) for r in runs]
    assert [code for _out, _err, code in outcomes] == [0, 0], outcomes
    assert all("Traceback" not in err and "locked" not in err for _out, err, _code in outcomes)
    db = Database.open(office)
    try:
        assert len(Services(db).groups.rows()) == 61
    finally:
        db.close()


# 7. a stale lock after a reboot ----------------------------------------------------------
def test_a_lock_whose_pid_now_belongs_to_another_process_is_stale(tmp_path: Path) -> None:
    path = make_database(tmp_path / "office.sqlite3")
    import socket

    import psutil

    other = psutil.Process(os.getppid())  # alive, but not the process that wrote the lock
    lock_path(path).write_text(
        f'{{"pid": {other.pid}, "host": "{socket.gethostname()}", "kind": "window", '
        f'"started": {other.create_time() - 3600}}}')
    lock = DatabaseLock(path)
    lock.acquire()
    assert lock.held
    lock.release()
    lock_path(path).write_text(
        f'{{"pid": {other.pid}, "host": "{socket.gethostname()}", "kind": "window", '
        f'"started": {other.create_time()}, "boot": {psutil.boot_time() - 86400}}}')
    lock.acquire()  # written before the last reboot
    assert lock.held
    lock.release()


def test_killed_backups_leave_nothing_behind(tmp_path: Path) -> None:
    from otop_desk.db import backup as files

    path = make_database(tmp_path / "office.sqlite3")
    folder = tmp_path / "backups"
    folder.mkdir()
    partial = folder / "office-20261101-090000-daily.sqlite3.partial"
    journal = folder / "office-20261101-090000-daily.sqlite3.partial-journal"
    for leftover in (partial, journal):
        leftover.write_bytes(b"half")
        os.utime(leftover, (1, 1))  # long before
    files.make_backup(path, folder, "manual")
    assert not partial.exists() and not journal.exists()


# 10. demo ids are random ---------------------------------------------------------------
def test_two_demo_databases_share_no_id(tmp_path: Path) -> None:
    from sqlalchemy import select

    from otop_desk.demo import generate_demo
    from otop_desk.exchange.spec import BY_NAME, TABLES

    ids: list[set[uuid.UUID]] = []
    for n in range(2):
        db = Database.open(tmp_path / f"demo{n}.sqlite3")
        try:
            generate_demo(db)
            with db.read() as s:
                ids.append({i for name in TABLES for i in s.scalars(select(BY_NAME[name].table.c.id))})
        finally:
            db.close()
    assert ids[0] and not ids[0] & ids[1]


# 11. the smoke test ---------------------------------------------------------------------
def test_smoke_test_checks_the_database_it_is_given(tmp_path: Path) -> None:
    path = make_database(tmp_path / "office.sqlite3", groups=20)
    env = {**os.environ, "TMPDIR": str(tmp_path / "tmp")}
    (tmp_path / "tmp").mkdir()
    done = subprocess.run([sys.executable, "-m", "otop_desk", "--smoke-test", "--db", str(path)],
                          capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    truncated = tmp_path / "truncated.sqlite3"
    shutil.copyfile(path, truncated)
    with truncated.open("r+b") as f:
        f.truncate(truncated.stat().st_size // 3)
    done = subprocess.run([sys.executable, "-m", "otop_desk", "--smoke-test", "--db", str(truncated)],
                          capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 1 and "FAIL" in done.stdout
    assert list((tmp_path / "tmp").iterdir()) == []  # no temporary folder left behind


# 6. personal data stays where it belongs ------------------------------------------------
def test_a_failed_write_leaves_no_name_or_phone_in_the_log(tmp_path: Path) -> None:
    """The database error of a failed write, as the window's error hook logs it."""
    from sqlalchemy.exc import IntegrityError

    from otop_desk import errors_log
    from otop_desk.db.models import Member

    log_file = errors_log.setup_logging(tmp_path / "logs")
    assert log_file is not None
    db = Database.open(tmp_path / "office.sqlite3")
    try:
        with pytest.raises(IntegrityError) as caught, db.begin() as s:
            s.add(Member(group_id=uuid.uuid4(), name="นายสมชาย ขยันยิ่ง", phone="0898765432"))
        errors_log.report(caught.value, "import")
        # PostgreSQL quotes the row in DETAIL lines; SQLAlchemy can quote parameters.
        errors_log.report(RuntimeError(
            'insert failed\nDETAIL:  Key (name)=(นายสมชาย ขยันยิ่ง) already exists.\n'
            "Failing row contains (1, นายสมชาย ขยันยิ่ง, 0898765432).\n"
            "[parameters: ('นายสมชาย ขยันยิ่ง', '0898765432')]"), "import")
    finally:
        db.close()
    for handler in errors_log.log.handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "IntegrityError" in text and "insert failed" in text
    assert "สมชาย" not in text and "0898765432" not in text


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_settings_database_and_backups_are_readable_by_the_user_only(tmp_path: Path) -> None:
    from otop_desk.db.permissions import tighten_database
    from otop_desk.ui.common.settings import AppSettings

    settings = AppSettings(tmp_path / "config" / "settings.ini")
    settings.database = "postgresql://officer:secret@server/otop"
    settings.sync()
    assert (tmp_path / "config" / "settings.ini").stat().st_mode & 0o077 == 0
    path = make_database(tmp_path / "office.sqlite3")
    made = Services(Database.open(path)).backups.back_up("manual")
    for loose in (path, made):
        loose.chmod(0o644)
    made.parent.chmod(0o755)
    assert set(tighten_database(path, made.parent)) >= {path, made, made.parent}
    assert all(p.stat().st_mode & 0o077 == 0 for p in (path, made, made.parent))
    assert main(["demo", "--db", str(path)]) == 1  # any writing command tightens them too


# 8. messages, not tracebacks, for crafted workbooks --------------------------------------
def officer_workbook(tmp_path: Path) -> Path:
    """A month's workbook of a laptop with a group, its members and a cash entry."""
    from datetime import date

    from otop_desk.domain.enums import CashCategory, EntryKind
    from otop_desk.domain.money import Money
    from otop_desk.services.books import EntryData
    from otop_desk.services.groups import MemberData, ProductData

    path = tmp_path / "laptop" / "laptop.sqlite3"
    db = Database.open(path)
    try:
        services = Services(db)
        gid = services.groups.save(GroupData(name="กลุ่มทอผ้า", member_count=1,
                                             members=[MemberData(name="นางสาย ใจดี", phone="0812345678")]))
        services.groups.save(GroupData(name="กลุ่มจักสาน", products=[ProductData(name="กระติ๊บ")]))
        services.books.save_entry(EntryData(group_id=gid, entry_date=date(2026, 11, 20), kind=EntryKind.INCOME,
                                            category=CashCategory.SHOP_SALES, amount=Money(12_500),
                                            description="ขายผ้า"))
    finally:
        db.close()
    book = tmp_path / "book.xlsx"
    assert main(["export", "--db", str(path), "--month", "2026-11", "--out", str(book)]) == 0
    return book


def tamper(book: Path, change: Any) -> Path:
    """Change a workbook's hidden data as a sender holding the signing key could (a
    laptop whose program was altered): ``change(facts, ops)`` edits the facts and the
    changes (their values as JSON), and the result is signed again with that laptop's key.
    Without the key, every such change is refused as a damaged file (another test)."""
    import openpyxl

    from otop_desk.db.database import Database
    from otop_desk.exchange import keys, workbook

    wb = openpyxl.load_workbook(book)
    facts = {r[0].value: (r[1].value or "") for r in wb[workbook.META_SHEET].iter_rows()}
    texts = workbook.changes_lines(wb[workbook.CHANGES_SHEET].iter_rows(values_only=True))
    assert texts is not None
    lines = [text.split("\t") for text in texts]  # id, stamp, table, record, kind, origin, bases, values
    change(facts, lines)
    texts = ["\t".join(line) for line in lines]
    out = book.with_name("crafted.xlsx")
    fresh = openpyxl.Workbook(write_only=True)
    fresh.create_sheet("สรุป").append(["ทดสอบ"])
    try:
        changeset = workbook._changeset({k: str(v) for k, v in facts.items()}, texts)
    except (ValueError, KeyError):  # not even readable: written as it is, unsigned anew
        for name, rows in ((workbook.META_SHEET, [[k, str(v)] for k, v in facts.items()]),
                           (workbook.CHANGES_SHEET, workbook.changes_rows(texts))):
            ws = fresh.create_sheet(name)
            for row in rows:
                ws.append(row)
        fresh.save(out)
        return out
    db = Database.open(book.parent / "laptop" / "laptop.sqlite3")
    try:
        with db.begin() as s:
            private, _public = keys.own_keys(s)
    finally:
        db.close()
    workbook.write_changes(fresh, changeset, private)
    fresh.save(out)
    return out


def _op(lines: list[list[Any]], table: str, kind: str = "insert") -> list[Any]:
    return next(line for line in lines if line[2] == table and line[4] == kind)


def _set(lines: list[list[Any]], table: str, **values: Any) -> None:
    """Set values of a table's insert (the JSON of its fields, in the last cell)."""
    import json

    line = _op(lines, table)
    fields = json.loads(line[7])
    fields.update(values)
    line[7] = json.dumps(fields, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _drop_group(facts: dict[str, Any], lines: list[list[Any]]) -> None:
    lines[:] = [line for line in lines if line[2] not in ("producer_group", "member", "product")]
    facts["op_count"] = str(len(lines))


def _count(facts: dict[str, Any], lines: list[list[Any]]) -> None:
    facts["op_count"] = str(len(lines))


CRAFTS: dict[str, Any] = {
    "a cash entry of a group that exists nowhere": _drop_group,
    "an amount of 2^63": lambda facts, lines: _set(lines, "cash_entry", amount=2**63),
    "an amount of 2^62": lambda facts, lines: _set(lines, "cash_entry", amount=2**62),
    "a negative amount": lambda facts, lines: _set(lines, "cash_entry", amount=-100),
    "a number typed as text": lambda facts, lines: _set(lines, "cash_entry", amount="12,500"),
    "an impossible date": lambda facts, lines: _set(lines, "cash_entry", entry_date="2026-02-30"),
    "a date in year 9999": lambda facts, lines: _set(lines, "cash_entry", entry_date="9999-01-01"),
    "a time without its time zone": lambda facts, lines: facts.update(created_at="2026-11-22T01:00:00"),
    "a stamp in 9999": lambda facts, lines: _op(lines, "cash_entry").__setitem__(1, str(253402214400000 << 16)),
    "a lone surrogate": lambda facts, lines: _set(lines, "cash_entry", description="ขาย\ud800"),
    "U+FFFF in text": lambda facts, lines: _set(lines, "cash_entry", description="ขาย\uffff"),
    "a star level of 9": lambda facts, lines: _set(lines, "product", star_level=9),
    "a village number of 500": lambda facts, lines: _set(lines, "producer_group", moo=500),
    "text too long": lambda facts, lines: _set(lines, "producer_group", name="ก" * 5000),
    "omitted amounts": lambda facts, lines: facts.update(omitted='{"cash_entry": ["amount"]}'),
    "omitted columns that are not a list": lambda facts, lines: facts.update(omitted='{"cash_entry": 5}'),
    "a field that does not exist": lambda facts, lines: _set(lines, "cash_entry", origin="x"),
    "a change of a table that does not exist": lambda facts, lines: (
        _op(lines, "cash_entry").__setitem__(2, "officer_profile"), _count(facts, lines)),
}


@pytest.mark.parametrize("craft", list(CRAFTS))
def test_a_crafted_workbook_is_refused_in_one_line(tmp_path: Path, craft: str) -> None:
    book = tamper(officer_workbook(tmp_path), CRAFTS[craft])
    office = make_database(tmp_path / "office.sqlite3")
    before = fingerprint(office)
    done = cli("import", "--db", str(office), str(book))
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "nothing was imported" in done.stderr.lower() or "refused" in done.stderr
    assert fingerprint(office) == before
    assert not (tmp_path / "backups").exists()  # no backup taken for a refused file


def test_a_full_disk_during_an_import_is_one_line(tmp_path: Path) -> None:
    # Enough text that the office's file must grow to take it.
    book = tamper(officer_workbook(tmp_path),
                  lambda facts, lines: _set(lines, "producer_group", notes="บันทึก" * 3000))
    office = make_database(tmp_path / "office.sqlite3")
    with sqlite3.connect(office) as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    # SQLite's own "disk full": every connection may not grow the file.
    script = (
        "import sys, sqlalchemy\n"
        "from otop_desk.db import engine\n"
        "real = engine.make_engine\n"
        "def full(*a, **k):\n"
        "    e = real(*a, **k)\n"
        f"    sqlalchemy.event.listen(e, 'connect', lambda c, r: c.execute('PRAGMA max_page_count = {pages}'))\n"
        "    return e\n"
        "engine.make_engine = full\n"
        "import otop_desk.db.database as d; d.make_engine = full\n"
        "from otop_desk.cli import main\n"
        f"sys.exit(main(['import', '--db', {str(office)!r}, {str(book)!r}]))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "disk is full" in done.stderr.lower(), done.stderr
    assert "Traceback" not in done.stderr


def test_a_newer_database_is_refused_by_check_and_export(tmp_path: Path) -> None:
    path = make_database(tmp_path / "office.sqlite3")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = fingerprint(path)
    for command in (["check"], ["export", "--month", "2026-11", "--out", str(tmp_path / "x.xlsx")]):
        done = cli(*command, "--db", str(path))
        assert done.returncode == 2 and "newer version" in done.stderr, done.stderr
        assert "Traceback" not in done.stderr
    assert fingerprint(path) == before


# 9. bugs found reading the code ---------------------------------------------------------
def test_the_audit_trail_of_a_merged_cash_entry_reads(tmp_path: Path) -> None:
    from otop_desk.exchange.jobs import import_workbooks

    book = officer_workbook(tmp_path)
    office = Database.open(make_database(tmp_path / "office.sqlite3"))
    try:
        import_workbooks(office, [book])
        services = Services(office)
        [gid] = [r.id for r in services.groups.rows() if r.name == "กลุ่มทอผ้า"]
        [entry] = services.books.cash_book(gid).rows
        assert services.books.audit_trail(entry.id) == []  # the sync mark is not an edit
    finally:
        office.close()


def test_one_balance_brought_forward_everywhere(tmp_path: Path) -> None:
    """A cash book opened on 1 November with 5,000.00: nothing before November, 5,000.00
    brought into November, on the Books tab, in the year summary, the group profile and
    the workbook alike."""
    from datetime import date

    import openpyxl

    from otop_desk.domain.money import Money
    from otop_desk.exchange.jobs import export_month
    from otop_desk.exchange.month import collect_month

    db = Database.open(tmp_path / "office.sqlite3")
    try:
        services = Services(db)
        gid = services.groups.save(GroupData(name="กลุ่มทอผ้า"))
        services.books.set_opening(gid, Money(500_000), date(2026, 11, 1))
        for month, expected in ((10, 0), (11, 500_000)):
            assert services.books.month_summary(gid, 2026, month).brought_forward == Money(expected)
            assert services.books.year_summary(gid, 2026).months[month - 1].brought_forward == Money(expected)
            [row] = [b for b in collect_month(db, 2026, month).books if b.group_id == gid]
            assert row.brought_forward == Money(expected)
        profile = services.group_profile.profile(gid, today=date(2026, 11, 22))
        assert [(m.month, m.balance) for m in profile.books[-2:]] == [(10, Money(0)), (11, Money(500_000))]
        export_month(db, 2026, 11, tmp_path / "nov.xlsx")
        books = openpyxl.load_workbook(tmp_path / "nov.xlsx").worksheets[10]
        assert [r[1] for r in books.iter_rows(min_row=2, values_only=True) if r[0] == "กลุ่มทอผ้า"] == [5000]
    finally:
        db.close()


def test_an_older_versions_standards_field_is_read_without_it(tmp_path: Path) -> None:
    """A laptop not yet upgraded still sends a product's comma list of standards (the
    field migration 0007 retired): the change is imported, the list left behind."""
    book = tamper(officer_workbook(tmp_path), lambda facts, lines: _set(lines, "product", standards="mpc,fda"))
    office = make_database(tmp_path / "office.sqlite3")
    done = cli("import", "--db", str(office), str(book))
    assert done.returncode == 0, done.stdout + done.stderr
    with sqlite3.connect(office) as conn:
        assert conn.execute("SELECT name FROM product").fetchall() == [("กระติ๊บ",)]


def test_an_empty_or_ancient_month_is_not_exported_nor_queued(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = make_database(tmp_path / "office.sqlite3")
    out = tmp_path / "x.xlsx"
    assert main(["export", "--db", str(path), "--month", "1999-01", "--out", str(out)]) == 2
    assert "nothing to export" in capsys.readouterr().err
    assert main(["export", "--db", str(path), "--month", "2560-01", "--out", str(out)]) == 2
    assert "nothing to export" in capsys.readouterr().err
    assert main(["export", "--db", str(path), "--month", "1950-01", "--out", str(out)]) == 2
    assert "outside the years" in capsys.readouterr().err  # before 2500 BE
    assert not out.exists()
    db = Database.open(path)
    try:
        from otop_desk.services.exports import ExportService

        assert ExportService(db).batches() == []
    finally:
        db.close()


def test_import_names_no_sender_when_the_workbook_names_none(tmp_path: Path) -> None:
    book = officer_workbook(tmp_path)  # a laptop without an officer's profile
    done = cli("import", "--db", str(tmp_path / "office.sqlite3"), str(book))
    assert done.returncode == 0 and "?" not in done.stdout
    assert "book.xlsx: 5 changes\n" in done.stdout
