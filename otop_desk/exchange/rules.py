"""Every change that arrives in a workbook is checked before anything is written.

A workbook is signed, but a signature says who wrote it, not that it is sound: its
values are treated like anything else typed by a stranger. The domain's rules for money,
dates, text and numbers apply as in the forms, every reference must lead to a record
that exists (here or in the same import), and a stamp may not lie far in the future.
One change that breaks a rule refuses the whole import, naming the file, the kind of
record, its id and the rule; the database is not touched, and no backup is taken for it.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Date, Float, Integer, String, Text, select
from sqlalchemy.orm import Session

from otop_desk.db.models import ChangeLog
from otop_desk.db.models.replication import DELETE
from otop_desk.db.types import MoneyType, ScaledDecimal, UTCDateTime
from otop_desk.db.values import MEMBERS_MET
from otop_desk.domain.dates import MAX_DATE, MIN_DATE, format_date_numeric
from otop_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from otop_desk.domain.hlc import MAX_DRIFT
from otop_desk.domain.money import MAX_SATANG
from otop_desk.domain.photos import is_sha256
from otop_desk.domain.text import LONG_TEXT_MAX, SHORT_TEXT_MAX, bad_character
from otop_desk.exchange.spec import BY_NAME, TABLES, personal_columns
from otop_desk.services.training.data import RATING_MAX, RATING_MIN, SCORE_MAX, SCORE_MIN

#: A sender's clock may be weeks off (the hybrid clock copes); a stamp further ahead is
#: refused, or a record stamped in the year 9999 would freeze every later edit of it.
FUTURE_TOLERANCE = MAX_DRIFT
#: Stamps before this are not OTOP Desk's (it did not exist).
EARLIEST_STAMP = datetime.fromisoformat("2000-01-01T00:00:00+00:00")

#: Numbers with a range of their own, as the forms check them; other integers are
#: counts (0 to a billion).
_RANGES: dict[tuple[str, str], tuple[float, float]] = {
    ("producer_group", "founded_year"): (1900, MAX_DATE.year),
    ("producer_group", "member_count"): (0, 100_000),
    ("producer_group", "moo"): (1, 99),
    ("producer_group", "subdistrict_code"): (100_000, 999_999),
    ("producer_group", "latitude"): (-90, 90),
    ("producer_group", "longitude"): (-180, 180),
    ("product", "star_level"): (1, 5),
    ("product", "star_year"): (2000, MAX_DATE.year),
    ("registration", "round_year"): (2000, MAX_DATE.year),
    ("registration", "round_quarter"): (1, 4),
    ("star_round", "round_year"): (2000, MAX_DATE.year),
    ("star_round", "level"): (1, 5),
    ("star_round", "score_community"): (0, 100),
    ("star_round", "score_marketing"): (0, 100),
    ("star_round", "score_quality"): (0, 100),
    ("segment_assessment", "year"): (2000, MAX_DATE.year),
    ("visit", "people_met"): (0, 10_000),
    ("participant", "seq"): (1, 100_000),
    ("participant", "satisfaction"): (RATING_MIN, RATING_MAX),
    ("participant", "pre_score"): (float(SCORE_MIN), float(SCORE_MAX)),
    ("participant", "post_score"): (float(SCORE_MIN), float(SCORE_MAX)),
    ("trade_fair", "booths"): (1, 10_000),
    ("business_plan", "fiscal_year"): (1957, MAX_DATE.year),
    ("plan_version", "number"): (1, 10_000),
    ("photo", "latitude"): (-90, 90),
    ("photo", "longitude"): (-180, 180),
    ("photo", "width"): (1, 20_000),
    ("photo", "height"): (1, 20_000),
    ("photo", "size"): (1, 50_000_000),
}
_COUNT_RANGE = (0, 1_000_000_000)
#: Money that may be below zero: a group may start its books in debt.
_MAY_BE_NEGATIVE = {("producer_group", "opening_balance")}

RULE = QT_TRANSLATE_NOOP(
    "Validation", "{file}: {record} {id} cannot be imported: {rule}. Nothing was imported.")
OMITTED = QT_TRANSLATE_NOOP(
    "Validation", "{file} leaves out data that is not personal ({columns}); nothing was imported.")


# The rules, as the person reads them ({column} is the field's name).
FUTURE = QT_TRANSLATE_NOOP("Validation", "it is stamped {stamp} UTC, in the future")
TOO_OLD = QT_TRANSLATE_NOOP("Validation", "it is stamped {stamp}, before OTOP Desk existed")
NAIVE = QT_TRANSLATE_NOOP("Validation", "a time is given without its time zone")
AMOUNT_ABSURD = QT_TRANSLATE_NOOP("Validation", "the amount in {column} is beyond any real amount")
AMOUNT_NEGATIVE = QT_TRANSLATE_NOOP("Validation", "the amount in {column} is below zero")
DATE_RANGE = QT_TRANSLATE_NOOP("Validation", "the date in {column} ({date}) is outside the years OTOP Desk keeps")
NUMBER_RANGE = QT_TRANSLATE_NOOP("Validation", "{column} is {value}, outside {lo} to {hi}")
PLACES = QT_TRANSLATE_NOOP("Validation", "{column} has more decimal places than it may")
TEXT_LONG = QT_TRANSLATE_NOOP("Validation", "the text in {column} is longer than {limit} characters")
TEXT_CHAR = QT_TRANSLATE_NOOP("Validation", "the text in {column} holds a character that is not text ({code})")
NOT_A_HASH = QT_TRANSLATE_NOOP("Validation", "{column} is not the SHA-256 of a photo")
MET = QT_TRANSLATE_NOOP("Validation", "a person met is not a record id")
DANGLING = QT_TRANSLATE_NOOP(
    "Validation", "it refers to a record ({id}) that exists neither here nor in the import")


class IncomingRefused(ValidationError):
    """A record of a workbook breaks a rule; the message names it. Nothing was changed.

    The message nests the rule (its own template and parameters), so both are translated.
    """

    def __init__(self, file: str, table: str, record_id: uuid.UUID, rule: str, **rule_params: Any) -> None:
        self.table = table
        self.rule = rule
        self.rule_params = rule_params
        super().__init__(RULE, None, file=file, record=BY_NAME[table].label,
                         id=str(record_id)[:8], rule=rule.format(**rule_params))

    def translated(self, translate: Any) -> str:
        rule = str(translate("Validation", self.rule)).format(**self.rule_params)
        return str(translate("Validation", RULE)).format(
            **{**self.params, "record": translate("Records", BY_NAME[self.table].label),
               "rule": rule})


@dataclass(frozen=True)
class _Record:
    """What a rule needs to name a record: the file, its kind and id."""

    file: str
    table: str
    id: uuid.UUID


def _refuse(where: _Record, rule: str, **params: Any) -> IncomingRefused:
    return IncomingRefused(where.file, where.table, where.id, rule, **params)


def check_omitted(file: str, omitted: dict[str, tuple[str, ...]]) -> None:
    """A privacy export may leave out personal columns, and nothing else: a record
    without its name, amount or key would be written with defaults in their place."""
    wrong = [f"{table}.{column}" for table, columns in omitted.items() for column in columns
             if column not in personal_columns().get(table, ())]
    if wrong:
        raise ValidationError(OMITTED, None, file=file, columns=", ".join(sorted(wrong)[:5]))


def check_change(file: str, table: str, record_id: uuid.UUID, stamp: datetime,
                 values: dict[str, Any], now: datetime) -> None:
    """One decoded change: its stamp, and every value by the rules of its column."""
    where = _Record(file, table, record_id)
    _check_stamp(where, stamp, now)
    columns = BY_NAME[table].table.columns
    for name, value in values.items():
        if name.startswith(MEMBERS_MET + "/") or value is None:
            continue
        _check_value(where, columns[name], value, now)


def _check_stamp(where: _Record, stamp: datetime, now: datetime) -> None:
    if stamp.tzinfo is None:
        raise _refuse(where, NAIVE)
    if stamp > now + FUTURE_TOLERANCE:
        raise _refuse(where, FUTURE, stamp=f"{stamp:%Y-%m-%d %H:%M}")
    if stamp < EARLIEST_STAMP:
        raise _refuse(where, TOO_OLD, stamp=f"{stamp:%Y-%m-%d}")


def _check_value(where: _Record, column: Any, value: Any, now: datetime) -> None:  # noqa: C901 - one branch per kind of column
    kind = column.type
    key = (where.table, column.name)
    name = column.name
    if isinstance(kind, MoneyType):
        satang = value.satang
        if abs(satang) > MAX_SATANG:
            raise _refuse(where, AMOUNT_ABSURD, column=name)
        if satang < 0 and key not in _MAY_BE_NEGATIVE:
            raise _refuse(where, AMOUNT_NEGATIVE, column=name)
    elif isinstance(kind, UTCDateTime):
        _check_stamp(where, value, now)
    elif isinstance(kind, Date):
        if not MIN_DATE <= value <= MAX_DATE:
            raise _refuse(where, DATE_RANGE, column=name, date=format_date_numeric(value))
    elif isinstance(kind, ScaledDecimal | Float | Integer):
        if isinstance(kind, ScaledDecimal) and value != value.quantize(Decimal(1).scaleb(-kind.places)):
            raise _refuse(where, PLACES, column=name)
        number = float(value)
        lo, hi = _RANGES.get(key, _COUNT_RANGE)
        if not math.isfinite(number) or not lo <= number <= hi:
            raise _refuse(where, NUMBER_RANGE, column=name, value=value, lo=f"{lo:g}", hi=f"{hi:g}")
    elif isinstance(kind, String | Text) and isinstance(value, str):
        limit = LONG_TEXT_MAX if isinstance(kind, Text) else (kind.length or SHORT_TEXT_MAX)
        if len(value) > limit:
            raise _refuse(where, TEXT_LONG, column=name, limit=limit)
        bad = bad_character(value, multiline=isinstance(kind, Text))
        if bad is not None:
            raise _refuse(where, TEXT_CHAR, column=name, code=f"U+{ord(bad):04X}")
        if key == ("photo", "sha256") and not is_sha256(value):  # it names a file in the store
            raise _refuse(where, NOT_A_HASH, column=name)


# references ----------------------------------------------------------------------------
def check_references(s: Session, changes: Iterable[tuple[str, str, uuid.UUID, str, dict[str, Any]]]) -> None:
    """Every reference of every change leads to a record here, in the same import, or
    one deleted (whose children then go with it). A visit's link to a member met, or a
    reference cleared when its record is deleted (a participant's member), that leads
    nowhere here is dropped: the change is not refused.

    ``changes`` are ``(file, table, id, kind, decoded values)``. A cash entry of a group
    that exists nowhere would otherwise fail half-way through the merge.
    """
    changes = list(changes)
    arriving: dict[str, set[uuid.UUID]] = {name: set() for name in TABLES}
    for _file, table, record_id, _kind, _values in changes:
        arriving[table].add(record_id)
    wanted: dict[str, dict[uuid.UUID, _Record]] = {name: {} for name in TABLES}
    for file, table, record_id, kind, values in changes:
        if kind == DELETE:
            continue  # it names where the record was, which may be gone too
        for column in BY_NAME[table].table.columns:
            for fk in column.foreign_keys:
                target = values.get(column.name)
                parent = fk.column.table.name
                if fk.ondelete == "SET NULL":
                    continue  # names nothing if its record is not here (the merge clears it)
                if target is not None and parent in wanted and target not in arriving[parent]:
                    wanted[parent].setdefault(target, _Record(file, table, record_id))

    for parent, needed in wanted.items():
        if not needed:
            continue
        found = _known(s, parent, needed)
        for target, where in needed.items():
            if target not in found:
                raise _refuse(where, DANGLING, id=str(target)[:8])


def _known(s: Session, table: str, ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
    """The ids among ``ids`` of records here or logged here (a deleted one included)."""
    t = BY_NAME[table].table
    log = ChangeLog.__table__
    id_list = list(ids)
    found: set[uuid.UUID] = set()
    for start in range(0, len(id_list), 500):
        chunk = id_list[start:start + 500]
        found |= set(s.scalars(select(t.c.id).where(t.c.id.in_(chunk))))
        found |= set(s.scalars(select(log.c.record_id).where(
            log.c.table_name == table, log.c.record_id.in_(chunk))))
    return found
