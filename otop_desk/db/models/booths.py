"""How a fair's booths were given out, and what the fair brought: the committee's
criteria and weights, each applicant's facts and score with the committee's decision and
its reason where it departs from the ranking; notes of what was heard at the booths day
by day; each group's summary at the after-fair meeting.

The facts are kept as they stood when the committee decided, so the printed list reads
the same years later, whatever the books say by then.
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import Date, Integer
from sqlalchemy.orm import Mapped, mapped_column, relationship

from otop_desk.db.base import Record
from otop_desk.db.models._columns import enum_column, parent_key, text_column
from otop_desk.db.types import MoneyType, ScaledDecimal
from otop_desk.domain.enums import FairEntryStatus, ProblemCategory, ProductType
from otop_desk.domain.money import Money
from otop_desk.domain.network import Criterion


class BoothSelection(Record):
    """The choice of groups for one fair's booths (one per fair; the service keeps it so)."""

    __tablename__ = "booth_selection"

    fair_id: Mapped[uuid.UUID] = parent_key("trade_fair.id")
    meeting_id: Mapped[uuid.UUID | None] = parent_key("meeting.id", ondelete="SET NULL", nullable=True)
    booths: Mapped[int] = mapped_column(Integer, default=0)  # the fair's booths when decided
    decided_on: Mapped[date | None] = mapped_column(Date)  # None: still a draft
    notes: Mapped[str] = text_column(long=True)

    criteria: Mapped[list[SelectionCriterion]] = relationship(
        back_populates="selection", cascade="all, delete-orphan")
    candidates: Mapped[list[SelectionCandidate]] = relationship(
        back_populates="selection", cascade="all, delete-orphan", order_by="SelectionCandidate.rank")


class SelectionCriterion(Record):
    __tablename__ = "selection_criterion"

    selection_id: Mapped[uuid.UUID] = parent_key("booth_selection.id")
    criterion: Mapped[Criterion] = enum_column(Criterion)
    weight: Mapped[int] = mapped_column(Integer, default=0)

    selection: Mapped[BoothSelection] = relationship(back_populates="criteria")


class SelectionCandidate(Record):
    """One applicant's facts, score, proposed outcome and the committee's decision."""

    __tablename__ = "selection_candidate"

    selection_id: Mapped[uuid.UUID] = parent_key("booth_selection.id")
    entry_id: Mapped[uuid.UUID] = parent_key("fair_entry.id")
    product_type: Mapped[ProductType] = enum_column(ProductType, default=ProductType.FOOD)
    stars: Mapped[int | None] = mapped_column(Integer)
    certificates: Mapped[str] = text_column()  # comma-separated CertificateKind keys
    past_sales: Mapped[Money] = mapped_column(MoneyType, default=Money(0))
    times_picked: Mapped[int] = mapped_column(Integer, default=0)
    score: Mapped[Decimal] = mapped_column(ScaledDecimal(2), default=Decimal(0))
    rank: Mapped[int] = mapped_column(Integer, default=0)
    proposed: Mapped[FairEntryStatus] = enum_column(FairEntryStatus, default=FairEntryStatus.NOT_SELECTED)
    decision: Mapped[FairEntryStatus] = enum_column(FairEntryStatus, default=FairEntryStatus.NOT_SELECTED)
    reason: Mapped[str] = text_column(long=True)

    selection: Mapped[BoothSelection] = relationship(back_populates="candidates")


class FairNote(Record):
    """What the officer heard at the booths on a day of the fair; it may become a problem."""

    __tablename__ = "fair_note"

    fair_id: Mapped[uuid.UUID] = parent_key("trade_fair.id")
    note_date: Mapped[date] = mapped_column(Date, index=True)
    group_id: Mapped[uuid.UUID | None] = parent_key("producer_group.id", ondelete="SET NULL", nullable=True)
    category: Mapped[ProblemCategory] = enum_column(ProblemCategory, default=ProblemCategory.MARKETING)
    text: Mapped[str] = text_column(long=True)
    problem_id: Mapped[uuid.UUID | None] = parent_key("problem.id", ondelete="SET NULL", nullable=True)


class FairResult(Record):
    """A group's summary at the after-fair meeting: its best sellers and lessons."""

    __tablename__ = "fair_result"

    entry_id: Mapped[uuid.UUID] = parent_key("fair_entry.id")
    meeting_id: Mapped[uuid.UUID | None] = parent_key("meeting.id", ondelete="SET NULL", nullable=True)
    best_sellers: Mapped[str] = text_column(long=True)
    lessons: Mapped[str] = text_column(long=True)
