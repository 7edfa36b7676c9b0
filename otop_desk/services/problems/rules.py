"""The rules a problem record and its actions must keep, without a database.

A problem moves open → in progress → resolved, or is closed unresolved with a reason.
Dates must tell a possible story: nothing happens before the problem was found, and
nothing is recorded as done in the future.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from otop_desk.domain.dates import check_date_range, format_date_numeric
from otop_desk.domain.enums import Helper, ProblemCategory, ProblemSource, ProblemStatus, Severity
from otop_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError, required_error
from otop_desk.domain.text import LONG_TEXT_MAX, clean_text
from otop_desk.services.problems.data import ActionData, ProblemData

F_GROUP = QT_TRANSLATE_NOOP("Field", "Group")
F_FOUND = QT_TRANSLATE_NOOP("Field", "Date found")
F_DESCRIPTION = QT_TRANSLATE_NOOP("Field", "Problem description")
F_HELPER_NOTES = QT_TRANSLATE_NOOP("Field", "Other agencies")
F_TARGET = QT_TRANSLATE_NOOP("Field", "Target date")
F_RESOLVED = QT_TRANSLATE_NOOP("Field", "Resolution date")
F_OUTCOME = QT_TRANSLATE_NOOP("Field", "Outcome")
F_REASON = QT_TRANSLATE_NOOP("Field", "Reason for closing")
F_ACTION_DATE = QT_TRANSLATE_NOOP("Field", "Action date")
F_ACTION = QT_TRANSLATE_NOOP("Field", "What was done")
F_BY_WHOM = QT_TRANSLATE_NOOP("Field", "By whom")
F_RESULT = QT_TRANSLATE_NOOP("Field", "Result")


def _error(message: str, field_name: str, **params: object) -> ValidationError:
    return ValidationError(message, field_name, field=field_name, **params)


def _not_future(d: date, field_name: str, today: date) -> date:
    if d > today:
        raise _error(QT_TRANSLATE_NOOP("Validation", "{field} cannot be in the future."), field_name)
    return check_date_range(d, field_name)


def _not_before_found(d: date, field_name: str, found: date) -> None:
    if d < found:
        raise _error(
            QT_TRANSLATE_NOOP("Validation", "{field} cannot be before the problem was found ({found})."),
            field_name,
            found=format_date_numeric(found),
        )


def validate_action(action: ActionData, found: date, today: date) -> ActionData:
    if action.action_date is None:
        raise required_error(F_ACTION_DATE)
    _not_future(action.action_date, F_ACTION_DATE, today)
    _not_before_found(action.action_date, F_ACTION_DATE, found)
    return ActionData(
        id=action.id,
        action_date=action.action_date,
        description=clean_text(action.description, F_ACTION, required=True, max_length=LONG_TEXT_MAX,
                               multiline=True),
        by_whom=clean_text(action.by_whom, F_BY_WHOM),
        result=clean_text(action.result, F_RESULT, max_length=LONG_TEXT_MAX, multiline=True),
    )


def validate_problem(data: ProblemData, today: date) -> ProblemData:
    """Return a cleaned copy of ``data`` or raise ``ValidationError`` naming the field."""
    if data.group_id is None:
        raise _error(QT_TRANSLATE_NOOP("Validation", "Choose the {field}."), F_GROUP)
    if data.found_date is None:
        raise required_error(F_FOUND)
    found = _not_future(data.found_date, F_FOUND, today)
    status = ProblemStatus(data.status)
    long_text = {"max_length": LONG_TEXT_MAX, "multiline": True}
    clean = replace(
        data,
        source=ProblemSource(data.source),
        category=ProblemCategory(data.category),
        severity=Severity(data.severity),
        status=status,
        helpers=frozenset(Helper(h) for h in data.helpers),
        description=clean_text(data.description, F_DESCRIPTION, required=True, **long_text),
        helper_notes=clean_text(data.helper_notes, F_HELPER_NOTES),
        outcome=clean_text(data.outcome, F_OUTCOME, **long_text),
        close_reason=clean_text(data.close_reason, F_REASON, **long_text),
        actions=[],
    )
    if clean.target_date is not None:
        check_date_range(clean.target_date, F_TARGET)
        _not_before_found(clean.target_date, F_TARGET, found)
    for row, action in enumerate(sorted(data.actions, key=lambda a: a.action_date or date.min), start=1):
        try:
            clean.actions.append(validate_action(action, found, today))
        except ValidationError as error:
            raise error.in_row(row) from None
    _check_settlement(clean, today)
    return clean


def _check_settlement(clean: ProblemData, today: date) -> None:
    """Resolved needs an outcome, closed needs a reason; both need a date that fits."""
    if clean.status.is_open:
        # Reopening a problem takes its old ending away, so a stale outcome never
        # reads as if the problem were solved.
        clean.resolved_date, clean.outcome, clean.close_reason = None, "", ""
        return
    resolved = clean.status == ProblemStatus.RESOLVED
    if resolved and not clean.outcome:
        raise _error(
            QT_TRANSLATE_NOOP("Validation", "A resolved problem needs its {field}: say what changed."),
            F_OUTCOME,
        )
    if not resolved and not clean.close_reason:
        raise _error(
            QT_TRANSLATE_NOOP("Validation", "A problem closed unresolved needs a {field}."), F_REASON
        )
    if clean.resolved_date is None:
        raise required_error(F_RESOLVED)
    _not_future(clean.resolved_date, F_RESOLVED, today)
    assert clean.found_date is not None
    _not_before_found(clean.resolved_date, F_RESOLVED, clean.found_date)
    last = max((a.action_date for a in clean.actions if a.action_date), default=None)
    if last is not None and clean.resolved_date < last:
        raise _error(
            QT_TRANSLATE_NOOP("Validation", "{field} cannot be before the last action ({last})."),
            F_RESOLVED,
            last=format_date_numeric(last),
        )
    if resolved:
        clean.close_reason = ""
    else:
        clean.outcome = ""
