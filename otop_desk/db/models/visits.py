"""Group visits, the members met and the follow-up actions agreed."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Boolean, Column, Date, ForeignKey, Index, Integer, Table, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from otop_desk.db.base import Base, Record
from otop_desk.db.models._columns import enum_column, parent_key, text_column
from otop_desk.db.models.groups import Member, ProducerGroup
from otop_desk.domain.enums import VisitPurpose

visit_member = Table(
    "visit_member",
    Base.metadata,
    Column("visit_id", Uuid, ForeignKey("visit.id", ondelete="CASCADE"), primary_key=True),
    Column("member_id", Uuid, ForeignKey("member.id", ondelete="CASCADE"), primary_key=True),
)


class Visit(Record):
    __tablename__ = "visit"
    # A group's visits in date order (the visits tab filtered by group; migration 0002).
    __table_args__ = (Index("ix_visit_group_date", "group_id", "visit_date"),)

    group_id: Mapped[uuid.UUID] = parent_key("producer_group.id")
    visit_date: Mapped[date] = mapped_column(Date, index=True)
    purpose: Mapped[VisitPurpose] = enum_column(VisitPurpose, default=VisitPurpose.FOLLOW_UP)
    officers: Mapped[str] = text_column(personal=True)
    people_met: Mapped[int] = mapped_column(Integer, default=0)
    observations: Mapped[str] = text_column(long=True)
    advice: Mapped[str] = text_column(long=True)
    next_visit_date: Mapped[date | None] = mapped_column(Date, index=True)
    notes: Mapped[str] = text_column(long=True)

    group: Mapped[ProducerGroup] = relationship()
    members_met: Mapped[list[Member]] = relationship(secondary=visit_member)
    actions: Mapped[list[FollowUpAction]] = relationship(
        back_populates="visit", cascade="all, delete-orphan", order_by="FollowUpAction.due_date"
    )


class FollowUpAction(Record):
    __tablename__ = "follow_up_action"
    # Open follow-ups by due date: what the Home tab counts and lists first.
    __table_args__ = (Index("ix_follow_up_action_done_due", "done", "due_date"),)

    visit_id: Mapped[uuid.UUID] = parent_key("visit.id")
    description: Mapped[str] = text_column(long=True)
    due_date: Mapped[date | None] = mapped_column(Date, index=True)
    responsible: Mapped[str] = text_column(personal=True)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_date: Mapped[date | None] = mapped_column(Date)

    visit: Mapped[Visit] = relationship(back_populates="actions")
