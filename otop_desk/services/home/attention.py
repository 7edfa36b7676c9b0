"""The Home tab's "needs attention" list, computed in SQL and read a page at a time.

Each kind of item (follow-up, next visit, open problem, group not visited, coming
training) is one SELECT with its due condition; the list is their UNION ALL. Only the
page shown becomes ``AttentionItem`` objects, so a province database with tens of
thousands of open follow-ups opens as fast as a district one. The conditions are the
SQL form of the rules in ``domain.due``; the tests check both give the same items.

Query filters: ``kind`` (an ``AttentionKind`` value). Sort keys: urgency (the default:
by kind, most pressing first), date, group, details.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Date, Select, Subquery, cast, func, literal, null, select, union_all
from sqlalchemy.orm import Session, aliased

from otop_desk.db.models import FollowUpAction, Problem, ProducerGroup, Training, Visit
from otop_desk.domain import due
from otop_desk.domain.attention import (
    KIND_ORDER,
    TRAINING_LOOKAHEAD_DAYS,
    UNDATED,
    AttentionItem,
    AttentionKind,
    Scope,
    item_from_row,
)
from otop_desk.domain.enums import GroupStatus, ProblemStatus
from otop_desk.services.common.paging import PageQuery, contains, dialect_of, enum_matches
from otop_desk.services.network.attention import meeting_actions
from otop_desk.services.plans.behind import behind_select

OPEN_STATUSES = (ProblemStatus.OPEN, ProblemStatus.IN_PROGRESS)


# one SELECT per kind -----------------------------------------------------------------
def _columns(kind: AttentionKind, record_id: Any, item_id: Any, group_name: Any, text: Any,
             when: Any, due_date: Any) -> list[Any]:
    return [literal(kind.rank).label("rank"), record_id.label("record_id"), item_id.label("item_id"),
            group_name.label("group_name"), text.label("text"), when.label("when"), due_date.label("due")]


def _follow_ups(sunday: date, names: bool = True) -> Select[Any]:
    due_now = (FollowUpAction.done.is_(False), FollowUpAction.due_date.is_not(None),
               FollowUpAction.due_date <= sunday)
    if not names:  # counting only: the joins would triple the cost of 20,000 rows
        return select(*_columns(AttentionKind.FOLLOW_UP, FollowUpAction.visit_id, FollowUpAction.id,
                                literal(""), FollowUpAction.description, FollowUpAction.due_date,
                                FollowUpAction.due_date)).where(*due_now)
    return (
        select(*_columns(AttentionKind.FOLLOW_UP, Visit.id, FollowUpAction.id, ProducerGroup.name,
                         FollowUpAction.description, FollowUpAction.due_date, FollowUpAction.due_date))
        .join(Visit, FollowUpAction.visit_id == Visit.id)
        .join(ProducerGroup, Visit.group_id == ProducerGroup.id)
        .where(*due_now)
    )


def _next_visits(sunday: date) -> Select[Any]:
    """The next visit planned at each active group's latest visit; a later visit settles it."""
    twin_date = aliased(Visit)
    # The latest visit date of each active group, read from the (group, date) index.
    latest = (
        select(func.max(twin_date.visit_date)).where(twin_date.group_id == ProducerGroup.id)
        .correlate(ProducerGroup).scalar_subquery()
    )
    # Two visits on the same last day: one reminder is enough (the one with the lower id).
    twin = aliased(Visit)
    same_day_before = (
        select(twin.id)
        .where(twin.group_id == Visit.group_id, twin.visit_date == Visit.visit_date, twin.id < Visit.id,
               twin.next_visit_date.is_not(None), twin.next_visit_date <= sunday)
        .exists()
    )
    text = func.coalesce(func.nullif(Visit.advice, ""), Visit.observations)
    return (
        select(*_columns(AttentionKind.NEXT_VISIT, Visit.id, Visit.id, ProducerGroup.name, text,
                         Visit.next_visit_date, Visit.next_visit_date))
        .join(ProducerGroup, Visit.group_id == ProducerGroup.id)
        .where(ProducerGroup.status == GroupStatus.ACTIVE, Visit.visit_date == latest,
               Visit.next_visit_date.is_not(None),
               Visit.next_visit_date <= sunday, ~same_day_before)
    )


def _open_problems(names: bool = True) -> Select[Any]:
    name = ProducerGroup.name if names else literal("")
    q = select(*_columns(AttentionKind.PROBLEM, Problem.id, Problem.id, name,
                         Problem.description, Problem.found_date, Problem.target_date))
    if names:
        q = q.join(ProducerGroup, Problem.group_id == ProducerGroup.id)
    return q.where(Problem.status.in_(OPEN_STATUSES))


def _not_visited(today: date, days: int) -> Select[Any]:
    last = (
        select(func.max(Visit.visit_date)).where(Visit.group_id == ProducerGroup.id)
        .correlate(ProducerGroup).scalar_subquery()
    )
    # due.not_visited_for: never visited, or more than ``days`` days ago.
    return (
        select(*_columns(AttentionKind.NOT_VISITED, ProducerGroup.id, ProducerGroup.id, ProducerGroup.name,
                         literal(""), last, cast(null(), Date)))
        .where(ProducerGroup.status == GroupStatus.ACTIVE,
               last.is_(None) | (last < today - timedelta(days=days)))
    )


def _trainings(today: date) -> Select[Any]:
    # due.upcoming: still running today, or starting within the look-ahead.
    return (
        select(*_columns(AttentionKind.TRAINING, Training.id, Training.id, literal(""), Training.title,
                         Training.start_date, cast(null(), Date)))
        .where(Training.end_date >= today,
               Training.start_date <= today + timedelta(days=TRAINING_LOOKAHEAD_DAYS))
    )


def _branch(kind: AttentionKind, scope: Scope, names: bool = True) -> Select[Any]:
    """The SELECT of one kind; without ``names`` it may leave the group name empty."""
    sunday = due.week_bounds(scope.today)[1]
    if kind is AttentionKind.FOLLOW_UP:
        return _follow_ups(sunday, names)
    if kind is AttentionKind.MEETING_ACTION:
        return meeting_actions(lambda *c: _columns(kind, *c), sunday, names)
    if kind is AttentionKind.NEXT_VISIT:
        return _next_visits(sunday)
    if kind is AttentionKind.PROBLEM:
        return _open_problems(names)
    if kind is AttentionKind.NOT_VISITED:
        return _not_visited(scope.today, scope.not_visited_days)
    if kind is AttentionKind.BEHIND_PLAN:
        return behind_select(scope.today, lambda *columns: _columns(kind, *columns))
    return _trainings(scope.today)


def _union(scope: Scope) -> Subquery:
    return union_all(*(_branch(kind, scope) for kind in KIND_ORDER)).subquery("attention")


# filtering, counting, paging -----------------------------------------------------------
def _filtered(s: Session, query: PageQuery, a: Subquery, q: Select[Any]) -> Select[Any]:
    kind = query.filters.get("kind")
    if kind is not None:
        q = q.where(a.c.rank == AttentionKind(kind).rank)  # on one kind's SELECT: true or false
    dialect = dialect_of(s)
    for word in query.words:
        ranks = [AttentionKind(v).rank for v in enum_matches(AttentionKind, word, query.label)]
        q = q.where(contains(a.c.group_name, word, dialect) | contains(a.c.text, word, dialect)
                    | a.c.rank.in_(ranks))
    return q


def _order(a: Subquery, query: PageQuery, may_be_null: bool = True) -> list[Any]:
    """The list's order; ``may_be_null=False`` for one kind whose date is never empty."""
    keys = {
        "urgency": [a.c.rank, a.c.when],
        "date": [a.c.when],
        "group": [a.c.group_name],
        "details": [a.c.text],
    }.get(query.sort or "urgency", [a.c.rank, a.c.when])
    # Urgency: by kind, then the earliest date first, which is the most overdue, the
    # longest open, the longest unvisited (never visited before all) or the soonest start.
    # Where no date is empty the NULLS clause is left out: PostgreSQL's indexes keep the
    # other end's order, and with it a first page of follow-ups sorted every one due
    # (190 ms at a national office, where the date index gives 60 in 3 ms).
    if query.descending:
        return [*(k.desc().nulls_last() if may_be_null else k.desc() for k in keys),
                a.c.rank.desc(), a.c.item_id.desc()]
    return [*(k.asc().nulls_first() if may_be_null else k.asc() for k in keys), a.c.rank, a.c.item_id]


def counts(s: Session, scope: Scope, query: PageQuery | None = None) -> dict[AttentionKind, int]:
    """How many items of each kind match ``query`` (one small COUNT per kind)."""
    query = query or PageQuery()
    wanted = query.filters.get("kind")
    out = dict.fromkeys(AttentionKind, 0)
    for kind in KIND_ORDER:
        if wanted is None or kind is AttentionKind(wanted):
            b = _branch(kind, scope, names=bool(query.words)).subquery()
            out[kind] = int(s.scalar(_filtered(s, query, b, select(func.count()).select_from(b))) or 0)
    return out


def count(s: Session, scope: Scope, query: PageQuery) -> int:
    return sum(counts(s, scope, query).values())


def page(s: Session, scope: Scope, query: PageQuery, offset: int, limit: int | None,
         known: dict[AttentionKind, int] | None = None) -> list[AttentionItem]:
    """Rows ``offset`` to ``offset + limit``. In urgency order (the default) each kind is
    read on its own: the first page then takes a few milliseconds instead of sorting every
    item. Pages after the first skip whole kinds by their counts (``known``, or counted
    now); the first page needs none, so a search shows before its matches are counted."""
    if (query.sort or "urgency") != "urgency" or limit is None:
        a = _union(scope)
        q = _filtered(s, query, a, select(a)).order_by(*_order(a, query)).offset(offset).limit(limit)
        return [item_from_row(scope.today, row) for row in s.execute(q)]
    out: list[AttentionItem] = []
    for kind in reversed(KIND_ORDER) if query.descending else KIND_ORDER:
        if offset > 0:
            known = known if known is not None else counts(s, scope, query)
            if offset >= known[kind]:
                offset -= known[kind]
                continue
        q = kind_in_order(s, scope, query, kind)
        rows = s.execute(q.offset(offset).limit(limit - len(out)))
        out += [item_from_row(scope.today, row) for row in rows]
        offset = 0
        if len(out) >= limit:
            break
    return out


def kind_in_order(s: Session, scope: Scope, query: PageQuery, kind: AttentionKind) -> Select[Any]:
    """One kind's items in urgency order (the earliest date first), for ``page``; start-up
    reads the first page with this statement as SQLAlchemy compiles it (``db.first_screen``)."""
    b = _branch(kind, scope).subquery()
    return _filtered(s, query, b, select(b)).order_by(
        *_order(b, replace(query, sort="date"), may_be_null=kind in UNDATED))


def position(s: Session, scope: Scope, query: PageQuery, key: tuple[str, uuid.UUID],
             known: dict[AttentionKind, int] | None = None) -> int:
    """Where the item ``key`` (its ``AttentionItem.id``) stands in the list, or -1."""
    kind, item_id = AttentionKind(key[0]), key[1]
    if (query.sort or "urgency") == "urgency":
        return _position_in_kind(s, scope, query, kind, item_id, known)
    a = _union(scope)
    numbered = _filtered(s, query, a, select(
        a.c.rank, a.c.item_id, func.row_number().over(order_by=_order(a, query)).label("n"),
    )).subquery()
    found = s.scalar(select(numbered.c.n).where(numbered.c.rank == kind.rank, numbered.c.item_id == item_id))
    return -1 if found is None else int(found) - 1


def _position_in_kind(s: Session, scope: Scope, query: PageQuery, kind: AttentionKind, item_id: uuid.UUID,
                      known: dict[AttentionKind, int] | None) -> int:
    """In urgency order: the kinds before, then the rows of its kind that sort before it
    (counted with the date index, instead of numbering every row)."""
    b = _branch(kind, scope).subquery()
    found = s.execute(_filtered(s, query, b, select(b.c.when)).where(b.c.item_id == item_id)).first()
    if found is None:
        return -1
    when = found.when
    if query.descending:  # dates newest first with no date last, then ids downwards
        before = (b.c.when.is_not(None) | (b.c.item_id > item_id) if when is None
                  else (b.c.when > when) | ((b.c.when == when) & (b.c.item_id > item_id)))
    else:  # no date first, then dates oldest first, then ids upwards
        before = ((b.c.when.is_(None) & (b.c.item_id < item_id)) if when is None
                  else b.c.when.is_(None) | (b.c.when < when) | ((b.c.when == when) & (b.c.item_id < item_id)))
    within = int(s.scalar(_filtered(s, query, b, select(func.count()).select_from(b)).where(before)) or 0)
    known = known if known is not None else counts(s, scope, query)
    order = list(reversed(KIND_ORDER)) if query.descending else KIND_ORDER
    return sum(known[k] for k in order[:order.index(kind)]) + within
