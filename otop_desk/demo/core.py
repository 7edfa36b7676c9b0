"""Shared parts of the demo-data generator: scale knobs, the bulk writer and the context.

The generator writes through ``Sink``: rows are plain dicts buffered per table and
inserted with Core ``insert()`` in chunks, parents before children, because ORM objects
one by one would be far too slow at province scale (about a million rows).
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from itertools import accumulate
from random import Random
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from otop_desk.db import changelog
from otop_desk.db.base import Base
from otop_desk.db.changelog import LOGGED
from otop_desk.demo import names as W
from otop_desk.domain import hlc
from otop_desk.domain.enums import MemberRole, ProducerType, ProductType
from otop_desk.domain.money import Money
from otop_desk.services.common.address import Area

T = TypeVar("T")
Row = dict[str, Any]
CHUNK_ROWS = 20_000


class DemoCancelled(Exception):
    """The progress callback asked to stop; nothing was written."""


@dataclass(frozen=True)
class DemoScale:
    """How much to generate. Ranges are (low, high), drawn per month unless noted."""

    name: str
    groups: int
    months: int = 12  # the activity window ends today
    districts: int = 1  # how many districts the groups spread over; 0 = all of them
    visits_per_month: tuple[int, int] = (6, 10)
    problems_per_month: tuple[int, int] = (3, 5)
    trainings_per_month: tuple[int, int] = (1, 2)
    participants: tuple[int, int] = (15, 60)  # per training, outsiders included
    cash_per_group_month: tuple[int, int] = (8, 25)
    fairs_per_year: tuple[int, int] = (2, 3)
    fair_applicants: tuple[float, float] = (0.15, 0.35)  # share of active groups
    members_per_group: tuple[int, int] = (5, 15)


@dataclass
class MemberInfo:
    id: uuid.UUID
    name: str
    phone: str
    role: MemberRole


@dataclass
class ProductInfo:
    id: uuid.UUID
    name: str
    unit: str
    price: Money
    spec: W.ProductSpec


@dataclass
class GroupInfo:
    id: uuid.UUID
    name: str
    product_type: ProductType
    producer_type: ProducerType
    active: bool
    active_until: date  # inactive groups stop trading part-way through the window
    village: str
    subdistrict: str
    district: str
    factor: float  # how big the group's trade is, relative to a typical group
    member_count: int
    surname: str  # the village's common surname, for shop names
    line: W.ProductLine  # what the group makes, which also names it
    members: list[MemberInfo] = field(default_factory=list)
    products: list[ProductInfo] = field(default_factory=list)

    @property
    def chair(self) -> MemberInfo:
        return self.members[0]

    def places(self, province: str) -> dict[str, str]:
        """Fields for the text templates of demo_names."""
        return {
            "village": self.village,
            "subdistrict": self.subdistrict,
            "district": self.district,
            "province": province,
            "surname": self.surname,
        }


_NOT_DEMO = {"replica", "change_log", "peer", "conflict", "sync_mark"}


class Sink:
    """Buffers rows per table and inserts them in chunks, in foreign-key order."""

    def __init__(self, session: Session, chunk: int | None = None) -> None:
        self._session = session
        self._chunk = chunk or CHUNK_ROWS
        # Not the database's identity nor the replication's bookkeeping: never demo data.
        self._tables = [t for t in Base.metadata.sorted_tables if t.name not in _NOT_DEMO]
        self._buffers: dict[str, list[Row]] = {t.name: [] for t in self._tables}
        self._pending = 0
        self.counts: dict[str, int] = {t.name: 0 for t in self._tables}

    @property
    def session(self) -> Session:
        return self._session

    def add(self, table: str, row: Row) -> None:
        self._buffers[table].append(row)
        self._pending += 1
        if self._pending >= self._chunk:
            self.flush()

    def flush(self) -> None:
        # Every parent row is generated before its children, so writing all buffers in
        # the metadata's dependency order never breaks a foreign key.
        for table in self._tables:
            rows = self._buffers[table.name]
            if rows:
                # Written in bulk past the unit of work, so logged here: as inserts of
                # this device, stamped when the demo says each record was last changed.
                if table.name in changelog.TABLES:
                    device = changelog.device_id(self._session)
                    for row in rows:
                        row.setdefault("origin", device)
                self._session.execute(table.insert().execution_options(**{LOGGED: True}), rows)
                if table.name in changelog.TABLES:
                    changelog.log_inserts(self._session, table.name, [r["id"] for r in rows],
                                          [hlc.from_datetime(r["updated_at"]) for r in rows])
                self.counts[table.name] += len(rows)
                rows.clear()
        self._pending = 0


@dataclass
class Ctx:
    """Everything the generating functions share."""

    rng: Random
    scale: DemoScale
    today: date
    start: date  # the day before the activity window; groups' opening date
    province: Area
    district: Area  # the officer's district
    sink: Sink
    ceiling: datetime | None = None  # no timestamp after this (now, when today is today)
    officer: str = ""
    colleague: str = ""
    chief: str = ""
    groups: list[GroupInfo] = field(default_factory=list)
    month_counts: Counter[tuple[int, int]] = field(default_factory=Counter)

    # identities and timestamps ------------------------------------------------------
    def new_id(self) -> uuid.UUID:
        # Always random, never from the seeded generator: two demo databases with seeded
        # ids shared hundreds of them, and an office merged unrelated groups by them.
        return uuid.uuid4()

    def stamp(self, d: date) -> datetime:
        """A time on day ``d`` between 08:00 and 19:00 Thai time, stored as UTC."""
        seconds = self.rng.randrange(3600, 12 * 3600)  # 01:00-12:00 UTC
        value = datetime(d.year, d.month, d.day, tzinfo=UTC) + timedelta(seconds=seconds)
        if self.ceiling is not None and value > self.ceiling:
            return self.ceiling
        return value

    def record(self, d: date, updated: date | None = None) -> Row:
        """The id and timestamps of a new row entered on ``d`` (and edited on ``updated``)."""
        created = self.stamp(d)
        changed = self.stamp(updated) if updated is not None and updated > d else created
        return {"id": self.new_id(), "created_at": created, "updated_at": max(created, changed)}

    def add(self, table: str, row: Row, on: date | None = None) -> None:
        """Write ``row``; ``on`` counts it towards that month's export."""
        self.sink.add(table, row)
        if on is not None:
            self.month_counts[(on.year, on.month)] += 1

    # random helpers -----------------------------------------------------------------
    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def count(self, bounds: tuple[int, int], fraction: float = 1.0) -> int:
        """A count drawn from ``bounds`` and scaled by ``fraction``, rounded at random."""
        value = self.rng.randint(*bounds) * fraction
        whole = int(value)
        return whole + (self.rng.random() < value - whole)

    def day_between(self, first: date, last: date) -> date:
        return first + timedelta(days=self.rng.randrange((last - first).days + 1))

    def workday_between(self, first: date, last: date) -> date:
        """A weekday in [first, last] if there is one: officers visit on office days."""
        for _ in range(6):
            d = self.day_between(first, last)
            if d.weekday() < 5:
                return d
        return d

    def fill(self, template: str, **values: Any) -> str:
        return template.format(province=self.province.name_th, **values)

    # people -------------------------------------------------------------------------
    def person_parts(
        self, *, female: bool | None = None, surname: str | None = None
    ) -> tuple[str, str, str]:
        """(title, first name, surname)."""
        rng = self.rng
        if female is None:
            female = rng.random() < 0.7
        if female:
            title, first = rng.choice(W.FEMALE_TITLES), rng.choice(W.FEMALE_FIRST)
        else:
            title, first = "นาย", rng.choice(W.MALE_FIRST)
        return title, first, surname or rng.choice(W.SURNAMES)

    def person(self, *, female: bool | None = None, surname: str | None = None) -> str:
        title, first, last = self.person_parts(female=female, surname=surname)
        return f"{title}{first} {last}"

    def phone(self) -> str:
        rng = self.rng
        prefix = rng.choice("8888699")
        # Stored as digits, as the forms store them (otop_desk/domain/phone.py).
        return f"0{prefix}{rng.randrange(10)}{rng.randrange(1000):03d}{rng.randrange(10000):04d}"


class Picker:
    """Weighted choice with precomputed cumulative weights (fast inside large loops)."""

    def __init__(self, items: Sequence[T], weights: Sequence[float]) -> None:
        self.items = list(items)
        self._cum = list(accumulate(weights))

    def __call__(self, rng: Random) -> Any:
        return rng.choices(self.items, cum_weights=self._cum)[0]


def picker(weights: dict[Any, float] | dict[Any, int]) -> Picker:
    return Picker(list(weights), list(weights.values()))


def baht(value: int) -> Money:
    return Money(value * 100)


def round_baht(rng: Random, lo: float, hi: float, step: int = 10) -> Money:
    """A round amount between lo and hi baht (multiples of ``step``, at least ``step``)."""
    value = rng.uniform(lo, hi)
    return baht(max(step, int(round(value / step)) * step))


def satang_amount(rng: Random, lo: float, hi: float) -> Money:
    """An amount with satang, like a utility bill or bank interest."""
    return Money(rng.randint(int(lo * 100), int(hi * 100)))


def quantity(value: float, places: int = 1) -> Decimal:
    """A quantity as an exact Decimal with at most ``places`` decimals."""
    return Decimal(str(round(value, places)))


def qty_text(value: Decimal) -> str:
    """``2.50`` → ``2.5``, ``20.0`` → ``20``."""
    return format(value.normalize(), "f")


def month_windows(start: date, today: date) -> list[tuple[date, date, float]]:
    """Calendar months covering (start, today]: first day, last day, share of the month."""
    out: list[tuple[date, date, float]] = []
    first = start + timedelta(days=1)
    while first <= today:
        nxt = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
        month_days = (nxt - date(first.year, first.month, 1)).days
        last = min(nxt - timedelta(days=1), today)
        out.append((first, last, ((last - first).days + 1) / month_days))
        first = nxt
    return out

