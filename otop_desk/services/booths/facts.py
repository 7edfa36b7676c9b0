"""What the books say of each applicant when a committee meets: read in SQL, scored by
``scoring`` (pure).

"Valid certificates" come from ``valid_certificates`` alone: the kinds of the product
register's certificate records (``product_certificate``) that are in force on the fair's
first day: issued by then (or with no issue date) and not expired.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from otop_desk.db.models import (
    CashEntry,
    FairEntry,
    FairSale,
    ProducerGroup,
    Product,
    ProductCertificate,
    TradeFair,
)
from otop_desk.domain.enums import CashCategory, FairEntryStatus
from otop_desk.domain.money import Money
from otop_desk.domain.register.vocab import CertificateKind
from otop_desk.services.booths.scoring import Facts

#: Past sales and past picks are counted over this many days before the fair starts.
LOOKBACK_DAYS = 365


def valid_certificates(s: Session, groups: Iterable[uuid.UUID], on: date) -> dict[uuid.UUID, frozenset[str]]:
    """The kinds of certificate (``CertificateKind`` keys) each group's products hold in
    force on day ``on``."""
    held: dict[uuid.UUID, set[str]] = defaultdict(set)
    c = ProductCertificate
    for gid, kind in s.execute(
            select(Product.group_id, c.kind).join(Product, c.product_id == Product.id)
            .where(Product.group_id.in_(list(groups)),
                   or_(c.issue_date.is_(None), c.issue_date <= on),
                   or_(c.expiry_date.is_(None), c.expiry_date >= on))):
        held[gid].add(CertificateKind(kind).value)
    return {gid: frozenset(kinds) for gid, kinds in held.items()}


def window(start: date) -> tuple[date, date]:
    """The first and last day whose sales and picks count for a fair starting ``start``."""
    return start - timedelta(days=LOOKBACK_DAYS), start - timedelta(days=1)


def gather(s: Session, fair: TradeFair, entries: list[FairEntry]) -> list[Facts]:
    """The facts of each application of ``fair``, in order of application."""
    groups = [e.group_id for e in entries]
    if not groups:
        return []
    first, last = window(fair.start_date)
    names: dict[uuid.UUID, tuple[str, object]] = {
        gid: (name, kind) for gid, name, kind in s.execute(
            select(ProducerGroup.id, ProducerGroup.name, ProducerGroup.product_type)
            .where(ProducerGroup.id.in_(groups)))
    }
    stars: dict[uuid.UUID, int] = dict(s.execute(  # type: ignore[arg-type]
        select(Product.group_id, func.max(Product.star_level)).where(Product.group_id.in_(groups))
        .group_by(Product.group_id)).all())
    certificates = valid_certificates(s, groups, fair.start_date)
    sales = _past_sales(s, fair, groups, first, last)
    picked: dict[uuid.UUID, int] = dict(s.execute(  # type: ignore[arg-type]
        select(FairEntry.group_id, func.count()).join(TradeFair, FairEntry.fair_id == TradeFair.id)
        .where(FairEntry.group_id.in_(groups), FairEntry.status == FairEntryStatus.SELECTED,
               TradeFair.id != fair.id, TradeFair.start_date.between(first, last))
        .group_by(FairEntry.group_id)).all())
    ordered = sorted(entries, key=lambda e: (e.created_at, str(e.id)))
    out = []
    for order, entry in enumerate(ordered):
        name, kind = names.get(entry.group_id, ("", None))
        out.append(Facts(entry.id, entry.group_id, name, kind,  # type: ignore[arg-type]
                         stars.get(entry.group_id), certificates.get(entry.group_id, frozenset()),
                         Money(sales.get(entry.group_id, 0)), picked.get(entry.group_id, 0), order))
    return out


def _past_sales(s: Session, fair: TradeFair, groups: list[uuid.UUID], first: date, last: date) -> dict[uuid.UUID, int]:
    """Satang sold at fairs in the window: the fairs' daily sales, and fair-sales income in
    the cash books that no recorded fair holds (a fair the officer did not enter)."""
    out: dict[uuid.UUID, int] = defaultdict(int)
    booked = (select(FairEntry.group_id, func.sum(FairSale.amount))
              .join(FairSale, FairSale.entry_id == FairEntry.id)
              .join(TradeFair, FairEntry.fair_id == TradeFair.id)
              .where(FairEntry.group_id.in_(groups), TradeFair.id != fair.id,
                     FairSale.sale_date.between(first, last))
              .group_by(FairEntry.group_id))
    loose = (select(CashEntry.group_id, func.sum(CashEntry.amount))
             .where(CashEntry.group_id.in_(groups), CashEntry.category == CashCategory.FAIR_SALES,
                    CashEntry.fair_sale_id.is_(None), CashEntry.entry_date.between(first, last))
             .group_by(CashEntry.group_id))
    for query in (booked, loose):
        for gid, total in s.execute(query):
            out[gid] += total.satang if isinstance(total, Money) else int(total or 0)
    return dict(out)
