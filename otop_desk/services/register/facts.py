"""What is recorded of a product that the next star asks about, read in one session."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from otop_desk.db.models import (
    CashEntry,
    CostingSheet,
    FairEntry,
    Problem,
    Product,
    Registration,
    TradeFair,
)
from otop_desk.domain.enums import FairEntryStatus, ProblemCategory, ProblemStatus
from otop_desk.domain.register.gaps import ProductFacts
from otop_desk.domain.register.vocab import CertificateKind, Dimension, RegistrationStatus
from otop_desk.services.register.data import CertificateRow, SegmentData, StarRoundData, Validity

#: Fairs count towards the next star for this long.
FAIR_YEARS = 2


def held_kinds(certificates: list[CertificateRow]) -> tuple[frozenset[CertificateKind], frozenset[CertificateKind]]:
    """The kinds held now, and those that lapsed without a valid one of their kind."""
    valid = frozenset(c.kind for c in certificates if c.validity != Validity.EXPIRED)
    lapsed = frozenset(c.kind for c in certificates if c.validity == Validity.EXPIRED) - valid
    return valid, lapsed


def gather(s: Session, product: Product, certificates: list[CertificateRow], rounds: list[StarRoundData],
           segments: list[SegmentData], today: date) -> ProductFacts:
    group_id = product.group_id
    valid, lapsed = held_kinds(certificates)
    year_ago = date(today.year - 1, today.month, 1)
    month = func.strftime("%Y-%m", CashEntry.entry_date) if s.get_bind().dialect.name == "sqlite" \
        else func.to_char(CashEntry.entry_date, "YYYY-MM")
    book_months = s.scalar(select(func.count(func.distinct(month))).where(
        CashEntry.group_id == group_id, CashEntry.entry_date >= year_ago, CashEntry.entry_date <= today)) or 0
    fairs = s.scalar(select(func.count()).select_from(FairEntry).join(TradeFair).where(
        FairEntry.group_id == group_id, FairEntry.status == FairEntryStatus.SELECTED,
        TradeFair.start_date >= today - timedelta(days=365 * FAIR_YEARS), TradeFair.start_date <= today)) or 0
    design = s.scalar(select(func.count()).where(
        Problem.group_id == group_id,
        Problem.category.in_([ProblemCategory.PACKAGING, ProblemCategory.PRODUCT_DESIGN]),
        Problem.status.in_([ProblemStatus.OPEN, ProblemStatus.IN_PROGRESS]))) or 0
    costing = bool(s.scalar(select(func.count()).where(CostingSheet.product_id == product.id)))
    registered = bool(s.scalar(select(func.count()).where(
        Registration.group_id == group_id, Registration.status == RegistrationStatus.APPROVED,
        (Registration.product_id.is_(None)) | (Registration.product_id == product.id))))
    latest = segments[0] if segments else None
    answers: dict[Dimension, str] = dict(latest.answers) if latest else {}
    return ProductFacts(
        level=rounds[-1].level if rounds else None, valid=valid, lapsed=lapsed,
        story=bool(product.group.product_story.strip()), costing=costing, book_months=int(book_months),
        fairs=int(fairs), open_design_problems=int(design), answers=answers,
        segment=latest.segment if latest else None, registered=registered)
