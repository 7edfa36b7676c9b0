"""The problem log in pages: filtered, sorted and counted in SQL (see services/common/paging.py).

Filters: ``status`` (a ProblemStatus value or ``NOT_SETTLED``), ``category``, ``group_id``,
``overdue`` (bool) and ``today``. Sort keys: found, group, category, problem, severity,
status, age, target, last_action.
"""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import date
from typing import Any

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session

from otop_desk.db.models import Problem, ProblemAction, ProducerGroup
from otop_desk.domain import clock
from otop_desk.domain.enums import ProblemCategory, ProblemStatus, Severity
from otop_desk.services.common.paging import (
    PageQuery,
    contains,
    count_rows,
    dialect_of,
    ordered,
    position_of,
    words_filter,
)

NOT_SETTLED = "not_settled"
OPEN_VALUES = [s.value for s in ProblemStatus if s.is_open]

_LAST_ACTION = (
    select(func.max(ProblemAction.action_date))
    .where(ProblemAction.problem_id == Problem.id)
    .correlate(Problem)
    .scalar_subquery()
)
SORT_KEYS: dict[str, Any] = {
    "found": Problem.found_date,
    "group": ProducerGroup.name,
    "category": Problem.category,
    "problem": Problem.description,
    "severity": case({s.value: i for i, s in enumerate(Severity)}, value=Problem.severity),
    "status": case({s.value: i for i, s in enumerate(ProblemStatus)}, value=Problem.status),
    # Age counts only while open; the oldest found date is the greatest age, so this key
    # sorts the other way round (see _ordered_ids).
    "age": case((Problem.status.in_(OPEN_VALUES), Problem.found_date), else_=None),
    "target": Problem.target_date,
    "last_action": _LAST_ACTION,
}


def overdue_condition(today: date) -> Any:
    return Problem.status.in_(OPEN_VALUES) & (Problem.target_date < today)


def _where(s: Session, query: PageQuery, q: Select[Any]) -> Select[Any]:
    f = query.filters
    status = f.get("status")
    if status == NOT_SETTLED:
        q = q.where(Problem.status.in_(OPEN_VALUES))
    elif status is not None:
        q = q.where(Problem.status == status)
    if f.get("category") is not None:
        q = q.where(Problem.category == f["category"])
    if f.get("group_id") is not None:
        q = q.where(Problem.group_id == f["group_id"])
    if f.get("overdue"):
        q = q.where(overdue_condition(f.get("today") or clock.current().today()))
    dialect = dialect_of(s)
    texts = [Problem.description, Problem.helper_notes]
    enums = [(Problem.category, ProblemCategory), (Problem.status, ProblemStatus)]
    for word, condition in zip(query.words, words_filter(query, dialect, texts, enums), strict=True):
        by_group = Problem.group_id.in_(
            select(ProducerGroup.id).where(contains(ProducerGroup.name, word, dialect)))
        by_action = Problem.id.in_(select(ProblemAction.problem_id).where(
            contains(ProblemAction.description, word, dialect) | contains(ProblemAction.by_whom, word, dialect)))
        q = q.where(condition | by_group | by_action)
    return q


def _ordered_ids(s: Session, query: PageQuery) -> Select[Any]:
    key = SORT_KEYS.get(query.sort or "found", Problem.found_date)
    q = select(Problem.id)
    if key is ProducerGroup.name:
        q = q.join(ProducerGroup, Problem.group_id == ProducerGroup.id)
    descending = query.descending if query.sort else True  # newest first by default
    if query.sort == "age":
        descending = not descending
    return ordered(_where(s, query, q), [key], Problem.id, descending)


def count(s: Session, query: PageQuery) -> int:
    return count_rows(s, _where(s, query, select(Problem.id)))


def position(s: Session, query: PageQuery, problem_id: uuid.UUID) -> int:
    return position_of(s, _ordered_ids(s, query), Problem.id, problem_id)


# What a list row shows of a problem: its columns, not the problem with its actions
# loaded (the ORM's objects cost two thirds of a page's read).
_ROW_COLUMNS = (
    Problem.id, Problem.group_id, Problem.visit_id, Problem.source, Problem.found_date,
    Problem.category, Problem.description, Problem.severity, Problem.status, Problem.helpers,
    Problem.helper_notes, Problem.target_date, Problem.resolved_date,
)


def page(s: Session, query: PageQuery, offset: int, limit: int, make_row: Any) -> list[Any]:
    """``make_row(problem, group name, today, action count, latest action)``."""
    ids = list(s.scalars(_ordered_ids(s, query).offset(offset).limit(limit)))
    if not ids:
        return []
    today = query.filters.get("today") or clock.current().today()
    # In date order, as a problem's actions are: the last one read is its latest.
    counts: Counter[uuid.UUID] = Counter()
    latest: dict[uuid.UUID, Any] = {}
    for action in s.execute(
        select(ProblemAction.problem_id, ProblemAction.action_date, ProblemAction.description,
               ProblemAction.by_whom)
        .where(ProblemAction.problem_id.in_(ids))
        .order_by(ProblemAction.action_date)
    ):
        counts[action.problem_id] += 1
        latest[action.problem_id] = action
    found = {
        p.id: make_row(p, p.name, today, counts[p.id], latest.get(p.id))
        for p in s.execute(
            select(*_ROW_COLUMNS, ProducerGroup.name)
            .join(ProducerGroup, Problem.group_id == ProducerGroup.id)
            .where(Problem.id.in_(ids))
        )
    }
    return [found[i] for i in ids]


def summary_counts(s: Session, today: date) -> tuple[Counter[str], Counter[str], int, int]:
    """Counts by status, open ones by category, overdue and total, without loading rows."""
    by_status = Counter(dict(s.execute(select(Problem.status, func.count()).group_by(Problem.status)).all()))
    by_category = Counter(dict(s.execute(
        select(Problem.category, func.count()).where(Problem.status.in_(OPEN_VALUES)).group_by(Problem.category)
    ).all()))
    overdue = int(s.scalar(select(func.count()).select_from(Problem).where(overdue_condition(today))) or 0)
    return by_status, by_category, overdue, sum(by_status.values())
