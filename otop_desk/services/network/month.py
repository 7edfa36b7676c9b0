"""Which records of the OTOP network a month's export carries (``exports._month_ids``).

Committees are like the registry: every one that existed by the month's end, with its
terms and seats. Meetings held in the month carry their agenda, attendance and
follow-ups; a fair the month carries (held or sold at) brings its booth selection, daily
notes and after-fair summaries, and so does a selection decided in the month.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from otop_desk.db.models import (
    AgendaItem,
    BoothSelection,
    Committee,
    CommitteeMember,
    CommitteeTerm,
    FairEntry,
    FairNote,
    FairResult,
    Meeting,
    MeetingAction,
    MeetingAttendee,
    SelectionCandidate,
    SelectionCriterion,
)

_BATCH = 500


def _ids(s: Session, key: Any, where: Any) -> set[uuid.UUID]:
    return set(s.scalars(select(key).where(where)))


def _in(s: Session, key: Any, parent: Any, parents: set[uuid.UUID]) -> set[uuid.UUID]:
    found: set[uuid.UUID] = set()
    ids = list(parents)
    for start in range(0, len(ids), _BATCH):
        found |= _ids(s, key, parent.in_(ids[start:start + _BATCH]))
    return found


def network_month_ids(s: Session, first: date, last: date, after: datetime,
                      fairs: set[uuid.UUID]) -> dict[str, set[uuid.UUID]]:
    """``after``: the end of the month as ``_month_ids`` counts it (for the registry-like
    committees); ``fairs``: the trade fairs the month carries."""
    out: dict[str, set[uuid.UUID]] = {"committee": _ids(s, Committee.id, Committee.created_at <= after)}
    out["committee_term"] = _in(s, CommitteeTerm.id, CommitteeTerm.committee_id, out["committee"])
    out["committee_member"] = _in(s, CommitteeMember.id, CommitteeMember.term_id, out["committee_term"])
    out["meeting"] = _ids(s, Meeting.id, Meeting.meeting_date.between(first, last))
    for name, key, parent in (("agenda_item", AgendaItem.id, AgendaItem.meeting_id),
                              ("meeting_attendee", MeetingAttendee.id, MeetingAttendee.meeting_id),
                              ("meeting_action", MeetingAction.id, MeetingAction.meeting_id)):
        out[name] = _in(s, key, parent, out["meeting"])
    ids = list(fairs)
    chosen = _ids(s, BoothSelection.id, BoothSelection.decided_on.between(first, last))
    for start in range(0, len(ids), _BATCH):
        chosen |= _ids(s, BoothSelection.id, BoothSelection.fair_id.in_(ids[start:start + _BATCH]))
    out["booth_selection"] = chosen
    out["selection_criterion"] = _in(s, SelectionCriterion.id, SelectionCriterion.selection_id, chosen)
    out["selection_candidate"] = _in(s, SelectionCandidate.id, SelectionCandidate.selection_id, chosen)
    noted = _ids(s, FairNote.id, FairNote.note_date.between(first, last))
    out["fair_note"] = noted | _in(s, FairNote.id, FairNote.fair_id, fairs)
    entries = _in(s, FairEntry.id, FairEntry.fair_id, fairs)
    # Summaries of the fairs carried, and those the month's meetings made of other fairs.
    out["fair_result"] = _in(s, FairResult.id, FairResult.entry_id, entries) | _in(
        s, FairResult.id, FairResult.meeting_id, out["meeting"])
    return out



