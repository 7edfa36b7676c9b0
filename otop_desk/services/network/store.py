"""Committees and meetings between rows and plain data, inside the caller's transaction.

Sub-records (terms, seats, agenda items, attendees, follow-ups) are matched by id, so an
edit changes only the fields that changed: that is what travels to the office.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from otop_desk.db.base import Record
from otop_desk.db.models import (
    AgendaItem,
    Committee,
    CommitteeMember,
    CommitteeTerm,
    Meeting,
    MeetingAction,
    MeetingAttendee,
    Member,
    ProducerGroup,
    TradeFair,
)
from otop_desk.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from otop_desk.services.network.data import (
    F_ATTENDEE,
    F_BODY,
    F_SEAT_NAME,
    AgendaData,
    AttendeeData,
    CommitteeData,
    MeetingData,
    SeatData,
    TermData,
)
from otop_desk.services.visits import FollowUpData


def _set(obj: object, values: dict[str, Any]) -> None:
    for name, value in values.items():
        if getattr(obj, name, None) != value:
            setattr(obj, name, value)


def _sync(existing: Sequence[Record], wanted: Sequence[Any], make: type[Record], fields: list[str],
          extra: dict[str, Any] | None = None, seq: bool = False) -> list[Any]:
    """The rows for ``wanted`` (plain data with ``id``): existing ones updated, new ones made."""
    by_id = {row.id: row for row in existing}
    out = []
    for number, data in enumerate(wanted, start=1):
        row = by_id.get(data.id) if data.id is not None else None
        if row is None:
            row = make()
        values = {name: getattr(data, name) for name in fields} | (extra or {})
        if seq:
            values["seq"] = number
        _set(row, values)
        out.append(row)
    return out


# committees ---------------------------------------------------------------------------------
_COMMITTEE = ["name", "level", "subdistrict", "district", "province", "notes"]
_TERM = ["start_date", "end_date", "appointed_by"]
_SEAT = ["name", "organisation", "phone", "role", "group_id", "member_id"]


def committee_of(s: Session, committee_id: uuid.UUID) -> Committee:
    found = s.get(Committee, committee_id, options=[
        selectinload(Committee.terms).selectinload(CommitteeTerm.members)])
    if found is None:
        raise NotFoundError(str(committee_id))
    return found


def committee_data(c: Committee) -> CommitteeData:
    return CommitteeData(
        c.name, c.level, c.subdistrict, c.district, c.province, c.notes,
        [TermData(t.start_date, t.end_date, t.appointed_by,
                  [SeatData(m.name, m.organisation, m.phone, m.role, m.group_id, m.member_id, m.id)
                   for m in t.members], t.id) for t in c.terms], c.id)


def store_committee(s: Session, clean: CommitteeData) -> uuid.UUID:
    if clean.id is None:
        committee = Committee()
        s.add(committee)
    else:
        committee = committee_of(s, clean.id)
    _set(committee, {name: getattr(clean, name) for name in _COMMITTEE})
    people = [seat for term in clean.terms for seat in term.members]
    _check_members(s, people, F_SEAT_NAME)
    terms = _sync(committee.terms, clean.terms, CommitteeTerm, _TERM)
    for term, data in zip(terms, clean.terms, strict=True):
        term.members = _sync(term.members, data.members, CommitteeMember, _SEAT, seq=True)
    committee.terms = terms
    s.flush()
    return committee.id


def _check_members(s: Session, people: Sequence[SeatData | AttendeeData], field: str) -> None:
    """Each registered member named must still exist; their group is theirs now."""
    ids = {p.member_id for p in people if p.member_id is not None}
    groups = dict(s.execute(select(Member.id, Member.group_id).where(Member.id.in_(ids))).all()) if ids else {}
    for row, p in enumerate(people, start=1):
        if p.member_id is None:
            continue
        if p.member_id not in groups:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Validation", "{name} is no longer a member of a registered group; remove the row "
                              "and type the person in again."), field, name=p.name).in_row(row)
        p.group_id = groups[p.member_id]


# meetings -----------------------------------------------------------------------------------
_MEETING = ["committee_id", "group_id", "fair_id", "purpose", "number", "meeting_date", "start_time",
            "end_time", "venue", "chair_name", "recorder_name", "notes"]
_AGENDA = ["title", "details", "resolution"]
_ATTENDEE = ["name", "organisation", "position", "present", "note", "group_id", "member_id",
             "committee_member_id", "guest"]
_ACTION = ["description", "due_date", "responsible", "done", "done_date"]


def meeting_of(s: Session, meeting_id: uuid.UUID) -> Meeting:
    found = s.get(Meeting, meeting_id, options=[
        selectinload(Meeting.agenda), selectinload(Meeting.attendees), selectinload(Meeting.actions)])
    if found is None:
        raise NotFoundError(str(meeting_id))
    return found


def meeting_data(m: Meeting) -> MeetingData:
    return MeetingData(
        m.committee_id, m.group_id, m.fair_id, m.purpose, m.number, m.meeting_date, m.start_time,
        m.end_time, m.venue, m.chair_name, m.recorder_name, m.notes,
        [AgendaData(a.title, a.details, a.resolution, a.id) for a in m.agenda],
        [AttendeeData(p.name, p.organisation, p.position, p.present, p.note, p.group_id, p.member_id,
                      p.committee_member_id, p.guest, p.id) for p in m.attendees],
        [FollowUpData(a.description, a.due_date, a.responsible, a.done, a.done_date, a.id)
         for a in sorted(m.actions, key=lambda a: (a.due_date is None, a.due_date, a.created_at))],
        m.id)


def store_meeting(s: Session, clean: MeetingData) -> uuid.UUID:
    if clean.committee_id is not None and s.get(Committee, clean.committee_id) is None or \
            clean.group_id is not None and s.get(ProducerGroup, clean.group_id) is None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Validation", "The committee or group was deleted meanwhile; choose another."), F_BODY)
    if clean.fair_id is not None and s.get(TradeFair, clean.fair_id) is None:
        clean.fair_id = None  # the fair was deleted meanwhile: the meeting stands
    _check_members(s, clean.attendees, F_ATTENDEE)
    mark_guests(s, clean)
    if clean.id is None:
        meeting = Meeting()
        s.add(meeting)
    else:
        meeting = meeting_of(s, clean.id)
    _set(meeting, {name: getattr(clean, name) for name in _MEETING})
    meeting.agenda = _sync(meeting.agenda, clean.agenda, AgendaItem, _AGENDA, seq=True)
    meeting.attendees = _sync(meeting.attendees, clean.attendees, MeetingAttendee, _ATTENDEE, seq=True)
    meeting.actions = _sync(meeting.actions, clean.actions, MeetingAction, _ACTION)
    s.flush()
    return meeting.id


def mark_guests(s: Session, data: MeetingData) -> None:
    """Everyone not on the committee's term that day, or not a member of the group that
    met, is a guest: kept on the list, and marked."""
    seat_ids: set[uuid.UUID] = set()
    member_ids: set[uuid.UUID] = set()
    names: set[str] = set()
    if data.committee_id is not None and data.meeting_date is not None:
        term = committee_data(committee_of(s, data.committee_id)).term_on(data.meeting_date)
        for seat in term.members if term is not None else []:
            seat_ids.add(seat.id)  # type: ignore[arg-type]
            if seat.member_id is not None:
                member_ids.add(seat.member_id)
            names.add(seat.name.casefold())
    elif data.group_id is not None:
        for member_id, name in s.execute(select(Member.id, Member.name).where(Member.group_id == data.group_id)):
            member_ids.add(member_id)
            names.add(name.casefold())
    for person in data.attendees:
        if person.committee_member_id is not None and person.committee_member_id not in seat_ids:
            person.committee_member_id = None if s.get(CommitteeMember, person.committee_member_id) is None \
                else person.committee_member_id
        on = (person.committee_member_id in seat_ids or person.member_id in member_ids
              or person.name.casefold() in names)
        person.guest = not on
