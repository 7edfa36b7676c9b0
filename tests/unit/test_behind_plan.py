"""Home flags a group whose sales were more than 30% below its agreed plan two months running."""

from __future__ import annotations

from datetime import date

from otop_desk.domain.money import Money
from otop_desk.domain.plans import months_looked_at
from otop_desk.services import Services
from otop_desk.services.common.paging import PageQuery
from otop_desk.services.home import AttentionKind, Scope
from tests.unit.plan_helpers import B, fair_sales, make_group, sell

# The tests run on 22 Nov 2026: the complete months looked at are September 2026 (the
# last of ปีงบประมาณ 2569) and October 2026 (the first of ปีงบประมาณ 2570).


def plan(services: Services, group_id: object, fiscal_year: int, targets: dict[int, int], *,
         agree: bool = True) -> object:
    draft = services.plans.draft(group_id, fiscal_year)  # type: ignore[arg-type]
    draft.targets = [Money(0)] * 12
    for index, baht in targets.items():
        draft.targets[index] = B(baht)
    version = services.plans.save(draft)
    if agree:
        services.plans.agree(version, date(2025, 9, 1) if fiscal_year == 2026 else date(2026, 9, 20))
    return services.plans.get(version).plan_id


def flagged(services: Services) -> dict[object, object]:
    items = services.home.attention()
    return {i.item_id: i for i in items if i.kind is AttentionKind.BEHIND_PLAN}


def test_the_months_looked_at() -> None:
    assert months_looked_at(date(2026, 11, 22)) == [(date(2026, 9, 1), date(2026, 9, 30)),
                                                    (date(2026, 10, 1), date(2026, 10, 31))]
    assert months_looked_at(date(2026, 1, 1))[0] == (date(2025, 11, 1), date(2025, 11, 30))


def test_behind_two_months_running_across_fiscal_years(services: Services) -> None:
    behind = make_group(services, "กลุ่มที่ยอดขายต่ำกว่าแผน")
    on_track = make_group(services, "กลุ่มที่ขายได้ตามแผน")
    one_month = make_group(services, "กลุ่มที่ต่ำกว่าแผนเดือนเดียว")
    for made in (behind, on_track, one_month):
        plan(services, made.group_id, 2026, {11: 10_000})  # September 2026
    newest = plan(services, behind.group_id, 2027, {0: 10_000})  # October 2026
    plan(services, on_track.group_id, 2027, {0: 10_000})
    plan(services, one_month.group_id, 2027, {0: 10_000})
    sell(services, behind.group_id, date(2026, 9, 10), 6_999)  # 69.99 %
    sell(services, behind.group_id, date(2026, 10, 10), 3_000)
    sell(services, on_track.group_id, date(2026, 9, 10), 7_000)  # exactly 70 %: not behind
    sell(services, on_track.group_id, date(2026, 10, 10), 9_000)
    sell(services, one_month.group_id, date(2026, 9, 10), 1_000)
    fair_sales(services, [one_month.group_id], {date(2026, 10, 5): 8_000})  # unposted fair sales count
    found = flagged(services)
    assert set(found) == {behind.group_id}
    item = found[behind.group_id]
    assert item.record_id == newest and item.record_kind == "plan"
    assert item.group_name == "กลุ่มที่ยอดขายต่ำกว่าแผน" and item.text == "69% · 30%"
    assert item.when == date(2026, 10, 31)
    scope = Scope(date(2026, 11, 22), 90)
    counts = services.home.attention_counts(scope, PageQuery(filters={"kind": "behind_plan"}))
    assert counts[AttentionKind.BEHIND_PLAN] == 1


def test_only_agreed_plans_in_force_count(services: Services) -> None:
    made = make_group(services)
    plan(services, made.group_id, 2026, {11: 10_000})
    draft_only = plan(services, made.group_id, 2027, {0: 10_000}, agree=False)
    assert flagged(services) == {}  # October's plan is a draft: no agreed target
    version = services.plans.shown_version(draft_only)  # type: ignore[arg-type]
    services.plans.agree(version, date(2026, 10, 1))
    assert set(flagged(services)) == {made.group_id}
    # A newer agreed version with a target it meets takes over.
    newer = services.plans.new_version(version)
    data = services.plans.get(newer)
    data.targets[0] = Money(0)
    services.plans.save(data)
    services.plans.agree(newer, date(2026, 11, 1))
    assert flagged(services) == {}


def test_an_inactive_group_is_not_flagged(services: Services) -> None:
    from otop_desk.domain.enums import GroupStatus

    made = make_group(services)
    plan(services, made.group_id, 2026, {11: 10_000})
    plan(services, made.group_id, 2027, {0: 10_000})
    assert set(flagged(services)) == {made.group_id}
    services.groups.set_status(made.group_id, GroupStatus.INACTIVE)
    assert flagged(services) == {}
