"""Problems found with a group and the dated actions taken together to solve them."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Date, Index
from sqlalchemy.orm import Mapped, mapped_column, relationship

from otop_desk.db.base import Record
from otop_desk.db.models._columns import enum_column, parent_key, text_column
from otop_desk.db.models.groups import ProducerGroup
from otop_desk.db.models.visits import Visit
from otop_desk.domain.enums import ProblemCategory, ProblemSource, ProblemStatus, Severity


class Problem(Record):
    __tablename__ = "problem"
    # A group's problems by date, and open problems past their target (migration 0002).
    __table_args__ = (
        Index("ix_problem_group_found", "group_id", "found_date"),
        Index("ix_problem_status_target", "status", "target_date"),
    )

    group_id: Mapped[uuid.UUID] = parent_key("producer_group.id")
    visit_id: Mapped[uuid.UUID | None] = parent_key("visit.id", ondelete="SET NULL", nullable=True)
    training_id: Mapped[uuid.UUID | None] = parent_key(
        "training.id", ondelete="SET NULL", nullable=True
    )
    source: Mapped[ProblemSource] = enum_column(ProblemSource, default=ProblemSource.VISIT)
    found_date: Mapped[date] = mapped_column(Date, index=True)
    category: Mapped[ProblemCategory] = enum_column(ProblemCategory, index=True)
    description: Mapped[str] = text_column(long=True)
    severity: Mapped[Severity] = enum_column(Severity, default=Severity.MEDIUM)
    status: Mapped[ProblemStatus] = enum_column(ProblemStatus, default=ProblemStatus.OPEN, index=True)
    helpers: Mapped[str] = text_column()  # comma-separated Helper keys
    helper_notes: Mapped[str] = text_column()  # names of other agencies
    target_date: Mapped[date | None] = mapped_column(Date)
    resolved_date: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[str] = text_column(long=True)
    close_reason: Mapped[str] = text_column(long=True)

    group: Mapped[ProducerGroup] = relationship()
    visit: Mapped[Visit | None] = relationship()
    actions: Mapped[list[ProblemAction]] = relationship(
        back_populates="problem", cascade="all, delete-orphan", order_by="ProblemAction.action_date"
    )


class ProblemAction(Record):
    __tablename__ = "problem_action"

    problem_id: Mapped[uuid.UUID] = parent_key("problem.id")
    action_date: Mapped[date] = mapped_column(Date, index=True)
    description: Mapped[str] = text_column(long=True)
    by_whom: Mapped[str] = text_column(personal=True)
    result: Mapped[str] = text_column(long=True)

    problem: Mapped[Problem] = relationship(back_populates="actions")
