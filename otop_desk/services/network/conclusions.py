"""What the network committees' meetings concluded, for the marketing report: each
meeting about fairs (choosing the booths, summing up after a fair) with its resolutions.
One of ``services.reports.meetings.PROVIDERS``."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from otop_desk.db.models import Committee, Meeting
from otop_desk.domain.fiscal import YearSpan
from otop_desk.domain.network import MeetingPurpose
from otop_desk.services.reports.data import MeetingConclusion

#: The meetings the marketing report is about; regular and group meetings are not.
FAIR_MEETINGS = (MeetingPurpose.BOOTH_SELECTION, MeetingPurpose.AFTER_FAIR)


def committee_fair_meetings(s: Session, span: YearSpan) -> list[MeetingConclusion]:
    q = (select(Meeting, Committee.name).join(Committee, Meeting.committee_id == Committee.id)
         .where(Meeting.purpose.in_(FAIR_MEETINGS), Meeting.meeting_date.between(span.first, span.last))
         .options(selectinload(Meeting.agenda)).order_by(Meeting.meeting_date))
    out = []
    for meeting, committee in s.execute(q):
        resolved = [f"{item.title}: {item.resolution}" for item in meeting.agenda if item.resolution.strip()]
        title = f"{committee} {meeting.number}".strip()
        out.append(MeetingConclusion(meeting.meeting_date, title, meeting.venue,
                                     "\n".join(resolved) or meeting.notes))
    return out
