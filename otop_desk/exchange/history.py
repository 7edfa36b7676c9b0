"""A record's history, read from the change log: what changed, when, on which device."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select

from otop_desk.db.changelog import device_id
from otop_desk.db.database import Database
from otop_desk.db.models import ChangeLog, Peer
from otop_desk.domain import hlc
from otop_desk.exchange.spec import BY_NAME


class _Unknown:
    def __repr__(self) -> str:
        return "UNKNOWN"


#: A value before a change that this database does not know (None is a value: empty).
UNKNOWN: Any = _Unknown()


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str  # untranslated source ("Field" context)
    before: Any  # JSON form, or UNKNOWN
    after: Any


@dataclass(frozen=True)
class HistoryEntry:
    when: datetime  # the change's stamp (UTC)
    kind: str  # "insert", "update" or "delete"
    device: uuid.UUID
    here: bool  # made on this computer
    by: str  # the officer or office of the device, as its workbooks named it
    changes: list[FieldChange] = field(default_factory=list)


def history(db: Database, table: str, record_id: uuid.UUID) -> list[HistoryEntry]:
    """Every logged change of a record, oldest first."""
    spec = BY_NAME[table]
    log = ChangeLog.__table__
    with db.read() as s:
        me = device_id(s)
        names = {p.device_id: p.officer or p.office for p in s.scalars(select(Peer))}
        rows = s.execute(select(log.c.origin, log.c.hlc, log.c.kind, log.c.fields, log.c.previous)
                         .where(log.c.table_name == table, log.c.record_id == record_id)
                         .order_by(log.c.hlc, log.c.seq)).all()
    out = []
    last: dict[str, Any] = {}  # each field's value after its latest change so far
    for origin, stamp, kind, fields, previous in rows:
        after, before = json.loads(fields), json.loads(previous)
        names_changed = after if kind == "update" else (before if kind == "delete" else {})
        changes = []
        for name in names_changed:
            # A change received from elsewhere may not say what it replaced (the record
            # arrived whole with it): the field's change before it here says.
            was = before[name] if name in before else last.get(name, UNKNOWN)
            changes.append(FieldChange(name, spec.label_of(name), was, after.get(name)))
            last[name] = after.get(name)
        out.append(HistoryEntry(hlc.to_datetime(stamp), kind, origin, origin == me,
                                names.get(origin, ""), changes))
    return out
