"""The register's rules before anything is stored: each message names its field so a
form can put it beside the input."""

from __future__ import annotations

from datetime import date

from otop_desk.domain.dates import check_date_range
from otop_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from otop_desk.domain.register.numbers import check_fda_product_number
from otop_desk.domain.register.segments import check_answers
from otop_desk.domain.register.settings import RegisterRules
from otop_desk.domain.register.vocab import CertificateKind
from otop_desk.domain.text import LONG_TEXT_MAX, clean_text
from otop_desk.services.common.validate import check_int
from otop_desk.services.register.data import (
    CertificateData,
    RegistrationData,
    SegmentData,
    StarRoundData,
)

F_PRODUCT = QT_TRANSLATE_NOOP("Field", "Product")
F_GROUP = QT_TRANSLATE_NOOP("Field", "Group")
F_NUMBER = QT_TRANSLATE_NOOP("Field", "Certificate number")
F_ISSUER = QT_TRANSLATE_NOOP("Field", "Issued by")
F_ISSUED = QT_TRANSLATE_NOOP("Field", "Date issued")
F_EXPIRY = QT_TRANSLATE_NOOP("Field", "Expiry date")
F_NOTES = QT_TRANSLATE_NOOP("Field", "Notes")
F_ROUND_YEAR = QT_TRANSLATE_NOOP("Field", "Round year")
F_QUARTER = QT_TRANSLATE_NOOP("Field", "Round quarter")
F_REGISTERED = QT_TRANSLATE_NOOP("Field", "Registration date")
F_DECISION = QT_TRANSLATE_NOOP("Field", "Committee decision date")
F_CHAIR = QT_TRANSLATE_NOOP("Field", "District network chair")
F_LEVEL = QT_TRANSLATE_NOOP("Field", "Star level")
F_COMMUNITY = QT_TRANSLATE_NOOP("Field", "Score: community strength")
F_MARKETING = QT_TRANSLATE_NOOP("Field", "Score: marketing and story")
F_QUALITY = QT_TRANSLATE_NOOP("Field", "Score: product quality")
F_STAR_CERT = QT_TRANSLATE_NOOP("Field", "Star certificate number")
F_VALID_UNTIL = QT_TRANSLATE_NOOP("Field", "Valid until")
F_YEAR = QT_TRANSLATE_NOOP("Field", "Year")
F_ANSWERS = QT_TRANSLATE_NOOP("Field", "Segment answers")

#: The first OPC round (BE 2546): no round is older.
FIRST_ROUND = 2003

DUPLICATE_NUMBER = QT_TRANSLATE_NOOP(
    "Validation", "{field}: {number} is already recorded for {product} of {group}.")


def _error(message: str, field: str, **params: object) -> ValidationError:
    return ValidationError(message, field, field=field, **params)


def _not_future(d: date | None, field: str, today: date) -> date | None:
    if d is None:
        return None
    check_date_range(d, field)
    if d > today:
        raise _error(QT_TRANSLATE_NOOP("Validation", "{field} cannot be in the future."), field)
    return d


def _required(value: object, field: str) -> None:
    if value is None:
        raise _error(QT_TRANSLATE_NOOP("Validation", "{field} is required."), field)


def _round_year(year: int | None, field: str, today: date) -> int:
    _required(year, field)
    assert year is not None
    if year > today.year:
        raise _error(QT_TRANSLATE_NOOP("Validation", "{field}: the round of {year} has not come yet."),
                     field, year=year + 543)
    check_int(year, field, FIRST_ROUND, today.year)
    return year


def validate_certificate(data: CertificateData, today: date) -> CertificateData:
    _required(data.product_id, F_PRODUCT)
    number = clean_text(data.number, F_NUMBER, max_length=60)
    if data.kind == CertificateKind.FDA_PRODUCT and number:
        number = check_fda_product_number(number, F_NUMBER)
    issued = _not_future(data.issue_date, F_ISSUED, today)
    expiry = data.expiry_date
    if expiry is not None:
        check_date_range(expiry, F_EXPIRY)
        if issued is not None and expiry <= issued:
            raise _error(QT_TRANSLATE_NOOP("Validation", "{field} must come after the date issued."), F_EXPIRY)
    return CertificateData(
        id=data.id, product_id=data.product_id, kind=data.kind, number=number,
        issuer=clean_text(data.issuer, F_ISSUER, max_length=120), issue_date=issued, expiry_date=expiry,
        notes=clean_text(data.notes, F_NOTES, max_length=LONG_TEXT_MAX, multiline=True))


def validate_registration(data: RegistrationData, today: date) -> RegistrationData:
    _required(data.group_id, F_GROUP)
    year = _round_year(data.round_year, F_ROUND_YEAR, today)
    quarter = check_int(data.round_quarter, F_QUARTER, 1, 4, required=True)
    registered = _not_future(data.registered_date, F_REGISTERED, today)
    decided = _not_future(data.decision_date, F_DECISION, today)
    if decided is not None and registered is not None and decided < registered:
        raise _error(QT_TRANSLATE_NOOP("Validation", "{field} cannot be before the registration date."), F_DECISION)
    return RegistrationData(
        id=data.id, group_id=data.group_id, product_id=data.product_id, round_year=year,
        round_quarter=quarter or 1, registered_date=registered, producer_type=data.producer_type,
        community_link=data.community_link, documents=frozenset(data.documents),
        network_chair=clean_text(data.network_chair, F_CHAIR, max_length=120), status=data.status,
        decision_date=decided, notes=clean_text(data.notes, F_NOTES, max_length=LONG_TEXT_MAX, multiline=True))


def validate_round(data: StarRoundData, today: date, rules: RegisterRules) -> StarRoundData:
    _required(data.product_id, F_PRODUCT)
    year = _round_year(data.round_year, F_ROUND_YEAR, today)
    _required(data.level, F_LEVEL)
    level = check_int(data.level, F_LEVEL, 1, 5)
    community, marketing, quality = rules.part_max
    scores = (check_int(data.score_community, F_COMMUNITY, 0, community),
              check_int(data.score_marketing, F_MARKETING, 0, marketing),
              check_int(data.score_quality, F_QUALITY, 0, quality))
    valid_until = data.valid_until
    if valid_until is not None:
        check_date_range(valid_until, F_VALID_UNTIL)
        if valid_until.year < year:
            raise _error(QT_TRANSLATE_NOOP("Validation", "{field} cannot be before the round year."), F_VALID_UNTIL)
    return StarRoundData(
        id=data.id, product_id=data.product_id, round_year=year, level=level,
        score_community=scores[0], score_marketing=scores[1], score_quality=scores[2],
        certificate_no=clean_text(data.certificate_no, F_STAR_CERT, max_length=60),
        valid_until=valid_until,
        notes=clean_text(data.notes, F_NOTES, max_length=LONG_TEXT_MAX, multiline=True))


def validate_segment(data: SegmentData, today: date) -> SegmentData:
    _required(data.product_id, F_PRODUCT)
    year = _round_year(data.year, F_YEAR, today)
    missing = check_answers(data.answers)
    if missing:
        raise _error(QT_TRANSLATE_NOOP("Validation", "{field}: answer all five dimensions."), F_ANSWERS)
    return SegmentData(id=data.id, product_id=data.product_id, year=year, answers=dict(data.answers),
                       segment=data.segment,
                       notes=clean_text(data.notes, F_NOTES, max_length=LONG_TEXT_MAX, multiline=True))
