"""During and after a fair: what was heard at the booths day by day (a note may become
a problem of the problem log), and each group's summary at the after-fair meeting."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from otop_desk.db.models import (
    FairEntry,
    FairNote,
    FairResult,
    FairSale,
    Meeting,
    Problem,
    ProducerGroup,
)
from otop_desk.domain.dates import format_date_numeric
from otop_desk.domain.enums import FairEntryStatus, ProblemCategory, ProblemSource, ProblemStatus
from otop_desk.domain.error_list import ErrorList
from otop_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from otop_desk.domain.money import Money
from otop_desk.domain.text import LONG_TEXT_MAX, clean_text
from otop_desk.services.booths.data import (
    F_BEST_SELLERS,
    F_LESSONS,
    F_MEETING,
    F_NOTE_DATE,
    F_NOTE_GROUP,
    F_NOTE_TEXT,
    FairNoteData,
    ResultData,
)
from otop_desk.services.booths.selection import fair_of
from otop_desk.services.problems import ProblemData
from otop_desk.services.problems.rules import validate_problem
from otop_desk.services.problems.service import store_problem

_LONG = {"max_length": LONG_TEXT_MAX, "multiline": True}


# daily notes -------------------------------------------------------------------------------
def notes(s: Session, fair_id: uuid.UUID) -> list[FairNoteData]:
    fair_of(s, fair_id)
    rows = s.scalars(select(FairNote).where(FairNote.fair_id == fair_id)
                     .order_by(FairNote.note_date, FairNote.created_at))
    return [FairNoteData(n.note_date, n.text, n.category, n.group_id, n.problem_id is not None,
                         n.problem_id, n.id) for n in rows]


def save_notes(s: Session, fair_id: uuid.UUID, given: list[FairNoteData], today: date) -> int:
    """Replace the fair's notes by ``given``; a note ticked for the problem log becomes an
    open problem of its group (found that day, at a fair). Returns how many problems were
    made. A problem made before stays in the problem log whatever becomes of its note."""
    fair = fair_of(s, fair_id)
    errors = ErrorList()
    clean: list[FairNoteData] = []
    for row, note in enumerate(given, start=1):
        day = note.note_date
        if day is None:
            errors.add(ValidationError(QT_TRANSLATE_NOOP("Validation", "{field} is required."), F_NOTE_DATE,
                                       field=F_NOTE_DATE), row)
        elif not fair.start_date <= day <= fair.end_date:
            errors.add(ValidationError(QT_TRANSLATE_NOOP("Validation", "{day} is not a day of the fair."),
                                       F_NOTE_DATE, day=format_date_numeric(day)), row)
        text = errors.check(clean_text, note.text, F_NOTE_TEXT, required=True, row=row, default="", **_LONG)
        if note.to_problem_log and note.problem_id is None and note.group_id is None:
            errors.add(ValidationError(QT_TRANSLATE_NOOP(
                "Validation", "A problem belongs to a group: choose the group whose problem it is."),
                F_NOTE_GROUP), row)
        clean.append(FairNoteData(day, text, ProblemCategory(note.category), note.group_id,
                                  note.to_problem_log, note.problem_id, note.id))
    errors.raise_if_any()
    existing = {n.id: n for n in s.scalars(select(FairNote).where(FairNote.fair_id == fair_id))}
    keep = {n.id for n in clean if n.id is not None}
    for note_id, note in existing.items():
        if note_id not in keep:
            s.delete(note)
    made = 0
    for row, data in enumerate(clean, start=1):
        note = existing.get(data.id) if data.id is not None else None
        if note is None:
            note = FairNote(fair_id=fair_id)
            s.add(note)
        for name in ("note_date", "text", "category", "group_id"):
            if getattr(note, name, None) != getattr(data, name):
                setattr(note, name, getattr(data, name))
        if data.to_problem_log and (note.problem_id is None or s.get(Problem, note.problem_id) is None):
            try:
                problem = store_problem(s, validate_problem(ProblemData(
                    group_id=data.group_id, source=ProblemSource.FAIR, found_date=data.note_date,
                    category=data.category, description=data.text, status=ProblemStatus.OPEN), today))
            except ValidationError as error:
                raise error.in_row(row) from None
            s.flush()
            note.problem_id = problem.id
            made += 1
    s.flush()
    return made


# after the fair -------------------------------------------------------------------------------
def results(s: Session, fair_id: uuid.UUID) -> tuple[uuid.UUID | None, list[ResultData]]:
    """The after-fair meeting named on the summaries, and one line per group that had a
    booth (sales from its daily figures)."""
    fair_of(s, fair_id)
    sales = dict(s.execute(select(FairSale.entry_id, func.sum(FairSale.amount))
                           .join(FairEntry, FairSale.entry_id == FairEntry.id)
                           .where(FairEntry.fair_id == fair_id).group_by(FairSale.entry_id)).all())
    stored: dict[uuid.UUID, FairResult] = {}
    for r in s.scalars(select(FairResult).join(FairEntry, FairResult.entry_id == FairEntry.id)
                       .where(FairEntry.fair_id == fair_id).order_by(FairResult.created_at)):
        stored.setdefault(r.entry_id, r)  # two laptops' summaries of one group: the first
    out = []
    for entry_id, name, kind in s.execute(
            select(FairEntry.id, ProducerGroup.name, ProducerGroup.product_type)
            .join(ProducerGroup, FairEntry.group_id == ProducerGroup.id)
            .where(FairEntry.fair_id == fair_id, FairEntry.status == FairEntryStatus.SELECTED)):
        r = stored.get(entry_id)
        total = sales.get(entry_id) or Money(0)
        out.append(ResultData(entry_id, name, kind, total if isinstance(total, Money) else Money(int(total)),
                              r.best_sellers if r else "", r.lessons if r else "", r.id if r else None))
    out.sort(key=lambda r: (-r.sales.satang, r.group_name))
    meeting = next((r.meeting_id for r in stored.values() if r.meeting_id is not None), None)
    return meeting, out


def save_results(s: Session, fair_id: uuid.UUID, meeting_id: uuid.UUID | None, given: list[ResultData]) -> None:
    fair_of(s, fair_id)
    if meeting_id is not None and s.get(Meeting, meeting_id) is None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Validation", "{field}: the meeting was deleted meanwhile; choose another."), F_MEETING, field=F_MEETING)
    entries = set(s.scalars(select(FairEntry.id).where(FairEntry.fair_id == fair_id)))
    errors = ErrorList()
    clean = []
    for row, r in enumerate(given, start=1):
        best = errors.check(clean_text, r.best_sellers, F_BEST_SELLERS, row=row, default="", **_LONG)
        lessons = errors.check(clean_text, r.lessons, F_LESSONS, row=row, default="", **_LONG)
        if r.entry_id in entries:
            clean.append((r.entry_id, best, lessons))
    errors.raise_if_any()
    stored: dict[uuid.UUID, FairResult] = {}
    for existing in s.scalars(select(FairResult).where(FairResult.entry_id.in_(entries))
                              .order_by(FairResult.created_at)):
        stored.setdefault(existing.entry_id, existing)
    for entry_id, best, lessons in clean:
        result = stored.get(entry_id)
        if result is None:
            if not best and not lessons:
                continue  # nothing said of this group (yet)
            result = FairResult(entry_id=entry_id)
            s.add(result)
        for name, value in (("meeting_id", meeting_id), ("best_sellers", best), ("lessons", lessons)):
            if getattr(result, name, None) != value:
                setattr(result, name, value)
