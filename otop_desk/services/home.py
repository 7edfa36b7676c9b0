"""The Home tab's data: what needs attention today, and the figures behind its charts.

The rules of what is due live in ``domain.due``; this module only reads the records and
applies them, so the same ``today`` gives the same list in the window and in tests.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session

from otop_desk.db.database import Database
from otop_desk.db.models import (
    CashEntry,
    FollowUpAction,
    Participant,
    Problem,
    ProducerGroup,
    Product,
    Training,
    Visit,
)
from otop_desk.domain import due
from otop_desk.domain.dates import month_bounds
from otop_desk.domain.enums import EntryKind, GroupStatus, ProblemCategory, ProblemStatus
from otop_desk.services.backups import BackupService
from otop_desk.services.exports import ExportService

DEFAULT_NOT_VISITED_DAYS = 90
TRAINING_LOOKAHEAD_DAYS = 30
OPEN_STATUSES = (ProblemStatus.OPEN, ProblemStatus.IN_PROGRESS)


class AttentionKind(Enum):
    FOLLOW_UP = "follow_up"
    NEXT_VISIT = "next_visit"
    PROBLEM = "problem"
    NOT_VISITED = "not_visited"
    TRAINING = "training"

    @property
    def record_kind(self) -> str:
        """Which tab holds the record: "visit", "problem", "group" or "training"."""
        return _RECORD_KIND[self]


_RECORD_KIND = {
    AttentionKind.FOLLOW_UP: "visit",
    AttentionKind.NEXT_VISIT: "visit",
    AttentionKind.PROBLEM: "problem",
    AttentionKind.NOT_VISITED: "group",
    AttentionKind.TRAINING: "training",
}


@dataclass(frozen=True, slots=True)
class AttentionItem:
    """One line of the Home list; ``record_id`` is what opening the line opens."""

    kind: AttentionKind
    record_id: uuid.UUID
    item_id: uuid.UUID  # the follow-up, visit, problem, group or training itself
    group_name: str
    text: str
    when: date | None  # due date, found date, last visit or start date
    days: int | None  # days overdue / open / since the last visit / until the start
    state: due.DueState | None = None
    age: due.Age | None = None

    @property
    def id(self) -> tuple[str, uuid.UUID]:
        return (self.kind.value, self.item_id)

    @property
    def record_kind(self) -> str:
        return self.kind.record_kind


@dataclass(frozen=True)
class HomeStatus:
    pending_exports: int
    last_export: datetime | None
    last_backup: datetime | None
    backups_available: bool


@dataclass(frozen=True)
class ChartData:
    """Figures of one calendar year, by month (index 0 = January)."""

    year: int
    month: int | None  # the month the category chart covers; None = the whole year
    visits: list[int]
    trainings: list[int]
    participants: list[int]  # people who attended
    income: list[int]  # satang
    expense: list[int]
    problems: dict[ProblemCategory, dict[ProblemStatus, int]]
    stars: list[int]  # products with no star, 1 star, ..., 5 stars


class HomeService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # needs attention ------------------------------------------------------------------
    def attention(self, today: date | None = None, *,
                  not_visited_days: int = DEFAULT_NOT_VISITED_DAYS) -> list[AttentionItem]:
        today = today or date.today()
        with self._db.read() as s:
            return [
                *_follow_ups(s, today),
                *_next_visits(s, today),
                *_open_problems(s, today),
                *_not_visited(s, today, not_visited_days),
                *_trainings(s, today),
            ]

    def status(self) -> HomeStatus:
        """Records waiting for the monthly export, and the last backup taken."""
        backups = BackupService(self._db)
        pending = ExportService(self._db).pending()
        latest = backups.latest()
        return HomeStatus(pending.count, pending.since, latest.taken if latest else None, backups.available)

    # charts -------------------------------------------------------------------------
    def years(self, today: date | None = None) -> list[int]:
        """Years with visits, trainings or cash entries, newest first; always this year."""
        this_year = (today or date.today()).year
        with self._db.read() as s:
            found = {this_year}
            for column in (Visit.visit_date, Training.start_date, CashEntry.entry_date):
                lo, hi = s.execute(select(func.min(column), func.max(column))).one()
                if lo is not None:
                    found.update(range(lo.year, hi.year + 1))
        return sorted(found, reverse=True)

    def charts(self, year: int, month: int | None = None) -> ChartData:
        first, last = date(year, 1, 1), date(year, 12, 31)
        scope = month_bounds(year, month) if month else (first, last)
        with self._db.read() as s:
            cash = monthly_cash(s, first, last)
            return ChartData(
                year=year,
                month=month,
                visits=_by_month(s, Visit.visit_date, first, last),
                trainings=_by_month(s, Training.start_date, first, last),
                participants=_participants(s, first, last),
                income=cash[EntryKind.INCOME],
                expense=cash[EntryKind.EXPENSE],
                problems=_problems(s, *scope),
                stars=_stars(s),
            )


# attention, one query per kind ------------------------------------------------------
def _active() -> object:
    return ProducerGroup.status == GroupStatus.ACTIVE


def _follow_ups(s: Session, today: date) -> list[AttentionItem]:
    q = (
        select(FollowUpAction, Visit.id, ProducerGroup.name)
        .join(Visit, FollowUpAction.visit_id == Visit.id)
        .join(ProducerGroup, Visit.group_id == ProducerGroup.id)
        .where(FollowUpAction.done.is_(False), FollowUpAction.due_date.is_not(None),
               FollowUpAction.due_date <= due.week_bounds(today)[1])
    )
    return [
        AttentionItem(AttentionKind.FOLLOW_UP, visit_id, a.id, name, a.description, a.due_date,
                      due.days_between(a.due_date, today), due.due_state(a.due_date, today))
        for a, visit_id, name in s.execute(q)
    ]


def _next_visits(s: Session, today: date) -> list[AttentionItem]:
    """The next visit planned at each active group's latest visit; a later visit settles it."""
    latest = (
        select(Visit.group_id, func.max(Visit.visit_date).label("last"))
        .group_by(Visit.group_id).subquery()
    )
    q = (
        select(Visit, ProducerGroup.name)
        .join(latest, (Visit.group_id == latest.c.group_id) & (Visit.visit_date == latest.c.last))
        .join(ProducerGroup, Visit.group_id == ProducerGroup.id)
        .where(_active(), Visit.next_visit_date.is_not(None),
               Visit.next_visit_date <= due.week_bounds(today)[1])
    )
    seen: set[uuid.UUID] = set()
    out = []
    for v, name in s.execute(q):
        if v.group_id in seen:  # two visits on the same last day: one reminder is enough
            continue
        seen.add(v.group_id)
        out.append(AttentionItem(AttentionKind.NEXT_VISIT, v.id, v.id, name, v.advice or v.observations,
                                 v.next_visit_date, due.days_between(v.next_visit_date, today),
                                 due.due_state(v.next_visit_date, today)))
    return out


def _open_problems(s: Session, today: date) -> list[AttentionItem]:
    q = (
        select(Problem, ProducerGroup.name)
        .join(ProducerGroup, Problem.group_id == ProducerGroup.id)
        .where(Problem.status.in_(OPEN_STATUSES))
    )
    out = []
    for p, name in s.execute(q):
        days = max(due.days_between(p.found_date, today), 0)
        out.append(AttentionItem(AttentionKind.PROBLEM, p.id, p.id, name, p.description, p.found_date,
                                 days, due.due_state(p.target_date, today), due.age_bucket(days)))
    return out


def _not_visited(s: Session, today: date, days: int) -> list[AttentionItem]:
    q = (
        select(ProducerGroup.id, ProducerGroup.name, func.max(Visit.visit_date))
        .outerjoin(Visit, Visit.group_id == ProducerGroup.id)
        .where(_active())
        .group_by(ProducerGroup.id, ProducerGroup.name)
    )
    return [
        AttentionItem(AttentionKind.NOT_VISITED, gid, gid, name, "", last,
                      due.days_between(last, today) if last else None)
        for gid, name, last in s.execute(q)
        if due.not_visited_for(last, today, days)
    ]


def _trainings(s: Session, today: date) -> list[AttentionItem]:
    q = select(Training).where(Training.end_date >= today)
    return [
        AttentionItem(AttentionKind.TRAINING, t.id, t.id, "", t.title, t.start_date,
                      due.days_between(today, t.start_date))
        for t in s.scalars(q)
        if due.upcoming(t.start_date, t.end_date, today, TRAINING_LOOKAHEAD_DAYS)
    ]


# charts -----------------------------------------------------------------------------
def _by_month(s: Session, column: object, first: date, last: date) -> list[int]:
    month_of = extract("month", column)
    q = select(month_of, func.count()).where(column.between(first, last)).group_by(month_of)  # type: ignore[attr-defined]
    out = [0] * 12
    for month, count in s.execute(q):
        out[int(month) - 1] = count
    return out


def _participants(s: Session, first: date, last: date) -> list[int]:
    month_of = extract("month", Training.start_date)
    q = (
        select(month_of, func.count())
        .select_from(Participant)
        .join(Training, Participant.training_id == Training.id)
        .where(Participant.attended.is_(True), Training.start_date.between(first, last))
        .group_by(month_of)
    )
    out = [0] * 12
    for month, count in s.execute(q):
        out[int(month) - 1] = count
    return out


def monthly_cash(s: Session, first: date, last: date,
                 group_id: uuid.UUID | None = None) -> dict[EntryKind, list[int]]:
    """Income and expense in satang per month from ``first`` (index 0) to ``last``."""
    year_of, month_of = extract("year", CashEntry.entry_date), extract("month", CashEntry.entry_date)
    q = (
        select(year_of, month_of, CashEntry.kind, func.sum(CashEntry.amount))
        .where(CashEntry.entry_date.between(first, last))
        .group_by(year_of, month_of, CashEntry.kind)
    )
    if group_id is not None:
        q = q.where(CashEntry.group_id == group_id)
    count = (last.year - first.year) * 12 + last.month - first.month + 1
    out: dict[EntryKind, list[int]] = {EntryKind.INCOME: [0] * count, EntryKind.EXPENSE: [0] * count}
    for year, month, kind, total in s.execute(q):
        index = (int(year) - first.year) * 12 + int(month) - first.month
        out[kind][index] = total.satang if total is not None else 0
    return out


def _problems(s: Session, first: date, last: date) -> dict[ProblemCategory, dict[ProblemStatus, int]]:
    q = (
        select(Problem.category, Problem.status, func.count())
        .where(Problem.found_date.between(first, last))
        .group_by(Problem.category, Problem.status)
    )
    out: dict[ProblemCategory, dict[ProblemStatus, int]] = defaultdict(dict)
    for category, status, count in s.execute(q):
        out[category][status] = count
    return dict(out)


def _stars(s: Session) -> list[int]:
    q = (
        select(Product.star_level)
        .join(ProducerGroup, Product.group_id == ProducerGroup.id)
        .where(_active())
    )
    counted = Counter(level or 0 for level in s.scalars(q))
    return [counted.get(level, 0) for level in range(6)]
