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


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str  # untranslated source ("Field" context)
    before: Any  # JSON form; None when unknown here
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
    for origin, stamp, kind, fields, previous in rows:
        after, before = json.loads(fields), json.loads(previous)
        names_changed = after if kind == "update" else (before if kind == "delete" else {})
        changes = [FieldChange(name, spec.label_of(name), before.get(name), after.get(name))
                   for name in names_changed]
        out.append(HistoryEntry(hlc.to_datetime(stamp), kind, origin, origin == me,
                                names.get(origin, ""), changes))
    return out
