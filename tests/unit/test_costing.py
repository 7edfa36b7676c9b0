"""Costing formulas: line shares, cost per unit, margin and break-even, with edge cases."""

from __future__ import annotations

from decimal import Decimal

import pytest

from otop_desk.domain.costing import CostingIssue, CostInput, compute, line_cost
from otop_desk.domain.enums import CostLineKind as K
from otop_desk.domain.money import Money

B = Money.from_baht

# A batch of 50 jars of chilli paste.
LINES = [
    CostInput(K.MATERIAL, Decimal("2.5"), B(80)),  # 2.5 kg chilli x 80 = 200
    CostInput(K.MATERIAL, Decimal("0.35"), B("45.50")),  # 15.925 -> 15.93
    CostInput(K.PACKAGING, Decimal(50), B("3.25")),  # 162.50
    CostInput(K.LABOUR, Decimal(6), B(50)),  # 6 h x 50 = 300
    CostInput(K.OVERHEAD, Decimal(1), B(400), spread_batches=3),  # gas tank: 133.33
]


def test_line_cost_rounds_once_half_up() -> None:
    assert line_cost(LINES[1]) == B("15.93")
    assert line_cost(LINES[4]) == B("133.33")
    assert line_cost(CostInput(K.OVERHEAD, Decimal(1), B(500), spread_batches=3)) == B("166.67")
    assert line_cost(CostInput(K.MATERIAL, Decimal(0), B(80))) == Money(0)


def test_cost_per_unit_margin_and_break_even() -> None:
    r = compute(LINES, 50, B(25))
    assert r.by_kind[K.MATERIAL] == B("215.93")
    assert r.by_kind[K.PACKAGING] == B("162.50")
    assert r.by_kind[K.LABOUR] == B(300)
    assert r.by_kind[K.OVERHEAD] == B("133.33")
    assert r.batch_cost == B("811.76")
    assert r.unit_cost == B("16.24")  # 16.2352 rounded
    assert r.margin == B("8.76")
    assert r.margin_percent == Decimal("35.0")
    assert r.batch_profit == B("438.24")
    assert r.break_even_units == 33  # 811.76 / 25 = 32.47 -> the 33rd jar pays it back
    assert r.issues == ()


def test_zero_batch_gives_no_unit_cost() -> None:
    r = compute(LINES, 0, B(25))
    assert r.unit_cost is None and r.margin is None and r.break_even_units is None
    assert r.issues == (CostingIssue.NO_BATCH,)
    assert r.batch_cost == B("811.76")


def test_no_price_gives_cost_but_no_margin() -> None:
    for price in (None, Money(0)):
        r = compute(LINES, 50, price)
        assert r.unit_cost == B("16.24")
        assert (r.margin, r.margin_percent, r.break_even_units) == (None, None, None)
        assert r.issues == (CostingIssue.NO_PRICE,)


def test_price_below_cost_has_no_break_even() -> None:
    r = compute(LINES, 50, B(16))
    assert r.margin == B("-0.24")
    assert r.break_even_units is None
    assert r.issues == (CostingIssue.PRICE_BELOW_COST,)
    # one satang under the exact cost is still below cost even though unit costs round
    exact = compute([CostInput(K.MATERIAL, Decimal(1), B("10.01"))], 2, B("5.00"))
    assert exact.unit_cost == B("5.01") and exact.break_even_units is None


def test_price_equal_to_cost_breaks_even_on_the_whole_batch() -> None:
    r = compute([CostInput(K.MATERIAL, Decimal(1), B(100))], 10, B(10))
    assert r.break_even_units == 10 and r.margin == Money(0)


def test_empty_sheet() -> None:
    r = compute([], 10, B(10))
    assert r.batch_cost == Money(0) and r.unit_cost == Money(0) and r.break_even_units == 0


def test_invalid_lines_are_refused() -> None:
    with pytest.raises(ValueError):
        line_cost(CostInput(K.OVERHEAD, Decimal(1), B(10), spread_batches=0))
    with pytest.raises(ValueError):
        line_cost(CostInput(K.MATERIAL, Decimal(-1), B(10)))
