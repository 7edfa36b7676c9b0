"""The monthly export's stamp: the second it waits for (``Clock.next_second``) is waited
for while its changes are read, and its month is read only once that second has come."""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from otop_desk import i18n
from otop_desk.db.database import Database
from otop_desk.db.models import ExportBatch
from otop_desk.domain.clock import FixedClock
from otop_desk.exchange import jobs, month
from otop_desk.exchange.jobs import export_month
from tests.unit.workbook_helpers import small_db, stamp


class _WaitingClock(FixedClock):
    """A fixed clock whose ``next_second`` takes its time, as the system's does: it
    returns once ``go`` is set (at most after five seconds)."""

    def __init__(self, at: datetime) -> None:
        super().__init__(at)
        self.go = threading.Event()
        self.events: list[str] = []

    def next_second(self) -> datetime:
        self.events.append("waiting")
        self.events.append("went on" if self.go.wait(5) else "waited in vain")
        return super().next_second()


@pytest.fixture(autouse=True)
def thai() -> None:
    i18n.install("th")


def test_the_changes_are_read_while_the_export_waits_for_its_second(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = _WaitingClock(stamp(0))
    db = Database.open(tmp_path / "laptop.sqlite3", clock=clock)
    small_db(db)
    read_changes = jobs.Spool.add_all

    def spooled(spool: Any, ops: Any) -> None:
        read_changes(spool, ops)
        clock.events.append("changes read")
        clock.go.set()  # the second comes once the changes are read (if they are read meanwhile)

    read_month = month.month_export

    def month_read(s: Any, year: int, month_: int, at: datetime, **options: Any) -> Any:
        clock.events.append(f"month read at {at:%H:%M:%S}")
        return read_month(s, year, month_, at, **options)

    monkeypatch.setattr(jobs.Spool, "add_all", spooled)
    monkeypatch.setattr(month, "month_export", month_read)
    result = export_month(db, 2026, 11, tmp_path / "month.xlsx")
    assert clock.events == ["waiting", "changes read", "went on", "month read at 09:00:01"]
    with db.read() as s:
        assert s.scalar(select(ExportBatch.exported_at)) == stamp(0).replace(second=1)
    assert result.record_count > 0
    db.close()


def test_a_given_stamp_is_not_waited_for(tmp_path: Path) -> None:
    clock = _WaitingClock(stamp(0))
    db = Database.open(tmp_path / "laptop.sqlite3", clock=clock)
    small_db(db)
    export_month(db, 2026, 11, tmp_path / "month.xlsx", now=stamp(5))
    assert clock.events == []
    with db.read() as s:
        assert s.scalar(select(ExportBatch.exported_at)) == stamp(5)
    db.close()
