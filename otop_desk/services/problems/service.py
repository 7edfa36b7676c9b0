"""Problem-log use cases: list with age and last action, save, log actions, settle."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from otop_desk.db.database import Database
from otop_desk.db.models import Problem, ProblemAction, ProducerGroup
from otop_desk.domain.enums import Helper, ProblemStatus, format_set, parse_set
from otop_desk.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from otop_desk.services.common.batches import batches
from otop_desk.services.common.paging import PageQuery
from otop_desk.services.problems import pages
from otop_desk.services.problems.data import ActionData, ProblemData, ProblemRow, ProblemSummary
from otop_desk.services.problems.rules import F_ACTION_DATE, validate_action, validate_problem


def summarize(rows: list[ProblemRow]) -> ProblemSummary:
    by_status = Counter(r.status for r in rows)
    by_category = Counter(r.category for r in rows if r.status.is_open)
    return ProblemSummary(
        by_status={s: by_status.get(s, 0) for s in ProblemStatus},
        open_by_category=dict(by_category.most_common()),
        overdue=sum(r.overdue for r in rows),
        total=len(rows),
    )


def problem_row(p: Any, group_name: str, today: date, action_count: int, last: Any) -> ProblemRow:
    """The list row of ``p`` (a problem, or a row of its columns), given how many actions
    it has and its latest (anything with their date, description and by whom), if any."""
    is_open = ProblemStatus(p.status).is_open
    return ProblemRow(
        id=p.id,
        group_id=p.group_id,
        group_name=group_name,
        visit_id=p.visit_id,
        source=p.source,
        found_date=p.found_date,
        category=p.category,
        description=p.description,
        severity=p.severity,
        status=p.status,
        helpers=parse_set(Helper, p.helpers),  # type: ignore[arg-type]
        helper_notes=p.helper_notes,
        target_date=p.target_date,
        resolved_date=p.resolved_date,
        age_days=(today - p.found_date).days if is_open else None,
        overdue=is_open and p.target_date is not None and p.target_date < today,
        action_count=action_count,
        last_action_date=last.action_date if last else None,
        last_action=last.description if last else "",
        last_action_by=last.by_whom if last else "",
    )


def _row(p: Problem, group_name: str, today: date) -> ProblemRow:
    return problem_row(p, group_name, today, len(p.actions), p.actions[-1] if p.actions else None)


def problem_data(p: Problem) -> ProblemData:
    return ProblemData(
        id=p.id,
        group_id=p.group_id,
        source=p.source,
        found_date=p.found_date,
        category=p.category,
        description=p.description,
        severity=p.severity,
        status=p.status,
        helpers=parse_set(Helper, p.helpers),  # type: ignore[arg-type]
        helper_notes=p.helper_notes,
        target_date=p.target_date,
        resolved_date=p.resolved_date,
        outcome=p.outcome,
        close_reason=p.close_reason,
        visit_id=p.visit_id,
        training_id=p.training_id,
        actions=[
            ActionData(id=a.id, action_date=a.action_date, description=a.description,
                       by_whom=a.by_whom, result=a.result)
            for a in p.actions
        ],
    )


_SCALARS = ("group_id", "source", "found_date", "category", "description", "severity", "status",
            "helper_notes", "target_date", "resolved_date", "outcome", "close_reason", "visit_id",
            "training_id")


def store_problem(s: Session, clean: ProblemData) -> Problem:
    """Write a validated problem and its actions in the open session ``s``."""
    if clean.id is None:
        problem = Problem()
        s.add(problem)
    else:
        found = s.get(Problem, clean.id, options=[selectinload(Problem.actions)])
        if found is None:
            raise NotFoundError(str(clean.id))
        problem = found
    values = {name: getattr(clean, name) for name in _SCALARS}
    values["helpers"] = format_set(clean.helpers)
    for name, value in values.items():
        # Only real edits touch the row, so updated_at means "changed" for the export.
        if getattr(problem, name, None) != value:
            setattr(problem, name, value)
    existing = {a.id: a for a in problem.actions}
    keep: list[ProblemAction] = []
    for data in clean.actions:
        action = existing.get(data.id) if data.id else None
        if action is None:
            action = ProblemAction()
        for name in ("action_date", "description", "by_whom", "result"):
            if getattr(action, name, None) != getattr(data, name):
                setattr(action, name, getattr(data, name))
        keep.append(action)
    problem.actions = keep
    return problem


class ProblemService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # reading ------------------------------------------------------------------------
    def rows(
        self,
        *,
        today: date | None = None,
        group_id: uuid.UUID | None = None,
        visit_id: uuid.UUID | None = None,
    ) -> list[ProblemRow]:
        today = today or self._db.clock.today()
        with self._db.read() as s:
            q = (
                select(Problem, ProducerGroup.name)
                .join(ProducerGroup, Problem.group_id == ProducerGroup.id)
                .options(selectinload(Problem.actions))
                .order_by(Problem.found_date.desc())
            )
            if group_id is not None:
                q = q.where(Problem.group_id == group_id)
            if visit_id is not None:
                q = q.where(Problem.visit_id == visit_id)
            return [_row(p, name, today) for p, name in s.execute(q)]

    def rows_of_visits(self, visit_ids: Sequence[uuid.UUID], *, today: date | None = None
                       ) -> dict[uuid.UUID, list[ProblemRow]]:
        """The problems found at each of ``visit_ids`` (as ``rows(visit_id=...)`` gives
        them, newest first), read in a few statements: a month of visits is printed at once."""
        today = today or self._db.clock.today()
        out: dict[uuid.UUID, list[ProblemRow]] = {visit_id: [] for visit_id in visit_ids}
        with self._db.read() as s:
            for ids in batches(list(out)):
                q = (
                    select(Problem, ProducerGroup.name)
                    .join(ProducerGroup, Problem.group_id == ProducerGroup.id)
                    .options(selectinload(Problem.actions))
                    .where(Problem.visit_id.in_(ids))
                    .order_by(Problem.found_date.desc(), Problem.created_at)
                )
                for p, name in s.execute(q):
                    out[p.visit_id].append(_row(p, name, today))
        return out

    def summary(self, *, today: date | None = None) -> ProblemSummary:
        """The same figures as ``summarize(rows())``, counted in SQL."""
        with self._db.read() as s:
            by_status, by_category, overdue, total = pages.summary_counts(s, today or self._db.clock.today())
        return ProblemSummary(
            by_status={st: by_status.get(st, 0) for st in ProblemStatus},
            open_by_category=dict(by_category.most_common()),
            overdue=overdue,
            total=total,
        )

    # The problems tab reads pages, never the whole log (see pages.py).
    def count(self, query: PageQuery) -> int:
        with self._db.read() as s:
            return pages.count(s, query)

    def page(self, query: PageQuery, offset: int, limit: int) -> list[ProblemRow]:
        with self._db.read() as s:
            return pages.page(s, query, offset, limit, problem_row)

    def position(self, query: PageQuery, problem_id: uuid.UUID) -> int:
        with self._db.read() as s:
            return pages.position(s, query, problem_id)

    def get(self, problem_id: uuid.UUID) -> ProblemData:
        with self._db.read() as s:
            p = s.get(Problem, problem_id, options=[selectinload(Problem.actions)])
            if p is None:
                raise NotFoundError(str(problem_id))
            return problem_data(p)

    # writing ------------------------------------------------------------------------
    def save(self, data: ProblemData, *, today: date | None = None) -> uuid.UUID:
        clean = validate_problem(data, today or self._db.clock.today())
        with self._db.begin() as s:
            if s.get(ProducerGroup, clean.group_id) is None:
                raise NotFoundError(str(clean.group_id))
            problem = store_problem(s, clean)
            s.flush()
            return problem.id

    def add_action(
        self,
        problem_id: uuid.UUID,
        action: ActionData,
        *,
        status: ProblemStatus | None = None,
        outcome: str = "",
        close_reason: str = "",
        today: date | None = None,
    ) -> None:
        """Log what was done; ``status`` moves the problem on (settling it on the action's date).

        Without ``status`` a problem that was only open becomes in progress: something
        is now being done about it.
        """
        today = today or self._db.clock.today()
        data = self.get(problem_id)
        if not data.status.is_open and (status is None or not ProblemStatus(status).is_open):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Validation", "This problem is settled; reopen it before adding an action."
                ),
                F_ACTION_DATE,
            )
        assert data.found_date is not None
        action = validate_action(action, data.found_date, today)
        new_status = ProblemStatus(status) if status is not None else (
            ProblemStatus.IN_PROGRESS if data.status == ProblemStatus.OPEN else data.status
        )
        changed = replace(data, actions=[*data.actions, action], status=new_status)
        if not new_status.is_open:
            changed.resolved_date = action.action_date
            changed.outcome = outcome
            changed.close_reason = close_reason
        self.save(changed, today=today)

    def resolve(self, problem_id: uuid.UUID, when: date | None, outcome: str, *,
                today: date | None = None) -> None:
        data = self.get(problem_id)
        self.save(replace(data, status=ProblemStatus.RESOLVED, resolved_date=when, outcome=outcome),
                  today=today)

    def close_unresolved(self, problem_id: uuid.UUID, when: date | None, reason: str, *,
                         today: date | None = None) -> None:
        data = self.get(problem_id)
        self.save(
            replace(data, status=ProblemStatus.CLOSED_UNRESOLVED, resolved_date=when,
                    close_reason=reason),
            today=today,
        )

    def reopen(self, problem_id: uuid.UUID, *, today: date | None = None) -> None:
        data = self.get(problem_id)
        status = ProblemStatus.IN_PROGRESS if data.actions else ProblemStatus.OPEN
        self.save(replace(data, status=status), today=today)

    def delete(self, problem_id: uuid.UUID) -> None:
        with self._db.begin() as s:
            problem = s.get(Problem, problem_id)
            if problem is None:
                raise NotFoundError(str(problem_id))
            s.delete(problem)
