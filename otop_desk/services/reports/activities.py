"""The activities report: visits, trainings and problems of the year, counted by category
and by district (each a GROUP BY count of the database)."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from otop_desk.db.models import Participant, Problem, ProducerGroup, Training, Visit
from otop_desk.domain.enums import (
    ProblemCategory,
    ProblemStatus,
    TrainingFormat,
    TrainingTopic,
    VisitPurpose,
)
from otop_desk.domain.fiscal import YearSpan
from otop_desk.services.reports.data import ActivitiesReport, DistrictActivity
from otop_desk.services.reports.sorting import thai_key


def activities(s: Session, span: YearSpan) -> ActivitiesReport:
    first, last = span.first, span.last
    in_year = Visit.visit_date.between(first, last)
    by_purpose = {p: 0 for p in VisitPurpose} | dict(s.execute(
        select(Visit.purpose, func.count()).where(in_year).group_by(Visit.purpose)).all())
    groups_visited = int(s.scalar(select(func.count(distinct(Visit.group_id))).where(in_year)) or 0)

    sessions_in_year = Training.start_date.between(first, last)
    attended_count = func.count(Participant.id).filter(Participant.attended.is_(True))
    by_topic: dict[TrainingTopic, tuple[int, int]] = {t: (0, 0) for t in TrainingTopic}
    by_format: dict[TrainingFormat, tuple[int, int]] = {f: (0, 0) for f in TrainingFormat}
    for column, into in ((Training.topic, by_topic), (Training.format, by_format)):
        sessions = dict(s.execute(select(column, func.count()).where(sessions_in_year).group_by(column)).all())
        attended = dict(s.execute(select(column, attended_count).join(Participant, Participant.training_id == Training.id)
                                  .where(sessions_in_year).group_by(column)).all())
        for key in into:
            into[key] = (int(sessions.get(key, 0)), int(attended.get(key, 0)))  # type: ignore[index]
    listed = int(s.scalar(select(func.count()).select_from(Participant).join(Training, Participant.training_id == Training.id)
                          .where(sessions_in_year)) or 0)

    def by_category(*conditions: object) -> dict[ProblemCategory, int]:
        found = dict(s.execute(select(Problem.category, func.count()).where(*conditions)  # type: ignore[arg-type]
                               .group_by(Problem.category)).all())
        return {c: int(found.get(c, 0)) for c in ProblemCategory}

    found = by_category(Problem.found_date.between(first, last))
    solved = by_category(Problem.status == ProblemStatus.RESOLVED, Problem.resolved_date.between(first, last))
    # Found in the year and not closed by its end (still open, or closed only after it).
    still_open = by_category(Problem.found_date.between(first, last),
                             Problem.resolved_date.is_(None) | (Problem.resolved_date > last))
    sessions_total = sum(n for n, _ in by_topic.values())
    attended_total = sum(n for _, n in by_topic.values())
    return ActivitiesReport(span, sum(by_purpose.values()), groups_visited, by_purpose, sessions_total, listed,
                            attended_total, by_topic, by_format, found, solved, still_open, _districts(s, span))


def _districts(s: Session, span: YearSpan) -> list[DistrictActivity]:
    first, last = span.first, span.last
    place = (ProducerGroup.province, ProducerGroup.district)
    figures: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    queries = [
        (0, select(*place, func.count()).join(Visit, Visit.group_id == ProducerGroup.id)
         .where(Visit.visit_date.between(first, last))),
        (1, select(*place, func.count(distinct(Visit.group_id))).join(Visit, Visit.group_id == ProducerGroup.id)
         .where(Visit.visit_date.between(first, last))),
        (2, select(*place, func.count()).join(Participant, Participant.group_id == ProducerGroup.id)
         .join(Training, Participant.training_id == Training.id)
         .where(Training.start_date.between(first, last), Participant.attended.is_(True))),
        (3, select(*place, func.count()).join(Problem, Problem.group_id == ProducerGroup.id)
         .where(Problem.found_date.between(first, last))),
        (4, select(*place, func.count()).join(Problem, Problem.group_id == ProducerGroup.id)
         .where(Problem.status == ProblemStatus.RESOLVED, Problem.resolved_date.between(first, last))),
    ]
    for index, query in queries:
        for province, district, count in s.execute(query.group_by(*place)):
            figures[(province, district)][index] = int(count)
    lines = [DistrictActivity(district, province, *values) for (province, district), values in figures.items()]
    return sorted(lines, key=lambda line: (thai_key(line.province), thai_key(line.district)))
