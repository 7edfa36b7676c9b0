"""Groups behind their business plan, for the Home tab's "needs attention" list.

A group is listed when its sales were more than ``BEHIND_PERCENT`` % below the agreed
targets in each of the last two complete months (before today's month), whichever fiscal
years they belong to. The targets are those of the version in force (the newest agreed)
of the group's plan for the month's fiscal year. One SELECT, in the shape of the Home
list's other kinds (``services.home.attention``), so it is counted and paged in SQL.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import BigInteger, Date, Select, String, cast, func, literal, select, type_coerce
from sqlalchemy.orm import aliased

from otop_desk.db.models import BusinessPlan, PlanTarget, PlanVersion, ProducerGroup
from otop_desk.domain.enums import GroupStatus
from otop_desk.domain.fiscal import fiscal_year_of
from otop_desk.domain.plans import BEHIND_PERCENT, months_looked_at
from otop_desk.services.plans.actuals import sales_condition

Columns = Callable[..., list[Any]]


def _target(first: date) -> Any:
    """The month's target in the version in force of the group's plan of its year."""
    newer = aliased(PlanVersion)
    plan = aliased(BusinessPlan)
    in_force = ~select(newer.id).where(
        newer.plan_id == PlanVersion.plan_id, newer.agreed_date.is_not(None),
        newer.number > PlanVersion.number).exists()
    return (select(func.coalesce(func.max(type_coerce(PlanTarget.amount, BigInteger)), 0))
            .join(PlanVersion, PlanTarget.version_id == PlanVersion.id)
            .join(plan, PlanVersion.plan_id == plan.id)
            .where(plan.group_id == ProducerGroup.id, plan.fiscal_year == fiscal_year_of(first),
                   PlanTarget.month == first, PlanVersion.agreed_date.is_not(None), in_force)
            .correlate(ProducerGroup).scalar_subquery())


def behind_select(today: date, columns: Columns) -> Select[Any]:
    """Rows (record_id = the plan of the later month, item_id = the group, group
    name, text = each month's sales as a percentage of its target, when = the later
    month's last day, due = none) for ``home_attention``'s union."""
    months = months_looked_at(today)
    conditions, percents = [], []
    for first, last in months:
        target = _target(first)
        cash, fair = sales_condition(ProducerGroup.id, first, last)
        actual = cash + fair
        conditions += [target > 0, actual * 100 < target * (100 - BEHIND_PERCENT)]
        percents.append(cast((actual * 100) // func.nullif(target, 0), String))
    text = percents[0]
    for percent in percents[1:]:
        text = text + literal("% · ") + percent
    text = text + literal("%")
    later_first, later_last = months[-1]
    plan = (select(BusinessPlan.id)
            .where(BusinessPlan.group_id == ProducerGroup.id, BusinessPlan.fiscal_year == fiscal_year_of(later_first))
            .order_by(BusinessPlan.created_at).limit(1).correlate(ProducerGroup).scalar_subquery())
    has_plan = select(BusinessPlan.id).where(
        BusinessPlan.group_id == ProducerGroup.id,
        BusinessPlan.fiscal_year == fiscal_year_of(later_first)).correlate(ProducerGroup).exists()
    return (select(*columns(plan, ProducerGroup.id, ProducerGroup.name, text,
                            literal(later_last, Date), cast(literal(None), Date)))
            .where(ProducerGroup.status == GroupStatus.ACTIVE, has_plan, *conditions))
