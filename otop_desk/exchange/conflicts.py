"""Conflicts found by the merge, for a person: what was kept, what was not, and choosing.

The merge has already settled every conflict by the same rule on every device (the
later change wins; a deletion wins over an edit it did not know of), so all copies agree.
A person may still choose the value that was not kept: that is a new change made here,
on the kept one, which every other device then takes over as any other edit.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from otop_desk.db.changelog import device_id
from otop_desk.db.database import Database
from otop_desk.db.models import Conflict, Peer
from otop_desk.db.values import MEMBERS_MET, decode
from otop_desk.domain.errors import NotFoundError
from otop_desk.exchange.merge_state import ConflictKind
from otop_desk.exchange.spec import BY_NAME


@dataclass(frozen=True)
class ConflictRow:
    id: uuid.UUID
    table: str
    record_id: uuid.UUID
    field: str
    kind: ConflictKind
    kept_value: Any  # JSON form
    lost_value: Any
    kept_by: str  # the officer or office whose change was kept ("": this computer)
    lost_by: str
    detected_at: datetime
    record_name: str = ""  # the record's name, title or date, as its forms show it
    @property
    def record_label(self) -> str:
        return BY_NAME[self.table].label

    @property
    def field_label(self) -> str:
        return BY_NAME[self.table].label_of(self.field) if self.field else ""

    @property
    def kept_text(self) -> str:
        return _text(self.kept_value)

    @property
    def lost_text(self) -> str:
        return _text(self.lost_value)

    @property
    def can_take_other(self) -> bool:
        return self.kind not in (ConflictKind.DELETED, ConflictKind.CLASH)


#: The column that names a record to a person, by table: the first one it has.
_NAMING = ("name", "title", "description", "visit_date", "entry_date", "sale_date",
           "action_date", "booth_no")


def open_conflicts(db: Database) -> list[ConflictRow]:
    """Conflicts nobody has looked at yet, newest first."""
    with db.read() as s:
        devices = {p.device_id.hex: p.officer or p.office for p in s.scalars(select(Peer))}
        devices[device_id(s).hex] = ""  # this computer
        conflicts = list(s.scalars(select(Conflict).where(Conflict.settled.is_(False))
                                   .order_by(Conflict.detected_at.desc())))
        names: dict[uuid.UUID, str] = {}
        for table in {c.table_name for c in conflicts}:
            names |= _record_names(s, table, [c.record_id for c in conflicts if c.table_name == table])
        return [_row(c, devices, names.get(c.record_id, "")) for c in conflicts]


def _record_names(s: Any, table: str, ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    t = BY_NAME[table].table
    column = next((c for c in _NAMING if c in t.columns), None)
    if column is None:
        return {}
    found = {}
    for start in range(0, len(ids), 500):
        for record_id, value in s.execute(select(t.c.id, t.c[column]).where(t.c.id.in_(ids[start:start + 500]))):
            found[record_id] = value.isoformat() if hasattr(value, "isoformat") else str(value or "")
    return found


def settle(db: Database, conflict_id: uuid.UUID, *, take_other: bool = False) -> None:
    """Mark a conflict seen; with ``take_other`` first put the value that was not kept in
    place, as an edit made here (it travels like any other)."""
    with db.begin() as s:
        conflict = s.get(Conflict, conflict_id)
        if conflict is None:
            raise NotFoundError(str(conflict_id))
        if take_other and conflict.kind not in (ConflictKind.DELETED, ConflictKind.CLASH):
            spec = BY_NAME[conflict.table_name]
            record = s.get(spec.model, conflict.record_id)
            if record is None:
                raise NotFoundError(str(conflict.record_id))
            raw = json.loads(conflict.lost_value)
            if conflict.field.startswith(MEMBERS_MET + "/"):
                from otop_desk.db.models import Member

                member = s.get(Member, uuid.UUID(conflict.field.split("/", 1)[1]))
                met = record.members_met  # type: ignore[attr-defined]
                if raw and member is not None and member not in met:
                    met.append(member)
                elif not raw and member in met:
                    met.remove(member)
            else:
                setattr(record, conflict.field, decode(spec.table, conflict.field, raw))
        conflict.settled = True


def _row(c: Conflict, devices: dict[str, str], name: str) -> ConflictRow:
    kept_device, lost_device = c.kept.split(":")[0], c.lost.split(",")[0].split(":")[0]
    return ConflictRow(c.id, c.table_name, c.record_id, c.field, ConflictKind(c.kind),
                       json.loads(c.kept_value), json.loads(c.lost_value),
                       devices.get(kept_device, kept_device[:8]), devices.get(lost_device, lost_device[:8]),
                       c.detected_at, name)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    return str(value)

