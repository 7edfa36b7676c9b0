"""The rules a visit, its follow-up actions and the problems found at it must keep
before they are stored: field labels and ``validate_visit``."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from otop_desk.domain.dates import check_date_range
from otop_desk.domain.enums import ProblemCategory, Severity, VisitPurpose
from otop_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError, required_error
from otop_desk.domain.text import LONG_TEXT_MAX, clean_text
from otop_desk.services.common.validate import check_int
from otop_desk.services.visits.data import FollowUpData, VisitData

F_GROUP = QT_TRANSLATE_NOOP("Field", "Group")
F_DATE = QT_TRANSLATE_NOOP("Field", "Visit date")
F_OFFICERS = QT_TRANSLATE_NOOP("Field", "Officers present")
F_PEOPLE = QT_TRANSLATE_NOOP("Field", "People met")
F_OBSERVATIONS = QT_TRANSLATE_NOOP("Field", "Observations")
F_ADVICE = QT_TRANSLATE_NOOP("Field", "Advice given")
F_NEXT = QT_TRANSLATE_NOOP("Field", "Next visit")
F_NOTES = QT_TRANSLATE_NOOP("Field", "Notes")
F_FOLLOW_UP = QT_TRANSLATE_NOOP("Field", "Follow-up action")
F_DUE = QT_TRANSLATE_NOOP("Field", "Due date")
F_RESPONSIBLE = QT_TRANSLATE_NOOP("Field", "Responsible")
F_DONE_DATE = QT_TRANSLATE_NOOP("Field", "Date done")
F_PROBLEM = QT_TRANSLATE_NOOP("Field", "Problem description")


def validate_visit(data: VisitData, today: date) -> VisitData:
    if data.group_id is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Choose the {field}."), F_GROUP, field=F_GROUP)
    if data.visit_date is None:
        raise required_error(F_DATE)
    visited = check_date_range(data.visit_date, F_DATE)
    if visited > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "{field} cannot be in the future; record a visit once it has taken place."),
            F_DATE, field=F_DATE,
        )
    long_text = {"max_length": LONG_TEXT_MAX, "multiline": True}
    clean = replace(
        data,
        purpose=VisitPurpose(data.purpose),
        officers=clean_text(data.officers, F_OFFICERS, required=True),
        people_met=check_int(data.people_met, F_PEOPLE, 0, 10_000, required=True) or 0,
        member_ids=frozenset(data.member_ids),
        observations=clean_text(data.observations, F_OBSERVATIONS, **long_text),
        advice=clean_text(data.advice, F_ADVICE, **long_text),
        notes=clean_text(data.notes, F_NOTES, **long_text),
        actions=[],
        problems=[],
    )
    if clean.people_met < len(clean.member_ids):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "{field} ({count}) is less than the {listed} members ticked."),
            F_PEOPLE, field=F_PEOPLE, count=clean.people_met, listed=len(clean.member_ids),
        )
    if clean.next_visit_date is not None and check_date_range(clean.next_visit_date, F_NEXT) <= visited:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "{field} must come after the visit date."), F_NEXT, field=F_NEXT
        )
    for row, action in enumerate(data.actions, start=1):
        try:
            clean.actions.append(_validate_follow_up(action, visited, today))
        except ValidationError as error:
            raise error.in_row(row) from None
    for row, problem in enumerate(data.problems, start=1):
        try:
            clean.problems.append(replace(
                problem,
                category=ProblemCategory(problem.category),
                severity=Severity(problem.severity),
                description=clean_text(problem.description, F_PROBLEM, required=True, **long_text),
            ))
        except ValidationError as error:
            raise error.in_row(row) from None
    return clean


def _validate_follow_up(a: FollowUpData, visited: date, today: date) -> FollowUpData:
    after = QT_TRANSLATE_NOOP("Validation", "{field} cannot be before the visit date.")
    if a.due_date is not None and check_date_range(a.due_date, F_DUE) < visited:
        raise ValidationError(after, F_DUE, field=F_DUE)
    done_date = a.done_date if a.done else None
    if done_date is not None and not visited <= done_date <= today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "{field} must be between the visit date and today."),
            F_DONE_DATE, field=F_DONE_DATE,
        )
    return FollowUpData(
        id=a.id,
        description=clean_text(a.description, F_FOLLOW_UP, required=True, max_length=LONG_TEXT_MAX,
                               multiline=True),
        due_date=a.due_date,
        responsible=clean_text(a.responsible, F_RESPONSIBLE),
        done=bool(a.done),
        done_date=done_date,
    )
