"""Demo data of the product register: certificates with numbers and dates (some due for
renewal, some lapsed), OPC star rounds leading to each product's level, a segment
assessment per product and the group's registration rounds.

It draws from generators of its own, seeded from the group's and product's names, never
from the demo's: adding the register left every other demo record as it was.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from random import Random
from typing import Any

from otop_desk.demo.core import Ctx, GroupInfo
from otop_desk.domain.enums import ProductType
from otop_desk.domain.register.numbers import format_fda
from otop_desk.domain.register.segments import propose
from otop_desk.domain.register.settings import RegisterRules
from otop_desk.domain.register.vocab import (
    ANSWERS,
    LEGACY_STANDARDS,
    CertificateKind,
    CommunityLink,
    Dimension,
    RegistrationDocument,
    RegistrationStatus,
)

#: OPC rounds (CE) a demo product may have taken part in: about every two years.
ROUNDS = (2016, 2018, 2019, 2022, 2024)
#: Years a certificate of each kind holds (None: no expiry is printed on it).
VALID_YEARS: dict[CertificateKind, int | None] = {
    CertificateKind.MPC: 3, CertificateKind.FDA_PRODUCT: None, CertificateKind.FDA_SITE: 3,
    CertificateKind.GMP: 3, CertificateKind.HALAL: 1, CertificateKind.OTHER: 2,
}
ISSUERS: dict[CertificateKind, str] = {
    CertificateKind.MPC: "สำนักงานมาตรฐานผลิตภัณฑ์อุตสาหกรรม",
    CertificateKind.FDA_PRODUCT: "สำนักงานสาธารณสุขจังหวัด{province}",
    CertificateKind.FDA_SITE: "สำนักงานสาธารณสุขจังหวัด{province}",
    CertificateKind.GMP: "สำนักงานคณะกรรมการอาหารและยา",
    CertificateKind.HALAL: "คณะกรรมการกลางอิสลามแห่งประเทศไทย",
    CertificateKind.OTHER: "สำนักงานเกษตรจังหวัด{province}",
}
_RULES = RegisterRules()


class Own:
    """The demo context with the register's own generator and time stamps."""

    def __init__(self, ctx: Ctx, key: str) -> None:
        self.ctx = ctx
        self.rng = Random(key)
        self.today = ctx.today
        self.district = ctx.district

    def fill(self, template: str) -> str:
        return self.ctx.fill(template)

    def add(self, table: str, row: dict[str, Any]) -> None:
        self.ctx.add(table, row)

    def record(self, d: date) -> dict[str, Any]:
        """As ``Ctx.record``: a time on ``d`` between 08:00 and 19:00 Thai time."""
        stamp = datetime(d.year, d.month, d.day, tzinfo=UTC) + timedelta(seconds=self.rng.randrange(3600, 12 * 3600))
        if self.ctx.ceiling is not None and stamp > self.ctx.ceiling:
            stamp = self.ctx.ceiling
        return {"id": self.ctx.new_id(), "created_at": stamp, "updated_at": stamp}


def round_years(own: Own, latest: int) -> list[int]:
    """The OPC rounds a starred demo product took part in, oldest first, ending in the
    round of its level."""
    earlier = [y for y in ROUNDS if y < latest]
    return sorted(own.rng.sample(earlier, k=min(len(earlier), own.rng.randint(0, 2)))) + [latest]


def write_product_register(ctx: Ctx, group: GroupInfo, product_id: object, product_name: str, keys: list[str],
                           stars: int | None, year: int | None, entered: date) -> None:
    """One product's certificates, star rounds and segment assessment."""
    own = Own(ctx, f"register:{group.name}:{product_name}")
    rounds = round_years(own, year) if stars and year else []
    kinds = [LEGACY_STANDARDS[k] for k in keys]
    if CertificateKind.FDA_PRODUCT in kinds:
        kinds.insert(0, CertificateKind.FDA_SITE)
    for kind in kinds:
        _certificate(own, product_id, kind, entered)
    if stars and rounds:
        _rounds(own, product_id, stars, rounds, entered)
    _segment(own, group, product_id, kinds, stars, entered)


def write_registration(ctx: Ctx, group: GroupInfo, entered: date) -> None:
    """The group's registration rounds: most approved, a few pending, refused or lapsed."""
    own = Own(ctx, f"registration:{group.name}")
    rng = own.rng
    year = rng.choice([y for y in (2019, 2021, 2023, 2025, ctx.today.year) if y <= ctx.today.year])
    quarter = rng.randint(1, 4) if year < ctx.today.year else 1
    submitted = min(date(year, 3 * quarter - 2, rng.randint(1, 28)), ctx.today)
    roll = rng.random()
    status = (RegistrationStatus.APPROVED if roll < 0.75 else RegistrationStatus.SUBMITTED if roll < 0.85
              else RegistrationStatus.LAPSED if roll < 0.95 else RegistrationStatus.REFUSED)
    if status == RegistrationStatus.SUBMITTED and (ctx.today - submitted).days > 120:
        submitted = ctx.today - timedelta(days=rng.randint(10, 60))
        year, quarter = submitted.year, (submitted.month - 1) // 3 + 1
    decided = None if status == RegistrationStatus.SUBMITTED else min(
        submitted + timedelta(days=rng.randint(20, 75)), ctx.today)
    docs = [d for d in RegistrationDocument if rng.random() < (0.97 if status != RegistrationStatus.SUBMITTED
                                                                 else 0.7)]
    row = own.record(max(entered, submitted) if submitted <= ctx.today else entered)
    row.update(group_id=group.id, product_id=None, round_year=year, round_quarter=quarter,
               registered_date=submitted, producer_type=group.producer_type,
               community_link=rng.choice(list(CommunityLink)), status=status, decision_date=decided,
               notes="" if status != RegistrationStatus.REFUSED else "เอกสารไม่ครบ ให้ยื่นใหม่รอบถัดไป",
               **{f"doc_{d.value}": d in docs for d in RegistrationDocument})
    ctx.add("registration", row)


def _certificate(ctx: Own, product_id: object, kind: CertificateKind, entered: date) -> None:
    rng = ctx.rng
    years = VALID_YEARS.get(kind)
    roll = rng.random()
    if years is None:
        issued = ctx.today - timedelta(days=rng.randint(200, 2500))
        expiry = None
    else:
        # Spread expiries: about one in eight due within 90 days, one in ten lapsed.
        if roll < 0.12:
            expiry = ctx.today + timedelta(days=rng.randint(5, 88))
        elif roll < 0.22:
            expiry = ctx.today - timedelta(days=rng.randint(10, 400))
        else:
            expiry = ctx.today + timedelta(days=rng.randint(100, 365 * years))
        issued = date(expiry.year - years, expiry.month, min(expiry.day, 28))
    row = ctx.record(min(max(issued, entered), ctx.today))
    row.update(product_id=product_id, kind=kind, number=_number(ctx, kind, issued),
               issuer=ctx.fill(ISSUERS.get(kind, "")), issue_date=issued, expiry_date=expiry, notes="")
    ctx.add("product_certificate", row)


def _number(ctx: Own, kind: CertificateKind, issued: date) -> str:
    rng = ctx.rng
    be = issued.year + 543
    province = ctx.district.code // 100
    if kind == CertificateKind.FDA_PRODUCT:
        digits = f"{province:02d}{rng.choice('12')}{rng.randint(1, 999):03d}{be % 100:02d}{rng.choice('12')}" \
                 f"{rng.randint(1, 120):04d}"
        return format_fda(digits)
    if kind == CertificateKind.FDA_SITE:
        return f"{province:02d}-2-{rng.randint(1, 999):03d}{be % 100:02d}"
    if kind == CertificateKind.MPC:
        return f"มผช. {rng.randint(1, 1500)}/{be} เลขที่ {rng.randint(100, 9999)}"
    return f"{rng.randint(1000, 99999)}/{be}"


def _rounds(ctx: Own, product_id: object, stars: int, taken: list[int], entered: date) -> None:
    """Rounds that climb to ``stars`` (a product seldom rises more than a level a round)."""
    rng = ctx.rng
    level = max(1, stars - len(taken) + 1)
    community, marketing, quality = _RULES.part_max
    for year in taken:
        level = min(stars, level) if year != taken[-1] else stars
        need = _RULES.needs(level).score
        top = _RULES.needs(level + 1).score - 1 if level < 5 else 100
        total = rng.randint(max(need, 30), max(need, top))
        share = total / 100
        scores = [round(community * share), round(marketing * share)]
        scores.append(max(0, min(quality, total - sum(scores))))
        row = ctx.record(date(year, 9, rng.randint(1, 28)) if date(year, 9, 28) <= ctx.today else entered)
        row.update(product_id=product_id, round_year=year, level=level, score_community=scores[0],
                   score_marketing=scores[1], score_quality=scores[2],
                   certificate_no=f"OPC {year + 543}/{rng.randint(1, 9999):04d}",
                   valid_until=date(year + _RULES.star_valid_years, 12, 31), notes="")
        ctx.add("star_round", row)
        level += 1


def _segment(ctx: Own, group: GroupInfo, product_id: object, kinds: list[CertificateKind],
             stars: int | None, entered: date) -> None:
    rng = ctx.rng
    level = stars or 0
    international = {CertificateKind.GMP, CertificateKind.HALAL} & set(kinds)
    answers = {
        Dimension.STANDARDS: "1.1" if international else "1.2" if kinds else "1.3",
        Dimension.CAPACITY: "2.1" if level >= 4 and rng.random() < 0.5 else rng.choice(["2.2", "2.3"]),
        Dimension.PROCESS: "3.3" if group.product_type in (ProductType.TEXTILE, ProductType.HOUSEHOLD)
        else rng.choice(["3.1", "3.2", "3.2"]),
        Dimension.DEVELOPMENT: "4.1" if level == 5 else "4.2" if group.product_type == ProductType.TEXTILE
        else rng.choice(["4.3", "4.4"] if level < 3 else ["4.2", "4.3"]),
        Dimension.MARKET: "5.1" if level == 5 else rng.choice(["5.2", "5.3", "5.4"] if level >= 3 else ["5.4"]),
    }
    assert all(answers[d] in ANSWERS[d] for d in Dimension)
    year = ctx.today.year if ctx.today.month >= 3 else ctx.today.year - 1
    row = ctx.record(max(entered, min(date(year, 3, 15), ctx.today)))
    row.update(product_id=product_id, year=year, segment=propose(answers, _RULES).segment,
               notes="", **{d.value: answers[d] for d in Dimension})
    ctx.add("segment_assessment", row)
