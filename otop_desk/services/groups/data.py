"""A producer group as forms, tables and services exchange it: plain data, no rules."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from otop_desk.domain.enums import GroupStatus, MemberRole, ProducerType, ProductType
from otop_desk.domain.money import Money


@dataclass
class ProductData:
    name: str = ""
    price: Money | None = None
    unit: str = ""
    #: Read only: the latest star round's level and year (CE), as the product register
    #: keeps them; saving a group leaves them as they are.
    star_level: int | None = None
    star_year: int | None = None
    id: uuid.UUID | None = None


@dataclass
class MemberData:
    name: str = ""
    role: MemberRole = MemberRole.MEMBER
    phone: str = ""
    id: uuid.UUID | None = None


@dataclass
class GroupData:
    name: str = ""
    otop_code: str = ""
    producer_type: ProducerType = ProducerType.COMMUNITY_GROUP
    product_type: ProductType = ProductType.FOOD
    founded_year: int | None = None  # CE
    member_count: int = 0
    leader_name: str = ""
    leader_phone: str = ""
    moo: int | None = None
    village: str = ""
    subdistrict_code: int | None = None
    subdistrict: str = ""
    district: str = ""
    province: str = ""
    postcode: str = ""
    latitude: float | None = None
    longitude: float | None = None
    status: GroupStatus = GroupStatus.ACTIVE
    product_story: str = ""
    has_business_plan: bool = False
    has_production_plan: bool = False
    has_marketing_plan: bool = False
    has_management_plan: bool = False
    notes: str = ""
    opening_balance: Money = Money(0)
    opening_date: date | None = None
    products: list[ProductData] = field(default_factory=list)
    members: list[MemberData] = field(default_factory=list)
    id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class GroupRow:
    """One line of the registry table."""

    id: uuid.UUID
    name: str
    otop_code: str
    product_type: ProductType
    moo: int | None
    village: str
    subdistrict: str
    district: str
    province: str
    leader_name: str
    leader_phone: str
    member_count: int
    status: GroupStatus
    product_names: str
    best_star: int | None
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class GroupChoice:
    """A group as offered in a picker of another tab."""

    id: uuid.UUID
    name: str
    place: str
