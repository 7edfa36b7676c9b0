"""Cash book: running balance, validation, exported months and audit, summaries."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest

from otop_desk.db.database import Database
from otop_desk.db.models import AuditEntry, CashEntry, ExportBatch
from otop_desk.domain.enums import CashCategory as C
from otop_desk.domain.enums import EntryKind
from otop_desk.domain.errors import ValidationError
from otop_desk.domain.fiscal import YearKind, YearSpan
from otop_desk.domain.money import Money
from otop_desk.services import Services
from otop_desk.services.books import EntryData, ExportedMonthError
from otop_desk.services.groups import GroupData

B = Money.from_baht
INC, EXP = EntryKind.INCOME, EntryKind.EXPENSE


@pytest.fixture
def group(services: Services) -> uuid.UUID:
    gid = services.groups.save(GroupData(name="กลุ่มแม่บ้านบ้านหนองแวง"))
    services.books.set_opening(gid, B(1000), date(2026, 1, 1))
    return gid


def add(services: Services, gid: uuid.UUID, day: date, cat: C, amount: str, **kw: str) -> uuid.UUID:
    return services.books.save_entry(EntryData(gid, day, cat.kind, cat, B(amount), **kw))


def test_running_balance_in_date_order(services: Services, group: uuid.UUID) -> None:
    add(services, group, date(2026, 1, 20), C.RAW_MATERIALS, "350.50")
    add(services, group, date(2026, 1, 5), C.SHOP_SALES, "1200")
    add(services, group, date(2026, 1, 20), C.FAIR_SALES, "99.99")
    book = services.books.cash_book(group)
    assert [r.entry_date.day for r in book.rows] == [5, 20, 20]
    assert [r.balance for r in book.rows] == [B(2200), B("2299.99"), B("1949.49")]
    assert book.closing_balance == B("1949.49")
    assert [r.seq for r in book.rows] == [0, 1, 2]


def test_entry_validation(services: Services, group: uuid.UUID) -> None:
    def error(**changes: object) -> str:
        data = EntryData(group, date(2026, 2, 1), INC, C.SHOP_SALES, B(10))
        for key, value in changes.items():
            setattr(data, key, value)
        with pytest.raises(ValidationError) as info:
            services.books.save_entry(data)
        return info.value.english()

    assert error(category=C.WAGES) == "Cash-book category: choose a category of this kind of entry."
    assert error(amount=Money(0)) == "Amount must be more than zero."
    assert "start on 01/01/2569" in error(entry_date=date(2025, 12, 31))
    assert error(description="x" * 201).startswith("Description")


def test_opening_date_cannot_pass_the_first_entry(services: Services, group: uuid.UUID) -> None:
    add(services, group, date(2026, 1, 5), C.SHOP_SALES, "10")
    with pytest.raises(ValidationError, match="05/01/2569"):
        services.books.set_opening(group, B(0), date(2026, 2, 1))
    services.books.set_opening(group, B(500), date(2025, 12, 1))
    assert services.books.cash_book(group).rows[0].balance == B(510)


def test_editing_an_exported_month_asks_and_is_audited(services: Services, group: uuid.UUID) -> None:
    eid = add(services, group, date(2026, 1, 5), C.SHOP_SALES, "100", description="ขายหน้าร้าน")
    with services.db.begin() as s:
        s.add(ExportBatch(year=2026, month=1, exported_at=services.clock.now(), file_name="x.xlsx"))
    data = services.books.get_entry(eid)
    data.amount = B("150.25")
    with pytest.raises(ExportedMonthError) as info:
        services.books.save_entry(data)
    assert info.value.months == [(2026, 1)]
    assert services.books.get_entry(eid).amount == B(100)  # nothing changed
    services.books.save_entry(data, allow_exported=True)
    trail = services.books.audit_trail(eid)
    assert [(a, d["old"]["amount"], d["new"]["amount"]) for a, d, _ in trail] == [
        ("update", "100.00", "150.25")
    ]
    # moving an entry of a month not exported into an exported one also asks
    other = add(services, group, date(2026, 2, 5), C.WAGES, "20")
    moved = services.books.get_entry(other)
    moved.entry_date = date(2026, 1, 31)
    with pytest.raises(ExportedMonthError):
        services.books.save_entry(moved)
    with pytest.raises(ExportedMonthError):
        services.books.delete_entry(eid)
    services.books.delete_entry(eid, allow_exported=True)
    with services.db.read() as s:
        audits = s.query(AuditEntry).filter_by(record_id=eid).all()
        assert [a.action for a in audits] == ["update", "delete"]
        assert audits[1].table_name == "cash_entry"
    # entries of months never exported are changed without asking or auditing
    moved.entry_date = date(2026, 2, 6)
    services.books.save_entry(moved)
    services.books.delete_entry(other)
    assert services.books.audit_trail(other) == []


def test_month_and_year_summary(services: Services, group: uuid.UUID) -> None:
    add(services, group, date(2026, 1, 5), C.SHOP_SALES, "1200")
    add(services, group, date(2026, 1, 31), C.RAW_MATERIALS, "350.50")
    add(services, group, date(2026, 2, 1), C.SHOP_SALES, "10")
    add(services, group, date(2026, 2, 2), C.ONLINE_SALES, "0.25")
    add(services, group, date(2026, 2, 28), C.WAGES, "100")
    jan = services.books.month_summary(group, 2026, 1)
    assert (jan.brought_forward, jan.total_income, jan.total_expense) == (B(1000), B(1200), B("350.50"))
    assert jan.closing_balance == B("1849.50")
    feb = services.books.month_summary(group, 2026, 2)
    assert feb.brought_forward == B("1849.50")
    assert {t.category: t.amount for t in feb.income if t.amount} == {C.SHOP_SALES: B(10), C.ONLINE_SALES: B("0.25")}
    assert [t.category for t in feb.income][0] == C.SHOP_SALES and len(feb.expense) == 10
    assert feb.net == B("-89.75") and feb.closing_balance == B("1759.75") and feb.entry_count == 3
    year = services.books.year_summary(group, 2026)
    assert len(year.months) == 12 and year.months[1] == feb
    assert year.total_income == B("1210.25") and year.closing_balance == B("1759.75")
    assert year.months[11].closing_balance == B("1759.75")
    assert {t.category: t.amount for t in year.by_category(EXP) if t.amount} == {
        C.RAW_MATERIALS: B("350.50"), C.WAGES: B(100)}
    fiscal = services.books.year_summary(group, YearSpan(YearKind.FISCAL, 2026))  # ปีงบประมาณ 2569
    assert [(m.year, m.month) for m in fiscal.months][:4] == [(2025, 10), (2025, 11), (2025, 12), (2026, 1)]
    assert fiscal.months[3] == jan and fiscal.months[4] == feb and fiscal.total_income == year.total_income
    assert fiscal.closing_balance == B("1759.75") and fiscal.year == 2026
    everyone = services.books.all_month_summaries(2026, 2)
    assert [m.group_name for m in everyone] == ["กลุ่มแม่บ้านบ้านหนองแวง"] and everyone[0] == feb


def test_ten_thousand_times_ten_satang_is_exactly_one_thousand_baht(
    services: Services, group: uuid.UUID
) -> None:
    services.books.set_opening(group, Money(0), date(2026, 3, 1))
    start = datetime(2026, 3, 1, tzinfo=UTC)
    with services.db.begin() as s:  # bulk insert: 10,000 service calls would only be slow
        s.add_all(
            CashEntry(group_id=group, entry_date=date(2026, 3, 1) + timedelta(days=i % 31),
                      kind=INC, category=C.SHOP_SALES, amount=B("0.10"),
                      created_at=start, updated_at=start)
            for i in range(10_000)
        )
    march = services.books.month_summary(group, 2026, 3)
    assert march.total_income == B(1000) and march.total_income.satang == 100_000
    assert march.closing_balance.format() == "1,000.00"
    assert services.books.cash_book(group).closing_balance == B(1000)
    assert services.books.year_summary(group, 2026).total_income == B(1000)
    total = Money(0)
    for _ in range(10_000):
        total += B("0.10")
    assert total == B(1000)


def test_cash_book_of_a_large_group_is_fast(services: Services, group: uuid.UUID) -> None:
    now = services.clock.now()
    with services.db.begin() as s:
        s.add_all(
            CashEntry(group_id=group, entry_date=date(2026, 1, 1) + timedelta(days=i % 365),
                      kind=INC if i % 3 else EXP, category=C.SHOP_SALES if i % 3 else C.WAGES,
                      amount=Money(10_000 + i), created_at=now, updated_at=now)
            for i in range(2000)
        )
    book = services.books.cash_book(group)
    assert len(book.rows) == 2000
    assert book.rows == sorted(book.rows, key=lambda r: r.seq)


def test_balances_brought_forward_of_every_group_sum_exactly(services: Services, group: uuid.UUID) -> None:
    """The workbook's brought-forward column: each group's opening balance plus income
    less expense before the month, a group without entries at its opening balance."""
    other = services.groups.save(GroupData(name="กลุ่มทอผ้าบ้านโนนสว่าง"))
    services.books.set_opening(other, B("50.05"), date(2026, 1, 1))
    empty = services.groups.save(GroupData(name="กลุ่มจักสานบ้านดอน"))
    services.books.set_opening(empty, B(7), date(2026, 1, 1))
    add(services, group, date(2026, 1, 5), C.SHOP_SALES, "1200")
    add(services, group, date(2026, 1, 31), C.RAW_MATERIALS, "350.50")
    add(services, group, date(2026, 2, 1), C.SHOP_SALES, "10")  # the month itself: not brought forward
    add(services, other, date(2026, 1, 9), C.WAGES, "100.10")
    add(services, other, date(2026, 1, 10), C.ONLINE_SALES, "0.01")
    from otop_desk.services.books.summary import brought_forward

    with services.db.read() as s:
        forward = brought_forward(s, date(2026, 2, 1), date(2026, 2, 28))
    assert forward[group] == B("1849.50").satang
    assert forward[other] == B("-50.04").satang
    assert forward[empty] == B(7).satang


def test_balances_brought_forward_are_read_from_the_index_alone(file_db: Database) -> None:
    """Half a million entries on a province's database: their sums must not read a table
    page per entry (the index holds the group, date, kind and amount, migration 0011)."""
    from sqlalchemy import event

    from otop_desk.services.books.summary import brought_forward

    seen: list[tuple[str, object]] = []

    def remember(_conn: object, _cursor: object, statement: str, parameters: object, *_: object) -> None:
        if "cash_entry" in statement and "sum(" in statement:
            seen.append((statement, parameters))

    event.listen(file_db.engine, "before_cursor_execute", remember)
    with file_db.read() as s:
        brought_forward(s, date(2026, 2, 1), date(2026, 2, 28))
    event.remove(file_db.engine, "before_cursor_execute", remember)
    assert len(seen) == 1
    statement, parameters = seen[0]
    with file_db.engine.connect() as conn:
        plan = " ".join(row[-1] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters))
    assert "COVERING INDEX" in plan and "TEMP B-TREE" not in plan, plan
