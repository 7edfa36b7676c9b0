"""Trade fairs: which groups applied and were selected for booths, and their daily sales."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Date, Integer, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from otop_desk.db.base import Record
from otop_desk.db.models._columns import enum_column, parent_key, text_column
from otop_desk.db.models.groups import ProducerGroup
from otop_desk.db.types import MoneyType
from otop_desk.domain.enums import FairEntryStatus
from otop_desk.domain.money import Money


class TradeFair(Record):
    __tablename__ = "trade_fair"

    name: Mapped[str] = text_column()
    venue: Mapped[str] = text_column()
    start_date: Mapped[date] = mapped_column(Date, index=True)
    end_date: Mapped[date] = mapped_column(Date)
    booths: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = text_column(long=True)

    entries: Mapped[list[FairEntry]] = relationship(
        back_populates="fair", cascade="all, delete-orphan"
    )


class FairEntry(Record):
    """A group's application for a booth at a fair, and the selection outcome."""

    __tablename__ = "fair_entry"
    __table_args__ = (UniqueConstraint("fair_id", "group_id"),)

    fair_id: Mapped[uuid.UUID] = parent_key("trade_fair.id")
    group_id: Mapped[uuid.UUID] = parent_key("producer_group.id")
    status: Mapped[FairEntryStatus] = enum_column(FairEntryStatus, default=FairEntryStatus.APPLIED)
    booth_no: Mapped[str] = text_column()

    fair: Mapped[TradeFair] = relationship(back_populates="entries")
    group: Mapped[ProducerGroup] = relationship()
    sales: Mapped[list[FairSale]] = relationship(
        back_populates="entry", cascade="all, delete-orphan", order_by="FairSale.sale_date"
    )


class FairSale(Record):
    __tablename__ = "fair_sale"
    __table_args__ = (UniqueConstraint("entry_id", "sale_date"),)

    entry_id: Mapped[uuid.UUID] = parent_key("fair_entry.id")
    sale_date: Mapped[date] = mapped_column(Date)
    amount: Mapped[Money] = mapped_column(MoneyType)

    entry: Mapped[FairEntry] = relationship(back_populates="sales")
