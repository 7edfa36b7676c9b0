"""The arithmetic of business plans: behind the plan, the finance projection, the KPI."""

from __future__ import annotations

from decimal import Decimal

from otop_desk.domain.money import Money
from otop_desk.domain.plans import (
    ProductFigures,
    baseline_average,
    behind_run,
    cost_share,
    is_behind,
    percent_change,
    percent_of,
    project,
)


def baht(n: int) -> Money:
    return Money(n * 100)


def test_behind_means_more_than_thirty_percent_short() -> None:
    assert is_behind(baht(10_000), baht(6_999))
    assert is_behind(baht(10_000), Money(699_999))  # a satang under 70 %
    assert not is_behind(baht(10_000), baht(7_000))  # exactly 30 % short is not "more than"
    assert not is_behind(Money(0), Money(0))  # no target, nothing to be behind
    assert percent_of(baht(6_500), baht(10_000)) == Decimal("65.0")
    assert percent_of(baht(1), Money(0)) is None


def test_two_months_running() -> None:
    behind, ok = (baht(100), baht(10)), (baht(100), baht(90))
    assert behind_run([ok, behind, behind])
    assert not behind_run([behind, ok])
    assert not behind_run([behind])
    assert not behind_run([behind, ok, behind])


def test_cost_share_weighs_products_by_capacity() -> None:
    products = [ProductFigures(100, baht(50), baht(30)), ProductFigures(300, baht(20), baht(5))]
    # (100*30 + 300*5) / (100*50 + 300*20) = 4500 / 11000
    assert cost_share(products) == Decimal("0.4091")
    assert cost_share([ProductFigures(10, baht(50), None)]) is None


def test_projection_and_break_even() -> None:
    products = [ProductFigures(100, baht(100), baht(60))]  # 40 % margin
    p = project([baht(10_000)] * 12, products, startup=baht(12_000), running=baht(1_000),
                funding=baht(5_000))
    first = p.months[0]
    assert (first.variable_cost, first.profit, first.cumulative) == (baht(6_000), baht(3_000), baht(-9_000))
    assert p.payback_month == 3  # 4 months of 3,000 pay back 12,000
    assert p.break_even_sales == Money(250_000)  # 1,000 / 0.4
    assert p.income == baht(120_000) and p.profit == baht(36_000)
    assert p.capacity_sales == baht(10_000)
    assert p.funding_gap == baht(7_000)


def test_projection_without_costing_has_income_only() -> None:
    p = project([baht(5_000)] * 12, [], startup=Money(0), running=baht(100), funding=Money(0))
    assert p.income == baht(60_000)
    assert p.profit is None and p.break_even_sales is None and p.payback_month is None


def test_kpi_against_the_average_of_three_years() -> None:
    before = [baht(90_000), baht(100_000), baht(110_000)]
    assert baseline_average(before) == baht(100_000)
    assert percent_change(baht(120_000), before) == Decimal("20.00")
    assert percent_change(baht(90_000), before) == Decimal("-10.00")
    # exact from the sum: 100 / 3 = 33.33..., 50 against it is +50 %
    assert percent_change(baht(50), [baht(0), baht(0), baht(100)]) == Decimal("50.00")
    assert percent_change(baht(1), [Money(0)] * 3) is None
