"""Trade fairs: booths, which groups applied and were selected, daily sales, posting.

More groups apply than there are booths, so selection is checked against the booth
count. Daily sales of a selected group can be posted to its cash book as income; a sale
is posted at most once (its cash entry points back at it through ``fair_sale_id``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from otop_desk.db.database import Database
from otop_desk.db.models import CashEntry, FairEntry, FairSale, ProducerGroup, TradeFair
from otop_desk.domain.dates import check_date_range, format_date_numeric
from otop_desk.domain.enums import CashCategory, EntryKind, FairEntryStatus
from otop_desk.domain.errors import (
    QT_TRANSLATE_NOOP,
    NotFoundError,
    ValidationError,
    required_error,
)
from otop_desk.domain.money import Money
from otop_desk.domain.text import LONG_TEXT_MAX, clean_text
from otop_desk.services.books.data import EntryData
from otop_desk.services.books.rules import validate_entry
from otop_desk.services.common.validate import check_int

F_FAIR_NAME = QT_TRANSLATE_NOOP("Field", "Fair name")
F_VENUE = QT_TRANSLATE_NOOP("Field", "Venue")
F_START = QT_TRANSLATE_NOOP("Field", "First day")
F_END = QT_TRANSLATE_NOOP("Field", "Last day")
F_BOOTHS = QT_TRANSLATE_NOOP("Field", "Number of booths")
F_FAIR_NOTES = QT_TRANSLATE_NOOP("Field", "Notes")
F_STATUS = QT_TRANSLATE_NOOP("Field", "Selection")
F_BOOTH_NO = QT_TRANSLATE_NOOP("Field", "Booth no.")
F_SALES = QT_TRANSLATE_NOOP("Field", "Sales of the day")

MAX_FAIR_DAYS = 62


@dataclass
class FairData:
    name: str = ""
    venue: str = ""
    start_date: date | None = None
    end_date: date | None = None
    booths: int = 0
    notes: str = ""
    id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class FairRow:
    id: uuid.UUID
    name: str
    venue: str
    start_date: date
    end_date: date
    booths: int
    applied: int
    selected: int
    total_sales: Money


@dataclass(frozen=True, slots=True)
class EntryRow:
    """A group's application, with its sales; ``rank`` 1 is the best-selling booth."""

    id: uuid.UUID
    group_id: uuid.UUID
    group_name: str
    status: FairEntryStatus
    booth_no: str
    sale_days: int
    total_sales: Money
    posted_sales: Money
    rank: int | None


@dataclass(frozen=True, slots=True)
class DaySale:
    day: date
    amount: Money | None
    posted: bool


@dataclass(frozen=True, slots=True)
class PostResult:
    count: int
    total: Money


class FairService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # fairs --------------------------------------------------------------------------
    def rows(self) -> list[FairRow]:
        with self._db.read() as s:
            counts: dict[uuid.UUID, dict[FairEntryStatus, int]] = {}
            for fid, status, n in s.execute(
                select(FairEntry.fair_id, FairEntry.status, func.count()).group_by(FairEntry.fair_id, FairEntry.status)
            ):
                counts.setdefault(fid, {})[status] = n
            sales = dict(s.execute(
                select(FairEntry.fair_id, func.sum(FairSale.amount)).join(FairSale.entry).group_by(FairEntry.fair_id)
            ).all())
            out = []
            for f in s.scalars(select(TradeFair).order_by(TradeFair.start_date.desc())):
                c = counts.get(f.id, {})
                out.append(FairRow(f.id, f.name, f.venue, f.start_date, f.end_date, f.booths,
                                   sum(c.values()), c.get(FairEntryStatus.SELECTED, 0),
                                   sales.get(f.id) or Money(0)))
            return out

    def get(self, fair_id: uuid.UUID) -> FairData:
        with self._db.read() as s:
            f = _fair(s, fair_id)
            return FairData(f.name, f.venue, f.start_date, f.end_date, f.booths, f.notes, f.id)

    def save(self, data: FairData) -> uuid.UUID:
        clean = validate_fair(data)
        with self._db.begin() as s:
            if clean.id is None:
                fair = TradeFair()
                s.add(fair)
            else:
                fair = _fair(s, clean.id)
                selected = _selected_count(s, fair.id)
                if clean.booths < selected:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "Validation",
                            "{field}: {selected} groups are already selected; set some to "
                            "reserve or not selected before lowering the number of booths.",
                        ),
                        F_BOOTHS, field=F_BOOTHS, selected=selected,
                    )
                outside = s.scalar(
                    select(func.count()).select_from(FairSale).join(FairSale.entry).where(
                        FairEntry.fair_id == fair.id,
                        (FairSale.sale_date < clean.start_date) | (FairSale.sale_date > clean.end_date),
                    )
                )
                if outside:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "Validation", "{field}: sales are recorded on days outside the new dates."
                        ),
                        F_START, field=F_START,
                    )
            for name in ("name", "venue", "start_date", "end_date", "booths", "notes"):
                if getattr(fair, name, None) != getattr(clean, name):
                    setattr(fair, name, getattr(clean, name))
            s.flush()
            return fair.id

    def delete(self, fair_id: uuid.UUID) -> None:
        """Delete a fair with its entries and sales; cash-book entries already posted stay."""
        with self._db.begin() as s:
            s.delete(_fair(s, fair_id))

    # applications and selection -----------------------------------------------------
    def entries(self, fair_id: uuid.UUID) -> list[EntryRow]:
        """The fair summary: applications ranked by total sales (highest first)."""
        with self._db.read() as s:
            posted = select(CashEntry.fair_sale_id).where(CashEntry.fair_sale_id.is_not(None))
            totals = {
                eid: (days, total, posted_total)
                for eid, days, total, posted_total in s.execute(
                    select(FairSale.entry_id, func.count(), func.sum(FairSale.amount),
                           func.sum(case((FairSale.id.in_(posted), FairSale.amount), else_=0)))
                    .join(FairSale.entry).where(FairEntry.fair_id == fair_id)
                    .group_by(FairSale.entry_id)
                )
            }
            q = (select(FairEntry.id, FairEntry.group_id, ProducerGroup.name, FairEntry.status,
                        FairEntry.booth_no)
                 .join(ProducerGroup, FairEntry.group_id == ProducerGroup.id)
                 .where(FairEntry.fair_id == fair_id))
            raw = []
            for eid, gid, name, status, booth in s.execute(q):
                days, total, done = totals.get(eid, (0, Money(0), Money(0)))
                raw.append((eid, gid, name, status, booth, days, total or Money(0),
                            Money(int(done.satang if isinstance(done, Money) else done or 0))))
        raw.sort(key=lambda r: (-r[6].satang, r[2]))
        out, rank = [], 0
        for eid, gid, name, status, booth, days, total, done in raw:
            rank = rank + 1 if total else rank
            out.append(EntryRow(eid, gid, name, status, booth, days, total, done,
                                rank if total else None))
        return out

    def apply(self, fair_id: uuid.UUID, group_ids: list[uuid.UUID]) -> int:
        """Record applications; groups that already applied are skipped."""
        with self._db.begin() as s:
            _fair(s, fair_id)
            have = set(s.scalars(select(FairEntry.group_id).where(FairEntry.fair_id == fair_id)))
            added = 0
            for gid in dict.fromkeys(group_ids):
                if gid not in have:
                    s.add(FairEntry(fair_id=fair_id, group_id=gid, status=FairEntryStatus.APPLIED))
                    added += 1
            return added

    def set_entry(self, entry_id: uuid.UUID, status: FairEntryStatus, booth_no: str = "") -> None:
        booth_no = clean_text(booth_no, F_BOOTH_NO, max_length=20)
        with self._db.begin() as s:
            entry = _entry(s, entry_id)
            fair = entry.fair
            if status == FairEntryStatus.SELECTED and entry.status != FairEntryStatus.SELECTED:
                taken = _selected_count(s, fair.id)
                if taken >= fair.booths:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "Validation",
                            "All {booths} booths are taken. Set another group to reserve or not "
                            "selected first, or raise the number of booths of the fair.",
                        ),
                        F_STATUS, booths=fair.booths,
                    )
            if status != FairEntryStatus.SELECTED and entry.sales:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Validation", "This group has sales recorded at the fair; clear them first."
                    ),
                    F_STATUS,
                )
            if entry.status != status:
                entry.status = status
            wanted = booth_no if status == FairEntryStatus.SELECTED else ""
            if entry.booth_no != wanted:
                entry.booth_no = wanted

    def remove_entry(self, entry_id: uuid.UUID) -> None:
        with self._db.begin() as s:
            s.delete(_entry(s, entry_id))

    # daily sales --------------------------------------------------------------------
    def sales(self, entry_id: uuid.UUID) -> list[DaySale]:
        """One line per day of the fair, recorded or not."""
        with self._db.read() as s:
            entry = _entry(s, entry_id)
            posted = _posted_ids(s, [x.id for x in entry.sales])
            by_day = {x.sale_date: (x.amount, x.id in posted) for x in entry.sales}
            out = []
            day = entry.fair.start_date
            while day <= entry.fair.end_date:
                amount, done = by_day.get(day, (None, False))
                out.append(DaySale(day, amount, done))
                day += timedelta(days=1)
            return out

    def save_sales(self, entry_id: uuid.UUID, amounts: dict[date, Money | None]) -> None:
        """Set the day totals; an empty or zero amount removes that day's figure.

        A day already posted to the cash book cannot be changed here: its cash-book entry
        is the record the group's books are built on, so it is changed there.
        """
        with self._db.begin() as s:
            entry = _entry(s, entry_id)
            fair = entry.fair
            if entry.status != FairEntryStatus.SELECTED:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Validation", "Only groups selected for a booth have sales."),
                    F_SALES,
                )
            existing = {x.sale_date: x for x in entry.sales}
            posted = _posted_ids(s, [x.id for x in entry.sales])
            for day, amount in sorted(amounts.items()):
                if not fair.start_date <= day <= fair.end_date:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("Validation", "{day} is not a day of the fair."),
                        F_SALES, day=format_date_numeric(day),
                    )
                if amount is not None:
                    amount.check_range(F_SALES, allow_negative=False)
                sale = existing.get(day)
                value = amount if amount else None
                if sale is not None and sale.id in posted and sale.amount != value:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "Validation",
                            "The sales of {day} are already in the group's cash book; change "
                            "that cash-book entry instead, or delete it first.",
                        ),
                        F_SALES, day=format_date_numeric(day),
                    )
                if value is None:
                    if sale is not None:
                        entry.sales.remove(sale)
                elif sale is None:
                    entry.sales.append(FairSale(sale_date=day, amount=value))
                elif sale.amount != value:
                    sale.amount = value

    def post_to_cash_book(self, fair_id: uuid.UUID, description: str,
                          entry_id: uuid.UUID | None = None) -> PostResult:
        """Post every sale not yet posted as fair-sales income of its group.

        ``description`` is the translated text of the cash entry, with ``{fair}`` for the
        fair's name.
        """
        with self._db.begin() as s:
            fair = _fair(s, fair_id)
            q = (select(FairSale, FairEntry.group_id, ProducerGroup.opening_date, ProducerGroup.name)
                 .join(FairSale.entry).join(ProducerGroup, FairEntry.group_id == ProducerGroup.id)
                 .where(FairEntry.fair_id == fair_id).order_by(FairSale.sale_date))
            if entry_id is not None:
                q = q.where(FairEntry.id == entry_id)
            found = s.execute(q).all()
            posted = _posted_ids(s, [row[0].id for row in found])
            count, total = 0, 0
            for sale, group_id, opening, name in found:
                if sale.id in posted:
                    continue
                data = EntryData(group_id, sale.sale_date, EntryKind.INCOME, CashCategory.FAIR_SALES,
                                 sale.amount, description.format(fair=fair.name))
                try:
                    clean = validate_entry(data, opening)
                except ValidationError as error:
                    error.params["group"] = name
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "Validation",
                            "{group}: the sales of {day} cannot go into the cash book; it starts "
                            "later. Change the group's opening date first.",
                        ),
                        F_SALES, group=name, day=format_date_numeric(sale.sale_date),
                    ) from error
                s.add(CashEntry(group_id=group_id, entry_date=clean.entry_date, kind=clean.kind,
                                category=clean.category, amount=clean.amount,
                                description=clean.description, document_no="", counterparty="",
                                fair_sale_id=sale.id))
                count += 1
                total += sale.amount.satang
            return PostResult(count, Money(total))


def validate_fair(data: FairData) -> FairData:
    name = clean_text(data.name, F_FAIR_NAME, required=True)
    for value, field in ((data.start_date, F_START), (data.end_date, F_END)):
        if value is None:
            raise required_error(field)
        check_date_range(value, field)
    assert data.start_date is not None and data.end_date is not None
    if data.end_date < data.start_date:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "{field} cannot be before the first day."), F_END, field=F_END
        )
    if (data.end_date - data.start_date).days >= MAX_FAIR_DAYS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "A fair lasts at most {days} days."), F_END, days=MAX_FAIR_DAYS
        )
    booths = check_int(data.booths, F_BOOTHS, 1, 10_000, required=True)
    assert booths is not None
    return FairData(name, clean_text(data.venue, F_VENUE), data.start_date, data.end_date, booths,
                    clean_text(data.notes, F_FAIR_NOTES, max_length=LONG_TEXT_MAX, multiline=True),
                    data.id)


def _fair(s: Session, fair_id: uuid.UUID) -> TradeFair:
    fair = s.get(TradeFair, fair_id)
    if fair is None:
        raise NotFoundError(str(fair_id))
    return fair


def _entry(s: Session, entry_id: uuid.UUID) -> FairEntry:
    entry = s.get(FairEntry, entry_id)
    if entry is None:
        raise NotFoundError(str(entry_id))
    return entry


def _selected_count(s: Session, fair_id: uuid.UUID) -> int:
    return int(s.scalar(select(func.count()).where(
        FairEntry.fair_id == fair_id, FairEntry.status == FairEntryStatus.SELECTED)) or 0)


def _posted_ids(s: Session, sale_ids: list[uuid.UUID]) -> set[uuid.UUID]:
    if not sale_ids:
        return set()
    q = select(CashEntry.fair_sale_id).where(CashEntry.fair_sale_id.in_(sale_ids))
    return {x for x in s.scalars(q) if x is not None}
