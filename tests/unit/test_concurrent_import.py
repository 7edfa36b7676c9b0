"""Several staff merging workbooks into one database at the same moment.

Each thread opens its own ``Database`` on the same file or server, as separate
computers would. Whatever order the merges run in, every record is there once, the
later of two same-field edits wins, each change is logged once and the conflict is
reported once.
"""

from __future__ import annotations

import threading
import uuid
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select

from otop_desk import i18n
from otop_desk.db.database import Database
from otop_desk.db.models import ChangeLog, Member, ProducerGroup
from otop_desk.domain.clock import FixedClock
from otop_desk.exchange.jobs import export_month, import_workbooks
from otop_desk.exchange.merge import MergeReport
from tests.conftest import MakeDb
from tests.unit.workbook_helpers import group_name, set_group, small_db, stamp


@pytest.fixture(scope="module", autouse=True)
def thai() -> None:
    if QCoreApplication.instance() is None:
        QCoreApplication([])
    i18n.install("th")


def _officer(make_db: MakeDb, name: str, groups: int) -> tuple[Database, list[uuid.UUID]]:
    db = make_db(name)
    db.use_clock(FixedClock(stamp(0)))  # a laptop with a clock of its own
    ids = [small_db(db, f"{name} กลุ่มที่ {i}") for i in range(groups)]
    return db, ids


def _merge_at_once(db: Database, books: list[Path], tmp_path: Path) -> list[MergeReport]:
    """One thread, one connection pool per workbook, all started together.

    (On SQLite each "computer" keeps its backups before the import in its own folder: two
    backups of one file in the same second would otherwise race for one name.)
    """
    start = threading.Barrier(len(books))
    reports: list[MergeReport | None] = [None] * len(books)
    errors: list[BaseException] = []

    def run(i: int) -> None:
        staff = Database.open(db.target, backup_dir=tmp_path / f"backups-{i}")  # another computer
        try:
            start.wait()
            reports[i] = import_workbooks(staff, [books[i]]).report
        except BaseException as error:  # reported to the test below
            errors.append(error)
        finally:
            staff.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(books))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors
    return [r for r in reports if r is not None]


@pytest.mark.parametrize("round_", range(2))
def test_concurrent_imports_of_overlapping_workbooks(make_db: MakeDb, tmp_path: Path,
                                                     round_: int) -> None:
    """Four staff merge at once (one workbook twice): each change once, each record once,
    the later of two same-field edits kept, the conflict reported once."""
    first, first_ids = _officer(make_db, "อำเภอเมือง", 12)
    export_month(first, 2026, 11, tmp_path / "w1.xlsx")
    changed, conflicted = first_ids[:4], first_ids[4]
    office = make_db("office")
    import_workbooks(office, [tmp_path / "w1.xlsx"])  # last month's merge
    set_group(office, conflicted, stamp(5), name="แก้ที่จังหวัด")  # an edit at the office ...
    for gid in changed + [conflicted]:  # ... and later ones on the laptop
        set_group(first, gid, stamp(10), name=f"แก้แล้ว {gid.hex[:6]}")
    new_ids = [small_db(first, f"กลุ่มใหม่ {i}") for i in range(3)]
    export_month(first, 2026, 11, tmp_path / "w2.xlsx")
    second, second_ids = _officer(make_db, "อำเภอพล", 8)
    export_month(second, 2026, 11, tmp_path / "w3.xlsx")
    books = [tmp_path / n for n in ("w1.xlsx", "w2.xlsx", "w3.xlsx", "w2.xlsx")]
    reports = _merge_at_once(office, books, tmp_path)

    everyone = set(first_ids + new_ids + second_ids)
    with office.read() as s:
        groups = s.scalars(select(ProducerGroup.id)).all()
        assert Counter(groups) == Counter(everyone)  # each group once
        assert s.scalar(select(func.count()).select_from(Member)) == len(everyone)
        ops = s.execute(select(ChangeLog.origin, ChangeLog.epoch, ChangeLog.seq)).all()
        assert len(ops) == len(set(ops))  # each change logged once
    for gid in changed + [conflicted]:  # the later edit won, whichever merge ran last
        assert group_name(office, gid) == f"แก้แล้ว {gid.hex[:6]}"
    conflicts = [c for r in reports for c in r.conflicts]
    assert [(c.record_id, c.field) for c in conflicts] == [(conflicted, "name")]  # reported once
    assert sum(r.added.get("producer_group", 0) for r in reports) == len(new_ids) + len(second_ids)
    assert sum(r.updated.get("producer_group", 0) for r in reports) == len(changed) + 1
