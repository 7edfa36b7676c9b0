"""The monthly export's changes read by a helper process (``exchange.changes_helper``)
while the export reads the month: the very workbook the export writes alone; a helper
that fails leaves the export to read them itself; a cancelled export leaves neither a
helper nor its file; a short stretch, a memory database or one core start none."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from otop_desk.db.database import Database
from otop_desk.demo.generate import generate_demo
from otop_desk.exchange import changes_helper, keys
from otop_desk.exchange.jobs import export_month
from otop_desk.reports.workbook.writer import ExportCancelled
from tests.conftest import PINNED_NOW


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("helper") / "officer.sqlite3"
    db = Database.open(path)
    generate_demo(db, today=PINNED_NOW.date())
    with db.begin() as s:
        keys.own_keys(s)  # made once: every copy signs with the same key
    db.close()
    return path


def _copy(demo_file: Path, folder: Path, name: str) -> Database:
    target = folder / f"{name}.sqlite3"
    shutil.copy(demo_file, target)
    return Database.open(target)


def _cells(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in book.worksheets}
    finally:
        book.close()


def _export(demo_file: Path, folder: Path, name: str, monkeypatch: pytest.MonkeyPatch, *,
            helper: bool) -> dict[str, list[tuple[Any, ...]]]:
    monkeypatch.setattr(changes_helper, "MIN_CHANGES_FOR_HELPER", 0 if helper else 10**9)
    monkeypatch.setattr(changes_helper, "cores", lambda: 2)
    db = _copy(demo_file, folder, name)
    try:
        out = folder / f"{name}.xlsx"
        result = export_month(db, 2026, 11, out, now=PINNED_NOW)
        assert result.record_count > 0
    finally:
        db.close()
    return _cells(out)


def _started(monkeypatch: pytest.MonkeyPatch) -> list[changes_helper.ChangesBeside]:
    made: list[changes_helper.ChangesBeside] = []
    real = changes_helper.ChangesBeside.__init__

    def noted(self: changes_helper.ChangesBeside, *args: Any, **kwargs: Any) -> None:
        real(self, *args, **kwargs)
        made.append(self)

    monkeypatch.setattr(changes_helper.ChangesBeside, "__init__", noted)
    return made


def test_the_helpers_workbook_is_the_one_the_export_writes_alone(
        demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    started = _started(monkeypatch)
    alone = _export(demo_file, tmp_path, "alone", monkeypatch, helper=False)
    assert started == []
    with caplog.at_level("WARNING"):
        helped = _export(demo_file, tmp_path, "helped", monkeypatch, helper=True)
    assert len(started) == 1 and "helper failed" not in caplog.text
    assert len(helped["_changes"]) > 100
    assert helped == alone  # every sheet, cell for cell: the changes, their count, the signature
    assert not started[0]._folder.exists()  # the spool file went with the export


def test_a_helper_that_fails_leaves_the_export_to_read_the_changes(
        demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    alone = _export(demo_file, tmp_path, "alone", monkeypatch, helper=False)
    monkeypatch.setattr(changes_helper, "HELPER_COMMAND", "no-such-command")
    with caplog.at_level("WARNING"):
        helped = _export(demo_file, tmp_path, "failed", monkeypatch, helper=True)
    assert helped == alone
    assert "helper failed" in caplog.text


def test_a_cancelled_export_stops_its_helper_and_leaves_nothing(
        demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    started = _started(monkeypatch)
    monkeypatch.setattr(changes_helper, "MIN_CHANGES_FOR_HELPER", 0)
    monkeypatch.setattr(changes_helper, "cores", lambda: 2)
    db = _copy(demo_file, tmp_path, "cancelled")
    try:
        with pytest.raises(ExportCancelled):
            export_month(db, 2026, 11, tmp_path / "cancelled.xlsx", now=PINNED_NOW,
                         progress=lambda _done, _total: False)
    finally:
        db.close()
    assert len(started) == 1
    helper = started[0]
    assert helper._process is None  # stopped (killed) and waited for
    assert not helper._folder.exists()
    assert list(tmp_path.glob("*.xlsx")) == [] and list(tmp_path.glob(".cancelled*")) == []


def test_no_helper_for_a_short_stretch_a_memory_database_or_one_core(
        demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = _copy(demo_file, tmp_path, "worth")
    memory = Database.memory()
    try:
        monkeypatch.setattr(changes_helper, "cores", lambda: 2)
        monkeypatch.setattr(changes_helper, "MIN_CHANGES_FOR_HELPER", 0)
        assert changes_helper.worth_a_helper(db)
        assert not changes_helper.worth_a_helper(memory)
        monkeypatch.setattr(changes_helper, "MIN_CHANGES_FOR_HELPER", 10**9)
        assert not changes_helper.worth_a_helper(db)
        monkeypatch.setattr(changes_helper, "MIN_CHANGES_FOR_HELPER", 0)
        monkeypatch.setattr(changes_helper, "cores", lambda: 1)
        assert not changes_helper.worth_a_helper(db)
    finally:
        db.close()
        memory.close()


def test_the_helper_wants_its_database_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("OTOP_DESK_DB", raising=False)
    assert changes_helper.helper_main(["--spool", str(tmp_path / "x.txt")]) == 2
    assert "OTOP_DESK_DB" in capsys.readouterr().err
    assert not (tmp_path / "x.txt").exists()
