"""A visit as forms, tables and services exchange it: plain data, no rules."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from otop_desk.domain.enums import ProblemCategory, ProblemStatus, Severity, VisitPurpose


@dataclass
class FollowUpData:
    description: str = ""
    due_date: date | None = None
    responsible: str = ""
    done: bool = False
    done_date: date | None = None
    id: uuid.UUID | None = None


@dataclass
class FoundProblem:
    """A problem logged inside the visit form; the problem log holds the rest of it."""

    category: ProblemCategory = ProblemCategory.MARKETING
    description: str = ""
    severity: Severity = Severity.MEDIUM
    status: ProblemStatus = ProblemStatus.OPEN  # shown, changed only in the problem log
    id: uuid.UUID | None = None


@dataclass
class VisitData:
    group_id: uuid.UUID | None = None
    visit_date: date | None = None
    purpose: VisitPurpose = VisitPurpose.FOLLOW_UP
    officers: str = ""
    people_met: int = 0
    member_ids: frozenset[uuid.UUID] = frozenset()
    observations: str = ""
    advice: str = ""
    next_visit_date: date | None = None
    notes: str = ""
    actions: list[FollowUpData] = field(default_factory=list)
    problems: list[FoundProblem] = field(default_factory=list)
    id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class VisitRow:
    id: uuid.UUID
    group_id: uuid.UUID
    group_name: str
    visit_date: date
    purpose: VisitPurpose
    officers: str
    people_met: int
    next_visit_date: date | None
    follow_up_due: date | None  # the earliest follow-up not yet done
    open_follow_ups: int
    problem_count: int
    observations: str
