"""Rules a committee and a meeting must meet before they are stored. Every wrong field
and table row is named at once (``ValidationErrors``)."""

from __future__ import annotations

import re
from datetime import date

from otop_desk.domain.dates import check_date_range
from otop_desk.domain.error_list import ErrorList
from otop_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from otop_desk.domain.network import CommitteeLevel, CommitteeRole, MeetingPurpose
from otop_desk.domain.text import LONG_TEXT_MAX, clean_phone, clean_text
from otop_desk.services.network import data as n
from otop_desk.services.network.data import (
    AgendaData,
    AttendeeData,
    CommitteeData,
    MeetingData,
    SeatData,
    TermData,
)
from otop_desk.services.visits import FollowUpData
from otop_desk.services.visits.rules import F_DONE_DATE, F_DUE, F_FOLLOW_UP, F_RESPONSIBLE

_LONG = {"max_length": LONG_TEXT_MAX, "multiline": True}
_TIME = re.compile(r"^([01]?\d|2[0-3])\s*[:.]\s*([0-5]\d)$")


def _required(field: str) -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP("Validation", "{field} is required."), field, field=field)


def parse_time(text: str, field: str) -> str:
    """A clock time as people write it (9.30, 09:30, 13.00) in one form: ``09:30``."""
    cleaned = (text or "").strip().removesuffix("น.").strip()
    if not cleaned:
        return ""
    match = _TIME.match(cleaned)
    if match is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "{field}: '{text}' is not a time; type e.g. 09.30."),
                              field, field=field, text=text.strip())
    return f"{int(match.group(1)):02d}:{match.group(2)}"


# committees ---------------------------------------------------------------------------------
def validate_committee(data: CommitteeData) -> CommitteeData:
    errors = ErrorList()
    clean = CommitteeData(
        id=data.id,
        name=errors.check(clean_text, data.name, n.F_COMMITTEE_NAME, required=True, default=""),
        level=CommitteeLevel(data.level),
        subdistrict=errors.check(clean_text, data.subdistrict, n.F_SUBDISTRICT, default=""),
        district=errors.check(clean_text, data.district, n.F_DISTRICT, default=""),
        province=errors.check(clean_text, data.province, n.F_PROVINCE, default=""),
        notes=errors.check(clean_text, data.notes, n.F_NOTES, default="", **_LONG),
    )
    for term in data.terms:
        clean.terms.append(_term(term, errors))
    dated = sorted((t for t in clean.terms if t.start_date is not None), key=lambda t: t.start_date)  # type: ignore[arg-type, return-value]
    for earlier, later in zip(dated, dated[1:], strict=False):
        if earlier.end_date is None or earlier.end_date >= later.start_date:  # type: ignore[operator]
            errors.add(ValidationError(QT_TRANSLATE_NOOP(
                "Validation", "Two terms overlap; end the earlier term before the next one starts."),
                n.F_TERM_END))
            break
    errors.raise_if_any()
    return clean


def _term(term: TermData, errors: ErrorList) -> TermData:
    start = end = None
    if term.start_date is None:
        errors.add(_required(n.F_TERM_START))
    else:
        start = errors.check(check_date_range, term.start_date, n.F_TERM_START)
    if term.end_date is not None:
        end = errors.check(check_date_range, term.end_date, n.F_TERM_END)
        if start is not None and end is not None and end < start:
            errors.add(ValidationError(QT_TRANSLATE_NOOP(
                "Validation", "{field} cannot be before the term starts."), n.F_TERM_END, field=n.F_TERM_END))
    clean = TermData(start, end, errors.check(clean_text, term.appointed_by, n.F_APPOINTED_BY, default=""),
                     id=term.id)
    if len(term.members) > n.MAX_SEATS:
        errors.add(ValidationError(QT_TRANSLATE_NOOP("Validation", "A term can have at most {max} members."),
                                   n.F_SEAT_NAME, max=n.MAX_SEATS))
        return clean
    seen: dict[object, int] = {}
    chair: int | None = None
    for row, seat in enumerate(term.members, start=1):
        clean.members.append(_seat(seat, errors, row))
        key = seat.member_id or clean.members[-1].name.casefold()
        if key in seen:
            errors.add(ValidationError(QT_TRANSLATE_NOOP("Validation", "{name} is already listed in row {first}."),
                                       n.F_SEAT_NAME, name=clean.members[-1].name, first=seen[key]), row)
        else:
            seen[key] = row
        if seat.role == CommitteeRole.CHAIR:
            if chair is not None:
                errors.add(ValidationError(QT_TRANSLATE_NOOP(
                    "Validation", "A term has one chair; row {first} is the chair already."),
                    n.F_ROLE, first=chair), row)
            else:
                chair = row
    return clean


def _seat(seat: SeatData, errors: ErrorList, row: int) -> SeatData:
    return SeatData(
        name=errors.check(clean_text, seat.name, n.F_SEAT_NAME, required=True, row=row, default=""),
        organisation=errors.check(clean_text, seat.organisation, n.F_SEAT_ORGANISATION, row=row, default=""),
        phone=errors.check(clean_phone, seat.phone, n.F_SEAT_PHONE, row=row, default=""),
        role=CommitteeRole(seat.role), group_id=seat.group_id, member_id=seat.member_id, id=seat.id)


# meetings -----------------------------------------------------------------------------------
def validate_meeting(data: MeetingData, today: date) -> MeetingData:
    """A meeting needs its date (the minutes are dated) and the body that met."""
    errors = ErrorList()
    when = None
    if data.meeting_date is None:
        errors.add(_required(n.F_MEETING_DATE))
    else:
        when = errors.check(check_date_range, data.meeting_date, n.F_MEETING_DATE)
    if (data.committee_id is None) == (data.group_id is None):
        errors.add(ValidationError(QT_TRANSLATE_NOOP(
            "Validation", "Choose the committee or the group that met (one of them)."), n.F_BODY))
    start = errors.check(parse_time, data.start_time, n.F_START_TIME, default="")
    end = errors.check(parse_time, data.end_time, n.F_END_TIME, default="")
    if start and end and end < start:
        errors.add(ValidationError(QT_TRANSLATE_NOOP("Validation", "{field} cannot be before the start."),
                                   n.F_END_TIME, field=n.F_END_TIME))
    clean = MeetingData(
        id=data.id, committee_id=data.committee_id, group_id=data.group_id, fair_id=data.fair_id,
        purpose=MeetingPurpose(data.purpose), meeting_date=when, start_time=start, end_time=end,
        number=errors.check(clean_text, data.number, n.F_NUMBER, max_length=40, default=""),
        venue=errors.check(clean_text, data.venue, n.F_VENUE, default=""),
        chair_name=errors.check(clean_text, data.chair_name, n.F_CHAIR, default=""),
        recorder_name=errors.check(clean_text, data.recorder_name, n.F_RECORDER, default=""),
        notes=errors.check(clean_text, data.notes, n.F_NOTES, default="", **_LONG),
    )
    if len(data.agenda) > n.MAX_AGENDA or len(data.attendees) > n.MAX_ATTENDEES:
        errors.add(ValidationError(QT_TRANSLATE_NOOP(
            "Validation", "A meeting lists at most {people} people and {items} agenda items."),
            n.F_ATTENDEE, people=n.MAX_ATTENDEES, items=n.MAX_AGENDA))
        errors.raise_if_any()
    for row, item in enumerate(data.agenda, start=1):
        clean.agenda.append(AgendaData(
            errors.check(clean_text, item.title, n.F_AGENDA_TITLE, required=True, row=row, default=""),
            errors.check(clean_text, item.details, n.F_DETAILS, row=row, default="", **_LONG),
            errors.check(clean_text, item.resolution, n.F_RESOLUTION, row=row, default="", **_LONG),
            item.id))
    seen: dict[object, int] = {}
    for row, person in enumerate(data.attendees, start=1):
        clean.attendees.append(_attendee(person, errors, row))
        key = person.committee_member_id or person.member_id or clean.attendees[-1].name.casefold()
        if key in seen:
            errors.add(ValidationError(QT_TRANSLATE_NOOP("Validation", "{name} is already listed in row {first}."),
                                       n.F_ATTENDEE, name=clean.attendees[-1].name, first=seen[key]), row)
        else:
            seen[key] = row
    for row, action in enumerate(data.actions, start=1):
        clean.actions.append(errors.check(_action, action, when, today, row=row, default=action))
    errors.raise_if_any()
    return clean


def _attendee(p: AttendeeData, errors: ErrorList, row: int) -> AttendeeData:
    return AttendeeData(
        name=errors.check(clean_text, p.name, n.F_ATTENDEE, required=True, row=row, default=""),
        organisation=errors.check(clean_text, p.organisation, n.F_ATTENDEE_ORGANISATION, row=row, default=""),
        position=errors.check(clean_text, p.position, n.F_POSITION, row=row, default=""),
        present=bool(p.present),
        note=errors.check(clean_text, p.note, n.F_ATTENDEE_NOTE, row=row, default=""),
        group_id=p.group_id, member_id=p.member_id, committee_member_id=p.committee_member_id, id=p.id)


def _action(a: FollowUpData, met: date | None, today: date) -> FollowUpData:
    """A follow-up is due after the meeting and done between the meeting and today."""
    if a.due_date is not None:
        check_date_range(a.due_date, F_DUE)
        if met is not None and a.due_date < met:
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "{field} cannot be before the meeting."),
                                  F_DUE, field=F_DUE)
    done_date = a.done_date if a.done else None
    if done_date is not None and (done_date > today or (met is not None and done_date < met)):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Validation", "{field} must be between the meeting and today."), F_DONE_DATE, field=F_DONE_DATE)
    return FollowUpData(
        description=clean_text(a.description, F_FOLLOW_UP, required=True, **_LONG),  # type: ignore[arg-type]
        due_date=a.due_date, responsible=clean_text(a.responsible, F_RESPONSIBLE),
        done=bool(a.done), done_date=done_date, id=a.id)
