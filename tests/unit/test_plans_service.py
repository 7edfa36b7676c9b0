"""Business plans: drafted with a group, agreed, kept in versions; plan against actual."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import text

from otop_desk.db.log_check import mismatches
from otop_desk.domain.enums import CashCategory
from otop_desk.domain.errors import ValidationError
from otop_desk.domain.money import Money
from otop_desk.domain.plans import PlanSection, SalesChannel
from otop_desk.services import Services
from otop_desk.services.plans import LineData
from otop_desk.services.plans.rules import parse_target
from tests.unit.plan_helpers import B, fair_sales, make_group, sell

FY2570 = 2027  # ปีงบประมาณ 2570: 1 Oct 2026 - 30 Sep 2027 (the tests run on 22 Nov 2026)


def test_a_plan_needs_a_group_and_a_year(services: Services) -> None:
    made = make_group(services)
    with pytest.raises(ValidationError) as info:
        services.plans.draft(None, FY2570)
    assert info.value.english() == "A business plan is made with a group: choose the group first."
    with pytest.raises(ValidationError) as info:
        services.plans.draft(made.group_id, None)
    assert info.value.english() == "Choose the fiscal year the plan is for."
    with pytest.raises(ValidationError):
        services.plans.draft(made.group_id, 1800)
    draft = services.plans.draft(made.group_id, FY2570)
    with pytest.raises(ValidationError):
        services.plans.save(replace(draft, group_id=None))


def test_the_first_draft_comes_from_the_records(services: Services) -> None:
    made = make_group(services)
    sell(services, made.group_id, date(2025, 10, 15), 12_345)  # October of ปีงบประมาณ 2569
    sell(services, made.group_id, date(2026, 9, 30), 800)  # its last day
    sell(services, made.group_id, date(2026, 10, 1), 999)  # already this year: not last year's
    draft = services.plans.draft(made.group_id, FY2570)
    assert draft.group_name == "กลุ่มทอผ้าบ้านหนองแวง" and draft.fiscal_year == FY2570
    [product] = draft.products
    assert (product.name, product.unit, product.price, product.unit_cost) == ("ผ้าไหมมัดหมี่", "ผืน", B(1500), B(600))
    assert product.product_id == made.product_id
    duties = draft.lines_of(PlanSection.DUTY)
    assert [(d.name, d.person) for d in duties] == [("Chair", "นางสมศรี ใจดี"), ("Treasurer", "นางมาลี สุขใจ")]
    assert duties[0].member_id == made.chair_id
    # last year's sales of the same months, rounded up to a hundred baht
    assert draft.targets[0] == B(12_400) and draft.targets[11] == B(800) and sum(t.satang for t in draft.targets[1:11]) == 0


def test_save_agree_and_new_version(services: Services) -> None:
    made = make_group(services)
    draft = services.plans.draft(made.group_id, FY2570)
    draft.summary = "ผลิตผ้าไหมมัดหมี่ลายโบราณ ขายทั้งหน้าร้านและออนไลน์"
    draft.channels = frozenset({SalesChannel.SHOP, SalesChannel.ONLINE})
    draft.targets = [B(20_000)] * 12
    draft.lines.append(LineData(PlanSection.STARTUP_COST, "กี่ทอผ้า 2 หลัง", amount=B(30_000)))
    draft.products[0].capacity = 20
    v1 = services.plans.save(draft)
    with pytest.raises(ValidationError) as info:
        services.plans.save(replace(draft, id=None, plan_id=None))
    assert "already has a business plan for Fiscal year 2570" in info.value.english()

    got = services.plans.get(v1)
    assert got.summary == draft.summary and got.channels == draft.channels
    assert got.targets == [B(20_000)] * 12 and got.products[0].capacity == 20
    assert got.total(PlanSection.STARTUP_COST) == B(30_000)
    projection = got.projection()
    assert projection.income == B(240_000) and projection.cost_share is not None

    with pytest.raises(ValidationError) as info:
        services.plans.agree(v1, date(2026, 11, 23))  # tomorrow
    assert "has not come yet" in info.value.english()
    services.plans.agree(v1, date(2026, 11, 20))
    group = services.groups.get(made.group_id)
    assert group.has_business_plan and group.has_marketing_plan and group.has_production_plan
    got.summary = "แก้ไข"
    with pytest.raises(ValidationError) as info:
        services.plans.save(got)
    assert info.value.english().startswith("Version 1 was agreed with the group on 20/11/2569")

    v2 = services.plans.new_version(v1)
    second = services.plans.get(v2)
    assert (second.number, second.agreed_date, second.summary) == (2, None, draft.summary)
    assert second.plan_id == got.plan_id and second.targets == got.targets
    assert {p.id for p in second.products}.isdisjoint({p.id for p in got.products})
    assert services.plans.shown_version(got.plan_id) == v1  # the agreed one is in force
    services.plans.agree(v2, date(2026, 11, 22))
    assert services.plans.shown_version(got.plan_id) == v2
    assert [v.number for v in services.plans.versions(got.plan_id)] == [1, 2]
    with services.db.read() as s:
        assert mismatches(s) == []  # every write logged for the exchange


def test_edits_keep_lines_by_id(services: Services) -> None:
    made = make_group(services)
    v1 = services.plans.save(services.plans.draft(made.group_id, FY2570))
    data = services.plans.get(v1)
    ids = [line.id for line in data.lines]
    data.lines[0].detail = "ดูแลการผลิต"
    data.lines.append(LineData(PlanSection.MEETING, "ประชุมสมาชิก", "ทุกเดือน"))
    services.plans.save(data)
    again = services.plans.get(v1)
    assert [line.id for line in again.lines][:2] == ids
    assert again.lines[0].detail == "ดูแลการผลิต" and again.lines[2].section is PlanSection.MEETING
    data = services.plans.get(v1)
    del data.lines[0]
    services.plans.save(data)
    assert [line.id for line in services.plans.get(v1).lines][0] == ids[1]


def test_plan_against_actual_equals_the_records(services: Services) -> None:
    made = make_group(services)
    other = make_group(services, "กลุ่มจักสานบ้านโนนทัน")
    draft = services.plans.draft(made.group_id, FY2570)
    draft.targets = [B(10_000)] * 12
    plan_version = services.plans.save(draft)
    sell(services, made.group_id, date(2026, 10, 3), 4_000)
    sell(services, made.group_id, date(2026, 10, 31), 1_000, CashCategory.ONLINE_SALES)
    sell(services, made.group_id, date(2026, 10, 20), 5_000, CashCategory.GRANTS)  # not a sale
    sell(services, other.group_id, date(2026, 10, 5), 7_000)  # another group's
    # A fair in November: the first group's sales posted to its cash book, the other's not.
    fair_sales(services, [made.group_id, other.group_id], {date(2026, 11, 1): 1_500, date(2026, 11, 2): 500},
               post_first=True)
    plan_id = services.plans.get(plan_version).plan_id
    result = services.plans.vs_actual(plan_id)
    october, november = result.months[0], result.months[1]
    assert (october.cash_sales, october.fair_sales, october.actual) == (B(5_000), Money(0), B(5_000))
    assert october.complete and october.behind  # 50 % of the target
    assert (november.cash_sales, november.fair_sales) == (B(2_000), Money(0))  # posted: counted once
    assert november.started and not november.complete and not november.behind
    assert result.months[2].percent is None  # December has not begun
    assert result.actual == B(7_000) and result.target_to_date == B(20_000)
    assert result.percent_to_date == 35
    other_draft = services.plans.draft(other.group_id, FY2570)
    other_plan = services.plans.get(services.plans.save(other_draft)).plan_id
    other_result = services.plans.vs_actual(other_plan)
    assert other_result.months[1].fair_sales == B(2_000)  # not posted: from the fair

    # The same sums straight from the tables.
    with services.db.read() as s:
        cash = s.execute(text(
            "SELECT sum(amount) FROM cash_entry WHERE group_id = :g AND entry_date BETWEEN :a AND :b "
            "AND category IN ('shop_sales','fair_sales','online_sales','orders')"),
            {"g": made.group_id.hex if services.db.engine.dialect.name == "sqlite" else made.group_id,
             "a": date(2026, 10, 1), "b": date(2027, 9, 30)}).scalar()
    assert result.actual == Money(int(cash))

    [row] = [r for r in services.plans.rows(FY2570) if r.id == plan_id]
    assert (row.target, row.target_to_date, row.actual, row.number, row.versions) == (
        B(120_000), B(20_000), B(7_000), 1, 1)
    assert row.percent == 35


def test_deleting_the_last_version_deletes_the_plan(services: Services) -> None:
    made = make_group(services)
    v1 = services.plans.save(services.plans.draft(made.group_id, FY2570))
    plan_id = services.plans.get(v1).plan_id
    v2 = services.plans.new_version(v1)
    services.plans.delete_version(v2)
    assert [v.id for v in services.plans.versions(plan_id)] == [v1]
    services.plans.delete_version(v1)
    assert services.plans.find(made.group_id, FY2570) is None
    assert services.plans.rows() == []


def test_next_years_plan_starts_from_this_years(services: Services) -> None:
    made = make_group(services)
    draft = services.plans.draft(made.group_id, FY2570)
    draft.goals = "ยอดขายเพิ่มขึ้นร้อยละ 10"
    services.plans.save(draft)
    following = services.plans.draft(made.group_id, FY2570 + 1)
    assert following.goals == "ยอดขายเพิ่มขึ้นร้อยละ 10" and following.fiscal_year == FY2570 + 1
    assert following.id is None and following.plan_id is None and following.number == 1
    assert all(line.id is None for line in following.lines)
    assert services.plans.years() == [FY2570]


@pytest.mark.parametrize(("typed", "error"), [
    ("abc", "Sales target of ต.ค. 2569: 'abc' is not a number of baht; type e.g. 25,000."),
    ("-500", "Sales target cannot be negative."),
    ("12,5,00.999", "Sales target of ต.ค. 2569: '12,5,00.999' is not a number of baht; type e.g. 25,000."),
])
def test_a_sales_target_that_is_not_a_number(typed: str, error: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_target(typed, "ต.ค. 2569")
    assert info.value.english() == error
    assert parse_target("25,000", "x") == B(25_000) and parse_target(" ", "x") == Money(0)


def test_the_group_is_found_by_a_beginning_of_its_id(services: Services) -> None:
    made = make_group(services)
    assert services.plans.resolve_group(made.group_id.hex[:6]) == made.group_id
    assert services.plans.resolve_group(str(made.group_id)) == made.group_id
    assert services.plans.resolve_group("กลุ่มทอผ้าบ้านหนองแวง") == made.group_id
