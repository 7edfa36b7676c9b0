"""A problem and its actions as forms, tables and services exchange them: plain data."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from otop_desk.domain.enums import Helper, ProblemCategory, ProblemSource, ProblemStatus, Severity


@dataclass
class ActionData:
    action_date: date | None = None
    description: str = ""
    by_whom: str = ""
    result: str = ""
    id: uuid.UUID | None = None


@dataclass
class ProblemData:
    group_id: uuid.UUID | None = None
    source: ProblemSource = ProblemSource.VISIT
    found_date: date | None = None
    category: ProblemCategory = ProblemCategory.MARKETING
    description: str = ""
    severity: Severity = Severity.MEDIUM
    status: ProblemStatus = ProblemStatus.OPEN
    helpers: frozenset[Helper] = frozenset()
    helper_notes: str = ""
    target_date: date | None = None
    resolved_date: date | None = None  # for a problem closed unresolved: the closing date
    outcome: str = ""
    close_reason: str = ""
    visit_id: uuid.UUID | None = None
    training_id: uuid.UUID | None = None
    actions: list[ActionData] = field(default_factory=list)
    id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class ProblemRow:
    """One line of the problem log: enough to see what is late and what was last done."""

    id: uuid.UUID
    group_id: uuid.UUID
    group_name: str
    visit_id: uuid.UUID | None
    source: ProblemSource
    found_date: date
    category: ProblemCategory
    description: str
    severity: Severity
    status: ProblemStatus
    helpers: frozenset[Helper]
    helper_notes: str
    target_date: date | None
    resolved_date: date | None
    age_days: int | None  # only while the problem is open
    overdue: bool
    action_count: int
    last_action_date: date | None
    last_action: str
    last_action_by: str


@dataclass(frozen=True)
class ProblemSummary:
    """Counts for the strip above the table."""

    by_status: dict[ProblemStatus, int]
    open_by_category: dict[ProblemCategory, int]
    overdue: int
    total: int
