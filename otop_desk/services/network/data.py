"""The plain data of committees and meetings, between the service and its callers."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from otop_desk.domain.errors import QT_TRANSLATE_NOOP
from otop_desk.domain.network import CommitteeLevel, CommitteeRole, MeetingPurpose
from otop_desk.services.visits import FollowUpData

F_COMMITTEE_NAME = QT_TRANSLATE_NOOP("Field", "Committee name")
F_LEVEL = QT_TRANSLATE_NOOP("Field", "Level")
F_SUBDISTRICT = QT_TRANSLATE_NOOP("Field", "Sub-district")
F_DISTRICT = QT_TRANSLATE_NOOP("Field", "District")
F_PROVINCE = QT_TRANSLATE_NOOP("Field", "Province")
F_NOTES = QT_TRANSLATE_NOOP("Field", "Notes")
F_TERM_START = QT_TRANSLATE_NOOP("Field", "Term starts")
F_TERM_END = QT_TRANSLATE_NOOP("Field", "Term ends")
F_APPOINTED_BY = QT_TRANSLATE_NOOP("Field", "Appointed by")
F_SEAT_NAME = QT_TRANSLATE_NOOP("Field", "Committee member's name")
F_SEAT_ORGANISATION = QT_TRANSLATE_NOOP("Field", "Group / organisation")
F_SEAT_PHONE = QT_TRANSLATE_NOOP("Field", "Committee member's phone")
F_ROLE = QT_TRANSLATE_NOOP("Field", "Role")

F_BODY = QT_TRANSLATE_NOOP("Field", "Committee or group")
F_NUMBER = QT_TRANSLATE_NOOP("Field", "Meeting no.")
F_MEETING_DATE = QT_TRANSLATE_NOOP("Field", "Meeting date")
F_START_TIME = QT_TRANSLATE_NOOP("Field", "Starts at")
F_END_TIME = QT_TRANSLATE_NOOP("Field", "Ends at")
F_VENUE = QT_TRANSLATE_NOOP("Field", "Venue")
F_CHAIR = QT_TRANSLATE_NOOP("Field", "Chaired by")
F_RECORDER = QT_TRANSLATE_NOOP("Field", "Minutes taken by")
F_AGENDA_TITLE = QT_TRANSLATE_NOOP("Field", "Agenda item")
F_DETAILS = QT_TRANSLATE_NOOP("Field", "Discussion")
F_RESOLUTION = QT_TRANSLATE_NOOP("Field", "Resolution")
F_ATTENDEE = QT_TRANSLATE_NOOP("Field", "Attendee's name")
F_ATTENDEE_ORGANISATION = QT_TRANSLATE_NOOP("Field", "Group / organisation")
F_POSITION = QT_TRANSLATE_NOOP("Field", "Position")
F_ATTENDEE_NOTE = QT_TRANSLATE_NOOP("Field", "Note")

#: A committee of a whole province rarely passes a few dozen seats; a meeting's list a
#: few hundred people.
MAX_SEATS = 200
MAX_ATTENDEES = 1000
MAX_AGENDA = 50


@dataclass
class SeatData:
    """A seat on a term: a registered group's member (``member_id``) or a person typed in."""

    name: str = ""
    organisation: str = ""
    phone: str = ""
    role: CommitteeRole = CommitteeRole.MEMBER
    group_id: uuid.UUID | None = None
    member_id: uuid.UUID | None = None
    id: uuid.UUID | None = None


@dataclass
class TermData:
    start_date: date | None = None
    end_date: date | None = None
    appointed_by: str = ""
    members: list[SeatData] = field(default_factory=list)
    id: uuid.UUID | None = None

    def covers(self, day: date) -> bool:
        return self.start_date is not None and self.start_date <= day and (
            self.end_date is None or day <= self.end_date)


@dataclass
class CommitteeData:
    name: str = ""
    level: CommitteeLevel = CommitteeLevel.DISTRICT
    subdistrict: str = ""
    district: str = ""
    province: str = ""
    notes: str = ""
    terms: list[TermData] = field(default_factory=list)
    id: uuid.UUID | None = None

    def term_on(self, day: date) -> TermData | None:
        return next((t for t in sorted(self.terms, key=lambda t: t.start_date or date.min, reverse=True)
                     if t.covers(day)), None)


@dataclass(frozen=True, slots=True)
class CommitteeRow:
    id: uuid.UUID
    name: str
    level: CommitteeLevel
    area: str
    term_start: date | None  # of the term covering today, else the latest
    term_end: date | None
    seats: int
    chair: str
    meetings: int


@dataclass
class AgendaData:
    title: str = ""
    details: str = ""
    resolution: str = ""
    id: uuid.UUID | None = None


@dataclass
class AttendeeData:
    """Someone on a meeting's list. ``guest`` is worked out by the service when saved:
    anyone not on the committee's term that day (or not a member of the meeting's group)."""

    name: str = ""
    organisation: str = ""
    position: str = ""
    present: bool = True
    note: str = ""
    group_id: uuid.UUID | None = None
    member_id: uuid.UUID | None = None
    committee_member_id: uuid.UUID | None = None
    guest: bool = False
    id: uuid.UUID | None = None


@dataclass
class MeetingData:
    committee_id: uuid.UUID | None = None
    group_id: uuid.UUID | None = None
    fair_id: uuid.UUID | None = None
    purpose: MeetingPurpose = MeetingPurpose.REGULAR
    number: str = ""
    meeting_date: date | None = None
    start_time: str = ""
    end_time: str = ""
    venue: str = ""
    chair_name: str = ""
    recorder_name: str = ""
    notes: str = ""
    agenda: list[AgendaData] = field(default_factory=list)
    attendees: list[AttendeeData] = field(default_factory=list)
    actions: list[FollowUpData] = field(default_factory=list)
    id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class MeetingRow:
    id: uuid.UUID
    meeting_date: date
    number: str
    body: str  # the committee's or the group's name
    purpose: MeetingPurpose
    venue: str
    fair: str
    present: int
    absent: int
    guests: int
    open_actions: int


@dataclass(frozen=True, slots=True)
class MeetingChoice:
    """A meeting to name (the one that decided a selection, the after-fair meeting)."""

    id: uuid.UUID
    meeting_date: date
    number: str
    body: str
    purpose: MeetingPurpose
    fair_id: uuid.UUID | None
