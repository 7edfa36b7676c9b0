"""Training sessions, forums and study visits, and who took part."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import Boolean, Date, Integer
from sqlalchemy.orm import Mapped, mapped_column, relationship

from otop_desk.db.base import Record
from otop_desk.db.models._columns import enum_column, parent_key, text_column
from otop_desk.db.models.groups import Member, ProducerGroup
from otop_desk.db.types import MoneyType, ScaledDecimal
from otop_desk.domain.enums import TrainingFormat, TrainingTopic
from otop_desk.domain.money import Money


class Training(Record):
    __tablename__ = "training"

    title: Mapped[str] = text_column()
    topic: Mapped[TrainingTopic] = enum_column(TrainingTopic, default=TrainingTopic.OTHER)
    format: Mapped[TrainingFormat] = enum_column(TrainingFormat, default=TrainingFormat.TRAINING)
    start_date: Mapped[date] = mapped_column(Date, index=True)
    end_date: Mapped[date] = mapped_column(Date)
    venue: Mapped[str] = text_column()
    speakers: Mapped[str] = text_column(long=True, personal=True)
    organiser: Mapped[str] = text_column()
    budget: Mapped[Money] = mapped_column(MoneyType, default=Money(0))
    notes: Mapped[str] = text_column(long=True)

    participants: Mapped[list[Participant]] = relationship(
        back_populates="training", cascade="all, delete-orphan", order_by="Participant.seq"
    )


class Participant(Record):
    __tablename__ = "participant"

    training_id: Mapped[uuid.UUID] = parent_key("training.id")
    seq: Mapped[int] = mapped_column(Integer, default=0)  # order on the sign-in sheet
    # A participant may come from a registered group (and be one of its members) or be
    # typed in; deleting the group keeps the name on the training's record.
    group_id: Mapped[uuid.UUID | None] = parent_key(
        "producer_group.id", ondelete="SET NULL", nullable=True
    )
    member_id: Mapped[uuid.UUID | None] = parent_key("member.id", ondelete="SET NULL", nullable=True)
    name: Mapped[str] = text_column(personal=True)
    organisation: Mapped[str] = text_column()
    phone: Mapped[str] = text_column(personal=True)
    attended: Mapped[bool] = mapped_column(Boolean, default=False)
    pre_score: Mapped[Decimal | None] = mapped_column(ScaledDecimal(2))
    post_score: Mapped[Decimal | None] = mapped_column(ScaledDecimal(2))
    satisfaction: Mapped[int | None] = mapped_column(Integer)  # 1-5

    training: Mapped[Training] = relationship(back_populates="participants")
    group: Mapped[ProducerGroup | None] = relationship()
    member: Mapped[Member | None] = relationship()
