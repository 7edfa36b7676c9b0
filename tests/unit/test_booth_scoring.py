"""Booth selection scoring: pure functions, each criterion on its own and the ranking as
the committee reads it (who is proposed for a booth, who is reserve, and why)."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest

from otop_desk.domain.enums import FairEntryStatus, ProductType
from otop_desk.domain.errors import ValidationError
from otop_desk.domain.money import Money
from otop_desk.domain.network import Criterion
from otop_desk.services.booths.scoring import (
    CERTIFICATE_CAP,
    DEFAULT_WEIGHTS,
    Facts,
    certificate_points,
    check_weights,
    rank,
    rotation_points,
    sales_points,
    star_points,
    type_points,
)

ONLY = {c: 0 for c in Criterion}


def facts(name: str, *, kind: ProductType = ProductType.FOOD, stars: int | None = None,
          certificates: tuple[str, ...] = (), sales: int = 0, picked: int = 0, order: int = 0) -> Facts:
    return Facts(uuid.uuid4(), uuid.uuid4(), name, kind, stars, frozenset(certificates),
                 Money.from_baht(sales), picked, order)


def weights(**given: int) -> dict[Criterion, int]:
    return {**ONLY, **{Criterion(k): v for k, v in given.items()}}


def test_star_points_run_from_nothing_to_five_stars() -> None:
    assert star_points(None) == Decimal("0.00")
    assert star_points(1) == Decimal("20.00")
    assert star_points(5) == Decimal("100.00")


def test_certificates_count_up_to_a_cap() -> None:
    assert certificate_points(0) == Decimal("0.00")
    assert certificate_points(1) == Decimal("33.33")
    assert certificate_points(CERTIFICATE_CAP) == Decimal("100.00")
    assert certificate_points(CERTIFICATE_CAP + 2) == Decimal("100.00")


def test_past_sales_are_measured_against_the_best_applicant() -> None:
    best = Money.from_baht(40_000)
    assert sales_points(best, best) == Decimal("100.00")
    assert sales_points(Money.from_baht(10_000), best) == Decimal("25.00")
    assert sales_points(Money(0), best) == Decimal("0.00")
    assert sales_points(Money(0), Money(0)) == Decimal("0.00")  # nobody sold: nobody is ahead


def test_rotation_favours_groups_picked_less_often() -> None:
    assert rotation_points(0) == Decimal("100.00")
    assert rotation_points(1) == Decimal("50.00")
    assert rotation_points(3) == Decimal("25.00")


def test_type_points_fall_for_each_more_group_of_one_type() -> None:
    assert [type_points(n) for n in (1, 2, 3, 4)] == [Decimal("100.00"), Decimal("50.00"),
                                                      Decimal("33.33"), Decimal("25.00")]


def test_a_newcomer_gets_the_booth_of_a_group_picked_three_times() -> None:
    regular = facts("กลุ่มประจำ", stars=4, picked=3, order=1)
    newcomer = facts("กลุ่มใหม่", stars=4, picked=0, order=2)
    ranked = rank([regular, newcomer], weights(stars=3, rotation=3), booths=1, reserves=0)
    assert [s.facts.group_name for s in ranked] == ["กลุ่มใหม่", "กลุ่มประจำ"]
    assert [s.proposed for s in ranked] == [FairEntryStatus.SELECTED, FairEntryStatus.NOT_SELECTED]
    assert ranked[0].points[Criterion.ROTATION] == Decimal("100.00")
    assert ranked[1].points[Criterion.ROTATION] == Decimal("25.00")
    # (4 stars = 80 points) * 3 + 100 * 3 over 6 = 90; the regular: (240 + 75) / 6 = 52.50
    assert (ranked[0].score, ranked[1].score) == (Decimal("90.00"), Decimal("52.50"))


def test_product_type_balance_gives_a_booth_to_the_only_textile_group() -> None:
    foods = [facts(f"น้ำพริก {i}", stars=5, sales=30_000, order=i) for i in range(3)]
    silk = facts("ผ้าไหม", kind=ProductType.TEXTILE, stars=3, sales=30_000, order=9)
    without = rank([*foods, silk], weights(stars=2, past_sales=1), booths=3, reserves=0)
    assert silk not in [s.facts for s in without if s.proposed is FairEntryStatus.SELECTED]
    balanced = rank([*foods, silk], weights(stars=2, past_sales=1, type_balance=2), booths=3, reserves=0)
    chosen = [s.facts for s in balanced if s.proposed is FairEntryStatus.SELECTED]
    assert silk in chosen and len(chosen) == 3
    orders = {s.facts.group_name: s.type_order for s in balanced}
    assert orders == {"น้ำพริก 0": 1, "น้ำพริก 1": 2, "น้ำพริก 2": 3, "ผ้าไหม": 1}


def test_equal_scores_go_to_the_group_picked_less_then_to_the_earlier_application() -> None:
    a = facts("ก", order=2)
    b = facts("ข", order=1)
    c = facts("ค", picked=1, order=0)
    ranked = rank([a, b, c], weights(stars=1), booths=3, reserves=0)
    assert [s.facts.group_name for s in ranked] == ["ข", "ก", "ค"]
    assert [s.rank for s in ranked] == [1, 2, 3]


def test_reserves_follow_the_booths_and_the_rest_are_not_proposed() -> None:
    groups = [facts(str(i), stars=5 - i, order=i) for i in range(5)]
    ranked = rank(groups, DEFAULT_WEIGHTS, booths=2, reserves=2)
    assert [s.proposed for s in ranked] == [
        FairEntryStatus.SELECTED, FairEntryStatus.SELECTED, FairEntryStatus.RESERVE,
        FairEntryStatus.RESERVE, FairEntryStatus.NOT_SELECTED]


def test_more_booths_than_applicants_proposes_everyone() -> None:
    ranked = rank([facts("ก"), facts("ข")], DEFAULT_WEIGHTS, booths=10)
    assert {s.proposed for s in ranked} == {FairEntryStatus.SELECTED}


def test_certificates_count_distinct_standards() -> None:
    one = facts("มผช. สองครั้ง", certificates=("mpc",))
    two = facts("มผช. และ อย.", certificates=("mpc", "fda_product"))
    ranked = rank([one, two], weights(certificates=1), booths=1, reserves=0)
    assert ranked[0].facts is two


def test_weights_must_count_something_and_stay_in_range() -> None:
    check_weights(DEFAULT_WEIGHTS)
    with pytest.raises(ValidationError, match="at least one"):
        check_weights(ONLY)
    with pytest.raises(ValidationError, match="between 0 and 10"):
        check_weights(weights(stars=11))
    with pytest.raises(ValidationError, match="between 0 and 10"):
        check_weights(weights(stars=-1))
