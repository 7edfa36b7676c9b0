"""Producer groups, their products and members: the registry every record hangs on."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Boolean, Date, Float, Integer
from sqlalchemy.orm import Mapped, mapped_column, relationship

from otop_desk.db.base import Record
from otop_desk.db.models._columns import enum_column, parent_key, text_column
from otop_desk.db.types import MoneyType
from otop_desk.domain.enums import GroupStatus, MemberRole, ProducerType, ProductType
from otop_desk.domain.money import Money


class ProducerGroup(Record):
    __tablename__ = "producer_group"

    name: Mapped[str] = text_column(index=True)
    otop_code: Mapped[str] = text_column()
    producer_type: Mapped[ProducerType] = enum_column(ProducerType, default=ProducerType.COMMUNITY_GROUP)
    product_type: Mapped[ProductType] = enum_column(ProductType, default=ProductType.FOOD)
    founded_year: Mapped[int | None] = mapped_column(Integer)  # CE; shown in BE
    member_count: Mapped[int] = mapped_column(Integer, default=0)
    leader_name: Mapped[str] = text_column(personal=True)
    leader_phone: Mapped[str] = text_column(personal=True)
    # Address. Names are kept alongside the sub-district code so a record stays readable
    # in an export even where the address tables are not at hand.
    moo: Mapped[int | None] = mapped_column(Integer)  # หมู่ที่
    village: Mapped[str] = text_column()
    subdistrict_code: Mapped[int | None] = mapped_column(Integer)
    subdistrict: Mapped[str] = text_column()
    district: Mapped[str] = text_column()
    province: Mapped[str] = text_column()
    postcode: Mapped[str] = text_column()
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    status: Mapped[GroupStatus] = enum_column(GroupStatus, default=GroupStatus.ACTIVE, index=True)
    product_story: Mapped[str] = text_column(long=True)
    has_business_plan: Mapped[bool] = mapped_column(Boolean, default=False)
    has_production_plan: Mapped[bool] = mapped_column(Boolean, default=False)
    has_marketing_plan: Mapped[bool] = mapped_column(Boolean, default=False)
    has_management_plan: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = text_column(long=True)
    # Cash book: the balance the group had when the officer started keeping its books.
    opening_balance: Mapped[Money] = mapped_column(MoneyType, default=Money(0))
    opening_date: Mapped[date | None] = mapped_column(Date)

    products: Mapped[list[Product]] = relationship(
        back_populates="group", cascade="all, delete-orphan", order_by="Product.name"
    )
    members: Mapped[list[Member]] = relationship(
        back_populates="group", cascade="all, delete-orphan", order_by="Member.name"
    )


class Product(Record):
    __tablename__ = "product"

    group_id: Mapped[uuid.UUID] = parent_key("producer_group.id")
    name: Mapped[str] = text_column()
    price: Mapped[Money | None] = mapped_column(MoneyType)
    unit: Mapped[str] = text_column()
    star_level: Mapped[int | None] = mapped_column(Integer)
    star_year: Mapped[int | None] = mapped_column(Integer)  # CE

    group: Mapped[ProducerGroup] = relationship(back_populates="products")


class Member(Record):
    __tablename__ = "member"

    group_id: Mapped[uuid.UUID] = parent_key("producer_group.id")
    name: Mapped[str] = text_column(personal=True)
    role: Mapped[MemberRole] = enum_column(MemberRole, default=MemberRole.MEMBER)
    phone: Mapped[str] = text_column(personal=True)

    group: Mapped[ProducerGroup] = relationship(back_populates="members")
