"""The fair report (รายงานผลการดำเนินงานการส่งเสริมช่องทางการจำหน่าย) as plain data: the
groups sent, booths, sales per group and per product type against the previous fair,
and the after-fair meeting's conclusions. The printed report and the department's
marketing report both read it (``BoothService.fair_report`` / ``fair_reports``)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from otop_desk.db.models import (
    AgendaItem,
    FairEntry,
    FairNote,
    FairSale,
    Meeting,
    ProducerGroup,
    TradeFair,
)
from otop_desk.domain.enums import FairEntryStatus, ProblemCategory, ProductType
from otop_desk.domain.money import Money
from otop_desk.domain.network import MeetingPurpose
from otop_desk.services.booths import after
from otop_desk.services.booths.selection import fair_of, selection_of


@dataclass(frozen=True)
class FairFigures:
    """One fair in numbers."""

    id: uuid.UUID
    name: str
    venue: str
    start_date: date
    end_date: date
    booths: int
    applicants: int
    groups_sent: int  # groups that had a booth
    sales: Money
    by_type: dict[ProductType, Money]


@dataclass(frozen=True)
class GroupSales:
    group_id: uuid.UUID
    group_name: str
    product_type: ProductType
    booth_no: str
    sale_days: int
    sales: Money
    previous_sales: Money | None  # at the previous fair, if the group sold there
    best_sellers: str
    lessons: str


@dataclass(frozen=True)
class TypeSales:
    product_type: ProductType
    groups: int
    sales: Money
    previous_sales: Money | None  # None: no previous fair to compare with


@dataclass(frozen=True)
class HeardNote:
    note_date: date
    group_name: str
    category: ProblemCategory
    text: str
    in_problem_log: bool


@dataclass(frozen=True)
class FairReport:
    fair: FairFigures
    previous: FairFigures | None
    groups: list[GroupSales]
    by_type: list[TypeSales]
    #: The after-fair meeting (its id, date and number) and what it resolved, in order:
    #: (agenda item, resolution).
    after_meeting: tuple[uuid.UUID, date, str] | None
    conclusions: list[tuple[str, str]]
    notes: list[HeardNote]
    selection_decided_on: date | None
    overrides: int  # decisions that departed from the proposed ranking

    @property
    def change(self) -> Decimal | None:
        """Sales against the previous fair, in per cent (None without one, or from zero)."""
        if self.previous is None or self.previous.sales.satang == 0:
            return None
        ratio = Decimal(self.fair.sales.satang - self.previous.sales.satang) * 100 / self.previous.sales.satang
        return ratio.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def _figures(s: Session, fair: TradeFair) -> tuple[FairFigures, dict[uuid.UUID, tuple[int, Money]]]:
    """The fair's figures, and each group's (sale days, sales)."""
    per_group: dict[uuid.UUID, tuple[int, Money]] = {}
    for gid, days, total in s.execute(
            select(FairEntry.group_id, func.count(), func.sum(FairSale.amount))
            .join(FairSale, FairSale.entry_id == FairEntry.id)
            .where(FairEntry.fair_id == fair.id).group_by(FairEntry.group_id)):
        per_group[gid] = (int(days), total if isinstance(total, Money) else Money(int(total or 0)))
    statuses = list(s.execute(select(FairEntry.group_id, FairEntry.status, ProducerGroup.product_type)
                              .join(ProducerGroup, FairEntry.group_id == ProducerGroup.id)
                              .where(FairEntry.fair_id == fair.id)))
    by_type: dict[ProductType, int] = defaultdict(int)
    for gid, _status, kind in statuses:
        if gid in per_group:
            by_type[kind] += per_group[gid][1].satang
    sent = sum(1 for _g, status, _k in statuses if status == FairEntryStatus.SELECTED)
    total = Money(sum(v[1].satang for v in per_group.values()))
    return FairFigures(fair.id, fair.name, fair.venue, fair.start_date, fair.end_date, fair.booths,
                       len(statuses), sent, total, {k: Money(v) for k, v in by_type.items()}), per_group


def previous_fair(s: Session, fair: TradeFair) -> TradeFair | None:
    """The latest fair over before this one began."""
    return s.scalars(select(TradeFair).where(TradeFair.id != fair.id, TradeFair.end_date < fair.start_date)
                     .order_by(TradeFair.end_date.desc(), TradeFair.start_date.desc()).limit(1)).first()


def after_fair_meeting(s: Session, fair_id: uuid.UUID, named: uuid.UUID | None) -> Meeting | None:
    """The meeting the summaries name, else the latest after-fair meeting about the fair."""
    if named is not None:
        found = s.get(Meeting, named)
        if found is not None:
            return found
    return s.scalars(select(Meeting).where(Meeting.fair_id == fair_id,
                                           Meeting.purpose == MeetingPurpose.AFTER_FAIR)
                     .order_by(Meeting.meeting_date.desc()).limit(1)).first()


def fair_report(s: Session, fair_id: uuid.UUID) -> FairReport:
    fair = fair_of(s, fair_id)
    figures, per_group = _figures(s, fair)
    before = previous_fair(s, fair)
    previous, before_groups = _figures(s, before) if before is not None else (None, {})
    meeting_id, results = after.results(s, fair_id)
    said = {r.entry_id: r for r in results}
    groups = []
    for entry_id, gid, name, kind, booth in s.execute(
            select(FairEntry.id, FairEntry.group_id, ProducerGroup.name, ProducerGroup.product_type,
                   FairEntry.booth_no).join(ProducerGroup, FairEntry.group_id == ProducerGroup.id)
            .where(FairEntry.fair_id == fair_id, FairEntry.status == FairEntryStatus.SELECTED)):
        days, sales = per_group.get(gid, (0, Money(0)))
        r = said.get(entry_id)
        groups.append(GroupSales(gid, name, kind, booth, days, sales,
                                 before_groups[gid][1] if gid in before_groups else None,
                                 r.best_sellers if r else "", r.lessons if r else ""))
    groups.sort(key=lambda g: (-g.sales.satang, g.group_name))
    counts: dict[ProductType, int] = defaultdict(int)
    for g in groups:
        counts[g.product_type] += 1
    kinds = [k for k in ProductType if k in counts or k in figures.by_type
             or (previous is not None and k in previous.by_type)]
    by_type = [TypeSales(k, counts.get(k, 0), figures.by_type.get(k, Money(0)),
                         previous.by_type.get(k, Money(0)) if previous is not None else None) for k in kinds]
    meeting = after_fair_meeting(s, fair_id, meeting_id)
    conclusions: list[tuple[str, str]] = []
    if meeting is not None:
        conclusions = [(a.title, a.resolution) for a in s.scalars(select(AgendaItem).where(
            AgendaItem.meeting_id == meeting.id).order_by(AgendaItem.seq)) if a.resolution.strip()]
    fair_notes = list(s.scalars(select(FairNote).where(FairNote.fair_id == fair_id)
                                .order_by(FairNote.note_date, FairNote.created_at)))
    names = dict(s.execute(select(ProducerGroup.id, ProducerGroup.name).where(
        ProducerGroup.id.in_({n.group_id for n in fair_notes if n.group_id}))).all())
    heard = [HeardNote(n.note_date, names.get(n.group_id, "") if n.group_id else "", n.category, n.text,
                       n.problem_id is not None) for n in fair_notes]
    chosen = selection_of(s, fair_id)
    overrides = 0
    if chosen is not None:
        overrides = sum(1 for c in chosen.candidates
                        if (c.decision == FairEntryStatus.SELECTED) != (c.proposed == FairEntryStatus.SELECTED))
    return FairReport(figures, previous, groups, by_type,
                      (meeting.id, meeting.meeting_date, meeting.number) if meeting is not None else None,
                      conclusions, heard, chosen.decided_on if chosen is not None else None, overrides)


def fairs_between(s: Session, first: date, last: date) -> list[uuid.UUID]:
    """The fairs whose last day falls in [first, last], in date order."""
    return list(s.scalars(select(TradeFair.id).where(TradeFair.end_date.between(first, last))
                          .order_by(TradeFair.start_date, TradeFair.name)))
