"""Each group's cash book and product costing sheets."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import Date, Index, Integer
from sqlalchemy.orm import Mapped, mapped_column, relationship

from otop_desk.db.base import Record
from otop_desk.db.models._columns import enum_column, parent_key, text_column
from otop_desk.db.models.groups import ProducerGroup, Product
from otop_desk.db.types import MoneyType, ScaledDecimal
from otop_desk.domain.enums import CashCategory, CostLineKind, EntryKind
from otop_desk.domain.money import Money


class CashEntry(Record):
    __tablename__ = "cash_entry"
    __table_args__ = (
        # A group's entries by date; with the kind and amount, the balance brought forward
        # into a month is summed from the index alone (migration 0011).
        Index("ix_cash_entry_group_date_kind_amount", "group_id", "entry_date", "kind", "amount"),
        # Covers the Home charts' totals per day without reading the rows themselves.
        Index("ix_cash_entry_date_kind_amount", "entry_date", "kind", "amount"),
    )

    group_id: Mapped[uuid.UUID] = parent_key("producer_group.id")
    entry_date: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[EntryKind] = enum_column(EntryKind)
    category: Mapped[CashCategory] = enum_column(CashCategory)
    amount: Mapped[Money] = mapped_column(MoneyType)  # always positive; kind gives the sign
    description: Mapped[str] = text_column()
    document_no: Mapped[str] = text_column()
    counterparty: Mapped[str] = text_column(personal=True)
    fair_sale_id: Mapped[uuid.UUID | None] = parent_key(
        "fair_sale.id", ondelete="SET NULL", nullable=True
    )

    group: Mapped[ProducerGroup] = relationship()


class CostingSheet(Record):
    __tablename__ = "costing_sheet"

    product_id: Mapped[uuid.UUID] = parent_key("product.id")
    title: Mapped[str] = text_column()
    sheet_date: Mapped[date] = mapped_column(Date)
    batch_size: Mapped[int] = mapped_column(Integer, default=1)  # units made per batch
    selling_price: Mapped[Money | None] = mapped_column(MoneyType)
    notes: Mapped[str] = text_column(long=True)

    product: Mapped[Product] = relationship()
    lines: Mapped[list[CostingLine]] = relationship(
        back_populates="sheet", cascade="all, delete-orphan", order_by="CostingLine.seq"
    )


class CostingLine(Record):
    """One cost of a batch: quantity × unit cost, e.g. 2.5 kg × 80 baht or 6 h × 50 baht.

    An overhead paid for several batches at once (a gas tank, a month of electricity) is
    entered as its total with ``spread_batches`` > 1 and shared out.
    """

    __tablename__ = "costing_line"

    sheet_id: Mapped[uuid.UUID] = parent_key("costing_sheet.id")
    seq: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[CostLineKind] = enum_column(CostLineKind)
    name: Mapped[str] = text_column()
    quantity: Mapped[Decimal] = mapped_column(ScaledDecimal(3), default=Decimal(1))
    unit: Mapped[str] = text_column()
    unit_cost: Mapped[Money] = mapped_column(MoneyType, default=Money(0))
    spread_batches: Mapped[int] = mapped_column(Integer, default=1)

    sheet: Mapped[CostingSheet] = relationship(back_populates="lines")
