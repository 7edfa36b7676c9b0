"""The Home tab's data: what needs attention today, and the figures behind its charts.

The rules of what is due live in ``domain.due``; ``attention.py`` turns them into SQL so
the list is counted and read a page at a time, and the same ``today`` gives the same list in
the window and in tests. Chart figures are GROUP BY aggregates of the chosen year only.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session

from otop_desk.db.database import Database
from otop_desk.db.models import (
    CashEntry,
    Participant,
    Problem,
    ProducerGroup,
    Training,
    Visit,
)
from otop_desk.domain.attention import DEFAULT_NOT_VISITED_DAYS, AttentionItem, AttentionKind, Scope
from otop_desk.domain.dates import month_bounds
from otop_desk.domain.enums import EntryKind, GroupStatus, ProblemCategory, ProblemStatus
from otop_desk.domain.fiscal import YearKind, YearSpan
from otop_desk.services.backups import BackupService
from otop_desk.services.books.summary import monthly_cash
from otop_desk.services.common.paging import PageQuery
from otop_desk.services.exports import ExportService
from otop_desk.services.home import attention as attention_list
from otop_desk.services.home.data import ChartData, HomeStatus
from otop_desk.services.register import pages as register_pages


class HomeService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # needs attention (in SQL, a page at a time: see attention.py) ----------------
    def attention(self, today: date | None = None, *,
                  not_visited_days: int = DEFAULT_NOT_VISITED_DAYS) -> list[AttentionItem]:
        """Every item, most pressing first (for tests and the CLI; the tab reads pages)."""
        scope = Scope(today or self._db.clock.today(), not_visited_days)
        with self._db.read() as s:
            return attention_list.page(s, scope, PageQuery(), 0, None)

    def attention_counts(self, scope: Scope, query: PageQuery | None = None) -> dict[AttentionKind, int]:
        with self._db.read() as s:
            return attention_list.counts(s, scope, query)

    def attention_count(self, scope: Scope, query: PageQuery) -> int:
        with self._db.read() as s:
            return attention_list.count(s, scope, query)

    def attention_page(self, scope: Scope, query: PageQuery, offset: int, limit: int,
                       known: dict[AttentionKind, int] | None = None) -> list[AttentionItem]:
        with self._db.read() as s:
            return attention_list.page(s, scope, query, offset, limit, known)

    def attention_position(self, scope: Scope, query: PageQuery, key: tuple[str, uuid.UUID],
                           known: dict[AttentionKind, int] | None = None) -> int:
        with self._db.read() as s:
            return attention_list.position(s, scope, query, key, known)

    def status(self) -> HomeStatus:
        """Records waiting for the monthly export, and the last backup taken."""
        backups = BackupService(self._db)
        pending = ExportService(self._db).pending()
        latest = backups.latest()
        return HomeStatus(pending.count, pending.since, latest.taken if latest else None, backups.available)

    # charts -------------------------------------------------------------------------
    def years(self, today: date | None = None) -> list[int]:
        """Years with visits, trainings or cash entries, newest first; always this year."""
        this_year = (today or self._db.clock.today()).year
        with self._db.read() as s:
            found = {this_year}
            for column in (Visit.visit_date, Training.start_date, CashEntry.entry_date):
                # Two queries: SQLite reads a lone min() or max() from the index, not both.
                lo, hi = s.scalar(select(func.min(column))), s.scalar(select(func.max(column)))
                if lo is not None and hi is not None:
                    found.update(range(lo.year, hi.year + 1))
        return sorted(found, reverse=True)

    def charts(self, year: int | YearSpan, month: int | None = None) -> ChartData:
        """The figures of a calendar year, or of ``YearSpan`` (a fiscal year); ``month``
        (1-12) narrows the category chart to that month of the year."""
        span = year if isinstance(year, YearSpan) else YearSpan(YearKind.CALENDAR, year)
        first, last = span.first, span.last
        scope = month_bounds(*next(ym for ym in span.months() if ym[1] == month)) if month else (first, last)
        with self._db.read() as s:
            cash = monthly_cash(s, first, last)
            return ChartData(
                year=span.year,
                month=month,
                visits=_by_month(s, Visit.visit_date, first, last),
                trainings=_by_month(s, Training.start_date, first, last),
                participants=_participants(s, first, last),
                income=cash[EntryKind.INCOME],
                expense=cash[EntryKind.EXPENSE],
                problems=_problems(s, *scope),
                stars=_stars(s),
                span=span,
            )


def _active() -> object:
    return ProducerGroup.status == GroupStatus.ACTIVE


# charts -----------------------------------------------------------------------------
def _by_month(s: Session, column: object, first: date, last: date) -> list[int]:
    month_of = extract("month", column)
    q = select(month_of, func.count()).where(column.between(first, last)).group_by(month_of)  # type: ignore[attr-defined]
    out = [0] * 12
    for month, count in s.execute(q):
        out[(int(month) - first.month) % 12] = count  # the year's months from ``first``
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
        out[(int(month) - first.month) % 12] = count  # the year's months from ``first``
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
    """Products of active groups by the level of their latest OPC round."""
    return register_pages.star_counts(s)
