"""Scoring booth applicants: pure functions, no database, so a committee (and a test) can
follow every number.

Each criterion gives 0 to 100 points; the score is their weighted mean. The printed list
shows the facts, the points and the weights, so a group can check its own line:

* star level: 20 points a star (the best star level among the group's products);
* valid certificates: a third for each distinct standard held, full marks at three;
* past fair sales: measured against the best applicant's sales (in the 12 months before);
* turn to sell: 100 for a group not picked in the 12 months before, 50 once, 33 twice ...
  (booths rotate);
* product-type balance: the best group of each product type by the other criteria gets
  100, the second of that type 50, the third 33 ..., so one type cannot fill every booth.

Ties go to the group picked less often, then to the earlier application.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from otop_desk.domain.enums import FairEntryStatus, ProductType
from otop_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from otop_desk.domain.money import Money
from otop_desk.domain.network import Criterion

WEIGHT_MIN, WEIGHT_MAX = 0, 10
#: Where a new selection starts; the committee changes them before it ranks.
DEFAULT_WEIGHTS: dict[Criterion, int] = {
    Criterion.STARS: 3, Criterion.CERTIFICATES: 2, Criterion.PAST_SALES: 2,
    Criterion.ROTATION: 3, Criterion.TYPE_BALANCE: 2,
}
CERTIFICATE_CAP = 3
STAR_MAX = 5
#: Groups proposed as reserves after the booths are filled.
RESERVES = 2
FULL = Decimal(100)
_CENT = Decimal("0.01")

F_WEIGHT = QT_TRANSLATE_NOOP("Field", "Weight")


@dataclass(frozen=True)
class Facts:
    """What is known of one applicant when the committee meets."""

    key: Any  # the fair entry (the application)
    group_id: uuid.UUID
    group_name: str
    product_type: ProductType
    stars: int | None
    certificates: frozenset[str]  # CertificateKind keys
    past_sales: Money
    times_picked: int
    applied_order: int  # 0 = the first application


@dataclass(frozen=True)
class Scored:
    facts: Facts
    points: dict[Criterion, Decimal]
    type_order: int  # 1: the best of its product type by the other criteria
    score: Decimal
    rank: int
    proposed: FairEntryStatus


def _round(value: Decimal) -> Decimal:
    return value.quantize(_CENT, rounding=ROUND_HALF_UP)


def star_points(stars: int | None) -> Decimal:
    return _round(FULL * min(max(stars or 0, 0), STAR_MAX) / STAR_MAX)


def certificate_points(count: int) -> Decimal:
    return _round(FULL * min(count, CERTIFICATE_CAP) / CERTIFICATE_CAP)


def sales_points(sales: Money, best: Money) -> Decimal:
    if best.satang <= 0:
        return _round(Decimal(0))
    return _round(FULL * max(sales.satang, 0) / best.satang)


def rotation_points(times_picked: int) -> Decimal:
    return _round(FULL / (1 + max(times_picked, 0)))


def type_points(order: int) -> Decimal:
    return _round(FULL / max(order, 1))


def check_weights(weights: Mapping[Criterion, int]) -> dict[Criterion, int]:
    """Every criterion's weight between 0 and 10, and at least one above 0."""
    clean = {c: int(weights.get(c, 0)) for c in Criterion}
    for value in clean.values():
        if not WEIGHT_MIN <= value <= WEIGHT_MAX:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Validation", "{field} must be between {lo} and {hi}."),
                F_WEIGHT, field=F_WEIGHT, lo=WEIGHT_MIN, hi=WEIGHT_MAX)
    if not any(clean.values()):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "Give at least one criterion a weight above 0."), F_WEIGHT)
    return clean


def weighted(points: Mapping[Criterion, Decimal], weights: Mapping[Criterion, int]) -> Decimal:
    """The weighted mean of the points of the criteria that weigh anything."""
    total = sum(weights.get(c, 0) for c in points)
    if total <= 0:
        return _round(Decimal(0))
    return _round(sum((p * weights.get(c, 0) for c, p in points.items()), Decimal(0)) / total)


def _tie_break(f: Facts) -> tuple[int, int, str]:
    return (f.times_picked, f.applied_order, f.group_name)


def rank(applicants: Sequence[Facts], weights: Mapping[Criterion, int], booths: int,
         reserves: int = RESERVES) -> list[Scored]:
    """Every applicant scored and ranked, best first, with the proposed outcome: a booth
    for the first ``booths``, reserve for the next ``reserves``."""
    best_sales = max((f.past_sales for f in applicants), default=Money(0))
    base: dict[int, dict[Criterion, Decimal]] = {}
    for i, f in enumerate(applicants):
        base[i] = {
            Criterion.STARS: star_points(f.stars),
            Criterion.CERTIFICATES: certificate_points(len(f.certificates)),
            Criterion.PAST_SALES: sales_points(f.past_sales, best_sales),
            Criterion.ROTATION: rotation_points(f.times_picked),
        }
    # Product-type balance depends on the order within each type by the other criteria.
    by_type: dict[ProductType, list[int]] = defaultdict(list)
    for i, f in enumerate(applicants):
        by_type[f.product_type].append(i)
    orders: dict[int, int] = {}
    for members in by_type.values():
        members.sort(key=lambda i: (-weighted(base[i], weights), _tie_break(applicants[i])))
        for position, i in enumerate(members, start=1):
            orders[i] = position
    scored = []
    for i in range(len(applicants)):
        points = {**base[i], Criterion.TYPE_BALANCE: type_points(orders[i])}
        scored.append((weighted(points, weights), i, points))
    scored.sort(key=lambda t: (-t[0], _tie_break(applicants[t[1]])))
    out = []
    for position, (score, i, points) in enumerate(scored, start=1):
        if position <= booths:
            proposed = FairEntryStatus.SELECTED
        elif position <= booths + reserves:
            proposed = FairEntryStatus.RESERVE
        else:
            proposed = FairEntryStatus.NOT_SELECTED
        out.append(Scored(applicants[i], points, orders[i], score, position, proposed))
    return out
