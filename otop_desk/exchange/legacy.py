"""Workbooks of the first format (OTOP Desk before the change log) still import.

A format-1 workbook carries whole records, each with its ``updated_at`` and the
sender's *sync mark* (the version both sides last agreed on), checked by a SHA-256 sum.
Each record becomes a change of a stand-in device named after the workbook's officer
and office, stamped with its ``updated_at``, with an id made from the record and that
stamp: importing the same workbook again finds every change already held.

The first format's rule decides how a record is applied, as it did before: a record
changed only by the sender is taken (its change is made on what this database holds),
one changed only here is kept, one whose copy is older than the last agreed one is
ignored, and one changed on both sides becomes a change made without knowledge of this
database's: field by field, the same-field edits are conflicts, the later stamp wins.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from otop_desk.db.changelog import OpId, entries_of, field_winners
from otop_desk.db.models import SyncMark
from otop_desk.db.models.replication import INSERT, UPDATE
from otop_desk.db.values import MEMBERS_MET, DecodeError, decode, encode, parse_stamp, parse_uuid
from otop_desk.domain import clock, hlc
from otop_desk.exchange.changeset import ChangeSet, Op, Sender
from otop_desk.exchange.refusals import DAMAGED, refuse
from otop_desk.exchange.rules import check_change, check_omitted
from otop_desk.exchange.spec import BY_NAME

RECORDS_SHEET = "_records"
RECORD_HEADER = ("table", "id", "updated_at", "base", "values")
_NAMESPACE = uuid.UUID("6f0b7e2c-3a51-4d8e-9c77-0e1d2a4b5c6d")
_OLD_COLUMNS = frozenset({"created_at"})  # written by format 1, not fields any more


@dataclass(frozen=True)
class LegacyRecord:
    table: str
    id: uuid.UUID
    updated_at: datetime
    base: datetime | None
    values: dict[str, Any]  # decoded; a visit's people met as link fields


@dataclass
class LegacyBook:
    source: str
    officer: str
    office: str
    exported_at: datetime
    omitted: dict[str, tuple[str, ...]]
    records: list[LegacyRecord] = field(default_factory=list)

    @property
    def device(self) -> uuid.UUID:
        """The stand-in device of this workbook's sender."""
        return uuid.uuid5(_NAMESPACE, f"{self.officer}|{self.office}")


# reading -------------------------------------------------------------------------------
def read(path: Path, facts: dict[str, str], sheet: Any) -> LegacyBook:
    lines = _lines(sheet.iter_rows(values_only=True), path)
    if str(len(lines)) != facts.get("record_count") or _digest(lines) != facts.get("checksum"):
        raise refuse(DAMAGED, path)
    try:
        return _book(path, facts, lines)
    except (DecodeError, ValueError, KeyError, TypeError, RecursionError) as error:
        if isinstance(error, ValueError) and hasattr(error, "message"):
            raise  # a rule broken (a ValidationError): its message names it
        raise refuse(DAMAGED, path) from None


def _digest(lines: list[list[str]]) -> str:
    h = hashlib.sha256()
    for line in lines:
        h.update("\x1f".join(line).encode("utf-8", "surrogatepass"))
        h.update(b"\n")
    return h.hexdigest()


def _lines(rows: Iterator[tuple[Any, ...]], path: Path) -> list[list[str]]:
    header = next(rows, None)
    if header is None or tuple(header[:5]) != RECORD_HEADER:
        raise refuse(DAMAGED, path)
    lines = []
    for row in rows:
        cells = list(row)
        while cells and cells[-1] is None:
            cells.pop()
        if not cells:
            continue
        cells = ["" if c is None else c for c in cells]  # a record without a sync mark
        if any(not isinstance(c, str) for c in cells) or len(cells) < 4:
            raise refuse(DAMAGED, path)
        lines.append(cells)
    return lines


def _book(path: Path, facts: dict[str, str], lines: list[list[str]]) -> LegacyBook:
    omitted_raw = json.loads(facts.get("omitted_columns") or "{}")
    if not isinstance(omitted_raw, dict) or not all(isinstance(v, list) for v in omitted_raw.values()):
        raise DecodeError("omitted_columns")
    omitted = {str(k): tuple(str(c) for c in v) for k, v in omitted_raw.items()}
    check_omitted(path.name, omitted)
    now = clock.current().now()
    book = LegacyBook(path.name, facts.get("officer", ""), facts.get("office", ""),
                      parse_stamp(facts["exported_at"]), omitted)
    for line in lines:
        name, record_id, stamp, base = line[:4]
        if name not in BY_NAME:
            raise DecodeError(name)
        raw = json.loads("".join(line[4:]))
        if not isinstance(raw, dict):
            raise DecodeError(raw)
        values = _values(name, raw, omitted.get(name, ()))
        record = LegacyRecord(name, parse_uuid(record_id), parse_stamp(stamp),
                              parse_stamp(base) if base else None, values)
        check_change(path.name, name, record.id, record.updated_at, values, now)
        book.records.append(record)
    return book


def _values(table: str, raw: dict[str, Any], omitted: tuple[str, ...]) -> dict[str, Any]:
    spec = BY_NAME[table]
    values: dict[str, Any] = {}
    for column in spec.columns:
        if column in omitted:
            continue
        if column not in raw:
            raise DecodeError(f"{table}.{column} missing")
        values[column] = decode(spec.table, column, raw[column])
    if table == "visit":
        members = raw.get(MEMBERS_MET, [])
        if not isinstance(members, list):
            raise DecodeError(members)
        for member in members:
            values[f"{MEMBERS_MET}/{parse_uuid(member)}"] = True
    return values


# into changes --------------------------------------------------------------------------
def to_changeset(s: Session, book: LegacyBook) -> tuple[ChangeSet, list[LegacyRecord]]:
    """The changes ``book`` stands for against this database, and the records whose sync
    mark is to be set once they are applied (every record the workbook agreed on)."""
    device = book.device
    ops: list[Op] = []
    by_table: dict[str, list[LegacyRecord]] = {}
    for record in book.records:
        by_table.setdefault(record.table, []).append(record)
    for table, records in by_table.items():
        ids = [r.id for r in records]
        rows = _rows(s, table, ids)
        marks = dict(s.execute(select(SyncMark.record_id, SyncMark.agreed).where(
            SyncMark.table_name == table, SyncMark.record_id.in_(ids))).all()) if ids else {}
        entries = entries_of(s, table, ids)
        for record in records:
            mine = rows.get(record.id)
            op_id = OpId(device, 0, _seq(table, record.id, record.updated_at))
            stamp = hlc.from_datetime(record.updated_at)
            fields = {name: encode(value) for name, value in record.values.items()}
            if mine is None:
                ops.append(Op(op_id, stamp, table, record.id, INSERT, fields, {}, None))
                continue
            verdict = _decide(mine, record, marks.get(record.id) or record.base)
            if verdict.changes_nothing:
                continue
            # The first format sent a visit's whole list of people met: one not in it is off.
            for name, met in mine[1].items():
                if name.startswith(MEMBERS_MET + "/") and met and name not in fields:
                    fields[name] = False
            winners = field_winners(entries.get(record.id, []))
            bases = ({name: winners.get(name) or winners["*"] for name in fields
                      if winners.get(name) or "*" in winners} if verdict is Verdict.TAKE else {})
            ops.append(Op(op_id, stamp, table, record.id, UPDATE, fields, bases, None))
    sender = Sender(device, 0, int(book.exported_at.timestamp()), b"", book.officer, "", book.office)
    return ChangeSet(sender, book.exported_at, ops), book.records


class Verdict(StrEnum):
    """What the first format's rule makes of a record this database holds too."""

    SAME = "same"  # the workbook holds what this database holds
    KEEP = "keep"  # only this database changed it since the two agreed
    OLDER = "older"  # the workbook's copy is older than the one both agreed on
    TAKE = "take"  # only the workbook changed it: its values win
    CONFLICT = "conflict"  # both changed it (or they never agreed): merged field by field

    @property
    def changes_nothing(self) -> bool:
        return self in (Verdict.SAME, Verdict.KEEP, Verdict.OLDER)


def _decide(mine: tuple[datetime, dict[str, Any]], record: LegacyRecord, base: datetime | None) -> Verdict:
    """The first format's rule for one record, against the stamp both last agreed on."""
    updated_at, values = mine
    if record.updated_at == updated_at or all(
            _plain(values.get(k)) == _plain(v) for k, v in record.values.items()):
        return Verdict.SAME
    if base is None:
        return Verdict.CONFLICT
    if record.updated_at == base:
        return Verdict.KEEP
    if updated_at == base:
        return Verdict.OLDER if record.updated_at < base else Verdict.TAKE
    return Verdict.CONFLICT


def _plain(value: Any) -> Any:
    return encode(value) if not isinstance(value, str | int | float | bool | type(None)) else value


def _rows(s: Session, table: str, ids: list[uuid.UUID]) -> dict[uuid.UUID, tuple[datetime, dict[str, Any]]]:
    from otop_desk.db.models import visit_member

    spec = BY_NAME[table]
    t = spec.table
    out: dict[uuid.UUID, tuple[datetime, dict[str, Any]]] = {}
    for start in range(0, len(ids), 500):
        for row in s.execute(select(t).where(t.c.id.in_(ids[start:start + 500]))).mappings():
            out[row["id"]] = (row["updated_at"], {c: row[c] for c in spec.columns})
    if table == "visit" and out:
        for start in range(0, len(ids), 500):
            for visit, member in s.execute(select(visit_member.c.visit_id, visit_member.c.member_id)
                                           .where(visit_member.c.visit_id.in_(ids[start:start + 500]))):
                if visit in out:
                    out[visit][1][f"{MEMBERS_MET}/{member}"] = True
    return out


def _seq(table: str, record_id: uuid.UUID, stamp: datetime) -> int:
    """A change id for a record version: the same workbook imported twice gives the same."""
    digest = hashlib.sha256(f"{table}|{record_id}|{stamp.isoformat()}".encode()).digest()
    return int.from_bytes(digest[:8], "big") >> 1  # fits a signed BIGINT


def set_marks(s: Session, records: list[LegacyRecord]) -> None:
    """Remember, per record, the version this database and the workbook now agree on."""
    for record in records:
        mark = s.get(SyncMark, (record.table, record.id))
        if mark is None:
            s.add(SyncMark(table_name=record.table, record_id=record.id, agreed=record.updated_at))
        elif mark.agreed != record.updated_at:
            mark.agreed = record.updated_at
