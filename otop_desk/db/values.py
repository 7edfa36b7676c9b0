"""Field values as they travel and as the change log keeps them: JSON-safe, by column type.

Money as integer satang, dates and times as ISO text, UUIDs as text, decimals as text
(exact), enums by their value. Decoding checks the type and nothing else; the domain's
rules (ranges, lengths, characters) are ``services.incoming``'s.
"""

from __future__ import annotations

import enum
import json
import uuid
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
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


def dumps(values: dict[str, Any]) -> str:
    """Canonical JSON: the same values give the same text on every device (signatures)."""
    return json.dumps(values, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def decode(table: Table, name: str, raw: Any) -> Any:
    """A field's value from its JSON form; a link field is true or false."""
    if name.startswith(MEMBERS_MET + "/"):
        if table.name != "visit":
            raise DecodeError(f"{table.name}.{name} is not a field")
        parse_uuid(name.split("/", 1)[1])
        if not isinstance(raw, bool):
            raise DecodeError(raw)
        return raw
    column = table.columns.get(name)
    if column is None or name in HOUSEKEEPING:
        raise DecodeError(f"{table.name}.{name} is not a field")
    value = _decode(column.type, raw)
    if value is None and not column.nullable:
        raise DecodeError(f"{table.name}.{name} is empty")
    return value


def decode_all(table: Table, raw: Any) -> Values:
    if not isinstance(raw, dict):
        raise DecodeError(raw)
    return {str(name): decode(table, str(name), value) for name, value in raw.items()}


def _decode(column_type: Any, raw: Any) -> Any:  # noqa: C901 - one branch per column type
    if raw is None:
        return None
    if isinstance(column_type, MoneyType):
        if not isinstance(raw, int) or isinstance(raw, bool):
            raise DecodeError(raw)
        return Money(raw)
    if isinstance(column_type, ScaledDecimal):
        if not isinstance(raw, str | int) or isinstance(raw, bool):
            raise DecodeError(raw)
        try:
            return Decimal(str(raw))
        except InvalidOperation:
            raise DecodeError(raw) from None
    if isinstance(column_type, UTCDateTime):
        return parse_stamp(raw)
    if isinstance(column_type, SAEnum):
        try:
            return column_type.enum_class(raw) if column_type.enum_class else str(raw)
        except ValueError:
            raise DecodeError(raw) from None
    if isinstance(column_type, Uuid):
        return parse_uuid(raw)
    if isinstance(column_type, Date):
        try:
            return date.fromisoformat(raw)
        except (TypeError, ValueError):
            raise DecodeError(raw) from None
    if isinstance(column_type, Boolean):
        if not isinstance(raw, bool):
            raise DecodeError(raw)
        return raw
    if isinstance(column_type, Integer):
        if not isinstance(raw, int) or isinstance(raw, bool):
            raise DecodeError(raw)
        return raw
    if isinstance(column_type, Float):
        if not isinstance(raw, int | float) or isinstance(raw, bool):
            raise DecodeError(raw)
        return float(raw)
    if isinstance(column_type, String | Text):
        if not isinstance(raw, str):
            raise DecodeError(raw)
        return raw
    raise DecodeError(raw)


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
