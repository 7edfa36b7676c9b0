"""The change log tells the truth about the tables: after the demo, the services as the
forms use them, merges and restores (the simulation checks every device at its end);
and a write behind its back is found."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from otop_desk.db.database import Database
from otop_desk.db.log_check import mismatches
from otop_desk.demo import generate_demo
from otop_desk.domain.clock import FixedClock
from otop_desk.domain.enums import CashCategory, EntryKind
from otop_desk.domain.money import Money
from otop_desk.exchange.jobs import export_month, import_workbooks
from otop_desk.services import Services
from otop_desk.services.backups import BackupService, restore_file
from otop_desk.services.books import EntryData
from otop_desk.services.check import check
from otop_desk.services.training.data import ParticipantData
from tests.unit.workbook_helpers import TODAY, stamp


def found(db: Database) -> list[str]:
    with db.read() as s:
        return [str(m) for m in mismatches(s)]


@pytest.fixture
def demo(tmp_path: Path) -> Database:
    db = Database.open(tmp_path / "demo.sqlite3", clock=FixedClock(stamp(0)))
    generate_demo(db, today=TODAY)
    return db


def test_the_demo_and_the_forms_services_keep_log_and_tables_equal(demo: Database, tmp_path: Path) -> None:
    assert found(demo) == []
    services = Services(demo)
    groups = services.groups.rows()
    data = services.groups.get(groups[0].id)
    data.notes, data.members = "แก้ไขแล้ว", data.members[1:]  # a field, and a member struck off
    services.groups.save(data)
    services.groups.delete(groups[1].id, with_records=True)  # cascades to its visits, books...
    training = services.training.get(services.training.rows()[0].id)
    training.participants = [*training.participants[1:], ParticipantData(name="นายวิทยากร รับเชิญ")]
    services.training.save(training)
    services.books.save_entry(EntryData(groups[2].id, TODAY, EntryKind.INCOME, CashCategory.SHOP_SALES,
                                        Money.from_baht(1200), "ขายผ้า"), allow_exported=True)
    entry = services.books.cash_book(groups[2].id).rows[0]
    services.books.delete_entry(entry.id, allow_exported=True)
    assert found(demo) == []
    # a restore, and a merge of another laptop's workbook
    backup = BackupService(demo).back_up("manual")
    demo.engine.dispose()
    restore_file(backup, demo.path, demo.backup_dir)  # type: ignore[arg-type]
    demo.reopen()
    assert found(demo) == []
    other = Database.open(tmp_path / "other.sqlite3", clock=FixedClock(stamp(5)))
    generate_demo(other, today=TODAY)
    export_month(other, 2026, 11, tmp_path / "other.xlsx")
    import_workbooks(demo, [tmp_path / "other.xlsx"])
    assert found(demo) == []
    assert check(demo).ok


def test_a_write_behind_the_logs_back_is_found(demo: Database) -> None:
    group = Services(demo).groups.rows()[0]
    visit = Services(demo).visits.rows()[0]
    Services(demo).groups.save(Services(demo).groups.get(group.id))  # no change: nothing logged
    data = Services(demo).groups.get(group.id)
    data.notes = "ผ่านแบบฟอร์ม"
    Services(demo).groups.save(data)
    demo.engine.dispose()
    conn = sqlite3.connect(demo.path)
    with conn:
        conn.execute("UPDATE producer_group SET notes = 'แอบแก้' WHERE id = ?", (group.id.hex,))
        conn.execute("DELETE FROM visit WHERE id = ?", (visit.id.hex,))
    conn.close()
    assert sorted(found(demo)) == sorted([f"producer_group {group.id}: notes differs from the log",
                                          f"visit {visit.id}: missing"])
    report = check(demo)
    assert not report.ok and "change log: 2 differences from the tables" in report.lines()
    assert "แอบแก้" not in "\n".join(report.lines())  # values are not printed: they may be personal
