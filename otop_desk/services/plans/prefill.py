"""A new plan's first draft, from what the records already say about the group.

* products: the group's products, each priced and costed by its newest costing sheet
  (else the product's own price);
* who does what: the committee from the members' roles (chair, secretary, treasurer …);
* monthly sales targets: the sales of the same month of the fiscal year before, rounded
  up to a hundred baht, so the officer and the group start from what was sold;
* the rest of the words from the group's plan of the year before, if it has one.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from otop_desk.db.models import CostingSheet, Member, ProducerGroup, Product
from otop_desk.domain.costing import CostInput, compute
from otop_desk.domain.enums import MemberRole
from otop_desk.domain.errors import NotFoundError
from otop_desk.domain.fiscal import YearKind, YearSpan
from otop_desk.domain.money import Money
from otop_desk.domain.plans import PlanSection
from otop_desk.services.plans.actuals import month_periods, sales
from otop_desk.services.plans.data import LineData, PlanData, ProductLine

RoleLabel = Callable[[MemberRole], str]
#: Targets start from last year's sales rounded up to this many satang (100 baht).
ROUND_TO = 10_000


def _committee(members: list[Member], role_label: RoleLabel) -> list[LineData]:
    order = list(MemberRole)
    chosen = sorted((m for m in members if m.role != MemberRole.MEMBER), key=lambda m: order.index(m.role))
    return [LineData(PlanSection.DUTY, name=role_label(m.role), person=m.name, member_id=m.id)
            for m in chosen]


def costed_products(s: Session, group_id: uuid.UUID) -> list[ProductLine]:
    """The group's products, priced and costed by the newest costing sheet of each."""
    products = s.scalars(select(Product).where(Product.group_id == group_id).order_by(Product.name)).all()
    sheets = s.scalars(
        select(CostingSheet).where(CostingSheet.product_id.in_([p.id for p in products]))
        .options(selectinload(CostingSheet.lines))
        .order_by(CostingSheet.sheet_date.desc(), CostingSheet.created_at.desc())).all() if products else []
    newest: dict[uuid.UUID, CostingSheet] = {}
    for sheet in sheets:
        newest.setdefault(sheet.product_id, sheet)
    out = []
    for product in products:
        price, cost = product.price, None
        sheet = newest.get(product.id)
        if sheet is not None:
            result = compute([CostInput(line.kind, line.quantity, line.unit_cost, line.spread_batches)
                              for line in sheet.lines], sheet.batch_size, sheet.selling_price)
            price = sheet.selling_price or price
            cost = result.unit_cost
        out.append(ProductLine(product.name, product.unit, 0, price, cost, product.id))
    return out


def last_year_targets(s: Session, group_id: uuid.UUID, span: YearSpan) -> list[Money]:
    before = span.previous()
    found = sales(s, month_periods(before.months()), [group_id])
    out = []
    for index in range(12):
        cash, fair = found.get((group_id, index), (0, 0))
        total = cash + fair
        out.append(Money(-(-total // ROUND_TO) * ROUND_TO))
    return out


def first_draft(s: Session, group_id: uuid.UUID, fiscal_year: int, role_label: RoleLabel,
                previous: PlanData | None = None) -> PlanData:
    group = s.get(ProducerGroup, group_id)
    if group is None:
        raise NotFoundError(str(group_id))
    span = YearSpan(YearKind.FISCAL, fiscal_year)
    targets = last_year_targets(s, group_id, span)
    members = list(s.scalars(select(Member).where(Member.group_id == group_id)))
    if previous is not None:
        # Last year's plan, as a start for this year's: its words and lists, fresh targets.
        lines = [replace(line, id=None) for line in previous.lines]
        return replace(previous, id=None, plan_id=None, fiscal_year=fiscal_year, number=1,
                       agreed_date=None, targets=targets, lines=lines,
                       products=[replace(p, id=None) for p in previous.products])
    return PlanData(group_id=group_id, fiscal_year=fiscal_year, group_name=group.name,
                    products=costed_products(s, group_id), targets=targets,
                    lines=_committee(members, role_label))
