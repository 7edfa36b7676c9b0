"""The plain data of booth selections, fair notes, after-fair summaries and fair reports."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from otop_desk.domain.enums import FairEntryStatus, ProblemCategory, ProductType
from otop_desk.domain.errors import QT_TRANSLATE_NOOP
from otop_desk.domain.money import Money
from otop_desk.domain.network import Criterion
from otop_desk.services.booths.scoring import Facts, Scored, rank

F_DECISION = QT_TRANSLATE_NOOP("Field", "Committee's decision")
F_REASON = QT_TRANSLATE_NOOP("Field", "Reason")
F_DECIDED_ON = QT_TRANSLATE_NOOP("Field", "Decided on")
F_MEETING = QT_TRANSLATE_NOOP("Field", "Meeting")
F_SELECTION_NOTES = QT_TRANSLATE_NOOP("Field", "Notes")
F_NOTE_DATE = QT_TRANSLATE_NOOP("Field", "Date")
F_NOTE_TEXT = QT_TRANSLATE_NOOP("Field", "What was heard")
F_NOTE_GROUP = QT_TRANSLATE_NOOP("Field", "Group")
F_BEST_SELLERS = QT_TRANSLATE_NOOP("Field", "Best sellers")
F_LESSONS = QT_TRANSLATE_NOOP("Field", "Lessons")

#: The outcomes a committee gives (an application not yet decided is only "applied").
DECISIONS = (FairEntryStatus.SELECTED, FairEntryStatus.RESERVE, FairEntryStatus.NOT_SELECTED)


@dataclass
class Decision:
    """The committee's word on one application, and why where it departs from the ranking."""

    entry_id: uuid.UUID
    decision: FairEntryStatus
    reason: str = ""


@dataclass
class SelectionData:
    fair_id: uuid.UUID
    weights: dict[Criterion, int]
    decisions: list[Decision] = field(default_factory=list)
    meeting_id: uuid.UUID | None = None
    decided_on: date | None = None
    notes: str = ""


@dataclass(frozen=True)
class Applicant:
    """One application as the selection screen shows it."""

    facts: Facts
    decision: FairEntryStatus | None  # None: no decision recorded yet (follow the ranking)
    reason: str
    has_sales: bool
    booth_no: str


@dataclass(frozen=True)
class SelectionView:
    fair_id: uuid.UUID
    fair_name: str
    venue: str
    start_date: date
    end_date: date
    booths: int
    weights: dict[Criterion, int]
    applicants: list[Applicant]
    selection_id: uuid.UUID | None = None
    meeting_id: uuid.UUID | None = None
    decided_on: date | None = None
    notes: str = ""
    #: Groups that applied after the decision (not in it); their facts were not kept.
    late: tuple[str, ...] = ()

    @property
    def decided(self) -> bool:
        return self.decided_on is not None

    def ranked(self, weights: dict[Criterion, int] | None = None) -> list[Scored]:
        return rank([a.facts for a in self.applicants], weights or self.weights, self.booths)

    def decisions(self) -> dict[object, FairEntryStatus]:
        """Entry -> decision: the one recorded, else the proposal."""
        out: dict[object, FairEntryStatus] = {s.facts.key: s.proposed for s in self.ranked()}
        out.update({a.facts.key: a.decision for a in self.applicants if a.decision is not None})
        return out


@dataclass
class FairNoteData:
    note_date: date | None = None
    text: str = ""
    category: ProblemCategory = ProblemCategory.MARKETING
    group_id: uuid.UUID | None = None
    to_problem_log: bool = False  # make (or keep) a problem of it
    problem_id: uuid.UUID | None = None
    id: uuid.UUID | None = None


@dataclass
class ResultData:
    """A selected group's line at the after-fair meeting (sales come from the booth)."""

    entry_id: uuid.UUID
    group_name: str = ""
    product_type: ProductType = ProductType.FOOD
    sales: Money = Money(0)
    best_sellers: str = ""
    lessons: str = ""
    id: uuid.UUID | None = None
