"""What a group's evidence pack for a year is made of, read from the records.

The visits, the problems found or solved, the trainings its members were listed on, the
fairs it applied to, its sales against the year before, and its business plan against
actual. ``reports.evidence`` lays it out; nothing here knows about paper.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from otop_desk.db.models import FairEntry, Participant, Problem, TradeFair, Training, Visit
from otop_desk.domain.dates import add_months
from otop_desk.domain.enums import FairEntryStatus, ProblemCategory, ProblemStatus, VisitPurpose
from otop_desk.domain.fiscal import YearSpan
from otop_desk.domain.money import Money
from otop_desk.services.plans.actuals import sales


@dataclass(frozen=True, slots=True)
class VisitLine:
    day: date
    purpose: VisitPurpose
    observations: str
    advice: str
    id: uuid.UUID | None = None  # for the visit's photos


@dataclass(frozen=True, slots=True)
class ProblemLine:
    found: date
    category: ProblemCategory
    description: str
    status: ProblemStatus
    resolved: date | None
    outcome: str

    @property
    def solved(self) -> bool:
        return self.status == ProblemStatus.RESOLVED


@dataclass(frozen=True, slots=True)
class FairVisit:
    name: str
    venue: str
    start: date
    end: date
    status: FairEntryStatus
    booth: str
    sales: Money


@dataclass(frozen=True)
class EvidenceRecords:
    group_id: uuid.UUID
    span: YearSpan
    visits: list[VisitLine]
    problems: list[ProblemLine]  # found in the year, or solved or closed in it
    trainings: list[uuid.UUID]  # sessions of the year its members were listed on, by date
    fairs: list[FairVisit]
    sales: Money  # of the year (so far, in a year still running)
    sales_before: Money  # of the same stretch of the year before

    @property
    def empty(self) -> bool:
        return not (self.visits or self.problems or self.trainings or self.fairs or self.sales)


def evidence_records(s: Session, group_id: uuid.UUID, span: YearSpan, today: date) -> EvidenceRecords:
    first, last = span.first, span.last
    visits = [VisitLine(*row) for row in s.execute(
        select(Visit.visit_date, Visit.purpose, Visit.observations, Visit.advice, Visit.id)
        .where(Visit.group_id == group_id, Visit.visit_date.between(first, last)).order_by(Visit.visit_date))]
    problems = [ProblemLine(*row) for row in s.execute(
        select(Problem.found_date, Problem.category, Problem.description, Problem.status, Problem.resolved_date,
               Problem.outcome)
        .where(Problem.group_id == group_id,
               or_(Problem.found_date.between(first, last), Problem.resolved_date.between(first, last)))
        .order_by(Problem.found_date))]
    trainings = list(dict.fromkeys(s.scalars(
        select(Training.id).join(Participant, Participant.training_id == Training.id)
        .where(Participant.group_id == group_id, Training.start_date.between(first, last))
        .order_by(Training.start_date, Training.title))))
    fairs = []
    for name, venue, start, end, status, booth, entry_id in s.execute(
            select(TradeFair.name, TradeFair.venue, TradeFair.start_date, TradeFair.end_date, FairEntry.status,
                   FairEntry.booth_no, FairEntry.id)
            .join(FairEntry, FairEntry.fair_id == TradeFair.id)
            .where(FairEntry.group_id == group_id, TradeFair.start_date.between(first, last))
            .order_by(TradeFair.start_date)):
        entry = s.get(FairEntry, entry_id)
        total = Money.sum(sale.amount for sale in entry.sales) if entry is not None else Money(0)
        fairs.append(FairVisit(name, venue, start, end, status, booth, total))
    # A year still running is compared with the same stretch of the year before, not all of it.
    end = min(last, today)
    before = span.previous()
    before_end = min(before.last, add_months(end, -12))
    found = sales(s, [(before.first, before_end), (first, end)], [group_id])
    return EvidenceRecords(group_id, span, visits, problems, trainings, fairs,
                           Money(sum(found.get((group_id, 1), (0, 0)))),
                           Money(sum(found.get((group_id, 0), (0, 0)))))
