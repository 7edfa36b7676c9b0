"""Field values as they travel and as the change log keeps them: JSON-safe, by column type.

Money as integer satang, dates and times as ISO text, UUIDs as text, decimals as text
(exact), enums by their value. Decoding checks the type and nothing else; the domain's
rules (ranges, lengths, characters) are ``services.incoming``'s.
"""

from __future__ import annotations

import enum
import json
import uuid
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Column, Date, Float, Integer, String, Table, Text, Uuid
from sqlalchemy import Enum as SAEnum

from otop_desk.db.types import MoneyType, ScaledDecimal, UTCDateTime
from otop_desk.domain.money import Money

Values = dict[str, Any]

#: Columns every record has that are not exchanged as fields: the key, the local stamps
#: of when this database created and changed it, and its origin (travels with a change).
HOUSEKEEPING = frozenset({"id", "created_at", "updated_at", "origin"})

#: A visit's link to a member met travels as the field ``members_met/<member id>``
#: (true or false): two devices adding different people met both keep theirs.
MEMBERS_MET = "members_met"

#: Fields a schema change retired, by table: a change logged or exported before it may
#: still carry one, and is read without it (``product.standards`` became the
#: ``product_certificate`` records, migration 0007).
RETIRED: dict[str, frozenset[str]] = {"product": frozenset({"standards"})}


def without_retired(table: str, fields: dict[str, Any]) -> dict[str, Any]:
    retired = RETIRED.get(table)
    return {k: v for k, v in fields.items() if k not in retired} if retired else fields


@cache
def fields_of(table: Table) -> tuple[str, ...]:
    """The exchanged fields of a table, in its order."""
    return tuple(c.name for c in table.columns if c.name not in HOUSEKEEPING)


class DecodeError(ValueError):
    """A value does not fit its column."""


def encode(value: Any) -> Any:  # noqa: C901 - one branch per type
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, int | float | str):
        return value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, Money):
        return value.satang
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot encode {type(value).__name__}")


def encode_all(values: Values) -> dict[str, Any]:
    return {key: encode(value) for key, value in values.items()}


#: One encoder for every canonical text: ``json.dumps`` with options makes a new one per
#: call, which a province's import (two texts per change) would feel.
CANONICAL = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def dumps(values: dict[str, Any]) -> str:
    """Canonical JSON: the same values give the same text on every device (signatures)."""
    return CANONICAL.encode(values) if values else "{}"


def decode(table: Table, name: str, raw: Any) -> Any:
    """A field's value from its JSON form; a link field is true or false."""
    if name.startswith(MEMBERS_MET + "/"):
        if table.name != "visit":
            raise DecodeError(f"{table.name}.{name} is not a field")
        parse_uuid(name.split("/", 1)[1])
        if not isinstance(raw, bool):
            raise DecodeError(raw)
        return raw
    return _field_decoder(table, name)(raw)


@cache
def _field_decoder(table: Table, name: str) -> Callable[[Any], Any]:
    """The decoding of one column, chosen once (a province's import decodes a few
    hundred thousand values)."""
    column = table.columns.get(name)
    if column is None or name in HOUSEKEEPING:
        def not_a_field(_raw: Any) -> Any:
            raise DecodeError(f"{table.name}.{name} is not a field")
        return not_a_field
    of_type = _type_decoder(column.type)
    nullable = column.nullable

    def field(raw: Any) -> Any:
        if raw is None:
            if not nullable:
                raise DecodeError(f"{table.name}.{name} is empty")
            return None
        value = of_type(raw)
        if value is None and not nullable:
            raise DecodeError(f"{table.name}.{name} is empty")
        return value
    return field


def decode_all(table: Table, raw: Any) -> Values:
    if not isinstance(raw, dict):
        raise DecodeError(raw)
    return {str(name): decode(table, str(name), value) for name, value in raw.items()}


def _type_decoder(column_type: Any) -> Callable[[Any], Any]:  # noqa: C901 - one branch per column type
    """The function that decodes a non-null JSON value for ``column_type``."""
    if isinstance(column_type, MoneyType):
        def money(raw: Any) -> Any:
            if not isinstance(raw, int) or isinstance(raw, bool):
                raise DecodeError(raw)
            return Money(raw)
        return money
    if isinstance(column_type, ScaledDecimal):
        def scaled(raw: Any) -> Any:
            if not isinstance(raw, str | int) or isinstance(raw, bool):
                raise DecodeError(raw)
            try:
                return Decimal(str(raw))
            except InvalidOperation:
                raise DecodeError(raw) from None
        return scaled
    if isinstance(column_type, UTCDateTime):
        return parse_stamp
    if isinstance(column_type, SAEnum):
        enum_class = column_type.enum_class

        def member(raw: Any) -> Any:
            try:
                return enum_class(raw) if enum_class else str(raw)
            except ValueError:
                raise DecodeError(raw) from None
        return member
    if isinstance(column_type, Uuid):
        return parse_uuid
    if isinstance(column_type, Date):
        def day(raw: Any) -> Any:
            try:
                return date.fromisoformat(raw)
            except (TypeError, ValueError):
                raise DecodeError(raw) from None
        return day
    if isinstance(column_type, Boolean):
        return _of_type(bool)
    if isinstance(column_type, Integer):
        def integer(raw: Any) -> Any:
            if not isinstance(raw, int) or isinstance(raw, bool):
                raise DecodeError(raw)
            return raw
        return integer
    if isinstance(column_type, Float):
        def real(raw: Any) -> Any:
            if not isinstance(raw, int | float) or isinstance(raw, bool):
                raise DecodeError(raw)
            return float(raw)
        return real
    if isinstance(column_type, String | Text):
        return _of_type(str)

    def unknown(raw: Any) -> Any:
        raise DecodeError(raw)
    return unknown


def _of_type(kind: type) -> Callable[[Any], Any]:
    def exact(raw: Any) -> Any:
        if not isinstance(raw, kind):
            raise DecodeError(raw)
        return raw
    return exact


def parse_uuid(raw: Any) -> uuid.UUID:
    try:
        return uuid.UUID(str(raw))
    except ValueError:
        raise DecodeError(raw) from None


def parse_stamp(raw: Any) -> datetime:
    """An aware ISO timestamp; a naive one (no time zone) is refused."""
    try:
        stamp = datetime.fromisoformat(raw)
    except (TypeError, ValueError):
        raise DecodeError(raw) from None
    if stamp.tzinfo is None:
        raise DecodeError(raw)
    return stamp


def column_of(table: Table, name: str) -> Column[Any] | None:
    return table.columns.get(name)
