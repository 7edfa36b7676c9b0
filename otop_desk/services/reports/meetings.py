"""What the OTOP network's meetings concluded, for the marketing report.

The seeds: after a fair the district holds a network meeting "to sum up the work and each
group's sales"; the marketing report carries its conclusions. Providers fill them: each
takes a session and the year and returns ``MeetingConclusion`` lines: the network
committees' fair meetings with their resolutions (``services.network.conclusions``), and
sessions kept as trainings in the "network meeting" format from before meetings were
records of their own (their notes hold what was concluded).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from otop_desk.db.models import Training
from otop_desk.domain.enums import TrainingFormat
from otop_desk.domain.fiscal import YearSpan
from otop_desk.services.network.conclusions import committee_fair_meetings
from otop_desk.services.reports.data import MeetingConclusion

MeetingProvider = Callable[[Session, YearSpan], list[MeetingConclusion]]


def network_meetings_kept_as_trainings(s: Session, span: YearSpan) -> list[MeetingConclusion]:
    q = (select(Training.start_date, Training.title, Training.venue, Training.notes)
         .where(Training.format == TrainingFormat.NETWORK_MEETING,
                Training.start_date.between(span.first, span.last))
         .order_by(Training.start_date))
    return [MeetingConclusion(day, title, venue, notes) for day, title, venue, notes in s.execute(q)]


#: Who says what the meetings concluded; every provider's lines are shown, by date.
PROVIDERS: list[MeetingProvider] = [committee_fair_meetings, network_meetings_kept_as_trainings]


def conclusions(s: Session, span: YearSpan, providers: Iterable[MeetingProvider] | None = None) -> list[MeetingConclusion]:
    found = [line for provide in (PROVIDERS if providers is None else providers) for line in provide(s, span)]
    return sorted(found, key=lambda line: (line.day, line.title))
