"""How a conflict or a record's history reads to a person: fields by their labels and
values as the forms show them (dates in BE, money in baht, choices by name), never
column names and stored keys. Values arrive in their travelling (JSON) form."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import Boolean, Date
from sqlalchemy import Enum as SAEnum

from otop_desk import i18n
from otop_desk.db.types import MoneyType, UTCDateTime
from otop_desk.db.values import MEMBERS_MET
from otop_desk.domain.enums import Helper
from otop_desk.domain.errors import FIELD_CONTEXT, QT_TRANSLATE_NOOP
from otop_desk.domain.money import Money
from otop_desk.exchange.spec import BY_NAME

CONTEXT = "ConflictFields"

# Columns holding several keys of one vocabulary, comma-separated.
_KEY_LISTS = {"helpers": Helper}


def field_label(table_name: str, column: str) -> str:
    return i18n.translate(FIELD_CONTEXT, BY_NAME[table_name].label_of(column))


def record_kind(table_name: str) -> str:
    return i18n.translate("Records", BY_NAME[table_name].label)


def value_text(table_name: str, column: str, value: Any) -> str:  # noqa: C901 - one branch per kind
    """A value in its travelling form, for people."""
    if value is None or value == "":
        return "—"
    if column.startswith(MEMBERS_MET + "/"):
        return i18n.translate(CONTEXT, QT_TRANSLATE_NOOP("ConflictFields", "met") if value
                              else QT_TRANSLATE_NOOP("ConflictFields", "not met"))
    if isinstance(value, dict):  # the fields of a record deleted elsewhere
        return "; ".join(f"{field_label(table_name, k)}: {value_text(table_name, k, v)}"
                         for k, v in value.items())
    if column in _KEY_LISTS:
        return ", ".join(_enum(_KEY_LISTS[column], key) for key in str(value).split(",") if key)
    column_type = _column_type(table_name, column)
    try:
        if isinstance(column_type, SAEnum) and column_type.enum_class is not None:
            return _enum(column_type.enum_class, str(value))
        if isinstance(column_type, MoneyType):
            return i18n.translate(CONTEXT, QT_TRANSLATE_NOOP("ConflictFields", "{amount} baht")).format(
                amount=Money(int(value)).format())
        if isinstance(column_type, Boolean):
            return i18n.translate(CONTEXT, QT_TRANSLATE_NOOP("ConflictFields", "yes") if value
                                  else QT_TRANSLATE_NOOP("ConflictFields", "no"))
        if isinstance(column_type, Date):
            return i18n.fmt_date(date.fromisoformat(str(value)))
        if isinstance(column_type, UTCDateTime):
            return i18n.fmt_date(date.fromisoformat(str(value)[:10]))
    except ValueError:
        return str(value)
    if column.endswith("_id"):
        # A link to another record: its key means nothing to a person; say which one.
        return i18n.translate(CONTEXT, QT_TRANSLATE_NOOP("ConflictFields", "record {key}")).format(
            key=_short_key(str(value)))
    return str(value)


def record_label(label: str) -> str:
    """A record's name; a date (a visit's) is shown in BE."""
    try:
        return i18n.fmt_date(date.fromisoformat(label))
    except ValueError:
        return label


def _enum(enum_cls: Any, key: str) -> str:
    try:
        return i18n.enum_label(enum_cls(key))
    except ValueError:
        return key


def _column_type(table_name: str, column: str) -> Any:
    columns = BY_NAME[table_name].table.columns
    return columns[column].type if column in columns else None


def _short_key(value: str) -> str:
    try:
        return uuid.UUID(value).hex[:8]
    except ValueError:
        return value
