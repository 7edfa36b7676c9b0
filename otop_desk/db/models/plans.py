"""Business plans drafted with a group for a fiscal year, kept in versions.

A ``BusinessPlan`` is one group's plan for one fiscal year; each ``PlanVersion`` is a
draft or the text agreed with the group on a day. A version holds the plan's words
(summary, SWOT, the production, marketing, management and finance plans), the products
with their capacity and costing, the monthly sales targets and its lists (materials,
equipment, duties, meetings, costs, funding) as lines.

No unique constraints: two officers may start the same group's plan on two laptops,
and the exchange must keep both rather than refuse a workbook (the screens list both).
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Date, Index, Integer
from sqlalchemy.orm import Mapped, mapped_column, relationship

from otop_desk.db.base import Record
from otop_desk.db.models._columns import enum_column, parent_key, text_column
from otop_desk.db.models.groups import ProducerGroup
from otop_desk.db.types import MoneyType
from otop_desk.domain.money import Money
from otop_desk.domain.plans import PlanSection


class BusinessPlan(Record):
    __tablename__ = "business_plan"
    __table_args__ = (Index("ix_business_plan_group_year", "group_id", "fiscal_year"),)

    group_id: Mapped[uuid.UUID] = parent_key("producer_group.id")
    fiscal_year: Mapped[int] = mapped_column(Integer, index=True)  # CE year it ends in

    group: Mapped[ProducerGroup] = relationship()
    versions: Mapped[list[PlanVersion]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanVersion.number"
    )


class PlanVersion(Record):
    __tablename__ = "plan_version"

    plan_id: Mapped[uuid.UUID] = parent_key("business_plan.id")
    number: Mapped[int] = mapped_column(Integer, default=1)
    agreed_date: Mapped[date | None] = mapped_column(Date)  # None: a draft
    drafted_with: Mapped[str] = text_column(long=True, personal=True)  # who of the group took part
    summary: Mapped[str] = text_column(long=True)
    goals: Mapped[str] = text_column(long=True)
    strengths: Mapped[str] = text_column(long=True)
    weaknesses: Mapped[str] = text_column(long=True)
    opportunities: Mapped[str] = text_column(long=True)
    threats: Mapped[str] = text_column(long=True)
    production_notes: Mapped[str] = text_column(long=True)
    target_customers: Mapped[str] = text_column(long=True)
    channels: Mapped[str] = text_column()  # comma-separated SalesChannel keys
    marketing_notes: Mapped[str] = text_column(long=True)
    management_notes: Mapped[str] = text_column(long=True)
    bookkeeping: Mapped[str] = text_column(long=True)
    finance_notes: Mapped[str] = text_column(long=True)

    plan: Mapped[BusinessPlan] = relationship(back_populates="versions")
    products: Mapped[list[PlanProduct]] = relationship(
        back_populates="version", cascade="all, delete-orphan", order_by="PlanProduct.seq"
    )
    targets: Mapped[list[PlanTarget]] = relationship(
        back_populates="version", cascade="all, delete-orphan", order_by="PlanTarget.month"
    )
    lines: Mapped[list[PlanLine]] = relationship(
        back_populates="version", cascade="all, delete-orphan", order_by="PlanLine.seq"
    )


class PlanProduct(Record):
    """A product of the production plan: what a month can make, and its costing."""

    __tablename__ = "plan_product"

    version_id: Mapped[uuid.UUID] = parent_key("plan_version.id")
    seq: Mapped[int] = mapped_column(Integer, default=0)
    product_id: Mapped[uuid.UUID | None] = parent_key("product.id", ondelete="SET NULL", nullable=True)
    name: Mapped[str] = text_column()
    unit: Mapped[str] = text_column()
    capacity: Mapped[int] = mapped_column(Integer, default=0)  # units a month
    price: Mapped[Money | None] = mapped_column(MoneyType)
    unit_cost: Mapped[Money | None] = mapped_column(MoneyType)

    version: Mapped[PlanVersion] = relationship(back_populates="products")


class PlanTarget(Record):
    """One month's sales target (baht), the month given by its first day."""

    __tablename__ = "plan_target"

    version_id: Mapped[uuid.UUID] = parent_key("plan_version.id")
    month: Mapped[date] = mapped_column(Date, index=True)
    amount: Mapped[Money] = mapped_column(MoneyType, default=Money(0))

    version: Mapped[PlanVersion] = relationship(back_populates="targets")


class PlanLine(Record):
    """A line of one of a plan's lists (``PlanSection``): a raw material and its source,
    a tool, a duty and who does it, a meeting, a cost, a source of funds."""

    __tablename__ = "plan_line"

    version_id: Mapped[uuid.UUID] = parent_key("plan_version.id")
    section: Mapped[PlanSection] = enum_column(PlanSection)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = text_column()
    detail: Mapped[str] = text_column()
    person: Mapped[str] = text_column(personal=True)
    member_id: Mapped[uuid.UUID | None] = parent_key("member.id", ondelete="SET NULL", nullable=True)
    amount: Mapped[Money | None] = mapped_column(MoneyType)

    version: Mapped[PlanVersion] = relationship(back_populates="lines")
