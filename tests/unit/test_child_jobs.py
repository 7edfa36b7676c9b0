"""The child side of a window's job: progress lines, cancelling, errors, and the CLI export."""

from __future__ import annotations

import io
import json
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from otop_desk import cli
from otop_desk.child_jobs import ChildFailed, ChildProgress, error_from, error_payload
from otop_desk.db.database import Database
from tests.unit.workbook_helpers import small_db


def test_progress_lines_are_throttled_but_the_last_one_is_always_said() -> None:
    out = io.StringIO()
    read_end, write_end = os.pipe()  # stays open: nobody cancels
    with os.fdopen(read_end) as stdin:
        progress = ChildProgress(out, stdin)
        assert all(progress(done, 1000) for done in range(1000))
        assert progress(1000, 1000)
        os.close(write_end)
    lines = out.getvalue().splitlines()
    assert lines[0] == "progress 0 1000" and lines[-1] == "progress 1000 1000"
    assert len(lines) < 10


@pytest.mark.parametrize("said", ["cancel\n", ""])  # asked to, or the window went away
def test_cancel_or_a_closed_pipe_stops_the_job(said: str) -> None:
    progress = ChildProgress(io.StringIO(), io.StringIO(said))
    deadline = time.monotonic() + 5
    while progress(1, 10) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not progress(2, 10)


def test_errors_travel_as_json() -> None:
    disk_full = error_from(error_payload(OSError(28, "No space left on device")))
    assert isinstance(disk_full, OSError) and disk_full.errno == 28
    assert disk_full.strerror == "No space left on device"
    bug = error_from(error_payload(KeyError("ผิด")))
    assert isinstance(bug, ChildFailed) and "KeyError" in str(bug) and "ผิด" in str(bug)
    assert isinstance(error_from("not json"), ChildFailed)


@pytest.fixture
def window_stdin(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """stdin as the window leaves it: an open pipe nobody writes to."""
    read_end, write_end = os.pipe()
    with os.fdopen(read_end) as stdin:
        monkeypatch.setattr("sys.stdin", stdin)
        yield
        os.close(write_end)


@pytest.mark.usefixtures("window_stdin")
def test_the_cli_export_speaks_to_the_window(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: Any) -> None:
    path = tmp_path / "db.sqlite3"
    db = Database.open(path)
    small_db(db)
    db.close()
    # The database comes from the environment, as the window passes it.
    monkeypatch.setenv("OTOP_DESK_DB", str(path))
    code = cli.main(["export", "--month", "2569-11", "--out", str(tmp_path / "m.xlsx"), "--progress"])
    lines = capsys.readouterr().out.splitlines()
    assert code == 0 and lines[0].startswith("progress ")
    kind, payload = lines[-1].split(" ", 1)
    result = json.loads(payload)
    assert kind == "result" and result["path"] == str(tmp_path / "m.xlsx") and result["records"] == 2  # the group and its member


@pytest.mark.usefixtures("window_stdin")
@pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning")  # nothing left half-closed
def test_the_cli_export_reports_a_storage_error(tmp_path: Path, capsys: Any) -> None:
    path = tmp_path / "db.sqlite3"
    db = Database.open(path)
    small_db(db)  # a month with something to export
    db.close()
    (tmp_path / "a-file").write_text("")
    blocked = tmp_path / "a-file" / "m.xlsx"  # a folder that cannot be
    code = cli.main(["export", "--db", str(path), "--month", "2026-11", "--out", str(blocked), "--progress"])
    kind, payload = capsys.readouterr().out.splitlines()[-1].split(" ", 1)
    assert code == 1 and kind == "error" and json.loads(payload)["kind"] == "os"
