"""The window's print job reads the file the window holds: no second file check, and no
way to write (``command_db.held_by_parent_window``)."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from otop_desk import command_db
from otop_desk.child_jobs import CHECKED_ENV
from otop_desk.db import health
from otop_desk.db.database import Database
from otop_desk.db.lock import COMMAND, DatabaseLock, lock_path
from otop_desk.services import Services
from tests.unit.test_print_batches import add_visits

#: The print child as the window starts it, with the file check made to say when it runs.
CHILD = """
import sys
from otop_desk.db import health
checked = health.probe
def probe(*args, **kwargs):
    print("quick_check ran", flush=True)
    return checked(*args, **kwargs)
health.probe = probe
from otop_desk.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.fixture
def month(tmp_path: Path) -> tuple[Path, Path]:
    """A database of three visits, and the file of their ids the window hands its child."""
    path = tmp_path / "month.sqlite3"
    db = Database.open(path)
    ids = add_visits(Services(db), 3)
    db.close()
    listed = tmp_path / "ids.txt"
    listed.write_text("\n".join(str(i) for i in ids))
    return path, listed


def print_child(path: Path, listed: Path, out: Path) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OTOP_DESK_DB=str(path))
    done = subprocess.run([sys.executable, "-c", CHILD, "print-visits", "--ids-file", str(listed),
                           "--out", str(out)], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert out.is_file()
    return done.stdout


def test_a_print_child_of_the_window_does_not_check_the_file_again(month: tuple[Path, Path], tmp_path: Path) -> None:
    path, listed = month
    with DatabaseLock(path):  # this process is the window that has the file open
        said = print_child(path, listed, tmp_path / "window.pdf")
    assert "quick_check ran" not in said
    assert "3 visit(s)" in said


def test_the_same_command_from_a_shell_checks_the_file(month: tuple[Path, Path], tmp_path: Path) -> None:
    path, listed = month
    assert "quick_check ran" in print_child(path, listed, tmp_path / "shell.pdf")  # nobody holds it
    with DatabaseLock(path, COMMAND):  # another command (an import) holds it
        assert "quick_check ran" in print_child(path, listed, tmp_path / "import.pdf")


@pytest.fixture
def checked(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The files the file check (``health.probe``) ran on, in order; it still runs."""
    seen: list[Path] = []
    real = health.probe
    monkeypatch.setattr(health, "probe", lambda p, **k: seen.append(p) or real(p, **k))
    return seen


@pytest.fixture
def as_window_child(monkeypatch: pytest.MonkeyPatch) -> None:
    """This process plays the window and its child at once."""
    monkeypatch.setattr(command_db.os, "getppid", os.getpid)


def test_a_reader_started_by_the_window_cannot_write(month: tuple[Path, Path], as_window_child: None,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    path, _ = month
    monkeypatch.setattr(health, "probe", lambda *a, **k: pytest.fail("the file was checked again"))
    before = path.read_bytes()
    with DatabaseLock(path), command_db.opened(path, writes=False) as db:
        assert db.read_only
        raw = db.engine.raw_connection()
        try:
            with pytest.raises(sqlite3.OperationalError, match="readonly"):
                raw.cursor().execute("CREATE TABLE intruder (x)")
            with pytest.raises(sqlite3.OperationalError, match="readonly"):
                raw.cursor().execute("DELETE FROM visit")
        finally:
            raw.close()
    assert path.read_bytes() == before


def test_a_writer_started_by_the_window_is_still_checked(month: tuple[Path, Path], as_window_child: None,
                                                         monkeypatch: pytest.MonkeyPatch, checked: list[Path]) -> None:
    """...unless the window says its check has passed (next test)."""
    path, _ = month
    monkeypatch.delenv(CHECKED_ENV, raising=False)
    with DatabaseLock(path), command_db.opened(path, writes=True) as db:
        assert not db.read_only
    assert checked == [path.resolve()]


def test_a_writer_the_window_started_after_its_check_passed_is_not_checked_again(
        month: tuple[Path, Path], as_window_child: None, monkeypatch: pytest.MonkeyPatch) -> None:
    path, _ = month
    monkeypatch.setenv(CHECKED_ENV, "1")
    monkeypatch.setattr(health, "probe", lambda *a, **k: pytest.fail("the file was checked again"))
    with DatabaseLock(path), command_db.opened(path, writes=True) as db:
        assert not db.read_only


def test_the_window_s_word_alone_does_not_spare_a_writer_the_check(
        month: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, checked: list[Path]) -> None:
    """The variable set in a shell: the lock does not name this command's parent."""
    path, _ = month
    monkeypatch.setenv(CHECKED_ENV, "1")
    with command_db.opened(path, writes=True):
        pass
    assert checked == [path.resolve()]


def test_the_window_says_checked_only_for_the_jobs_it_checked_for(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QProgressDialog

    from otop_desk.ui.common.child_process import _Child

    monkeypatch.setenv(CHECKED_ENV, "1")  # as if the window was started from such a shell
    for checked in (True, False):
        child = _Child(QProgressDialog(), ["export"], "otop.sqlite3", checked)
        assert child.process.processEnvironment().value(CHECKED_ENV) == ("1" if checked else "")


def test_a_stale_lock_whose_process_id_was_reused_does_not_count(month: tuple[Path, Path], as_window_child: None,
                                                                 monkeypatch: pytest.MonkeyPatch, checked: list[Path]) -> None:
    """A window that crashed left its lock; the id now belongs to another process (here,
    this one, started at another time): that process has checked nothing."""
    path, _ = month
    lock_path(path).write_text(json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "since": "",
                                           "kind": "window", "started": 1.0, "boot": None}))
    assert not command_db.held_by_parent_window(path.resolve())
    with command_db.opened(path, writes=False):
        pass
    assert checked == [path.resolve()]


def test_the_collector_stays_out_of_reading_and_comes_back_after() -> None:
    import gc

    from otop_desk.child_jobs import bulk_read

    try:
        with pytest.raises(KeyError), bulk_read():
            assert not gc.isenabled()
            assert gc.get_freeze_count() > 0  # what was imported is never walked again
            raise KeyError("a failed read")
        assert gc.isenabled()
    finally:
        gc.unfreeze()  # this test process is not a child
        gc.enable()


@pytest.mark.skipif(sys.platform == "win32", reason="Unix priorities")
def test_the_window_s_print_child_gives_way_before_its_imports(month: tuple[Path, Path], tmp_path: Path) -> None:
    import psutil

    from otop_desk.child_jobs import BACKGROUND_NICE

    path, listed = month
    script = ("import sys, psutil\nimport otop_desk.cli as cli\nreal = cli.build_parser\n"
              "def build():\n    print('nice', psutil.Process().nice(), flush=True)\n    return real()\n"
              "cli.build_parser = build\nsys.exit(cli.main(sys.argv[1:]))\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OTOP_DESK_DB=str(path))
    done = subprocess.run([sys.executable, "-c", script, "print-visits", "--ids-file", str(listed), "--out",
                           str(tmp_path / "m.pdf"), "--progress"], env=env, input="", capture_output=True,
                          text=True, timeout=120)  # stdin closed at once: cancelled, as is fine here
    assert f"nice {min(19, psutil.Process().nice() + BACKGROUND_NICE)}" in done.stdout.splitlines()
