"""Group visits: list, read, save with follow-ups, members met and the problems found."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from otop_desk.db.database import Database
from otop_desk.db.models import FollowUpAction, Member, Problem, ProducerGroup, Visit
from otop_desk.domain.dates import month_bounds
from otop_desk.domain.enums import ProblemSource, ProblemStatus
from otop_desk.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from otop_desk.services.common.batches import batches, in_order
from otop_desk.services.common.ids import find_by_id_start
from otop_desk.services.common.paging import PageQuery
from otop_desk.services.problems import ProblemData, validate_problem
from otop_desk.services.problems.service import problem_data, store_problem
from otop_desk.services.visits import pages
from otop_desk.services.visits.data import FollowUpData, FoundProblem, VisitData, VisitRow
from otop_desk.services.visits.rules import F_PEOPLE, F_PROBLEM, validate_visit


def _visit_data(v: Visit, found: Sequence[Problem]) -> VisitData:
    return VisitData(
        id=v.id, group_id=v.group_id, visit_date=v.visit_date, purpose=v.purpose,
        officers=v.officers, people_met=v.people_met,
        member_ids=frozenset(m.id for m in v.members_met),
        observations=v.observations, advice=v.advice, next_visit_date=v.next_visit_date,
        notes=v.notes,
        actions=[FollowUpData(id=a.id, description=a.description, due_date=a.due_date,
                              responsible=a.responsible, done=a.done, done_date=a.done_date)
                 for a in v.actions],
        problems=[FoundProblem(id=p.id, category=p.category, description=p.description,
                               severity=p.severity, status=p.status) for p in found],
    )


class VisitService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # reading ------------------------------------------------------------------------
    def rows(self, *, group_id: uuid.UUID | None = None) -> list[VisitRow]:
        """Every visit (of one group), newest first; counted as the tab's pages are."""
        with self._db.read() as s:
            q = select(Visit.id).order_by(Visit.visit_date.desc())
            if group_id is not None:
                q = q.where(Visit.group_id == group_id)
            return pages.rows_of(s, list(s.scalars(q)))

    # The visits tab reads pages, never the whole list (see pages.py).
    def count(self, query: PageQuery) -> int:
        with self._db.read() as s:
            return pages.count(s, query)

    def page(self, query: PageQuery, offset: int, limit: int) -> list[VisitRow]:
        with self._db.read() as s:
            return pages.page(s, query, offset, limit)

    def position(self, query: PageQuery, visit_id: uuid.UUID) -> int:
        with self._db.read() as s:
            return pages.position(s, query, visit_id)

    def months(self) -> list[tuple[int, int]]:
        with self._db.read() as s:
            return pages.months(s)

    def get(self, visit_id: uuid.UUID) -> VisitData:
        return self.get_many([visit_id])[0]

    def get_many(self, visit_ids: Sequence[uuid.UUID]) -> list[VisitData]:
        """The visits ``visit_ids``, in that order, read in a few statements (a month of
        them is printed at once); ``NotFoundError`` names the first that is missing."""
        wanted = list(dict.fromkeys(visit_ids))
        found: dict[uuid.UUID, VisitData] = {}
        with self._db.read() as s:
            for ids in batches(wanted):
                visits = s.scalars(select(Visit).where(Visit.id.in_(ids)).options(
                    selectinload(Visit.actions), selectinload(Visit.members_met))).all()
                problems: dict[uuid.UUID, list[Problem]] = {}
                for p in s.scalars(select(Problem).where(Problem.visit_id.in_(ids))
                                   .order_by(Problem.created_at)):
                    problems.setdefault(p.visit_id, []).append(p)
                found.update((v.id, _visit_data(v, problems.get(v.id, []))) for v in visits)
        return in_order(found, visit_ids)

    def count_on_day(self, group_id: uuid.UUID, day: date, *, except_id: uuid.UUID | None = None) -> int:
        """How many visits to the group are recorded on ``day`` (leaving out ``except_id``),
        so a form can ask before a second one is saved by mistake."""
        with self._db.read() as s:
            q = select(func.count()).select_from(Visit).where(Visit.group_id == group_id,
                                                              Visit.visit_date == day)
            if except_id is not None:
                q = q.where(Visit.id != except_id)
            return s.scalar(q) or 0

    def ids_in_month(self, year: int, month: int) -> list[uuid.UUID]:
        first, last = month_bounds(year, month)
        with self._db.read() as s:
            q = (select(Visit.id).join(ProducerGroup, Visit.group_id == ProducerGroup.id)
                 .where(Visit.visit_date.between(first, last))
                 .order_by(Visit.visit_date, ProducerGroup.name))
            return list(s.scalars(q))

    def find_id(self, text: str) -> uuid.UUID:
        """A visit by its full id or a unique beginning of it, as typed on a command line."""
        with self._db.read() as s:
            return find_by_id_start(s, Visit.id, text, "visit")

    # writing ------------------------------------------------------------------------
    def save(self, data: VisitData, *, today: date | None = None) -> uuid.UUID:
        today = today or self._db.clock.today()
        clean = validate_visit(data, today)
        with self._db.begin() as s:
            group = s.get(ProducerGroup, clean.group_id)
            if group is None:
                raise NotFoundError(str(clean.group_id))
            if clean.id is None:
                visit = Visit()
                s.add(visit)
            else:
                found = s.get(Visit, clean.id, options=[selectinload(Visit.actions),
                                                        selectinload(Visit.members_met)])
                if found is None:
                    raise NotFoundError(str(clean.id))
                visit = found
            for name in ("group_id", "visit_date", "purpose", "officers", "people_met",
                         "observations", "advice", "next_visit_date", "notes"):
                if getattr(visit, name, None) != getattr(clean, name):
                    setattr(visit, name, getattr(clean, name))
            members = s.scalars(select(Member).where(Member.id.in_(clean.member_ids))).all()
            if any(m.group_id != clean.group_id for m in members) or len(members) != len(clean.member_ids):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Validation", "The members met must be members of the visited group."),
                    F_PEOPLE,
                )
            if {m.id for m in visit.members_met} != clean.member_ids:
                visit.members_met = list(members)
            _sync_follow_ups(visit, clean.actions)
            s.flush()
            _sync_problems(s, visit, clean.problems, today)
            return visit.id

    def delete(self, visit_id: uuid.UUID) -> None:
        """Delete a visit; the problems it logged stay in the log, without the link."""
        with self._db.begin() as s:
            visit = s.get(Visit, visit_id)
            if visit is None:
                raise NotFoundError(str(visit_id))
            for problem in s.scalars(select(Problem).where(Problem.visit_id == visit_id)):
                problem.visit_id = None
            s.delete(visit)


def _sync_follow_ups(visit: Visit, actions: list[FollowUpData]) -> None:
    existing = {a.id: a for a in visit.actions}
    keep: list[FollowUpAction] = []
    for data in actions:
        action = existing.get(data.id) if data.id else None
        if action is None:
            action = FollowUpAction()
        for name in ("description", "due_date", "responsible", "done", "done_date"):
            if getattr(action, name, None) != getattr(data, name):
                setattr(action, name, getattr(data, name))
        keep.append(action)
    visit.actions = keep


def _sync_problems(s: Session, visit: Visit, found: list[FoundProblem], today: date) -> None:
    """Create, update or remove the problems this visit logged, through the problem rules."""
    linked = {p.id: p for p in s.scalars(
        select(Problem).where(Problem.visit_id == visit.id).options(selectinload(Problem.actions))
    )}
    wanted = {p.id for p in found if p.id}
    for pid, problem in linked.items():
        if pid in wanted:
            continue
        if problem.actions:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The problem “{text}” already has actions; settle or delete it in the problem log.",
                ),
                F_PROBLEM, text=problem.description[:60],
            )
        s.delete(problem)
    for row, item in enumerate(found, start=1):
        current = linked.get(item.id) if item.id else None
        base = problem_data(current) if current is not None else ProblemData(
            source=ProblemSource.VISIT, status=ProblemStatus.OPEN)
        # A problem found at this visit moves with the visit's date and group.
        changed = replace(base, group_id=visit.group_id, visit_id=visit.id, found_date=visit.visit_date,
                          category=item.category, description=item.description, severity=item.severity)
        try:
            store_problem(s, validate_problem(changed, today))
        except ValidationError as error:
            raise error.in_row(row) from None
