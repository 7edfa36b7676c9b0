"""Groups with members, products, costing, cash-book sales and fair sales, for the tests of
business plans and the department's reports."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from otop_desk.domain.enums import CashCategory, CostLineKind, FairEntryStatus, MemberRole
from otop_desk.domain.money import Money
from otop_desk.services import Services
from otop_desk.services.books import EntryData
from otop_desk.services.books.costing import LineData as CostLine
from otop_desk.services.books.costing import SheetData
from otop_desk.services.books.fairs import FairData
from otop_desk.services.groups import GroupData, MemberData, ProductData

B = Money.from_baht


@dataclass
class Made:
    group_id: uuid.UUID
    chair_id: uuid.UUID
    product_id: uuid.UUID


def make_group(services: Services, name: str = "กลุ่มทอผ้าบ้านหนองแวง", *, district: str = "เมืองขอนแก่น",
               province: str = "ขอนแก่น", opening: date = date(2022, 10, 1)) -> Made:
    gid = services.groups.save(GroupData(
        name=name, district=district, province=province, member_count=12,
        members=[MemberData("นางสมศรี ใจดี", MemberRole.CHAIR), MemberData("นางมาลี สุขใจ", MemberRole.TREASURER),
                 MemberData("นายสมชาย ทองดี")],
        products=[ProductData("ผ้าไหมมัดหมี่", B(1200), "ผืน")]))
    services.books.set_opening(gid, Money(0), opening)
    group = services.groups.get(gid)
    chair = next(m.id for m in group.members if m.role == MemberRole.CHAIR)
    product = group.products[0].id
    assert chair is not None and product is not None
    sheet = SheetData(product, "ต้นทุนผ้าไหม", date(2026, 9, 1), batch_size=10, selling_price=B(1500),
                      lines=[CostLine(CostLineKind.MATERIAL, "เส้นไหม", Decimal(10), "กก.", B(600))])
    services.costing.save(sheet)
    return Made(gid, chair, product)


def sell(services: Services, gid: uuid.UUID, day: date, baht: int | str,
         category: CashCategory = CashCategory.SHOP_SALES) -> None:
    services.books.save_entry(EntryData(gid, day, category.kind, category, B(baht)), allow_exported=True)


def fair_sales(services: Services, gids: list[uuid.UUID], days: dict[date, int], *,
               post_first: bool = False, name: str = "OTOP ประจำปี") -> uuid.UUID:
    """A fair over ``days`` where every group in ``gids`` sells ``days[day]`` baht a day;
    with ``post_first`` the first group's sales go into its cash book."""
    first, last = min(days), max(days)
    fid = services.fairs.save(FairData(name, "อิมแพ็ค เมืองทองธานี", first, last, booths=len(gids) + 1))
    services.fairs.apply(fid, gids)
    for entry in services.fairs.entries(fid):
        services.fairs.set_entry(entry.id, FairEntryStatus.SELECTED, f"A{gids.index(entry.group_id) + 1}")
        services.fairs.save_sales(entry.id, {day: B(amount) for day, amount in days.items()})
        if post_first and entry.group_id == gids[0]:
            services.fairs.post_to_cash_book(fid, "ขายที่งาน {fair}", entry.id)
    return fid
