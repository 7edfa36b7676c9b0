"""Meeting follow-ups on the Home tab: the SELECT ``home_attention`` adds to its list,
with the same columns and due rule as a visit's follow-up (not done, due by Sunday)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Select, func, literal, select

from otop_desk.db.models import Committee, Meeting, MeetingAction, ProducerGroup


def meeting_actions(columns: Any, sunday: date, names: bool = True) -> Select[Any]:
    """``columns(record_id, item_id, group_name, text, when, due)`` is home_attention's
    column list; opening the line opens the meeting. The "group" is the committee or the
    group that met."""
    due_now = (MeetingAction.done.is_(False), MeetingAction.due_date.is_not(None),
               MeetingAction.due_date <= sunday)
    if not names:
        return select(*columns(MeetingAction.meeting_id, MeetingAction.id, literal(""),
                               MeetingAction.description, MeetingAction.due_date,
                               MeetingAction.due_date)).where(*due_now)
    body = func.coalesce(Committee.name, ProducerGroup.name, literal(""))
    return (
        select(*columns(Meeting.id, MeetingAction.id, body, MeetingAction.description,
                        MeetingAction.due_date, MeetingAction.due_date))
        .join(Meeting, MeetingAction.meeting_id == Meeting.id)
        .outerjoin(Committee, Meeting.committee_id == Committee.id)
        .outerjoin(ProducerGroup, Meeting.group_id == ProducerGroup.id)
        .where(*due_now)
    )
