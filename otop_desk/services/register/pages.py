"""The register's queries in SQL: each product's latest star round and segment, the
certificates due for renewal and the scans each one has, and the Groups tab's register
filters.

Groups tab filters (``PageQuery.filters``): ``star_level`` (1–5: a product of the group
holds it by its latest round), ``segment`` (A–D by a product's latest assessment),
``expiring_by`` (a date: a certificate expires on or before it, lapsed ones included)
and ``registration`` (the status of the group's latest registration).
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session, aliased

from otop_desk.db.models import (
    Photo,
    ProducerGroup,
    Product,
    ProductCertificate,
    Registration,
    SegmentAssessment,
    StarRound,
)
from otop_desk.domain.enums import GroupStatus

G = ProducerGroup


def latest_rounds() -> Any:
    """Each product's newest star round (one row per product)."""
    newer = aliased(StarRound)
    return (select(StarRound.product_id, StarRound.level, StarRound.round_year)
            .where(~select(newer.id).where(
                newer.product_id == StarRound.product_id,
                (newer.round_year > StarRound.round_year)
                | and_(newer.round_year == StarRound.round_year, newer.id > StarRound.id)).exists())
            .subquery())


def latest_segments() -> Any:
    newer = aliased(SegmentAssessment)
    return (select(SegmentAssessment.product_id, SegmentAssessment.segment, SegmentAssessment.year)
            .where(~select(newer.id).where(
                newer.product_id == SegmentAssessment.product_id,
                (newer.year > SegmentAssessment.year)
                | and_(newer.year == SegmentAssessment.year, newer.id > SegmentAssessment.id)).exists())
            .subquery())


def star_levels(s: Session, product_ids: list[uuid.UUID] | None = None) -> dict[uuid.UUID, int]:
    latest = latest_rounds()
    q = select(latest.c.product_id, latest.c.level)
    if product_ids is not None:
        q = q.where(latest.c.product_id.in_(product_ids))
    return {pid: level for pid, level in s.execute(q)}


def star_counts(s: Session) -> list[int]:
    """Products of active groups by their latest round's level: none, 1 … 5 stars."""
    latest = latest_rounds()
    counts = [0] * 6
    # Grouped by the bare column (NULL: no round): PostgreSQL does not take a grouped
    # expression whose bound parameters differ from the selected one's.
    q = (select(latest.c.level, func.count())
         .select_from(Product).join(G, G.id == Product.group_id)
         .outerjoin(latest, latest.c.product_id == Product.id)
         .where(G.status == GroupStatus.ACTIVE).group_by(latest.c.level))
    for level, n in s.execute(q):
        if 0 <= (level or 0) <= 5:
            counts[level or 0] += n
    return counts


def group_conditions(filters: dict[str, Any]) -> list[ColumnElement[bool]]:
    """The Groups tab's register filters as conditions on the group."""
    out: list[ColumnElement[bool]] = []
    level = filters.get("star_level")
    if level is not None:
        latest = latest_rounds()
        out.append(G.id.in_(select(Product.group_id).join(latest, latest.c.product_id == Product.id)
                            .where(latest.c.level == level)))
    segment = filters.get("segment")
    if segment is not None:
        latest_seg = latest_segments()
        out.append(G.id.in_(select(Product.group_id).join(latest_seg, latest_seg.c.product_id == Product.id)
                            .where(latest_seg.c.segment == segment)))
    by = filters.get("expiring_by")
    if by is not None:
        out.append(G.id.in_(select(Product.group_id).join(ProductCertificate,
                                                          ProductCertificate.product_id == Product.id)
                            .where(ProductCertificate.expiry_date <= by)))
    status = filters.get("registration")
    if status is not None:
        newest = (select(Registration.status).where(Registration.group_id == G.id)
                  .order_by(Registration.round_year.desc(), Registration.round_quarter.desc(),
                            Registration.id.desc())
                  .limit(1).correlate(G).scalar_subquery())
        out.append(newest == status)
    return out


def certificates_query(*, product_id: uuid.UUID | None = None, group_id: uuid.UUID | None = None,
                       expiring_by: date | None = None) -> Any:
    q = (select(ProductCertificate, Product.name, G.id, G.name)
         .join(Product, Product.id == ProductCertificate.product_id)
         .join(G, G.id == Product.group_id))
    if product_id is not None:
        q = q.where(ProductCertificate.product_id == product_id)
    if group_id is not None:
        q = q.where(Product.group_id == group_id)
    if expiring_by is not None:
        q = q.where(ProductCertificate.expiry_date <= expiring_by, G.status == GroupStatus.ACTIVE)
    return q.order_by(ProductCertificate.expiry_date, ProductCertificate.kind)


def scan_counts(s: Session, certificate_ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
    """How many scans or photos each of the certificates has (those with none left out)."""
    if not certificate_ids:
        return {}
    q = (select(Photo.certificate_id, func.count()).where(Photo.certificate_id.in_(certificate_ids))
         .group_by(Photo.certificate_id))
    return {certificate_id: n for certificate_id, n in s.execute(q)}
