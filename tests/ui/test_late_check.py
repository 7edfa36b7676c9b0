"""Start-up on a file as the program left it: the window is ready before the file check,
the daily backup and every write wait for it, and damage found late is handled as damage
found early (the newest good backup is offered)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from otop_desk import app
from otop_desk.db import trust
from otop_desk.db.backup import list_backups
from otop_desk.db.database import Database
from otop_desk.db.photo_files import photos_folder
from otop_desk.services import Services
from otop_desk.services.groups import GroupData
from otop_desk.services.photos.storage import FolderStore
from otop_desk.ui import messages
from tests.unit.test_trust import _damage_silently


def _closed_cleanly(tmp_path: Path) -> Path:
    path = tmp_path / "office.sqlite3"
    db = Database.open(path)
    services = Services(db)
    for n in range(120):
        services.groups.save(GroupData(name=f"กลุ่มที่สำรองไว้ {n} " + "ผ้าไหมมัดหมี่" * 10))
    services.backups.back_up("manual")
    app.close_cleanly(db)
    assert trust.unchanged_since_clean_close(path, tmp_path / "backups")
    return path


def _stray_photo(path: Path) -> Path:
    """A photo file no record names, old enough for the start-up sweep to remove."""
    store = FolderStore(photos_folder(path))
    stray = store.path(store.put(b"a photo of a deleted record"))
    os.utime(stray, (1_700_000_000, 1_700_000_000))  # 2023: long past the sweep's grace
    return stray


@pytest.fixture(autouse=True)
def _no_first_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app, "first_run", lambda *_a: None)  # no profile dialog here


def test_a_trusted_file_opens_before_its_check_and_is_noted_again_at_close(
        qtbot: Any, tmp_path: Path, settings: Any, test_clock: Any) -> None:
    path = _closed_cleanly(tmp_path)
    test_clock.advance(days=1)  # the next day: a daily backup is due
    stray = _stray_photo(path)
    opened: list[Any] = []
    window = app.start(path, settings, opened.append)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    [db] = opened
    assert db.write_guard is not None  # opened without waiting for the check
    # The daily backup comes once the check has passed.
    qtbot.waitUntil(lambda: any(b.reason == "daily" for b in list_backups(tmp_path / "backups", path)),
                    timeout=10_000)
    qtbot.waitUntil(lambda: not stray.exists(), timeout=10_000)  # the sweep, once the file is known sound
    window.close()
    app.close_cleanly(db)
    assert trust.unchanged_since_clean_close(path, tmp_path / "backups")


def test_damage_found_after_start_offers_the_newest_good_backup(
        qtbot: Any, tmp_path: Path, settings: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _closed_cleanly(tmp_path)
    _damage_silently(path)
    asked: list[str] = []
    monkeypatch.setattr(messages, "choose", lambda _p, _title, text, *_a: (asked.append(text), "restore")[1])
    opened: list[Any] = []
    window = app.start(path, settings, opened.append)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(opened) and bool(asked), timeout=10_000)
    [db] = opened
    assert "เสียหาย" in asked[0]
    assert list(tmp_path.glob("office.sqlite3.damaged-*"))  # the damaged file is kept aside
    services = Services(db)
    services.groups.save(GroupData(name="กลุ่มใหม่"))  # the restored file takes writes
    assert len(services.groups.rows()) == 121
    window.close()
    app.close_cleanly(db)


def test_a_refused_restore_ends_the_program_without_writing(
        qtbot: Any, tmp_path: Path, settings: Any, monkeypatch: pytest.MonkeyPatch, test_clock: Any) -> None:
    path = _closed_cleanly(tmp_path)
    test_clock.advance(days=1)  # a daily backup would be due, were the file sound
    _damage_silently(path)
    damaged = path.read_bytes()
    stray = _stray_photo(path)
    monkeypatch.setattr(messages, "choose", lambda *_a: "quit")
    exits: list[int] = []
    monkeypatch.setattr(app.QCoreApplication, "exit", lambda code=0: exits.append(code))
    opened: list[Any] = []
    window = app.start(path, settings, opened.append)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: exits == [2], timeout=10_000)
    [db] = opened
    with pytest.raises(trust.DamagedDatabase):
        Services(db).groups.save(GroupData(name="กลุ่มใหม่"))
    window.close()
    app.close_cleanly(db)
    assert path.read_bytes() == damaged
    assert not trust.unchanged_since_clean_close(path, tmp_path / "backups")
    # No daily backup of a damaged file pushed a good one out of the rotation.
    assert [b.reason for b in list_backups(tmp_path / "backups", path)] == ["manual"]
    # Nor was a photo file swept on what a damaged file says is unused.
    assert stray.exists()


def test_start_up_collects_no_garbage_until_the_first_tab_is_built(
        qtbot: Any, tmp_path: Path, settings: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """A full collection walked everything start-up had built, 80-120 ms on the way to the
    first screen (and again before the window's first paint). Collection waits until the
    first tab is built, what it built is frozen (``settle_heap``), and it resumes."""
    import gc

    path = _closed_cleanly(tmp_path)
    calls: list[str] = []

    def noted(name: str) -> Any:
        real = getattr(gc, name)
        return lambda: (calls.append(name), real())[1]

    for name in ("disable", "enable", "freeze"):
        monkeypatch.setattr(gc, name, noted(name))
    opened: list[Any] = []
    window = app.start(path, settings, lambda db: (opened.append(db), calls.append("ready")))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert calls == ["disable", "freeze", "enable", "ready"] and gc.isenabled()
    window.close()
    app.close_cleanly(opened[0])
