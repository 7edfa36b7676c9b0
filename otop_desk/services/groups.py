"""Producer-group registry use cases: list, read, save, deactivate, delete."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from otop_desk.db.database import Database
from otop_desk.db.models import (
    CashEntry,
    CostingSheet,
    FairEntry,
    Member,
    Participant,
    Problem,
    ProducerGroup,
    Product,
    Visit,
)
from otop_desk.domain.dates import check_date_range
from otop_desk.domain.enums import (
    GroupStatus,
    MemberRole,
    ProducerType,
    ProductType,
    Standard,
    format_set,
    parse_set,
)
from otop_desk.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from otop_desk.domain.money import Money
from otop_desk.domain.text import LONG_TEXT_MAX, clean_phone, clean_text
from otop_desk.services._validate import check_int

F_NAME = QT_TRANSLATE_NOOP("Field", "Group name")
F_CODE = QT_TRANSLATE_NOOP("Field", "OTOP registration code")
F_FOUNDED = QT_TRANSLATE_NOOP("Field", "Year founded")
F_MEMBERS = QT_TRANSLATE_NOOP("Field", "Number of members")
F_LEADER = QT_TRANSLATE_NOOP("Field", "Leader")
F_PHONE = QT_TRANSLATE_NOOP("Field", "Leader's phone")
F_MOO = QT_TRANSLATE_NOOP("Field", "Village number (Moo)")
F_VILLAGE = QT_TRANSLATE_NOOP("Field", "Village")
F_POSTCODE = QT_TRANSLATE_NOOP("Field", "Postcode")
F_LAT = QT_TRANSLATE_NOOP("Field", "Latitude")
F_LON = QT_TRANSLATE_NOOP("Field", "Longitude")
F_STORY = QT_TRANSLATE_NOOP("Field", "Product story")
F_NOTES = QT_TRANSLATE_NOOP("Field", "Notes")
F_PRODUCT = QT_TRANSLATE_NOOP("Field", "Product name")
F_PRICE = QT_TRANSLATE_NOOP("Field", "Price")
F_UNIT = QT_TRANSLATE_NOOP("Field", "Unit")
F_STARS = QT_TRANSLATE_NOOP("Field", "Star level")
F_STAR_YEAR = QT_TRANSLATE_NOOP("Field", "Star year")
F_MEMBER = QT_TRANSLATE_NOOP("Field", "Member name")
F_MEMBER_PHONE = QT_TRANSLATE_NOOP("Field", "Member's phone")
F_OPENING = QT_TRANSLATE_NOOP("Field", "Opening balance")
F_OPENING_DATE = QT_TRANSLATE_NOOP("Field", "Opening date")

# Thailand's extent, with a margin: a GPS point outside it is a typing slip.
LAT_RANGE = (5.0, 21.0)
LON_RANGE = (97.0, 106.0)


@dataclass
class ProductData:
    name: str = ""
    price: Money | None = None
    unit: str = ""
    standards: frozenset[Standard] = frozenset()
    star_level: int | None = None
    star_year: int | None = None  # CE
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


class GroupHasRecordsError(Exception):
    def __init__(self, counts: dict[str, int]) -> None:
        super().__init__(f"the group still has records: {counts}")
        self.counts = counts


DEPENDENT_LABELS = {
    "visits": QT_TRANSLATE_NOOP("Records", "visits"),
    "problems": QT_TRANSLATE_NOOP("Records", "problems"),
    "cash_entries": QT_TRANSLATE_NOOP("Records", "cash-book entries"),
    "costing_sheets": QT_TRANSLATE_NOOP("Records", "costing sheets"),
    "fair_entries": QT_TRANSLATE_NOOP("Records", "trade-fair entries"),
    "participants": QT_TRANSLATE_NOOP("Records", "training participants"),
}


class GroupService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # reading ------------------------------------------------------------------------
    def rows(self) -> list[GroupRow]:
        with self._db.read() as s:
            groups = s.scalars(select(ProducerGroup).order_by(ProducerGroup.name)).all()
            products: dict[uuid.UUID, list[Product]] = {}
            for p in s.scalars(select(Product).order_by(Product.name)):
                products.setdefault(p.group_id, []).append(p)
            return [self._row(g, products.get(g.id, [])) for g in groups]

    @staticmethod
    def _row(g: ProducerGroup, products: list[Product]) -> GroupRow:
        stars = [p.star_level for p in products if p.star_level]
        return GroupRow(
            id=g.id,
            name=g.name,
            otop_code=g.otop_code,
            product_type=g.product_type,
            moo=g.moo,
            village=g.village,
            subdistrict=g.subdistrict,
            district=g.district,
            province=g.province,
            leader_name=g.leader_name,
            leader_phone=g.leader_phone,
            member_count=g.member_count,
            status=g.status,
            product_names=", ".join(p.name for p in products),
            best_star=max(stars) if stars else None,
            updated_at=g.updated_at,
        )

    def choices(self, *, include_inactive: bool = False) -> list[GroupChoice]:
        with self._db.read() as s:
            q = select(ProducerGroup.id, ProducerGroup.name, ProducerGroup.village, ProducerGroup.subdistrict)
            if not include_inactive:
                q = q.where(ProducerGroup.status == GroupStatus.ACTIVE)
            return [
                GroupChoice(gid, name, " ".join(part for part in (village, subdistrict) if part))
                for gid, name, village, subdistrict in s.execute(q.order_by(ProducerGroup.name))
            ]

    def get(self, group_id: uuid.UUID) -> GroupData:
        with self._db.read() as s:
            g = s.get(
                ProducerGroup,
                group_id,
                options=[selectinload(ProducerGroup.products), selectinload(ProducerGroup.members)],
            )
            if g is None:
                raise NotFoundError(str(group_id))
            return GroupData(
                id=g.id,
                name=g.name,
                otop_code=g.otop_code,
                producer_type=g.producer_type,
                product_type=g.product_type,
                founded_year=g.founded_year,
                member_count=g.member_count,
                leader_name=g.leader_name,
                leader_phone=g.leader_phone,
                moo=g.moo,
                village=g.village,
                subdistrict_code=g.subdistrict_code,
                subdistrict=g.subdistrict,
                district=g.district,
                province=g.province,
                postcode=g.postcode,
                latitude=g.latitude,
                longitude=g.longitude,
                status=g.status,
                product_story=g.product_story,
                has_business_plan=g.has_business_plan,
                has_production_plan=g.has_production_plan,
                has_marketing_plan=g.has_marketing_plan,
                has_management_plan=g.has_management_plan,
                notes=g.notes,
                opening_balance=g.opening_balance,
                opening_date=g.opening_date,
                products=[
                    ProductData(
                        id=p.id,
                        name=p.name,
                        price=p.price,
                        unit=p.unit,
                        standards=parse_set(Standard, p.standards),  # type: ignore[arg-type]
                        star_level=p.star_level,
                        star_year=p.star_year,
                    )
                    for p in g.products
                ],
                members=[MemberData(id=m.id, name=m.name, role=m.role, phone=m.phone) for m in g.members],
            )

    def dependents(self, group_id: uuid.UUID) -> dict[str, int]:
        """Counts of the records that hang on a group (products and members excluded)."""
        with self._db.read() as s:
            counts = {
                "visits": s.scalar(select(func.count()).where(Visit.group_id == group_id)),
                "problems": s.scalar(select(func.count()).where(Problem.group_id == group_id)),
                "cash_entries": s.scalar(select(func.count()).where(CashEntry.group_id == group_id)),
                "costing_sheets": s.scalar(
                    select(func.count())
                    .select_from(CostingSheet)
                    .join(Product)
                    .where(Product.group_id == group_id)
                ),
                "fair_entries": s.scalar(select(func.count()).where(FairEntry.group_id == group_id)),
                "participants": s.scalar(
                    select(func.count()).where(Participant.group_id == group_id)
                ),
            }
        return {k: int(v or 0) for k, v in counts.items() if v}

    # writing ------------------------------------------------------------------------
    def save(self, data: GroupData, *, today: date | None = None) -> uuid.UUID:
        clean = validate_group(data, today or date.today())
        with self._db.begin() as s:
            if clean.id is None:
                group = ProducerGroup()
                s.add(group)
            else:
                found = s.get(ProducerGroup, clean.id)
                if found is None:
                    raise NotFoundError(str(clean.id))
                group = found
            _apply(group, clean)
            _sync_products(s, group, clean.products)
            _sync_members(s, group, clean.members)
            s.flush()
            return group.id

    def set_status(self, group_id: uuid.UUID, status: GroupStatus) -> None:
        with self._db.begin() as s:
            group = s.get(ProducerGroup, group_id)
            if group is None:
                raise NotFoundError(str(group_id))
            group.status = status

    def delete(self, group_id: uuid.UUID, *, with_records: bool = False) -> None:
        """Delete a group with its products and members.

        A group with visits, books or other records is only deleted when the caller has
        asked the person and passes ``with_records=True``; its training participants keep
        their names and lose only the link.
        """
        counts = self.dependents(group_id)
        if counts and not with_records:
            raise GroupHasRecordsError(counts)
        with self._db.begin() as s:
            group = s.get(ProducerGroup, group_id)
            if group is None:
                raise NotFoundError(str(group_id))
            s.delete(group)


def validate_group(data: GroupData, today: date) -> GroupData:
    """Return a cleaned copy of ``data`` or raise ``ValidationError``."""
    clean = GroupData(
        id=data.id,
        name=clean_text(data.name, F_NAME, required=True),
        otop_code=clean_text(data.otop_code, F_CODE, max_length=40),
        producer_type=ProducerType(data.producer_type),
        product_type=ProductType(data.product_type),
        founded_year=check_int(data.founded_year, F_FOUNDED, 1900, today.year),
        member_count=check_int(data.member_count, F_MEMBERS, 0, 100_000, required=True) or 0,
        leader_name=clean_text(data.leader_name, F_LEADER),
        leader_phone=clean_phone(data.leader_phone, F_PHONE),
        moo=check_int(data.moo, F_MOO, 1, 99),
        village=clean_text(data.village, F_VILLAGE),
        subdistrict_code=data.subdistrict_code,
        subdistrict=clean_text(data.subdistrict, F_VILLAGE),
        district=clean_text(data.district, F_VILLAGE),
        province=clean_text(data.province, F_VILLAGE),
        postcode=clean_text(data.postcode, F_POSTCODE, max_length=5),
        latitude=data.latitude,
        longitude=data.longitude,
        status=GroupStatus(data.status),
        product_story=clean_text(data.product_story, F_STORY, max_length=LONG_TEXT_MAX, multiline=True),
        has_business_plan=bool(data.has_business_plan),
        has_production_plan=bool(data.has_production_plan),
        has_marketing_plan=bool(data.has_marketing_plan),
        has_management_plan=bool(data.has_management_plan),
        notes=clean_text(data.notes, F_NOTES, max_length=LONG_TEXT_MAX, multiline=True),
        opening_balance=data.opening_balance.check_range(F_OPENING),
        opening_date=check_date_range(data.opening_date, F_OPENING_DATE) if data.opening_date else None,
    )
    if clean.postcode and not (clean.postcode.isdigit() and len(clean.postcode) == 5):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "{field} has five digits, e.g. 40000."),
            F_POSTCODE,
            field=F_POSTCODE,
        )
    if (clean.latitude is None) != (clean.longitude is None):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "Give both latitude and longitude, or neither."),
            F_LAT,
        )
    if clean.latitude is not None and clean.longitude is not None and not (
        LAT_RANGE[0] <= clean.latitude <= LAT_RANGE[1]
        and LON_RANGE[0] <= clean.longitude <= LON_RANGE[1]
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation",
                "The GPS point is outside Thailand; latitude is 5 to 21 and longitude 97 to 106.",
            ),
            F_LAT,
        )
    for row, product in enumerate(data.products, start=1):
        try:
            clean.products.append(_validate_product(product, today))
        except ValidationError as error:
            raise error.in_row(row) from None
    for row, member in enumerate(data.members, start=1):
        try:
            clean.members.append(
                MemberData(
                    id=member.id,
                    name=clean_text(member.name, F_MEMBER, required=True),
                    role=MemberRole(member.role),
                    phone=clean_phone(member.phone, F_MEMBER_PHONE),
                )
            )
        except ValidationError as error:
            raise error.in_row(row) from None
    if clean.member_count < len(clean.members):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation", "{field} ({count}) is less than the {listed} members listed."
            ),
            F_MEMBERS,
            field=F_MEMBERS,
            count=clean.member_count,
            listed=len(clean.members),
        )
    return clean


def _validate_product(p: ProductData, today: date) -> ProductData:
    price = p.price.check_range(F_PRICE, allow_negative=False) if p.price is not None else None
    star = check_int(p.star_level, F_STARS, 1, 5)
    year = check_int(p.star_year, F_STAR_YEAR, 2000, today.year)
    if star is not None and year is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "Give the year in which the star level was awarded."),
            F_STAR_YEAR,
        )
    return ProductData(
        id=p.id,
        name=clean_text(p.name, F_PRODUCT, required=True),
        price=price,
        unit=clean_text(p.unit, F_UNIT, max_length=40),
        standards=frozenset(Standard(x) for x in p.standards),
        star_level=star,
        star_year=year if star is not None else None,
    )


_SCALAR_FIELDS = ["name", "otop_code", "producer_type", "product_type", "founded_year", "member_count", "leader_name", "leader_phone", "moo", "village", "subdistrict_code", "subdistrict", "district", "province", "postcode", "latitude", "longitude", "status", "product_story", "has_business_plan", "has_production_plan", "has_marketing_plan", "has_management_plan", "notes", "opening_balance", "opening_date"]


def _apply(group: ProducerGroup, data: GroupData) -> None:
    for name in _SCALAR_FIELDS:
        value = getattr(data, name)
        # Assigning an unchanged value would still not bump updated_at, but skipping it
        # keeps the intent plain: only real edits count as changes for the next export.
        if getattr(group, name, None) != value:
            setattr(group, name, value)


def _sync_products(s: Session, group: ProducerGroup, products: list[ProductData]) -> None:
    existing = {p.id: p for p in group.products}
    keep: list[Product] = []
    for data in products:
        product = existing.get(data.id) if data.id else None
        if product is None:
            product = Product()
        values = {
            "name": data.name,
            "price": data.price,
            "unit": data.unit,
            "standards": format_set(data.standards),
            "star_level": data.star_level,
            "star_year": data.star_year,
        }
        for key, value in values.items():
            if getattr(product, key, None) != value:
                setattr(product, key, value)
        keep.append(product)
    group.products = keep


def _sync_members(s: Session, group: ProducerGroup, members: list[MemberData]) -> None:
    existing = {m.id: m for m in group.members}
    keep: list[Member] = []
    for data in members:
        member = existing.get(data.id) if data.id else None
        if member is None:
            member = Member()
        for key in ("name", "role", "phone"):
            if getattr(member, key, None) != getattr(data, key):
                setattr(member, key, getattr(data, key))
        keep.append(member)
    group.members = keep
