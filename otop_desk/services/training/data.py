"""The plain data a training session travels in between the service and its callers."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from otop_desk.domain.enums import TrainingFormat, TrainingTopic
from otop_desk.domain.errors import QT_TRANSLATE_NOOP
from otop_desk.domain.money import Money

F_TITLE = QT_TRANSLATE_NOOP("Field", "Title")
F_START = QT_TRANSLATE_NOOP("Field", "Start date")
F_END = QT_TRANSLATE_NOOP("Field", "End date")
F_VENUE = QT_TRANSLATE_NOOP("Field", "Venue")
F_SPEAKERS = QT_TRANSLATE_NOOP("Field", "Speakers / trainers")
F_ORGANISER = QT_TRANSLATE_NOOP("Field", "Organiser")
F_BUDGET = QT_TRANSLATE_NOOP("Field", "Budget")
F_NOTES = QT_TRANSLATE_NOOP("Field", "Notes")
F_PARTICIPANT = QT_TRANSLATE_NOOP("Field", "Participant's name")
F_ORGANISATION = QT_TRANSLATE_NOOP("Field", "Group / organisation")
F_PARTICIPANT_PHONE = QT_TRANSLATE_NOOP("Field", "Participant's phone")
F_PRE = QT_TRANSLATE_NOOP("Field", "Pre-test score")
F_POST = QT_TRANSLATE_NOOP("Field", "Post-test score")
F_RATING = QT_TRANSLATE_NOOP("Field", "Satisfaction (1–5)")

# Test scores are kept as marks out of 100 (a test out of 10 or 20 is entered as is:
# any score up to 100 is accepted, so both fit) with at most two decimal places.
SCORE_MIN = Decimal(0)
SCORE_MAX = Decimal(100)
RATING_MIN, RATING_MAX = 1, 5
# A forum of a whole province rarely passes a few hundred; more is a pasting slip.
MAX_PARTICIPANTS = 1000


@dataclass
class ParticipantData:
    name: str = ""
    organisation: str = ""  # the group's name for a member; free text for others
    phone: str = ""
    group_id: uuid.UUID | None = None
    member_id: uuid.UUID | None = None
    attended: bool = False
    pre_score: Decimal | None = None
    post_score: Decimal | None = None
    satisfaction: int | None = None
    id: uuid.UUID | None = None

    @property
    def registered(self) -> bool:
        return self.member_id is not None


@dataclass
class TrainingData:
    title: str = ""
    topic: TrainingTopic = TrainingTopic.OTHER
    format: TrainingFormat = TrainingFormat.TRAINING
    start_date: date | None = None
    end_date: date | None = None
    venue: str = ""
    speakers: str = ""
    organiser: str = ""
    budget: Money = Money(0)
    notes: str = ""
    participants: list[ParticipantData] = field(default_factory=list)
    id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class TrainingRow:
    """One line of the training table."""

    id: uuid.UUID
    title: str
    topic: TrainingTopic
    format: TrainingFormat
    start_date: date
    end_date: date
    venue: str
    speakers: str
    organiser: str
    budget: Money
    listed: int
    attended: int
    groups: int  # groups with at least one member who attended
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class GroupTrainingRow:
    """A training that members of one group were listed for."""

    training_id: uuid.UUID
    title: str
    topic: TrainingTopic
    format: TrainingFormat
    start_date: date
    end_date: date
    listed: int
    attended: int
    attendees: str  # names of the members who came, comma-separated
