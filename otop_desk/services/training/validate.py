"""Rules a training session and its participant list must meet before they are stored."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from otop_desk.domain.dates import check_date_range
from otop_desk.domain.enums import TrainingFormat, TrainingTopic
from otop_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from otop_desk.domain.text import LONG_TEXT_MAX, clean_phone, clean_text
from otop_desk.services._validate import check_int
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


def _required(field: str) -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP("Validation", "{field} is required."), field, field=field)


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
    """Return a cleaned copy of ``data`` or raise ``ValidationError``."""
    if data.start_date is None:
        raise _required(F_START)
    if data.end_date is None:
        raise _required(F_END)
    start = check_date_range(data.start_date, F_START)
    end = check_date_range(data.end_date, F_END)
    if end < start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "The end date is before the start date."), F_END
        )
    clean = TrainingData(
        id=data.id,
        title=clean_text(data.title, F_TITLE, required=True),
        topic=TrainingTopic(data.topic),
        format=TrainingFormat(data.format),
        start_date=start,
        end_date=end,
        venue=clean_text(data.venue, F_VENUE),
        speakers=clean_text(data.speakers, F_SPEAKERS, max_length=LONG_TEXT_MAX, multiline=True),
        organiser=clean_text(data.organiser, F_ORGANISER),
        budget=data.budget.check_range(F_BUDGET, allow_negative=False),
        notes=clean_text(data.notes, F_NOTES, max_length=LONG_TEXT_MAX, multiline=True),
    )
    if len(data.participants) > MAX_PARTICIPANTS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "A session can list at most {max} participants."),
            F_PARTICIPANT,
            max=MAX_PARTICIPANTS,
        )
    seen: dict[object, int] = {}
    for row, person in enumerate(data.participants, start=1):
        try:
            clean.participants.append(validate_participant(person))
        except ValidationError as error:
            raise error.in_row(row) from None
        if person.member_id is not None:
            if person.member_id in seen:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Validation", "{name} is already listed in row {first}."),
                    F_PARTICIPANT,
                    name=clean.participants[-1].name,
                    first=seen[person.member_id],
                ).in_row(row)
            seen[person.member_id] = row
    return clean


def validate_participant(p: ParticipantData) -> ParticipantData:
    clean = ParticipantData(
        id=p.id,
        name=clean_text(p.name, F_PARTICIPANT, required=True),
        organisation=clean_text(p.organisation, F_ORGANISATION),
        phone=clean_phone(p.phone, F_PARTICIPANT_PHONE),
        group_id=p.group_id,
        member_id=p.member_id,
        attended=bool(p.attended),
        pre_score=check_score(p.pre_score, F_PRE),
        post_score=check_score(p.post_score, F_POST),
        satisfaction=check_int(p.satisfaction, F_RATING, RATING_MIN, RATING_MAX),
    )
    # Scores and a rating can only come from someone who was there; keeping them for an
    # absentee would skew the session's evaluation without anyone noticing.
    if not clean.attended and (
        clean.pre_score is not None or clean.post_score is not None or clean.satisfaction is not None
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation",
                "{name} is not marked as attended but has scores or a rating; "
                "tick Attended or clear them.",
            ),
            F_PARTICIPANT,
            name=clean.name,
        )
    return clean
