"""The OTOP network: committees (levels, terms, members and roles) and meetings (agenda
with resolutions, attendance with guests marked, follow-ups that Home lists)."""

from otop_desk.services.network.data import (
    AgendaData,
    AttendeeData,
    CommitteeData,
    CommitteeRow,
    MeetingChoice,
    MeetingData,
    MeetingRow,
    SeatData,
    TermData,
)
from otop_desk.services.network.rules import parse_time, validate_committee, validate_meeting
from otop_desk.services.network.service import NetworkService

__all__ = [
    "AgendaData",
    "AttendeeData",
    "CommitteeData",
    "CommitteeRow",
    "MeetingChoice",
    "MeetingData",
    "MeetingRow",
    "NetworkService",
    "SeatData",
    "TermData",
    "parse_time",
    "validate_committee",
    "validate_meeting",
]
