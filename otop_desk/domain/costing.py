"""What one unit of a product really costs, from a costing sheet of one production batch.

Pure arithmetic on integer satang; no Qt, no database. The formulas:

* line cost per batch = quantity × unit cost ÷ batches the purchase is shared over
  (rounded half up to the satang once, so a 400-baht gas tank for 3 batches is 133.33);
* batch cost = the sum of the line costs; cost per unit = batch cost ÷ batch size;
* margin per unit = selling price − cost per unit; margin % is of the selling price;
* break-even quantity = the number of units of one batch that must be sold at the selling
  price to get the whole batch cost back: ⌈batch cost ÷ selling price⌉. The rest of the
  batch is profit. When the price is below the cost per unit even the whole batch does
  not pay for itself, so there is no break-even quantity.

Problems are reported as ``CostingIssue`` values rather than text, so the UI can say
them in the person's language.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from otop_desk.domain.enums import CostLineKind
from otop_desk.domain.money import Money


class CostingIssue(StrEnum):
    NO_BATCH = "no_batch"  # batch size zero: no cost per unit can be given
    NO_PRICE = "no_price"  # no selling price: no margin or break-even
    PRICE_BELOW_COST = "price_below_cost"  # the batch never pays for itself


@dataclass(frozen=True, slots=True)
class CostInput:
    kind: CostLineKind
    quantity: Decimal
    unit_cost: Money
    spread_batches: int = 1


@dataclass(frozen=True)
class CostingResult:
    batch_size: int
    line_costs: tuple[Money, ...]
    by_kind: dict[CostLineKind, Money]
    batch_cost: Money
    unit_cost: Money | None
    price: Money | None
    margin: Money | None = None  # per unit
    margin_percent: Decimal | None = None  # of the selling price, one decimal place
    batch_profit: Money | None = None  # selling the whole batch
    break_even_units: int | None = None
    issues: tuple[CostingIssue, ...] = field(default=())


def _round(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def line_cost(line: CostInput) -> Money:
    """One line's share of one batch."""
    if line.spread_batches < 1:
        raise ValueError("a cost is shared over at least one batch")
    if line.quantity < 0 or line.unit_cost.satang < 0:
        raise ValueError("quantities and unit costs are not negative")
    return Money(_round(Decimal(line.unit_cost.satang) * line.quantity / line.spread_batches))


def compute(lines: Iterable[CostInput], batch_size: int, price: Money | None) -> CostingResult:
    inputs = list(lines)
    costs = tuple(line_cost(line) for line in inputs)
    by_kind = {kind: Money(0) for kind in CostLineKind}
    for line, cost in zip(inputs, costs, strict=True):
        by_kind[line.kind] += cost
    batch_cost = Money.sum(costs)
    if price is not None and price.satang <= 0:
        price = None
    if batch_size <= 0:
        issues = (CostingIssue.NO_BATCH,) + ((CostingIssue.NO_PRICE,) if price is None else ())
        return CostingResult(batch_size, costs, by_kind, batch_cost, None, price, issues=issues)
    unit_cost = batch_cost.divided_by(batch_size)
    if price is None:
        return CostingResult(batch_size, costs, by_kind, batch_cost, unit_cost, None,
                             issues=(CostingIssue.NO_PRICE,))
    margin = price - unit_cost
    percent = (Decimal(margin.satang) * 100 / price.satang).quantize(
        Decimal("0.1"), rounding=ROUND_HALF_UP
    )
    batch_profit = price.times(batch_size) - batch_cost
    # Compared on the exact batch cost, not the rounded unit cost, so a price one satang
    # under the true cost is caught.
    if price.satang * batch_size < batch_cost.satang:
        return CostingResult(batch_size, costs, by_kind, batch_cost, unit_cost, price, margin,
                             percent, batch_profit, None, (CostingIssue.PRICE_BELOW_COST,))
    break_even = -(-batch_cost.satang // price.satang)  # ceiling division on integers
    return CostingResult(batch_size, costs, by_kind, batch_cost, unit_cost, price, margin,
                         percent, batch_profit, break_even)
