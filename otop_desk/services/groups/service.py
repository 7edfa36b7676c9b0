"""Producer-group registry use cases: list, read, save, deactivate, delete."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any

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
from otop_desk.domain.enums import GroupStatus
from otop_desk.domain.errors import QT_TRANSLATE_NOOP, NotFoundError
from otop_desk.services.common.batches import batches, in_order
from otop_desk.services.common.paging import PageQuery
from otop_desk.services.groups import pages
from otop_desk.services.groups.data import GroupChoice, GroupData, GroupRow, MemberData, ProductData
from otop_desk.services.groups.rules import validate_group


def _group_data(g: ProducerGroup) -> GroupData:
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
                star_level=p.star_level,
                star_year=p.star_year,
            )
            for p in g.products
        ],
        members=[MemberData(id=m.id, name=m.name, role=m.role, phone=m.phone) for m in g.members],
    )


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
        """Every group by name (callers that need them all; the tab reads pages)."""
        with self._db.read() as s:
            groups = s.execute(select(*pages.LIST_COLUMNS).order_by(ProducerGroup.name))
            return pages.rows_of(s, groups, self._row)

    # The groups tab reads pages, never the whole list (see pages.py).
    def count(self, query: PageQuery) -> int:
        with self._db.read() as s:
            return pages.count(s, query)

    def page(self, query: PageQuery, offset: int, limit: int) -> list[GroupRow]:
        with self._db.read() as s:
            return pages.page(s, query, offset, limit, self._row)

    def position(self, query: PageQuery, group_id: uuid.UUID) -> int:
        with self._db.read() as s:
            return pages.position(s, query, group_id)

    @staticmethod
    def _row(g: Any, products: list[tuple[str, int | None]]) -> GroupRow:
        """``g`` is a row of pages.LIST_COLUMNS; ``products`` (name, stars) by name."""
        stars = [star for _name, star in products if star]
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
            product_names=", ".join(name for name, _star in products),
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
        return self.get_many([group_id])[0]

    def get_many(self, group_ids: Sequence[uuid.UUID]) -> list[GroupData]:
        """The groups ``group_ids``, in that order, with their products and members, read
        in a few statements; ``NotFoundError`` names the first that is missing."""
        wanted = list(dict.fromkeys(group_ids))
        found: dict[uuid.UUID, GroupData] = {}
        with self._db.read() as s:
            for ids in batches(wanted):
                groups = s.scalars(select(ProducerGroup).where(ProducerGroup.id.in_(ids)).options(
                    selectinload(ProducerGroup.products), selectinload(ProducerGroup.members))).all()
                found.update((g.id, _group_data(g)) for g in groups)
        return in_order(found, group_ids)

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
        clean = validate_group(data, today or self._db.clock.today())
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
        # Not the star level and year: they are the latest star round's, kept by the
        # product register (``services.register``), never typed in the group form.
        values = {"name": data.name, "price": data.price, "unit": data.unit}
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
