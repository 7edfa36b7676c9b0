"""Committees and meetings: list, read, save, delete; who counts as a guest; the choices
other screens offer (the meeting that decided a selection, the after-fair meeting)."""

from __future__ import annotations

import copy
import uuid
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from otop_desk.db.database import Database
from otop_desk.db.models import (
    Committee,
    Meeting,
    MeetingAction,
    MeetingAttendee,
    ProducerGroup,
    TradeFair,
)
from otop_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from otop_desk.domain.network import CommitteeRole
from otop_desk.services.network import store
from otop_desk.services.network.data import (
    F_BODY,
    CommitteeData,
    CommitteeRow,
    MeetingChoice,
    MeetingData,
    MeetingRow,
    TermData,
)
from otop_desk.services.network.rules import validate_committee, validate_meeting


class NetworkService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # committees -----------------------------------------------------------------------
    def committees(self) -> list[CommitteeRow]:
        today = self._db.clock.today()
        with self._db.read() as s:
            meetings = dict(s.execute(select(Meeting.committee_id, func.count())
                                      .where(Meeting.committee_id.is_not(None))
                                      .group_by(Meeting.committee_id)).all())
            out = []
            for c in s.scalars(select(Committee).options(selectinload(Committee.terms))
                               .order_by(Committee.name)):
                data = store.committee_data(c)
                term = data.term_on(today) or (data.terms[-1] if data.terms else None)
                chair = next((m.name for m in term.members if m.role == CommitteeRole.CHAIR), "") if term else ""
                area = ", ".join(p for p in (c.subdistrict, c.district, c.province) if p)
                out.append(CommitteeRow(c.id, c.name, c.level, area, term.start_date if term else None,
                                        term.end_date if term else None, len(term.members) if term else 0,
                                        chair, int(meetings.get(c.id, 0))))
            return out

    def committee(self, committee_id: uuid.UUID) -> CommitteeData:
        with self._db.read() as s:
            return store.committee_data(store.committee_of(s, committee_id))

    def save_committee(self, data: CommitteeData) -> uuid.UUID:
        clean = validate_committee(data)
        with self._db.begin() as s:
            return store.store_committee(s, clean)

    def delete_committee(self, committee_id: uuid.UUID) -> None:
        """A committee with meetings keeps them: their minutes are records of the office."""
        with self._db.begin() as s:
            committee = store.committee_of(s, committee_id)
            held = int(s.scalar(select(func.count()).where(Meeting.committee_id == committee_id)) or 0)
            if held:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Validation", "The committee has {count} meetings on record; delete them first."),
                    F_BODY, count=held)
            s.delete(committee)

    def committee_choices(self) -> list[tuple[uuid.UUID, str]]:
        with self._db.read() as s:
            return [(cid, name) for cid, name in s.execute(select(Committee.id, Committee.name)
                                                           .order_by(Committee.name))]

    def term_on(self, committee_id: uuid.UUID, day: date) -> TermData | None:
        """The committee's term on ``day``: whose members the attendance starts from."""
        return self.committee(committee_id).term_on(day)

    # meetings -------------------------------------------------------------------------
    def meetings(self, *, committee_id: uuid.UUID | None = None) -> list[MeetingRow]:
        """Every meeting, newest first."""
        with self._db.read() as s:
            counts: dict[uuid.UUID, list[int]] = {}
            for mid, present, guest, n in s.execute(
                    select(MeetingAttendee.meeting_id, MeetingAttendee.present, MeetingAttendee.guest, func.count())
                    .group_by(MeetingAttendee.meeting_id, MeetingAttendee.present, MeetingAttendee.guest)):
                row = counts.setdefault(mid, [0, 0, 0])
                row[0 if present else 1] += n
                row[2] += n if guest else 0
            open_actions = dict(s.execute(select(MeetingAction.meeting_id, func.count())
                                          .where(MeetingAction.done.is_(False))
                                          .group_by(MeetingAction.meeting_id)).all())
            q = (select(Meeting, Committee.name, ProducerGroup.name, TradeFair.name)
                 .outerjoin(Committee, Meeting.committee_id == Committee.id)
                 .outerjoin(ProducerGroup, Meeting.group_id == ProducerGroup.id)
                 .outerjoin(TradeFair, Meeting.fair_id == TradeFair.id)
                 .order_by(Meeting.meeting_date.desc(), Meeting.created_at.desc()))
            if committee_id is not None:
                q = q.where(Meeting.committee_id == committee_id)
            out = []
            for m, committee, group, fair in s.execute(q):
                present, absent, guests = counts.get(m.id, (0, 0, 0))
                out.append(MeetingRow(m.id, m.meeting_date, m.number, committee or group or "", m.purpose,
                                      m.venue, fair or "", present, absent, guests,
                                      int(open_actions.get(m.id, 0))))
            return out

    def meeting(self, meeting_id: uuid.UUID) -> MeetingData:
        with self._db.read() as s:
            return store.meeting_data(store.meeting_of(s, meeting_id))

    def save_meeting(self, data: MeetingData) -> uuid.UUID:
        """Store a meeting; attendees not on the committee that day (or not members of the
        group that met) are kept, marked as guests."""
        clean = validate_meeting(data, self._db.clock.today())
        with self._db.begin() as s:
            return store.store_meeting(s, clean)

    def guests(self, data: MeetingData) -> list[bool]:
        """Who on ``data``'s list would be marked a guest if it were saved now (the form
        shows it while the list is typed); nothing is written."""
        people = [copy.copy(p) for p in data.attendees]
        probe = copy.copy(data)
        probe.attendees = people
        with self._db.read() as s:
            store.mark_guests(s, probe)
        return [p.guest for p in people]

    def delete_meeting(self, meeting_id: uuid.UUID) -> None:
        with self._db.begin() as s:
            s.delete(store.meeting_of(s, meeting_id))

    def meeting_choices(self, *, fair_id: uuid.UUID | None = None) -> list[MeetingChoice]:
        """Meetings to name, newest first; with ``fair_id``, those about that fair first."""
        with self._db.read() as s:
            rows = s.execute(select(Meeting.id, Meeting.meeting_date, Meeting.number, Committee.name,
                                    ProducerGroup.name, Meeting.purpose, Meeting.fair_id)
                             .outerjoin(Committee, Meeting.committee_id == Committee.id)
                             .outerjoin(ProducerGroup, Meeting.group_id == ProducerGroup.id)
                             .order_by(Meeting.meeting_date.desc()))
            out = [MeetingChoice(mid, day, number, committee or group or "", purpose, fid)
                   for mid, day, number, committee, group, purpose, fid in rows]
        if fair_id is not None:
            out.sort(key=lambda c: c.fair_id != fair_id)  # stable: still newest first within
        return out
