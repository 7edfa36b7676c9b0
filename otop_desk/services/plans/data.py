"""What the plan screens, printouts and reports are given: plain dataclasses, no Qt."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from otop_desk.domain.fiscal import YearKind, YearSpan
from otop_desk.domain.money import Money
from otop_desk.domain.plans import (
    PlanSection,
    ProductFigures,
    Projection,
    SalesChannel,
    behind_run,
    is_behind,
    percent_of,
    project,
)

MONTHS = 12

#: The plan's words, in the order the form and the printout show them.
TEXT_FIELDS = (
    "drafted_with", "summary", "goals", "strengths", "weaknesses", "opportunities", "threats",
    "production_notes", "target_customers", "marketing_notes", "management_notes", "bookkeeping",
    "finance_notes",
)


@dataclass
class ProductLine:
    """A product of the production plan; price and cost per unit from its costing sheet."""

    name: str = ""
    unit: str = ""
    capacity: int = 0  # units a month
    price: Money | None = None
    unit_cost: Money | None = None
    product_id: uuid.UUID | None = None
    id: uuid.UUID | None = None

    def figures(self) -> ProductFigures:
        return ProductFigures(self.capacity, self.price, self.unit_cost)


@dataclass
class LineData:
    """A line of one of the plan's lists (``PlanSection``)."""

    section: PlanSection
    name: str = ""
    detail: str = ""
    person: str = ""
    member_id: uuid.UUID | None = None
    amount: Money | None = None
    id: uuid.UUID | None = None


def _no_targets() -> list[Money]:
    return [Money(0)] * MONTHS


@dataclass
class PlanData:
    """One version of a group's plan for a fiscal year. ``targets`` are the sales
    targets of the fiscal year's months, October first."""

    group_id: uuid.UUID | None = None
    fiscal_year: int | None = None  # CE year the fiscal year ends in
    number: int = 1
    agreed_date: date | None = None
    drafted_with: str = ""
    summary: str = ""
    goals: str = ""
    strengths: str = ""
    weaknesses: str = ""
    opportunities: str = ""
    threats: str = ""
    production_notes: str = ""
    target_customers: str = ""
    channels: frozenset[SalesChannel] = frozenset()
    marketing_notes: str = ""
    management_notes: str = ""
    bookkeeping: str = ""
    finance_notes: str = ""
    products: list[ProductLine] = field(default_factory=list)
    targets: list[Money] = field(default_factory=_no_targets)
    lines: list[LineData] = field(default_factory=list)
    id: uuid.UUID | None = None  # the version's
    plan_id: uuid.UUID | None = None
    group_name: str = ""

    @property
    def span(self) -> YearSpan:
        assert self.fiscal_year is not None
        return YearSpan(YearKind.FISCAL, self.fiscal_year)

    @property
    def agreed(self) -> bool:
        return self.agreed_date is not None

    def lines_of(self, section: PlanSection) -> list[LineData]:
        return [line for line in self.lines if line.section == section]

    def total(self, section: PlanSection) -> Money:
        return Money.sum(line.amount or Money(0) for line in self.lines_of(section))

    def projection(self) -> Projection:
        """Income, cost and profit a month from the targets and the costing."""
        return project(self.targets, [p.figures() for p in self.products],
                       startup=self.total(PlanSection.STARTUP_COST),
                       running=self.total(PlanSection.RUNNING_COST),
                       funding=self.total(PlanSection.FUNDING))


@dataclass(frozen=True, slots=True)
class VersionRow:
    id: uuid.UUID
    number: int
    agreed_date: date | None
    updated: date  # local day of its last change


@dataclass(frozen=True, slots=True)
class PlanRow:
    """A line of the plans list: the version in force (else the newest draft)."""

    id: uuid.UUID  # the plan's
    version_id: uuid.UUID
    group_id: uuid.UUID
    group_name: str
    district: str
    fiscal_year: int
    number: int
    versions: int
    agreed_date: date | None
    target: Money  # the whole year's
    target_to_date: Money  # of the months begun by today
    actual: Money | None  # sales of the year so far; None: not read yet (``list_rows``)

    @property
    def span(self) -> YearSpan:
        return YearSpan(YearKind.FISCAL, self.fiscal_year)

    @property
    def percent(self) -> Decimal | None:
        return None if self.actual is None else percent_of(self.actual, self.target_to_date)


@dataclass(frozen=True, slots=True)
class MonthActual:
    year: int
    month: int
    target: Money
    cash_sales: Money  # sales income in the cash book
    fair_sales: Money  # fair sales not posted to the cash book
    complete: bool  # the month has ended
    started: bool  # the month has begun

    @property
    def actual(self) -> Money:
        return self.cash_sales + self.fair_sales

    @property
    def percent(self) -> Decimal | None:
        return percent_of(self.actual, self.target) if self.started else None

    @property
    def behind(self) -> bool:
        return self.complete and is_behind(self.target, self.actual)


@dataclass(frozen=True)
class PlanVsActual:
    plan_id: uuid.UUID
    version_id: uuid.UUID
    group_id: uuid.UUID
    group_name: str
    span: YearSpan
    number: int
    agreed_date: date | None
    months: list[MonthActual]
    today: date

    @property
    def target(self) -> Money:
        return Money.sum(m.target for m in self.months)

    @property
    def actual(self) -> Money:
        return Money.sum(m.actual for m in self.months)

    @property
    def target_to_date(self) -> Money:
        return Money.sum(m.target for m in self.months if m.started)

    @property
    def percent_to_date(self) -> Decimal | None:
        return percent_of(self.actual, self.target_to_date)

    @property
    def behind_now(self) -> bool:
        """The last complete months of the year are behind, two running (Home's flag)."""
        done = [(m.target, m.actual) for m in self.months if m.complete]
        return behind_run(done)
