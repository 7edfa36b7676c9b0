"""Rules a training session and its participant list must meet before they are stored."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from otop_desk.domain.dates import check_date_range
from otop_desk.domain.enums import TrainingFormat, TrainingTopic
from otop_desk.domain.error_list import ErrorList
from otop_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError, required_error
from otop_desk.domain.text import LONG_TEXT_MAX, clean_phone, clean_text
from otop_desk.services.common.validate import check_int
from otop_desk.services.training.data import (
    F_BUDGET,
    F_END,
    F_NOTES,
    F_ORGANISATION,
    F_ORGANISER,
    F_PARTICIPANT,
    F_PARTICIPANT_PHONE,
    F_POST,
    F_PRE,
    F_RATING,
    F_SPEAKERS,
    F_START,
    F_TITLE,
    F_VENUE,
    MAX_PARTICIPANTS,
    RATING_MAX,
    RATING_MIN,
    SCORE_MAX,
    SCORE_MIN,
    ParticipantData,
    TrainingData,
)

_CENT = Decimal("0.01")
# Named by the error about scores of someone not marked as there.
F_ATTENDED = QT_TRANSLATE_NOOP("Field", "Attended")


def check_score(value: Decimal | None, field: str) -> Decimal | None:
    """A test score from 0 to 100 with at most two decimal places, or None."""
    if value is None:
        return None
    if not value.is_finite() or not SCORE_MIN <= value <= SCORE_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "{field} must be between {lo} and {hi}."),
            field,
            field=field,
            lo=int(SCORE_MIN),
            hi=int(SCORE_MAX),
        )
    if value != value.quantize(_CENT):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "{field}: use at most two decimal places, e.g. 72.5."),
            field,
            field=field,
        )
    return value.quantize(_CENT)


def parse_score(text: str, field: str) -> Decimal | None:
    """What a person typed into a score cell: blank means not tested."""
    cleaned = (text or "").strip().replace(",", ".")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "{field}: '{text}' is not a number."),
            field,
            field=field,
            text=text.strip(),
        )
    return check_score(value, field)


def parse_rating(text: str, field: str = F_RATING) -> int | None:
    cleaned = (text or "").strip()
    if not cleaned:
        return None
    if not cleaned.isdigit():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "{field} must be between {lo} and {hi}."),
            field,
            field=field,
            lo=RATING_MIN,
            hi=RATING_MAX,
        )
    return check_int(int(cleaned), field, RATING_MIN, RATING_MAX)


def validate_training(data: TrainingData) -> TrainingData:
    """Return a cleaned copy of ``data`` or raise ``ValidationErrors`` naming every
    field and every participant's cell that is wrong, not just the first."""
    errors = ErrorList()
    title = errors.check(clean_text, data.title, F_TITLE, required=True, default="")
    start = end = None
    if data.start_date is None:
        errors.add(required_error(F_START))
    else:
        start = errors.check(check_date_range, data.start_date, F_START)
    if data.end_date is None:
        errors.add(required_error(F_END))
    else:
        end = errors.check(check_date_range, data.end_date, F_END)
    if start is not None and end is not None and end < start:
        errors.add(ValidationError(
            QT_TRANSLATE_NOOP("Validation", "The end date is before the start date."), F_END
        ))
    clean = TrainingData(
        id=data.id,
        title=title,
        topic=TrainingTopic(data.topic),
        format=TrainingFormat(data.format),
        start_date=start,
        end_date=end,
        venue=errors.check(clean_text, data.venue, F_VENUE, default=""),
        speakers=errors.check(clean_text, data.speakers, F_SPEAKERS, max_length=LONG_TEXT_MAX,
                              multiline=True, default=""),
        organiser=errors.check(clean_text, data.organiser, F_ORGANISER, default=""),
        budget=errors.check(data.budget.check_range, F_BUDGET, allow_negative=False, default=data.budget),
        notes=errors.check(clean_text, data.notes, F_NOTES, max_length=LONG_TEXT_MAX, multiline=True,
                           default=""),
    )
    if len(data.participants) > MAX_PARTICIPANTS:
        errors.add(ValidationError(
            QT_TRANSLATE_NOOP("Validation", "A session can list at most {max} participants."),
            F_PARTICIPANT,
            max=MAX_PARTICIPANTS,
        ))
        errors.raise_if_any()  # checking a pasted thousand rows one by one helps nobody
    seen: dict[object, int] = {}
    for row, person in enumerate(data.participants, start=1):
        clean.participants.append(_participant(person, errors, row))
        if person.member_id is not None:
            if person.member_id in seen:
                errors.add(ValidationError(
                    QT_TRANSLATE_NOOP("Validation", "{name} is already listed in row {first}."),
                    F_PARTICIPANT,
                    name=clean.participants[-1].name,
                    first=seen[person.member_id],
                ), row)
            else:
                seen[person.member_id] = row
    errors.raise_if_any()
    return clean


def validate_participant(p: ParticipantData) -> ParticipantData:
    errors = ErrorList()
    clean = _participant(p, errors, None)
    errors.raise_if_any()
    return clean


def _participant(p: ParticipantData, errors: ErrorList, row: int | None) -> ParticipantData:
    clean = ParticipantData(
        id=p.id,
        name=errors.check(clean_text, p.name, F_PARTICIPANT, required=True, row=row, default=""),
        organisation=errors.check(clean_text, p.organisation, F_ORGANISATION, row=row, default=""),
        phone=errors.check(clean_phone, p.phone, F_PARTICIPANT_PHONE, row=row, default=""),
        group_id=p.group_id,
        member_id=p.member_id,
        attended=bool(p.attended),
        pre_score=errors.check(check_score, p.pre_score, F_PRE, row=row),
        post_score=errors.check(check_score, p.post_score, F_POST, row=row),
        satisfaction=errors.check(check_int, p.satisfaction, F_RATING, RATING_MIN, RATING_MAX, row=row),
    )
    # Scores and a rating can only come from someone who was there; keeping them for an
    # absentee would skew the session's evaluation without anyone noticing.
    if not clean.attended and (
        p.pre_score is not None or p.post_score is not None or p.satisfaction is not None
    ):
        errors.add(ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation",
                "{name} is not marked as attended but has scores or a rating; "
                "tick Attended or clear them.",
            ),
            F_ATTENDED,
            name=clean.name or p.name,
        ), row)
    return clean
