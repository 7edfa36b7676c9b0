"""Records as they travel between databases: which tables, and values as JSON-safe data.

A workbook carries every exported record as its table name, UUID, ``updated_at`` and a
JSON object of its column values. Encoding and decoding are driven by the column types
of the models, so a column added to a model travels without touching this module.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Boolean, Date, Float, Integer, Select, String, Table, Text, Uuid, select
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import Session

from otop_desk.db.base import Record
from otop_desk.db.models import (
    AuditEntry,
    CashEntry,
    FairEntry,
    FairSale,
    FollowUpAction,
    Member,
    Participant,
    Problem,
    ProblemAction,
    ProducerGroup,
    Product,
    TradeFair,
    Training,
    Visit,
    visit_member,
)
from otop_desk.db.models._columns import PERSONAL
from otop_desk.db.types import MoneyType, ScaledDecimal, UTCDateTime
from otop_desk.domain.errors import QT_TRANSLATE_NOOP
from otop_desk.domain.money import Money

#: Parents before children: the order in which records are inserted on import.
MODELS: dict[str, type[Record]] = {
    m.__tablename__: m
    for m in (
        ProducerGroup, Product, Member, Visit, FollowUpAction, Training, Participant,
        Problem, ProblemAction, TradeFair, FairEntry, FairSale, CashEntry,
    )
}
TABLES: tuple[str, ...] = tuple(MODELS)

#: How each table's records are named to people (the "Records" context).
TABLE_LABELS = {
    "producer_group": QT_TRANSLATE_NOOP("Records", "Producer group"),
    "product": QT_TRANSLATE_NOOP("Records", "Product"),
    "member": QT_TRANSLATE_NOOP("Records", "Group member"),
    "visit": QT_TRANSLATE_NOOP("Records", "Visit"),
    "follow_up_action": QT_TRANSLATE_NOOP("Records", "Follow-up action"),
    "training": QT_TRANSLATE_NOOP("Records", "Training"),
    "participant": QT_TRANSLATE_NOOP("Records", "Training participant"),
    "problem": QT_TRANSLATE_NOOP("Records", "Problem"),
    "problem_action": QT_TRANSLATE_NOOP("Records", "Problem action"),
    "trade_fair": QT_TRANSLATE_NOOP("Records", "Trade fair"),
    "fair_entry": QT_TRANSLATE_NOOP("Records", "Fair entry"),
    "fair_sale": QT_TRANSLATE_NOOP("Records", "Fair sale"),
    "cash_entry": QT_TRANSLATE_NOOP("Records", "Cash-book entry"),
}
#: The visit's links to the members met travel as a list inside the visit's values.
MEMBERS_MET = "members_met"

def personal_columns(name: str) -> tuple[str, ...]:
    """The columns of a table that hold personal data (Thailand's PDPA): names, phone
    numbers, people typed as free text. Declared once, on the models' columns."""
    return tuple(c.name for c in MODELS[name].__table__.columns if c.info.get(PERSONAL))


#: Left out of an export "without personal data", of its sheets and its hidden data alike.
PERSONAL_COLUMNS: dict[str, tuple[str, ...]] = {
    name: columns for name in MODELS if (columns := personal_columns(name))
}

#: ``AuditEntry.action`` of the per-record sync mark: the ``updated_at`` of the version
#: this database and a workbook last agreed on (see ``services.merge``).
SYNC_ACTION = "sync"

Values = dict[str, Any]


class DecodeError(ValueError):
    """A value in a workbook does not fit its column."""


def table(name: str) -> Table:
    return MODELS[name].__table__  # type: ignore[return-value]


def data_columns(name: str) -> list[str]:
    """Every column but the key and ``updated_at``, which travel beside the values."""
    return [c.name for c in table(name).columns if c.name not in ("id", "updated_at")]


# encoding ---------------------------------------------------------------------------------
def encode_value(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str) and not isinstance(value, enum.Enum):
        return value
    if isinstance(value, enum.Enum):
        return value.value
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
    if isinstance(value, list):
        return [encode_value(v) for v in value]
    raise TypeError(f"cannot encode {type(value).__name__}")


def encode_values(values: Values) -> dict[str, Any]:
    return {key: encode_value(value) for key, value in values.items()}


# decoding ---------------------------------------------------------------------------------
def _decode(column_type: Any, raw: Any) -> Any:  # noqa: C901 - one branch per column type
    if raw is None:
        return None
    if isinstance(column_type, MoneyType):
        if not isinstance(raw, int) or isinstance(raw, bool):
            raise DecodeError(raw)
        return Money(raw)
    if isinstance(column_type, ScaledDecimal):
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


def decode_values(name: str, raw: Any, omitted: Iterable[str] = ()) -> Values:
    """Check and convert one record's JSON values; every column must be there."""
    if not isinstance(raw, dict):
        raise DecodeError(raw)
    skip = set(omitted)
    out: Values = {}
    for column in table(name).columns:
        if column.name in ("id", "updated_at") or column.name in skip:
            continue
        if column.name not in raw:
            raise DecodeError(f"{name}.{column.name} missing")
        value = _decode(column.type, raw[column.name])
        if value is None and not column.nullable:
            raise DecodeError(f"{name}.{column.name} is empty")
        out[column.name] = value
    if name == "visit":
        links = raw.get(MEMBERS_MET, [])
        if not isinstance(links, list):
            raise DecodeError(links)
        out[MEMBERS_MET] = sorted(parse_uuid(v) for v in links)
    return out


def parse_uuid(raw: Any) -> uuid.UUID:
    try:
        return uuid.UUID(str(raw))
    except ValueError:
        raise DecodeError(raw) from None


def parse_stamp(raw: Any) -> datetime:
    try:
        stamp = datetime.fromisoformat(raw)
    except (TypeError, ValueError):
        raise DecodeError(raw) from None
    if stamp.tzinfo is None:
        raise DecodeError(raw)
    return stamp


# reading from the database ------------------------------------------------------------
def load_rows(s: Session, name: str, ids: Iterable[uuid.UUID] | None = None) -> dict[uuid.UUID, tuple[datetime, Values]]:
    """``{id: (updated_at, values)}`` of a table, all rows or the given ids."""
    t = table(name)
    out: dict[uuid.UUID, tuple[datetime, Values]] = {}
    queries: list[Select[Any]] = []
    if ids is None:
        queries.append(select(t))
    else:
        id_list = list(ids)
        for start in range(0, len(id_list), 500):
            queries.append(select(t).where(t.c.id.in_(id_list[start:start + 500])))
    for query in queries:
        for row in s.execute(query).mappings():
            values = {key: row[key] for key in row if key not in ("id", "updated_at")}
            out[row["id"]] = (row["updated_at"], values)
    if name == "visit" and out:
        _attach_members_met(s, out, whole_table=ids is None)
    return out


def _attach_members_met(s: Session, visits: dict[uuid.UUID, tuple[datetime, Values]], *, whole_table: bool) -> None:
    for _stamp, values in visits.values():
        values[MEMBERS_MET] = []
    links = select(visit_member.c.visit_id, visit_member.c.member_id)
    id_list = list(visits)
    queries = [links] if whole_table else [
        links.where(visit_member.c.visit_id.in_(id_list[start:start + 500]))
        for start in range(0, len(id_list), 500)
    ]
    for query in queries:
        for visit_id, member_id in s.execute(query):
            if visit_id in visits:
                visits[visit_id][1][MEMBERS_MET].append(member_id)
    for _stamp, values in visits.values():
        values[MEMBERS_MET].sort()


def sync_marks(s: Session, name: str, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, AuditEntry]:
    """The sync-mark rows of the given records of one table."""
    id_list = list(ids)
    marks: dict[uuid.UUID, AuditEntry] = {}
    for start in range(0, len(id_list), 500):
        query = select(AuditEntry).where(
            AuditEntry.action == SYNC_ACTION,
            AuditEntry.table_name == name,
            AuditEntry.record_id.in_(id_list[start:start + 500]),
        )
        for entry in s.scalars(query):
            marks[entry.record_id] = entry
    return marks
