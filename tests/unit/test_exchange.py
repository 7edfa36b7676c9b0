"""Replication over workbooks: what the six-month simulation lost, each case held.

Every test makes its laptops and office with clocks of their own (``device``), changes
records through the services as the forms do, and exchanges real workbook files.
"""

from __future__ import annotations

import shutil
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from otop_desk import i18n
from otop_desk.db.changelog import device_id
from otop_desk.db.database import Database
from otop_desk.db.models import CashEntry, Member, Visit
from otop_desk.demo import generate_demo
from otop_desk.domain.clock import FixedClock
from otop_desk.domain.enums import CashCategory, EntryKind
from otop_desk.domain.money import Money
from otop_desk.exchange.conflicts import open_conflicts, settle
from otop_desk.exchange.history import history
from otop_desk.exchange.jobs import (
    export_handover,
    export_month,
    export_return,
    import_workbooks,
)
from otop_desk.exchange.workbook import WorkbookRefused
from otop_desk.services import Services
from otop_desk.services.backups import BackupService, restore_file
from otop_desk.services.books import EntryData
from otop_desk.services.groups import GroupData, MemberData
from otop_desk.services.officer import Profile
from otop_desk.services.visits import VisitData
from tests.conftest import MakeDb
from tests.unit.workbook_helpers import (
    TODAY,
    device,
    group_name,
    records,
    set_group,
    small_db,
    snapshot,
    stamp,
)


@pytest.fixture(scope="module", autouse=True)
def thai() -> None:
    i18n.install("th")


@pytest.fixture(scope="module")
def demo_officer(tmp_path_factory: pytest.TempPathFactory) -> tuple[Database, Path]:
    db = Database.open(tmp_path_factory.mktemp("demo") / "demo.sqlite3", clock=FixedClock(stamp(0)))
    generate_demo(db, today=TODAY)
    path = tmp_path_factory.mktemp("out") / "otop-2569-11.xlsx"
    export_month(db, 2026, 11, path)
    return db, path


def me(db: Database) -> str:
    with db.read() as s:
        return device_id(s).hex


def sync(officer: Database, office: Database, folder: Path, name: str, month: int = 11) -> None:
    """The officer's workbook to the office, and the office's return to the officer."""
    out = folder / f"{name}-out.xlsx"
    export_month(officer, 2026, month, out)
    import_workbooks(office, [out])
    back = folder / f"{name}-back.xlsx"
    export_return(office, me(officer), back)
    import_workbooks(officer, [back])


# what arrives --------------------------------------------------------------------------
def test_round_trip_carries_everything_and_a_second_import_changes_nothing(
        demo_officer: tuple[Database, Path], make_db: MakeDb) -> None:
    officer, book = demo_officer
    office = make_db("office")  # a SQLite file or a PostgreSQL server, as the test is run
    first = import_workbooks(office, [book]).report
    assert first.received > 5000 and not first.conflicts
    assert records(office) == records(officer)  # every record of every month, not one
    before = snapshot(office)
    again = import_workbooks(office, [book]).report
    assert again.received == 0 and again.known == first.received and not again.changed
    assert snapshot(office) == before


def test_a_november_record_edited_in_december_leaves_in_december(tmp_path: Path) -> None:
    officer, office = device(tmp_path / "a.sqlite3"), device(tmp_path / "o.sqlite3")
    services = Services(officer)
    gid = small_db(officer)
    entry = services.books.save_entry(EntryData(gid, date(2026, 11, 10), EntryKind.INCOME,
                                                CashCategory.SHOP_SALES, Money(10_000), "ขายผ้า"))
    export_month(officer, 2026, 11, tmp_path / "nov.xlsx")
    import_workbooks(office, [tmp_path / "nov.xlsx"])
    officer.clock.set(stamp(0, day=5).replace(month=12))  # type: ignore[attr-defined]
    data = services.books.get_entry(entry)
    data.amount = Money(12_500)
    services.books.save_entry(data, allow_exported=True)
    export_month(officer, 2026, 12, tmp_path / "dec.xlsx")  # the December report ...
    import_workbooks(office, [tmp_path / "dec.xlsx"])  # ... carries November's edit
    with office.read() as s:
        assert s.get(CashEntry, entry).amount == Money(12_500)  # type: ignore[union-attr]


# per field ------------------------------------------------------------------------------
def test_edits_of_different_fields_on_two_devices_both_survive(tmp_path: Path, make_db: MakeDb) -> None:
    officer = device(tmp_path / "a.sqlite3")
    office = make_db("office")
    office.use_clock(FixedClock(stamp(0)))
    gid = small_db(officer)
    sync(officer, office, tmp_path, "1")
    set_group(officer, gid, stamp(10), name="กลุ่มทอผ้า (ชื่อใหม่)")
    set_group(office, gid, stamp(11), notes="บันทึกของอำเภอ")
    sync(officer, office, tmp_path, "2")
    for db in (officer, office):
        group = Services(db).groups.get(gid)
        assert (group.name, group.notes) == ("กลุ่มทอผ้า (ชื่อใหม่)", "บันทึกของอำเภอ")
    assert open_conflicts(office) == [] and records(office) == records(officer)


def test_the_same_field_on_both_sides_is_a_conflict_the_later_wins_everywhere(tmp_path: Path) -> None:
    officer, office = device(tmp_path / "a.sqlite3"), device(tmp_path / "o.sqlite3")
    gid = small_db(officer)
    sync(officer, office, tmp_path, "1")
    set_group(officer, gid, stamp(20), name="ชื่อจากพัฒนากร")
    set_group(office, gid, stamp(21), name="ชื่อจากอำเภอ")
    export_month(officer, 2026, 11, tmp_path / "2.xlsx")
    report = import_workbooks(office, [tmp_path / "2.xlsx"]).report
    [conflict] = report.conflicts
    assert (conflict.table, conflict.record_id, conflict.field) == ("producer_group", gid, "name")
    assert (conflict.kept_value, conflict.lost_value) == ("ชื่อจากอำเภอ", "ชื่อจากพัฒนากร")
    [shown] = open_conflicts(office)
    assert (shown.record_label, shown.field_label) == ("Producer group", "Group name")
    export_return(office, me(officer), tmp_path / "back.xlsx")
    import_workbooks(officer, [tmp_path / "back.xlsx"])
    assert group_name(officer, gid) == group_name(office, gid) == "ชื่อจากอำเภอ"
    # A person prefers the other value: an edit made here, which travels like any other.
    settle(office, shown.id, take_other=True)
    assert group_name(office, gid) == "ชื่อจากพัฒนากร" and open_conflicts(office) == []
    export_return(office, me(officer), tmp_path / "back2.xlsx")
    import_workbooks(officer, [tmp_path / "back2.xlsx"])
    assert group_name(officer, gid) == "ชื่อจากพัฒนากร"


def test_an_edit_in_the_same_second_is_not_unchanged(tmp_path: Path) -> None:
    officer, office = device(tmp_path / "a.sqlite3"), device(tmp_path / "o.sqlite3")
    gid = small_db(officer)
    sync(officer, office, tmp_path, "1")
    set_group(officer, gid, stamp(30), leader_name="นางสมศรี ขยัน")
    set_group(office, gid, stamp(30), leader_name="นางสมศรี ใจงาม")
    export_month(officer, 2026, 11, tmp_path / "2.xlsx")
    assert len(import_workbooks(office, [tmp_path / "2.xlsx"]).report.conflicts) == 1


def test_people_met_added_on_two_devices_are_all_kept(tmp_path: Path) -> None:
    officer, office = device(tmp_path / "a.sqlite3"), device(tmp_path / "o.sqlite3")
    services = Services(officer)
    gid = services.groups.save(GroupData(name="กลุ่มจักสาน", member_count=3, members=[
        MemberData(name="นางเอ"), MemberData(name="นางบี"), MemberData(name="นางซี")]))
    a, b, c = (m.id for m in services.groups.get(gid).members)
    visit = services.visits.save(VisitData(group_id=gid, visit_date=date(2026, 11, 20), people_met=1,
                                           officers="นางสุกัญญา ศรีวงศ์",
                                           member_ids=frozenset({a})), today=TODAY)
    sync(officer, office, tmp_path, "1")
    for db, member in ((officer, b), (office, c)):
        data = Services(db).visits.get(visit)
        data.member_ids = data.member_ids | {member}
        data.people_met = 3
        Services(db).visits.save(data, today=TODAY)
    sync(officer, office, tmp_path, "2")
    for db in (officer, office):
        with db.read() as s:
            assert {m.id for m in s.get(Visit, visit).members_met} == {a, b, c}  # type: ignore[union-attr]


# clocks ----------------------------------------------------------------------------------
def test_a_laptop_clock_30_days_fast_never_lets_an_older_edit_win(tmp_path: Path) -> None:
    fast = device(tmp_path / "fast.sqlite3", skew=timedelta(days=30))
    office = device(tmp_path / "o.sqlite3")
    gid = small_db(fast)
    sync(fast, office, tmp_path, "1", month=12)  # its calendar says December
    fast.clock.set(stamp(10) + timedelta(days=30))  # type: ignore[attr-defined]
    set_group(fast, gid, None, notes="จากพัฒนากร (นาฬิกาเร็ว)")
    export_month(fast, 2026, 12, tmp_path / "2.xlsx")
    import_workbooks(office, [tmp_path / "2.xlsx"])
    set_group(office, gid, stamp(20), notes="แก้ต่อที่อำเภอ")  # after seeing the laptop's edit
    export_return(office, me(fast), tmp_path / "back.xlsx")
    import_workbooks(fast, [tmp_path / "back.xlsx"])
    for db in (fast, office):
        assert Services(db).groups.get(gid).notes == "แก้ต่อที่อำเภอ"
    assert open_conflicts(office) == [] and open_conflicts(fast) == []


def test_a_laptop_clock_30_days_slow_still_wins_with_an_edit_made_after_seeing(tmp_path: Path) -> None:
    slow = device(tmp_path / "slow.sqlite3", skew=-timedelta(days=30))
    office = device(tmp_path / "o.sqlite3")
    gid = small_db(slow)
    sync(slow, office, tmp_path, "1")
    set_group(office, gid, stamp(10), notes="จากอำเภอ")
    export_return(office, me(slow), tmp_path / "back.xlsx")
    import_workbooks(slow, [tmp_path / "back.xlsx"])
    slow.clock.set(stamp(20) - timedelta(days=30))  # type: ignore[attr-defined]
    set_group(slow, gid, None, notes="พัฒนากรแก้ต่อ")
    export_month(slow, 2026, 11, tmp_path / "2.xlsx")
    import_workbooks(office, [tmp_path / "2.xlsx"])
    assert Services(office).groups.get(gid).notes == "พัฒนากรแก้ต่อ"


# deletions ----------------------------------------------------------------------------------
def test_a_deletion_travels_and_an_edit_it_did_not_know_is_told(tmp_path: Path) -> None:
    officer, office = device(tmp_path / "a.sqlite3"), device(tmp_path / "o.sqlite3")
    gid = small_db(officer)
    services = Services(officer)
    data = services.groups.get(gid)
    member = data.members[0].id
    sync(officer, office, tmp_path, "1")
    with office.begin() as s:  # the office corrects the member's phone ...
        s.get(Member, member).phone = "0811111111"  # type: ignore[union-attr]
    data.members = []  # ... while the officer deletes the member
    data.member_count = 0
    services.groups.save(data, today=TODAY)
    export_month(officer, 2026, 11, tmp_path / "2.xlsx")
    report = import_workbooks(office, [tmp_path / "2.xlsx"]).report
    assert report.deleted["member"] == 1
    [told] = [c for c in report.conflicts if c.kind == "deleted"]
    assert told.lost_value == {"phone": "0811111111"}
    with office.read() as s:
        assert s.get(Member, member) is None
    # Not resurrected by an old workbook imported late.
    import_workbooks(office, [tmp_path / "1-out.xlsx"])
    with office.read() as s:
        assert s.get(Member, member) is None
    sync(officer, office, tmp_path, "3")
    assert records(office) == records(officer)


# the way back, and restores ----------------------------------------------------------------------
def test_a_return_workbook_carries_only_the_officers_area(tmp_path: Path) -> None:
    office = device(tmp_path / "o.sqlite3")
    books = []
    for name, district in (("a", "ชนบท"), ("b", "พล")):
        laptop = device(tmp_path / f"{name}.sqlite3")
        Services(laptop).officer.save(Profile(name=f"นาย{name}", position="นักวิชาการพัฒนาชุมชน",
                                              office=f"สพอ.{district}", district=district, province="ขอนแก่น"))
        Services(laptop).groups.save(GroupData(
            name=f"กลุ่ม{district}", district=district, province="ขอนแก่น", member_count=1,
            members=[MemberData(name=f"นางสมาชิก{district}", phone="0812345678")]))
        export_month(laptop, 2026, 11, tmp_path / f"{name}.xlsx")
        books.append(tmp_path / f"{name}.xlsx")
        laptop.close()
    import_workbooks(office, books)
    for group in Services(office).groups.rows():  # the office adds a note to every group
        set_group(office, group.id, stamp(30), notes="ตรวจแล้ว")
    export_return(office, "นายa", tmp_path / "back-a.xlsx")
    with __import__("zipfile").ZipFile(tmp_path / "back-a.xlsx") as z:
        xml = "".join(z.read(n).decode() for n in z.namelist() if n.endswith(".xml"))
    assert "นางสมาชิกพล" not in xml and "กลุ่มพล" not in xml  # never another district's people
    fresh = device(tmp_path / "new-a.sqlite3")
    import_workbooks(fresh, [tmp_path / "back-a.xlsx"])
    assert [g.name for g in Services(fresh).groups.rows()] == ["กลุ่มชนบท"]


def test_a_laptop_restored_from_a_backup_gets_its_lost_week_back(tmp_path: Path) -> None:
    officer, office = device(tmp_path / "a.sqlite3"), device(tmp_path / "o.sqlite3")
    gid = small_db(officer)
    sync(officer, office, tmp_path, "1")
    backup = BackupService(officer).back_up("manual")
    set_group(officer, gid, stamp(40), notes="งานของสัปดาห์ที่หายไป")
    export_month(officer, 2026, 11, tmp_path / "lost-week.xlsx")
    import_workbooks(office, [tmp_path / "lost-week.xlsx"])
    epoch_before = _epoch(officer)
    officer.engine.dispose()
    restore_file(backup, officer.path, officer.backup_dir)  # type: ignore[arg-type]
    officer.reopen()
    assert Services(officer).groups.get(gid).notes == "" and _epoch(officer) == epoch_before + 1
    set_group(officer, gid, stamp(50), name="กลุ่มหลังกู้คืน")  # new work, in the new epoch
    sync(officer, office, tmp_path, "2")
    group = Services(officer).groups.get(gid)
    assert (group.notes, group.name) == ("งานของสัปดาห์ที่หายไป", "กลุ่มหลังกู้คืน")
    assert records(office) == records(officer)


def test_a_workbook_lost_on_the_way_is_in_the_next_one(tmp_path: Path) -> None:
    officer, office = device(tmp_path / "a.sqlite3"), device(tmp_path / "o.sqlite3")
    gid = small_db(officer)
    sync(officer, office, tmp_path, "1")
    set_group(officer, gid, stamp(40), notes="ในไฟล์ที่หายไป")
    export_month(officer, 2026, 11, tmp_path / "lost.xlsx")  # never reaches the office
    set_group(officer, gid, stamp(50), village="บ้านโนน")
    export_month(officer, 2026, 11, tmp_path / "next.xlsx", only_changes=True)
    import_workbooks(office, [tmp_path / "next.xlsx"])
    group = Services(office).groups.get(gid)
    assert (group.notes, group.village) == ("ในไฟล์ที่หายไป", "บ้านโนน")
    # once the office says it has read that far, the next workbook leaves it out
    back = tmp_path / "back.xlsx"
    export_return(office, me(officer), back)
    import_workbooks(officer, [back])
    set_group(officer, gid, stamp(55), product_story="ทอมือ")
    export_month(officer, 2026, 11, tmp_path / "after.xlsx", only_changes=True)
    assert _updates_in(tmp_path / "after.xlsx") == [["product_story"]]  # (with the record whole)


def _updates_in(path: Path) -> list[list[str]]:
    from otop_desk.exchange.workbook import read

    received = read(path)
    assert received.changeset is not None
    return [sorted(op.fields) for op in received.changeset.ops if op.kind == "update"]


def test_a_return_chosen_before_a_restore_does_not_count_as_read(tmp_path: Path) -> None:
    """The office chose a return by what the laptop held before its restore (its own lost
    change among it): the laptop takes what the return carries but still waits for
    that stretch of the office's log, so its lost change comes back with the next."""
    officer, office = device(tmp_path / "a.sqlite3"), device(tmp_path / "o.sqlite3")
    gid = small_db(officer)
    sync(officer, office, tmp_path, "1")
    backup = BackupService(officer).back_up("manual")
    set_group(officer, gid, stamp(30), notes="งานที่หายไปกับการกู้คืน")
    export_month(officer, 2026, 11, tmp_path / "2.xlsx")
    import_workbooks(office, [tmp_path / "2.xlsx"])
    officer.engine.dispose()
    restore_file(backup, officer.path, officer.backup_dir)  # type: ignore[arg-type]
    officer.reopen()
    set_group(office, gid, stamp(35), product_story="ทอมือ")
    export_return(office, me(officer), tmp_path / "stale.xlsx")  # chosen for the laptop before
    import_workbooks(officer, [tmp_path / "stale.xlsx"])
    group = Services(officer).groups.get(gid)
    assert (group.notes, group.product_story) == ("", "ทอมือ")  # the office thought it held it
    sync(officer, office, tmp_path, "3")
    group = Services(officer).groups.get(gid)
    assert (group.notes, group.product_story) == ("งานที่หายไปกับการกู้คืน", "ทอมือ")
    assert records(office) == records(officer)


def test_a_participant_whose_member_was_deleted_here_arrives_without_the_member(tmp_path: Path) -> None:
    from otop_desk.services.training.data import ParticipantData, TrainingData

    officer, office = device(tmp_path / "a.sqlite3"), device(tmp_path / "o.sqlite3")
    gid = small_db(officer)
    sync(officer, office, tmp_path, "1")
    member = Services(officer).groups.get(gid).members[0]
    Services(officer).training.save(TrainingData(
        title="อบรมการตลาด", start_date=TODAY, end_date=TODAY, participants=[
            ParticipantData(name=member.name, group_id=gid, member_id=member.id, attended=True)]))
    data = Services(office).groups.get(gid)  # meanwhile the office strikes the member off
    data.members = []
    Services(office).groups.save(data)
    export_month(officer, 2026, 11, tmp_path / "2.xlsx", only_changes=True)
    import_workbooks(office, [tmp_path / "2.xlsx"])  # not refused, and nothing half-done
    training = Services(office).training.get(Services(office).training.rows()[0].id)
    person = training.participants[0]
    assert (person.name, person.member_id, person.group_id) == (member.name, None, gid)


def test_a_walk_in_struck_off_by_the_office_is_struck_off_on_the_laptop_that_typed_them(
        tmp_path: Path) -> None:
    from otop_desk.services.training.data import ParticipantData, TrainingData

    officer, office = device(tmp_path / "a.sqlite3"), device(tmp_path / "o.sqlite3")
    small_db(officer)
    tid = Services(officer).training.save(TrainingData(
        title="อบรมบัญชี", start_date=TODAY, end_date=TODAY,
        participants=[ParticipantData(name="นายวิทยากร รับเชิญ", organisation="อบต.")]))
    sync(officer, office, tmp_path, "1")
    data = Services(office).training.get(tid)
    data.participants = []
    Services(office).training.save(data)
    sync(officer, office, tmp_path, "2")
    assert Services(officer).training.get(tid).participants == []
    assert records(office) == records(officer)


def _epoch(db: Database) -> int:
    from otop_desk.db.models import Replica

    with db.read() as s:
        return s.scalar(select(Replica.epoch))  # type: ignore[return-value]


def test_a_handover_carries_the_whole_cash_history(tmp_path: Path) -> None:
    giver, taker = device(tmp_path / "a.sqlite3"), device(tmp_path / "c.sqlite3")
    gid = small_db(giver)
    books = Services(giver).books
    books.set_opening(gid, Money(100_000), date(2026, 1, 1))
    for month in range(1, 12):
        books.save_entry(EntryData(gid, date(2026, month, 5), EntryKind.INCOME, CashCategory.SHOP_SALES,
                                   Money(1_000 * month), f"ขาย {month}"))
    export_handover(giver, [gid], tmp_path / "handover.xlsx")
    import_workbooks(taker, [tmp_path / "handover.xlsx"])
    assert Services(taker).books.cash_book(gid).closing_balance == books.cash_book(gid).closing_balance
    assert Services(taker).books.month_summary(gid, 2026, 11) == books.month_summary(gid, 2026, 11)


# what is refused -----------------------------------------------------------------------------------
def test_a_workbook_changed_after_it_was_written_is_refused(
        demo_officer: tuple[Database, Path], tmp_path: Path) -> None:
    _officer, book = demo_officer
    office = device(tmp_path / "o.sqlite3")
    before = snapshot(office)
    changed = tmp_path / "changed.xlsx"
    shutil.copy(book, changed)
    wb = openpyxl.load_workbook(changed)
    cell = next(row[0] for row in wb["_changes"].iter_rows(min_row=2) if '"amount":' in row[0].value)
    cell.value = cell.value.replace('"amount":', '"amount":1', 1)  # an amount made larger
    wb.save(changed)
    plain = tmp_path / "plain.xlsx"
    openpyxl.Workbook().save(plain)
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(book.read_bytes()[: len(book.read_bytes()) // 2])
    newer = tmp_path / "newer.xlsx"
    shutil.copy(book, newer)
    wb = openpyxl.load_workbook(newer)
    next(r for r in wb["_meta"].iter_rows() if r[0].value == "format_version")[1].value = "99"
    wb.save(newer)
    for bad, words in ((changed, "ถูกแก้ไข"), (plain, "ไม่ใช่ไฟล์"), (truncated, ""), (newer, "รุ่นที่ใหม่กว่า")):
        with pytest.raises(WorkbookRefused) as refused:
            import_workbooks(office, [book, bad])
        assert bad.name in i18n.error_text(refused.value) and words in i18n.error_text(refused.value)
    assert snapshot(office) == before


def test_a_sender_whose_key_changed_is_refused_until_a_person_accepts(tmp_path: Path) -> None:
    officer, office = device(tmp_path / "a.sqlite3"), device(tmp_path / "o.sqlite3")
    small_db(officer)
    export_month(officer, 2026, 11, tmp_path / "1.xlsx")
    result = import_workbooks(office, [tmp_path / "1.xlsx"])
    assert [n.key.value for n in result.senders] == ["new"]
    from otop_desk.db.models import Replica

    with officer.begin() as s:  # the laptop set up again: a new key pair
        s.execute(__import__("sqlalchemy").update(Replica).values(private_key=None, public_key=None))
    set_group(officer, small_db(officer, "กลุ่มที่สอง"), stamp(5), notes="x")
    export_month(officer, 2026, 11, tmp_path / "2.xlsx")
    with pytest.raises(WorkbookRefused, match="another key"):
        import_workbooks(office, [tmp_path / "2.xlsx"])
    assert import_workbooks(office, [tmp_path / "2.xlsx"], accept_changed_keys=True).report.received > 0


def test_a_first_format_workbook_still_imports_once(tmp_path: Path) -> None:
    book = Path(__file__).resolve().parents[1] / "fixtures" / "format1-2569-11.xlsx"
    office = device(tmp_path / "o.sqlite3")
    first = import_workbooks(office, [book]).report
    assert first.added["producer_group"] == 1 and first.added["cash_entry"] == 1
    [group] = Services(office).groups.rows()
    assert group.name == "กลุ่มทอผ้าไหมบ้านโนน"
    with office.read() as s:
        [visit] = s.scalars(select(Visit))
        assert len(visit.members_met) == 2
    before = snapshot(office)
    assert not import_workbooks(office, [book]).report.changed
    assert snapshot(office) == before


# the log ---------------------------------------------------------------------------------------------
def test_every_record_has_its_history(tmp_path: Path) -> None:
    officer = device(tmp_path / "a.sqlite3")
    gid = small_db(officer)
    set_group(officer, gid, stamp(5), name="กลุ่มใหม่")
    entries = history(officer, "producer_group", gid)
    assert [e.kind for e in entries] == ["insert", "update"] and all(e.here for e in entries)
    [change] = entries[1].changes
    assert (change.field, change.label, change.before, change.after) == (
        "name", "Group name", "กลุ่มทอผ้าบ้านโนน", "กลุ่มใหม่")
    assert entries[1].when == stamp(5)


def test_the_cli_exports_imports_and_returns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from otop_desk.cli import main

    officer = device(tmp_path / "a.sqlite3")
    small_db(officer)
    officer_id = me(officer)
    officer.close()
    a, o = str(tmp_path / "a.sqlite3"), str(tmp_path / "fresh" / "office.sqlite3")
    assert main(["export", "--db", a, "--month", "2569-11", "--out", str(tmp_path / "1.xlsx")]) == 0
    assert main(["import", "--db", o, str(tmp_path / "1.xlsx")]) == 0
    out = capsys.readouterr().out
    assert "added producer group: 1" in out and "new sender" in out
    assert main(["export-return", "--db", o, "--for", officer_id[:8], "--out", str(tmp_path / "r.xlsx")]) == 0
    assert main(["import", "--db", a, str(tmp_path / "r.xlsx")]) == 0
    assert main(["export-return", "--db", o, "--for", "nobody", "--out", str(tmp_path / "x.xlsx")]) == 2
    assert main(["conflicts", "--db", o]) == 0 and "no conflicts" in capsys.readouterr().out
    assert uuid.UUID(officer_id)


def test_a_return_workbook_shows_a_clerk_what_it_carries(tmp_path: Path) -> None:
    officer, office = device(tmp_path / "a.sqlite3"), device(tmp_path / "o.sqlite3")
    gid = small_db(officer)
    sync(officer, office, tmp_path, "1")
    set_group(office, gid, stamp(30), notes="ตรวจแล้ว")
    export_return(office, me(officer), tmp_path / "back.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "back.xlsx").worksheets[0]
    assert ws.title == "สรุป" and ws.sheet_state == "visible"
    written = ws["B2"]
    assert isinstance(written.value, datetime) and written.number_format.startswith("[$-107041E]")  # BE
    assert ws.column_dimensions["B"].width >= 26  # the date, not "###"
    assert [c.value for c in ws[4]] == ["กลุ่มผู้ผลิต", 1, 1, 0]  # the group whole, and the office's change
