"""The visits list in pages: filtered, sorted and counted in SQL (see services/common/paging.py).

Filters: ``group_id`` (UUID) and ``month`` ((year, month)). Sort keys: date, group, purpose,
officers, people, follow_up, problems, next.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from otop_desk.db.models import FollowUpAction, Problem, ProducerGroup, Visit
from otop_desk.domain.dates import month_bounds
from otop_desk.domain.enums import VisitPurpose
from otop_desk.services.common.paging import (
    PageQuery,
    count_rows,
    dialect_of,
    months_with,
    ordered,
    position_of,
    words_filter,
)
from otop_desk.services.search import by_group_name, count_visits, indexed, visits_matching
from otop_desk.services.visits.data import VisitRow

_FOLLOW_UP_DUE = (
    select(func.min(FollowUpAction.due_date))
    .where(FollowUpAction.visit_id == Visit.id, FollowUpAction.done.is_(False))
    .correlate(Visit)
    .scalar_subquery()
)
_PROBLEMS = select(func.count()).where(Problem.visit_id == Visit.id).correlate(Visit).scalar_subquery()

SORT_KEYS: dict[str, Any] = {
    "date": Visit.visit_date,
    "group": ProducerGroup.name,
    "purpose": Visit.purpose,
    "officers": Visit.officers,
    "people": Visit.people_met,
    "follow_up": _FOLLOW_UP_DUE,
    "problems": _PROBLEMS,
    "next": Visit.next_visit_date,
}


def _where(s: Session, query: PageQuery, q: Select[Any], *, page: bool = False) -> Select[Any]:
    """``q`` narrowed to ``query``'s visits; ``page``: for a page read in the list's order
    (``by_group_name``'s ``each_row``)."""
    group_id = query.filters.get("group_id")
    if group_id is not None:
        q = q.where(Visit.group_id == group_id)
    month = query.filters.get("month")
    if month is not None:
        first, last = month_bounds(*month)
        q = q.where(Visit.visit_date.between(first, last))
    dialect = dialect_of(s)
    if query.words and indexed(dialect):  # through the text index (services/search)
        return q.where(visits_matching(query))
    # A typed word matching a group name becomes a list of group ids: cheaper per row
    # than a join, and the groups table is small.
    group_matches = [by_group_name(s, word, each_row=page) for word in query.words]
    for condition, by_group in zip(
        words_filter(query, dialect, [Visit.officers, Visit.observations], [(Visit.purpose, VisitPurpose)]),
        group_matches, strict=True,
    ):
        q = q.where(condition | by_group)
    return q


def _ordered_ids(s: Session, query: PageQuery, *, page: bool = False) -> Select[Any]:
    key = SORT_KEYS.get(query.sort or "date", Visit.visit_date)
    q = select(Visit.id)
    if key is ProducerGroup.name:
        q = q.join(ProducerGroup, Visit.group_id == ProducerGroup.id)
    # Newest first unless asked otherwise: the default a person expects of a diary.
    descending = query.descending if query.sort else True
    return ordered(_where(s, query, q, page=page), [key], Visit.id, descending)


def count(s: Session, query: PageQuery) -> int:
    if query.words and indexed(dialect_of(s)):
        return count_visits(s, query)
    return count_rows(s, _where(s, query, select(Visit.id)))


def position(s: Session, query: PageQuery, visit_id: uuid.UUID) -> int:
    return position_of(s, _ordered_ids(s, query), Visit.id, visit_id)


def months(s: Session) -> list[tuple[int, int]]:
    """Every month with at least one visit, newest first (read from the date index)."""
    return months_with(s, Visit.visit_date)


def page(s: Session, query: PageQuery, offset: int, limit: int) -> list[VisitRow]:
    return rows_of(s, list(s.scalars(_ordered_ids(s, query, page=True).offset(offset).limit(limit))))


# Ids per IN (...) list: far below every engine's limit on bound parameters.
_CHUNK = 500


def rows_of(s: Session, ids: list[uuid.UUID]) -> list[VisitRow]:
    """The list rows of the visits ``ids``, in that order: the one place a visit's
    problems and open follow-ups are counted (in SQL, per chunk of ids)."""
    out: list[VisitRow] = []
    for start in range(0, len(ids), _CHUNK):
        out += _rows(s, ids[start:start + _CHUNK])
    return out


def _rows(s: Session, ids: list[uuid.UUID]) -> list[VisitRow]:
    if not ids:
        return []
    # The columns the list shows, not whole visits (their long texts, the ORM's bookkeeping).
    found = {
        v.id: (v, v.name)
        for v in s.execute(
            select(Visit.id, Visit.group_id, Visit.visit_date, Visit.purpose, Visit.officers,
                   Visit.people_met, Visit.next_visit_date, Visit.observations, ProducerGroup.name)
            .join(ProducerGroup, Visit.group_id == ProducerGroup.id)
            .where(Visit.id.in_(ids))
        )
    }
    # "Not done" filters the sums, not the rows: as a condition of the rows SQLite read
    # them by the (done, due date) index, a province's 20,000 open follow-ups (30 ms a
    # page), instead of the few of these visits by the visit index.
    still_open = FollowUpAction.done.is_(False)
    follow_ups: dict[uuid.UUID, tuple[int, date | None]] = {
        visit_id: (count, due)
        for visit_id, count, due in s.execute(
            select(FollowUpAction.visit_id, func.count().filter(still_open),
                   func.min(FollowUpAction.due_date).filter(still_open))
            .where(FollowUpAction.visit_id.in_(ids))
            .group_by(FollowUpAction.visit_id)
        )
    }
    problems: dict[uuid.UUID, int] = dict(s.execute(  # type: ignore[arg-type]
        select(Problem.visit_id, func.count()).where(Problem.visit_id.in_(ids)).group_by(Problem.visit_id)
    ).all())
    out = []
    for visit_id in ids:
        v, name = found[visit_id]
        open_follow_ups, due = follow_ups.get(visit_id, (0, None))
        out.append(VisitRow(
            id=v.id, group_id=v.group_id, group_name=name, visit_date=v.visit_date,
            purpose=v.purpose, officers=v.officers, people_met=v.people_met,
            next_visit_date=v.next_visit_date, follow_up_due=due,
            open_follow_ups=open_follow_ups, problem_count=problems.get(visit_id, 0),
            observations=v.observations,
        ))
    return out
