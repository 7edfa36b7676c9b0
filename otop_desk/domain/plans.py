"""Business plans in numbers: how far sales are behind the plan, the finance plan's
projection, and the department's KPI of income against the three years before.

Pure arithmetic on integer satang (no float anywhere); the words for the channels and
sections are the screens' (``services.plans.labels``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from otop_desk.domain.dates import add_months, month_bounds
from otop_desk.domain.money import Money


class SalesChannel(StrEnum):
    """Where a group sells, as a marketing plan names it (stored as keys, comma-separated)."""

    SHOP = "shop"
    FAIR = "fair"
    ONLINE = "online"
    WHOLESALE = "wholesale"


class PlanSection(StrEnum):
    """The lists of a plan kept as lines (stored by key: new sections need no migration)."""

    MATERIAL = "material"  # raw materials and where they come from
    EQUIPMENT = "equipment"  # tools and machines, had or needed
    DUTY = "duty"  # who does what (production and the committee)
    MEETING = "meeting"  # the group's meetings: what and how often
    STARTUP_COST = "startup_cost"  # one-off costs to start
    RUNNING_COST = "running_cost"  # costs every month whatever is sold
    FUNDING = "funding"  # where the money comes from


# behind the plan ------------------------------------------------------------------------
#: A month is "behind" when sales are more than this many per cent below its target.
BEHIND_PERCENT = 30
#: Home flags a group behind for this many complete months in a row.
BEHIND_MONTHS = 2


def is_behind(target: Money, actual: Money) -> bool:
    """Sales more than ``BEHIND_PERCENT`` % below a target (a month without one is not)."""
    return target.satang > 0 and actual.satang * 100 < target.satang * (100 - BEHIND_PERCENT)


def percent_of(actual: Money, target: Money) -> Decimal | None:
    """Sales as a percentage of the target, one decimal; None without a target."""
    if target.satang <= 0:
        return None
    return _round(Decimal(actual.satang) * 100 / target.satang, "0.1")


def behind_run(months: Sequence[tuple[Money, Money]], run: int = BEHIND_MONTHS) -> bool:
    """The last ``run`` of (target, actual) months, oldest first, are all behind."""
    return len(months) >= run and all(is_behind(t, a) for t, a in months[-run:])


# the finance plan -----------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ProductFigures:
    capacity: int  # units a month
    price: Money | None
    unit_cost: Money | None


@dataclass(frozen=True, slots=True)
class MonthProjection:
    target: Money  # the sales target: projected income
    variable_cost: Money | None  # what making those sales costs (from the costing)
    running_cost: Money
    profit: Money | None
    cumulative: Money | None  # profit so far, less the start-up costs


@dataclass(frozen=True)
class Projection:
    months: list[MonthProjection]
    cost_share: Decimal | None  # cost per baht of sales, from the costing sheets
    startup_cost: Money
    running_cost: Money  # a month
    funding: Money
    capacity_sales: Money  # what a month's full capacity sells for

    @property
    def income(self) -> Money:
        return Money.sum(m.target for m in self.months)

    @property
    def profit(self) -> Money | None:
        if self.cost_share is None:
            return None
        return Money.sum(m.profit for m in self.months if m.profit is not None)

    @property
    def break_even_sales(self) -> Money | None:
        """Sales a month must reach to pay the running costs: running ÷ (1 − cost share)."""
        if self.cost_share is None or self.cost_share >= 1:
            return None
        return Money(int(_round(Decimal(self.running_cost.satang) / (1 - self.cost_share), "1")))

    @property
    def payback_month(self) -> int | None:
        """The first month (0-based) by which the profit has paid the start-up costs."""
        for index, month in enumerate(self.months):
            if month.cumulative is not None and month.cumulative.satang >= 0:
                return index
        return None

    @property
    def funding_gap(self) -> Money:
        """Start-up costs the funding sources do not cover (zero if they do)."""
        return Money(max(self.startup_cost.satang - self.funding.satang, 0))


def cost_share(products: Sequence[ProductFigures]) -> Decimal | None:
    """What each baht of sales costs to make: the costing's cost over the price, weighted
    by each product's monthly capacity (equal weights where none is given)."""
    costed = [p for p in products if p.price and p.unit_cost is not None and p.price.satang > 0]
    if not costed:
        return None
    weight = [max(p.capacity, 0) or 1 for p in costed]
    cost = sum(w * p.unit_cost.satang for w, p in zip(weight, costed, strict=True))  # type: ignore[union-attr]
    sales = sum(w * p.price.satang for w, p in zip(weight, costed, strict=True))  # type: ignore[union-attr]
    return (Decimal(cost) / sales).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)


def project(targets: Sequence[Money], products: Sequence[ProductFigures], *, startup: Money,
            running: Money, funding: Money) -> Projection:
    """Each month's income (the sales target), its cost, profit and the running total."""
    share = cost_share(products)
    months: list[MonthProjection] = []
    cumulative = -startup.satang
    for target in targets:
        if share is None:
            months.append(MonthProjection(target, None, running, None, None))
            continue
        variable = Money(int(_round(Decimal(target.satang) * share, "1")))
        profit = target - variable - running
        cumulative += profit.satang
        months.append(MonthProjection(target, variable, running, profit, Money(cumulative)))
    capacity = sum(max(p.capacity, 0) * p.price.satang for p in products if p.price)
    return Projection(months, share, startup, running, funding, Money(capacity))


# the department's KPI --------------------------------------------------------------------
#: The KPI compares a year with the average of this many years before it.
BASELINE_YEARS = 3


def baseline_average(years: Sequence[Money]) -> Money:
    """The average of the years before (a year without records counts as nothing sold)."""
    return Money(int(_round(Decimal(sum(y.satang for y in years)) / max(len(years), 1), "1")))


def percent_change(current: Money, before: Sequence[Money]) -> Decimal | None:
    """ร้อยละที่เพิ่มขึ้น: (this year − the average before) ÷ the average × 100, two
    decimals, exact (from the sum, not the rounded average); None without a baseline."""
    total = sum(y.satang for y in before)
    if total <= 0 or not before:
        return None
    return _round(Decimal(current.satang * len(before) - total) * 100 / total, "0.01")


def _round(value: Decimal, places: str) -> Decimal:
    return value.quantize(Decimal(places), rounding=ROUND_HALF_UP)


def months_looked_at(today: date) -> list[tuple[date, date]]:
    """The complete months the flag looks at, oldest first."""
    first = date(today.year, today.month, 1)
    out = []
    for back in range(BEHIND_MONTHS, 0, -1):
        day = add_months(first, -back)
        out.append(month_bounds(day.year, day.month))
    return out
