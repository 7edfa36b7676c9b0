"""Backups in the window: File menu, restore dialog, start-up check, the error dialog."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QToolBar

from otop_desk.db.database import Database
from otop_desk.db.lock import lock_path
from otop_desk.services import Services
from otop_desk.services.groups import GroupData
from otop_desk.ui import messages
from otop_desk.ui.backups import error_dialog, startup
from otop_desk.ui.backups.restore_dialog import RestoreDialog
from otop_desk.ui.common.settings import AppSettings
from otop_desk.ui.shell.main_window import MainWindow
from tests.ui.conftest import Calls, type_text


@pytest.fixture
def file_services(file_db: Database) -> Services:
    return Services(file_db)




def test_file_menu_backs_up_and_restores(qtbot: Any, file_services: Services, settings: AppSettings,
                                         monkeypatch: pytest.MonkeyPatch, on_modal: Any) -> None:
    calls = Calls(monkeypatch, confirm=True)
    file_services.groups.save(GroupData(name="กลุ่มทอผ้าไหม"))
    window = MainWindow(file_services, settings)
    qtbot.addWidget(window)
    window.show()
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert "&สำรองข้อมูลเดี๋ยวนี้" in texts and "&กู้คืนจากข้อมูลสำรอง…" in texts
    next(a for a in file_menu.actions() if a.text() == "&สำรองข้อมูลเดี๋ยวนี้").trigger()
    assert calls.names() == ["show_info"]
    assert len(file_services.backups.list()) == 1

    file_services.groups.save(GroupData(name="กลุ่มที่จะหายไป"))
    window.refresh_all()

    def restore(dialog: RestoreDialog) -> None:
        assert dialog.model.rowCount() == 1
        assert dialog.model.headerData(0, Qt.Orientation.Horizontal) == "เวลาที่สำรอง"
        type_text(dialog.search, "ไม่มีทางตรง")
        assert dialog.proxy.rowCount() == 0
        dialog.search.clear()
        dialog.table.selectRow(0)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    on_modal(RestoreDialog, restore)
    next(a for a in file_menu.actions() if a.text() == "&กู้คืนจากข้อมูลสำรอง…").trigger()
    assert [r.name for r in file_services.groups.rows()] == ["กลุ่มทอผ้าไหม"]
    tab = window.tab(0)
    assert tab.model.rowCount() == 1  # the window shows the restored records
    assert calls.names()[-2:] == ["confirm", "show_info"]
    assert {e.reason for e in file_services.backups.list()} == {"manual", "restore"}


def test_restore_dialog_lists_date_reason_and_counts(qtbot: Any, file_services: Services,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    Calls(monkeypatch, confirm=False)
    for n in range(3):
        file_services.groups.save(GroupData(name=f"กลุ่ม {n}"))
        file_services.backups.back_up("daily", now=datetime(2026, 11, 18 + n, 8, 30))
    dialog = RestoreDialog(file_services.backups)
    qtbot.addWidget(dialog)
    rows = [[dialog.proxy.index(r, c).data() for c in range(4)] for r in range(dialog.proxy.rowCount())]
    assert rows[0] == ["20 พ.ย. 2569 08:30", "ประจำวัน", "3", "3"]
    assert rows[-1][0] == "18 พ.ย. 2569 08:30"
    # The file's date: "19" alone is also in the file names' device tag now and then (8 random
    # hex digits, the same in every row), and then filters nothing out.
    type_text(dialog.search, "20261119")
    assert dialog.proxy.rowCount() == 1
    assert dialog.proxy.index(0, 0).data() == "19 พ.ย. 2569 08:30"
    dialog.search.clear()
    dialog.restore_selected()  # the person says No: nothing changes
    assert not dialog.restored and len(file_services.groups.rows()) == 3


def test_restore_failure_is_explained(qtbot: Any, file_services: Services, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    calls = Calls(monkeypatch, confirm=True)
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(os.urandom(4096))
    from otop_desk.ui.backups.restore_dialog import restore_backup

    assert not restore_backup(None, file_services.backups, bad, "bad")
    assert calls.names() == ["confirm", "show_error"]
    assert "เสียหาย" in calls.seen[-1][2]


# start-up --------------------------------------------------------------------------------
def _database_with_backup(tmp_path: Path) -> tuple[Path, Path]:
    path = tmp_path / "office.sqlite3"
    db = Database.open(path)
    Services(db).groups.save(GroupData(name="กลุ่มที่สำรองไว้"))
    made = Services(db).backups.back_up("daily")
    db.close()
    return path, made


def test_damaged_database_offers_the_newest_good_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path, _made = _database_with_backup(tmp_path)
    path.write_bytes(path.read_bytes()[:3000])  # truncated: a USB stick pulled out
    calls = Calls(monkeypatch, choose="restore")
    opened = startup.open_checked(path)
    assert opened is not None
    db, lock = opened
    try:
        assert [r.name for r in Services(db).groups.rows()] == ["กลุ่มที่สำรองไว้"]
        assert calls.names() == ["choose"]
        assert "ข้อมูลสำรองล่าสุดที่ใช้ได้" in calls.seen[0][2]
        assert list(tmp_path.glob("office.sqlite3.damaged-*"))  # the damaged file is kept
    finally:
        db.close()
        assert lock is not None
        lock.release()


def test_a_check_started_early_is_used_not_repeated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from otop_desk.db import health

    path, _made = _database_with_backup(tmp_path)
    path.write_bytes(path.read_bytes()[:3000])
    probed = health.BackgroundProbe(path.resolve())  # as start-up does, before its imports
    assert probed.result().state is health.State.DAMAGED
    checked: list[Path] = []
    real_probe = health.probe
    monkeypatch.setattr(health, "probe", lambda p, **k: (checked.append(p), real_probe(p, **k))[1])
    Calls(monkeypatch, choose="restore")
    opened = startup.open_checked(path, probed=probed)
    assert opened is not None
    db, lock = opened
    db.close()
    assert lock is not None
    lock.release()
    # The damaged file was not read a second time: the backups were checked first (and
    # the restored file after).
    assert checked[0] != path.resolve() and checked[-1] == path.resolve()


def test_foreign_file_without_backup_is_left_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "photo.sqlite3"
    path.write_bytes(os.urandom(10_000))
    before = path.read_bytes()
    calls = Calls(monkeypatch, choose="quit")
    assert startup.open_checked(path) is None
    assert calls.names() == ["choose"] and path.read_bytes() == before
    assert not lock_path(path).exists()


def test_newer_database_is_refused_unchanged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    path = tmp_path / "newer.sqlite3"
    Database.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = path.read_bytes()
    calls = Calls(monkeypatch)
    assert startup.open_checked(path) is None
    assert calls.names() == ["show_error"] and "ใหม่กว่า" in calls.seen[0][2]
    assert path.read_bytes() == before


def test_second_copy_is_told_the_database_is_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "busy.sqlite3"
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        lock_path(path).write_text(f'{{"pid": {other.pid}, "host": "{socket.gethostname()}"}}')
        calls = Calls(monkeypatch)
        assert startup.open_checked(path) is None
        assert calls.names() == ["show_error"] and str(other.pid) in calls.seen[0][2]
    finally:
        other.kill()
        other.wait()
    calls = Calls(monkeypatch)
    opened = startup.open_checked(path)  # the other copy crashed: its lock is taken over
    assert opened is not None and calls.names() == []
    opened[0].close()
    opened[1].release()  # type: ignore[union-attr]


def test_unexpected_error_shows_a_short_translated_message(qtbot: Any, monkeypatch: pytest.MonkeyPatch,
                                                          tmp_path: Path) -> None:
    calls = Calls(monkeypatch)
    saved = sys.excepthook
    import threading

    saved_thread = threading.excepthook
    reporter = error_dialog.install("/data/otop.sqlite3")
    try:
        try:
            raise KeyError("missing-thing")
        except KeyError as error:
            sys.excepthook(type(error), error, error.__traceback__)
        qtbot.waitUntil(lambda: calls.names() == ["show_error"])
        title, text = calls.seen[0][1], calls.seen[0][2]
        assert title == "เกิดข้อผิดพลาด" and "missing-thing" in text and "Traceback" not in text
        import sqlite3

        error = sqlite3.OperationalError("database or disk is full")
        reporter.notify(error, None)
        qtbot.waitUntil(lambda: len(calls.seen) == 2)
        assert "ดิสก์เต็ม" in calls.seen[1][2] and "/data/otop.sqlite3" in calls.seen[1][2]
    finally:
        sys.excepthook, threading.excepthook = saved, saved_thread
        QApplication.processEvents()


def test_a_write_protected_database_opens_read_only_with_a_banner(
        qtbot: Any, tmp_path: Path, settings: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Once the daily backup spun forever on such a file and the window never came."""
    from otop_desk.app import start
    from tests.read_only import read_only_folder

    folder = tmp_path / "usb"
    folder.mkdir()
    db = Database.open(folder / "office.sqlite3")
    Services(db).groups.save(GroupData(name="กลุ่มทอผ้า"))
    db.close()
    errors: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _p, title, text: errors.append(f"{title}: {text}"))
    opened: list[Any] = []
    with read_only_folder(folder):
        window = start(folder / "office.sqlite3", settings, opened.append)
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
        [db] = opened
        assert db is not None and db.read_only
        banner = window.findChild(QToolBar, "read_only_banner")
        assert banner is not None
        qtbot.waitUntil(banner.isVisible, timeout=2_000)  # laid out with the window's next events
        assert "อ่านอย่างเดียว" in " ".join(label.text() for label in banner.findChildren(QLabel))
        qtbot.wait(50)  # the daily backup and first run were scheduled: neither may write
        assert errors == []
        assert [p.name for p in folder.iterdir()] == ["office.sqlite3"]
        window.close()
        db.close()
