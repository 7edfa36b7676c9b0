"""Trade fairs: booth limits, daily sales, ranking, posting to the cash book once."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from otop_desk.domain.enums import CashCategory, FairEntryStatus
from otop_desk.domain.errors import ValidationError
from otop_desk.domain.money import Money
from otop_desk.services import Services
from otop_desk.services.books import FairData
from otop_desk.services.groups import GroupData

B = Money.from_baht
S = FairEntryStatus
TEXT = "ขายที่งาน {fair}"


@pytest.fixture
def fair(services: Services) -> tuple[uuid.UUID, list[uuid.UUID]]:
    groups = [services.groups.save(GroupData(name=f"กลุ่ม {n}")) for n in "กขคง"]
    fid = services.fairs.save(FairData("OTOP มิดเยียร์ 2569", "อิมแพ็ค เมืองทองธานี",
                                       date(2026, 12, 1), date(2026, 12, 3), booths=2))
    assert services.fairs.apply(fid, groups + groups[:1]) == 4  # duplicates skipped
    return fid, groups


def entry_of(services: Services, fid: uuid.UUID, gid: uuid.UUID) -> uuid.UUID:
    return next(e.id for e in services.fairs.entries(fid) if e.group_id == gid)


def test_fair_validation(services: Services) -> None:
    with pytest.raises(ValidationError, match="Fair name is required"):
        services.fairs.save(FairData("", "", date(2026, 1, 1), date(2026, 1, 2), 3))
    with pytest.raises(ValidationError, match="cannot be before the first day"):
        services.fairs.save(FairData("ก", "", date(2026, 1, 2), date(2026, 1, 1), 3))
    with pytest.raises(ValidationError, match="Number of booths"):
        services.fairs.save(FairData("ก", "", date(2026, 1, 1), date(2026, 1, 1), 0))


def test_cannot_select_more_groups_than_booths(services: Services, fair: tuple) -> None:
    fid, groups = fair
    services.fairs.set_entry(entry_of(services, fid, groups[0]), S.SELECTED, "A-01")
    services.fairs.set_entry(entry_of(services, fid, groups[1]), S.SELECTED, "A-02")
    with pytest.raises(ValidationError) as info:
        services.fairs.set_entry(entry_of(services, fid, groups[2]), S.SELECTED)
    assert info.value.english().startswith("All 2 booths are taken.")
    services.fairs.set_entry(entry_of(services, fid, groups[2]), S.RESERVE)
    # re-saving a selected group's booth is not a new selection
    services.fairs.set_entry(entry_of(services, fid, groups[0]), S.SELECTED, "B-07")
    data = services.fairs.get(fid)
    data.booths = 1
    with pytest.raises(ValidationError, match="2 groups are already selected"):
        services.fairs.save(data)
    row = services.fairs.rows()[0]
    assert (row.applied, row.selected, row.booths) == (4, 2, 2)


def test_sales_ranking_and_posting_once(services: Services, fair: tuple) -> None:
    fid, groups = fair
    first, second = (entry_of(services, fid, g) for g in groups[:2])
    for eid in (first, second):
        services.fairs.set_entry(eid, S.SELECTED)
    with pytest.raises(ValidationError, match="Only groups selected"):
        services.fairs.save_sales(entry_of(services, fid, groups[3]), {date(2026, 12, 1): B(5)})
    with pytest.raises(ValidationError, match="not a day of the fair"):
        services.fairs.save_sales(first, {date(2026, 12, 4): B(5)})
    services.fairs.save_sales(first, {date(2026, 12, 1): B("1500.50"), date(2026, 12, 2): B(800)})
    services.fairs.save_sales(second, {date(2026, 12, 1): B(4000), date(2026, 12, 3): None})
    days = services.fairs.sales(first)
    assert [(d.day.day, d.amount) for d in days] == [(1, B("1500.50")), (2, B(800)), (3, None)]
    ranked = services.fairs.entries(fid)
    assert [(e.group_id, e.rank, e.total_sales) for e in ranked[:2]] == [
        (groups[1], 1, B(4000)), (groups[0], 2, B("2300.50"))]
    assert all(e.rank is None for e in ranked[2:])
    assert services.fairs.rows()[0].total_sales == B("6300.50")

    result = services.fairs.post_to_cash_book(fid, TEXT)
    assert (result.count, result.total) == (3, B("6300.50"))
    again = services.fairs.post_to_cash_book(fid, TEXT)
    assert (again.count, again.total) == (0, Money(0))
    book = services.books.cash_book(groups[0])
    assert [(r.amount, r.category, r.from_fair) for r in book.rows] == [
        (B("1500.50"), CashCategory.FAIR_SALES, True), (B(800), CashCategory.FAIR_SALES, True)]
    assert book.rows[0].description == "ขายที่งาน OTOP มิดเยียร์ 2569"
    assert services.fairs.entries(fid)[0].posted_sales == B(4000)
    # a posted day cannot be changed here, an unposted one can, and posts on its own
    with pytest.raises(ValidationError, match="already in the group's cash book"):
        services.fairs.save_sales(first, {date(2026, 12, 2): B(900)})
    services.fairs.save_sales(first, {date(2026, 12, 3): B(100)})
    assert services.fairs.post_to_cash_book(fid, TEXT, entry_id=first).count == 1
    with pytest.raises(ValidationError, match="clear them first"):
        services.fairs.set_entry(first, S.NOT_SELECTED)


def test_posting_before_the_books_start_names_the_group(services: Services, fair: tuple) -> None:
    fid, groups = fair
    eid = entry_of(services, fid, groups[0])
    services.fairs.set_entry(eid, S.SELECTED)
    services.fairs.save_sales(eid, {date(2026, 12, 1): B(10)})
    services.books.set_opening(groups[0], Money(0), date(2027, 1, 1))
    with pytest.raises(ValidationError, match="กลุ่ม ก: the sales of 01/12/2569"):
        services.fairs.post_to_cash_book(fid, TEXT)
    assert services.books.cash_book(groups[0]).rows == []


def test_deleting_a_fair_keeps_posted_cash_entries(services: Services, fair: tuple) -> None:
    fid, groups = fair
    eid = entry_of(services, fid, groups[0])
    services.fairs.set_entry(eid, S.SELECTED)
    services.fairs.save_sales(eid, {date(2026, 12, 1): B(10)})
    services.fairs.post_to_cash_book(fid, TEXT)
    services.fairs.delete(fid)
    rows = services.books.cash_book(groups[0]).rows
    assert len(rows) == 1 and not rows[0].from_fair
