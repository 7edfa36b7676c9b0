"""How the demo writes a meeting of the OTOP network (its agenda, attendance with guests
marked, follow-ups) and what it knows of a committee: shared by the committees' and
the contested fairs' demo data (``demo.network``, ``demo.network_fairs``)."""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from otop_desk.demo.core import Ctx, GroupInfo, Row
from otop_desk.domain.dates import be_year
from otop_desk.domain.network import CommitteeRole, MeetingPurpose

ROLE_WORDS = {
    CommitteeRole.CHAIR: "ประธานกรรมการ", CommitteeRole.VICE_CHAIR: "รองประธานกรรมการ",
    CommitteeRole.SECRETARY: "กรรมการและเลขานุการ", CommitteeRole.TREASURER: "กรรมการและเหรัญญิก",
    CommitteeRole.MEMBER: "กรรมการ", CommitteeRole.ADVISOR: "ที่ปรึกษา",
}
ABSENT_NOTES = ("ติดราชการ", "ลาป่วย", "ติดภารกิจของกลุ่ม")
OTHER = ("เรื่องอื่น ๆ", "ไม่มี", "")



@dataclass
class Seat:
    id: uuid.UUID
    name: str
    role: CommitteeRole
    organisation: str
    group: GroupInfo | None = None
    member_id: uuid.UUID | None = None


@dataclass
class CommitteeInfo:
    id: uuid.UUID
    name: str
    seats: list[Seat] = field(default_factory=list)  # the current term's
    numbers: Counter[int] = field(default_factory=Counter)  # meetings per BE year


@dataclass
class MeetingPlan:
    committee: CommitteeInfo | None
    day: date
    purpose: MeetingPurpose
    venue: str
    agenda: list[tuple[str, str, str]]
    actions: list[tuple[str, int, str, bool]]  # text, due in days after the meeting, who, done
    guests: list[tuple[str, str, str, GroupInfo | None, uuid.UUID | None]] = field(default_factory=list)
    fair_id: uuid.UUID | None = None
    group: GroupInfo | None = None
    start: str = "09:30"
    end: str = "12:00"


# meetings ---------------------------------------------------------------------------------
def write_meeting(ctx: Ctx, plan: MeetingPlan) -> uuid.UUID:
    """A meeting with its agenda, attendance (the term's seats, a few absent; guests
    marked) and follow-ups; numbered in its committee's year (ครั้งที่ n/BE)."""
    rng = ctx.rng
    day = plan.day
    number = ""
    chair = recorder = ""
    if plan.committee is not None:
        plan.committee.numbers[be_year(day.year)] += 1
        number = f"{plan.committee.numbers[be_year(day.year)]}/{be_year(day.year)}"
        chair = next((s.name for s in plan.committee.seats if s.role == CommitteeRole.CHAIR), "")
        recorder = next((s.name for s in plan.committee.seats if s.role == CommitteeRole.SECRETARY), ctx.officer)
    elif plan.group is not None:
        chair, recorder = plan.group.chair.name, plan.group.members[-1].name
    row = ctx.record(day, day + timedelta(days=1))
    row.update(committee_id=plan.committee.id if plan.committee else None,
               group_id=plan.group.id if plan.group else None, fair_id=plan.fair_id, purpose=plan.purpose,
               number=number, meeting_date=day, start_time=plan.start, end_time=plan.end, venue=plan.venue,
               chair_name=chair, recorder_name=recorder, notes="")
    ctx.add("meeting", row, on=day)
    mid = row["id"]
    for seq, (title, details, resolution) in enumerate(plan.agenda, start=1):
        item = ctx.record(day)
        item.update(meeting_id=mid, seq=seq, title=title, details=details, resolution=resolution)
        ctx.add("agenda_item", item, on=day)
    people: list[Row] = []
    if plan.committee is not None:
        for seat in plan.committee.seats:
            present = seat.role == CommitteeRole.CHAIR or rng.random() < 0.85
            people.append(dict(committee_member_id=seat.id, group_id=seat.group.id if seat.group else None,
                               member_id=seat.member_id, name=seat.name, organisation=seat.organisation,
                               position=ROLE_WORDS[seat.role], present=present, guest=False,
                               note="" if present else rng.choice(ABSENT_NOTES)))
    elif plan.group is not None:
        for member in plan.group.members:
            present = rng.random() < 0.8
            people.append(dict(committee_member_id=None, group_id=plan.group.id, member_id=member.id,
                               name=member.name, organisation=plan.group.name, position="สมาชิกกลุ่ม",
                               present=present, guest=False, note="" if present else rng.choice(ABSENT_NOTES)))
    for name, organisation, position, group, member_id in plan.guests:
        people.append(dict(committee_member_id=None, group_id=group.id if group else None, member_id=member_id,
                           name=name, organisation=organisation, position=position, present=True, guest=True,
                           note=""))
    for seq, person in enumerate(people, start=1):
        entry = ctx.record(day)
        entry.update(meeting_id=mid, seq=seq, **person)
        ctx.add("meeting_attendee", entry, on=day)
    for text, due_in, who, done in plan.actions:
        due = day + timedelta(days=due_in)
        finished = min(due, ctx.today) if done else None
        action = ctx.record(day, finished)
        action.update(meeting_id=mid, description=text, due_date=due, responsible=who, done=done,
                      done_date=finished)
        ctx.add("meeting_action", action, on=day)
    return mid
