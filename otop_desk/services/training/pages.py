"""The training list in pages: filtered, sorted and counted in SQL (see services/common/paging.py).

Filters: ``topic`` and ``format`` (enum values) and ``month`` ((year, month)); a session
that spans a month end counts in both months. Sort keys: dates, title, topic, format,
venue, listed, attended, groups, budget, organiser.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Select, case, distinct, extract, func, select, union
from sqlalchemy.orm import Session

from otop_desk.db.models import Participant, Training
from otop_desk.domain.dates import month_bounds
from otop_desk.domain.enums import TrainingFormat, TrainingTopic
from otop_desk.services.common.paging import (
    PageQuery,
    count_rows,
    dialect_of,
    ordered,
    position_of,
    words_filter,
)
from otop_desk.services.training.data import TrainingRow


def _per_training(value: Any) -> Any:
    return select(value).where(Participant.training_id == Training.id).correlate(Training).scalar_subquery()


_ATTENDED_GROUP = case((Participant.attended.is_(True), Participant.group_id), else_=None)
_ATTENDED = func.sum(case((Participant.attended.is_(True), 1), else_=0))

# Counting sorts read the participant index once per session: some 3,000 lookups at most.
SORT_KEYS: dict[str, list[Any]] = {
    "dates": [Training.start_date, Training.end_date],
    "title": [Training.title],
    "topic": [Training.topic],
    "format": [Training.format],
    "venue": [Training.venue],
    "listed": [_per_training(func.count())],
    "attended": [func.coalesce(_per_training(_ATTENDED), 0)],
    "groups": [_per_training(func.count(distinct(_ATTENDED_GROUP)))],
    "budget": [Training.budget],
    "organiser": [Training.organiser],
}


def _where(s: Session, query: PageQuery, q: Select[Any]) -> Select[Any]:
    f = query.filters
    if f.get("topic") is not None:
        q = q.where(Training.topic == f["topic"])
    if f.get("format") is not None:
        q = q.where(Training.format == f["format"])
    if f.get("month") is not None:
        first, last = month_bounds(*f["month"])
        q = q.where(Training.start_date <= last, Training.end_date >= first)
    texts = [Training.title, Training.venue, Training.speakers, Training.organiser]
    enums = [(Training.topic, TrainingTopic), (Training.format, TrainingFormat)]
    return q.where(*words_filter(query, dialect_of(s), texts, enums))


def _ordered_ids(s: Session, query: PageQuery) -> Select[Any]:
    keys = SORT_KEYS.get(query.sort or "dates", SORT_KEYS["dates"])
    descending = query.descending if query.sort else True  # newest first by default
    return ordered(_where(s, query, select(Training.id)), keys, Training.id, descending)


def count(s: Session, query: PageQuery) -> int:
    return count_rows(s, _where(s, query, select(Training.id)))


def position(s: Session, query: PageQuery, training_id: uuid.UUID) -> int:
    return position_of(s, _ordered_ids(s, query), Training.id, training_id)


def months(s: Session) -> list[tuple[int, int]]:
    """Every month a session starts or ends in, newest first."""
    found = union(
        select((extract("year", Training.start_date) * 100 + extract("month", Training.start_date)).label("m")),
        select((extract("year", Training.end_date) * 100 + extract("month", Training.end_date)).label("m")),
    )
    return sorted(((int(v) // 100, int(v) % 100) for (v,) in s.execute(found)), reverse=True)


# Only the columns a row shows (no notes, no ORM objects): plain tuples read faster.
LIST_COLUMNS = (Training.id, Training.title, Training.topic, Training.format, Training.start_date,
                Training.end_date, Training.venue, Training.speakers, Training.organiser,
                Training.budget, Training.updated_at)


def page(s: Session, query: PageQuery, offset: int, limit: int) -> list[TrainingRow]:
    ids = list(s.scalars(_ordered_ids(s, query).offset(offset).limit(limit)))
    if not ids:
        return []
    found = {t.id: t for t in s.execute(select(*LIST_COLUMNS).where(Training.id.in_(ids)))}
    return rows_of(s, [found[i] for i in ids])


def rows_of(s: Session, trainings: Iterable[Any]) -> list[TrainingRow]:
    """Table rows for ``trainings`` (rows of LIST_COLUMNS), participants counted in SQL."""
    trainings = list(trainings)
    counts_q = (select(Participant.training_id, func.count(), _ATTENDED, func.count(distinct(_ATTENDED_GROUP)))
                .group_by(Participant.training_id))
    if len(trainings) <= 500:  # one page: count only its sessions
        counts_q = counts_q.where(Participant.training_id.in_([t.id for t in trainings]))
    counts = {tid: (int(listed), int(attended or 0), int(groups)) for tid, listed, attended, groups in
              s.execute(counts_q)}
    out = []
    for t in trainings:
        listed, attended, group_count = counts.get(t.id, (0, 0, 0))
        out.append(TrainingRow(
            id=t.id, title=t.title, topic=t.topic, format=t.format,
            start_date=t.start_date, end_date=t.end_date, venue=t.venue,
            speakers=t.speakers, organiser=t.organiser, budget=t.budget,
            listed=listed, attended=attended, groups=group_count, updated_at=t.updated_at,
        ))
    return out
