"""An export whose changes a helper process reads beside it (``exchange.beside``) writes
the very workbook an export that reads them itself writes, and leaves nothing behind."""

from __future__ import annotations

import uuid
import zipfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from otop_desk import i18n
from otop_desk.db.backup import backup_file
from otop_desk.db.changelog import device_id
from otop_desk.db.database import Database
from otop_desk.db.models import ChangeLog, ExportBatch, Peer, Replica
from otop_desk.demo import generate_demo
from otop_desk.domain.clock import FixedClock
from otop_desk.exchange import beside, jobs, keys
from otop_desk.exchange.jobs import export_month
from otop_desk.exchange.spool import Spool
from otop_desk.exchange.workbook import read
from tests.unit.workbook_helpers import TODAY, stamp


@pytest.fixture(scope="module", autouse=True)
def thai() -> None:
    i18n.install("th")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo laptop with its keys, whose office has read part of its log."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    db = Database.open(path, clock=FixedClock(stamp(0)))
    generate_demo(db, scale="officer", today=TODAY)
    with db.begin() as s:
        keys.own_keys(s)
    db.close()
    return path


def _copy(demo_file: Path, folder: Path) -> Database:
    folder.mkdir()
    backup_file(demo_file, folder / "laptop.sqlite3")
    return Database.open(folder / "laptop.sqlite3", clock=FixedClock(stamp(30)))


def _parts(path: Path) -> dict[str, bytes]:
    """The workbook's parts, but its properties (openpyxl stamps them with the wall clock)."""
    with zipfile.ZipFile(path) as z:
        return {name: z.read(name) for name in z.namelist() if not name.startswith("docProps/")}


@pytest.fixture(autouse=True)
def two_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jobs.os, "cpu_count", lambda: 2)


@pytest.fixture
def spools(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The folder every spool file of the test is made in."""
    folder = tmp_path / "spools"
    folder.mkdir()
    made = Spool.create
    monkeypatch.setattr(Spool, "create", staticmethod(lambda _folder=None: made(folder)))
    return folder


@pytest.mark.parametrize("private", [False, True])
def test_the_workbook_is_the_one_written_with_the_changes_read_here(
        demo_file: Path, tmp_path: Path, spools: Path, monkeypatch: pytest.MonkeyPatch, private: bool) -> None:
    here = _copy(demo_file, tmp_path / "here")
    there = _copy(demo_file, tmp_path / "there")
    export_month(here, 2026, 11, tmp_path / "here.xlsx", without_personal_data=private)
    monkeypatch.setattr(jobs, "_read_changes", _not_here)
    result = export_month(there, 2026, 11, tmp_path / "there.xlsx", without_personal_data=private,
                          changes_beside=True)
    assert _parts(tmp_path / "there.xlsx") == _parts(tmp_path / "here.xlsx")
    changeset = read(tmp_path / "there.xlsx").changeset
    assert changeset is not None and result.record_count == changeset.count > 1000
    assert list(spools.iterdir()) == []
    here.close()
    there.close()


def test_the_helper_reads_what_every_office_lacks(
        demo_file: Path, tmp_path: Path, spools: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """After a return workbook (an office that has read part of the log): the same
    stretch, read beside or here."""
    found = []
    for name, beside_ in (("here", False), ("there", True)):
        db = _copy(demo_file, tmp_path / name)
        with db.begin() as s:
            top = s.scalar(select(func.max(ChangeLog.lseq)))
            replica = s.get(Replica, device_id(s))
            assert replica is not None
            s.add(Peer(device_id=uuid.UUID(int=7), office="สำนักงาน", is_office=True, holds="{}", received_upto=0,
                       acked_epoch=replica.epoch, acked_upto=top // 2, their_epoch=0, last_export=1,
                       first_seen=stamp(0), last_seen=stamp(0)))
        result = export_month(db, 2026, 11, tmp_path / f"{name}.xlsx", changes_beside=beside_)
        changeset = read(tmp_path / f"{name}.xlsx").changeset
        assert changeset is not None
        found.append((result.record_count, changeset.log_from, changeset.log_upto, changeset.signature))
        db.close()
    assert found[0] == found[1] and found[0][1] > 0


def test_a_failed_helper_fails_the_export_and_leaves_nothing(
        demo_file: Path, tmp_path: Path, spools: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = _copy(demo_file, tmp_path / "laptop")
    with db.read() as s:
        batches = s.scalar(select(func.count()).select_from(ExportBatch))
    monkeypatch.setattr(beside, "HELPER_COMMAND", "export-nothing")
    with pytest.raises(beside.ChangesFailed, match="export-nothing"):
        export_month(db, 2026, 11, tmp_path / "out" / "month.xlsx", changes_beside=True)
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []
    assert list(spools.iterdir()) == []
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(ExportBatch)) == batches
    db.close()


def test_an_export_in_memory_reads_its_changes_itself(spools: Path, tmp_path: Path) -> None:
    db = Database.memory(clock=FixedClock(stamp(0)))
    generate_demo(db, scale="officer", today=TODAY)
    result = export_month(db, 2026, 11, tmp_path / "month.xlsx", changes_beside=True)
    assert result.record_count > 1000 and list(spools.iterdir()) == []


def test_on_one_core_an_export_reads_its_changes_itself(
        demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = _copy(demo_file, tmp_path / "laptop")
    monkeypatch.setattr(jobs.os, "cpu_count", lambda: 1)
    monkeypatch.setattr(jobs, "Beside", _no_helper)
    assert export_month(db, 2026, 11, tmp_path / "month.xlsx", changes_beside=True).record_count > 1000
    db.close()


def _not_here(*_args: Any, **_kwargs: Any) -> Any:
    raise AssertionError("the changes were read here, not beside")


def _no_helper(*_args: Any, **_kwargs: Any) -> Any:
    raise AssertionError("a helper was started")
