"""Does the change log tell the truth about the tables?

Every exchanged record here must have its insert in the log, and no deletion; every
record the log says was made and never deleted must be here; every field a logged
change wrote must hold the value of the latest such change (a reference cleared when
its record was deleted aside: it names nothing); a visit's members met must be those
the log's latest link changes say. What was never changed since its insert is not
checked: an insert's values travel from the row itself.

Used by tests after the demo, the services, merges and restores, and by
``otop-desk check`` for a database someone doubts.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from otop_desk.db.changelog import TABLES, Entry, OpId, order
from otop_desk.db.models import ChangeLog, visit_member
from otop_desk.db.models.replication import DELETE, INSERT, UPDATE
from otop_desk.db.values import MEMBERS_MET, encode, fields_of, without_retired


@dataclass(frozen=True)
class Mismatch:
    table: str
    record_id: uuid.UUID
    what: str  # "not logged", "deleted but here", "missing", or the field that differs
    logged: Any = None
    held: Any = None

    def __str__(self) -> str:
        """Without the values: they may be someone's name or phone."""
        if self.what in ("not logged", "deleted but here", "missing"):
            return f"{self.table} {self.record_id}: {self.what}"
        return f"{self.table} {self.record_id}: {self.what} differs from the log"


def mismatches(s: Session) -> list[Mismatch]:
    """Every way the tables differ from the log (empty when they agree)."""
    entries = _entries(s)
    out: list[Mismatch] = []
    for table in TABLES:
        out += _check_table(s, table, entries.get(table, {}))
    return out


def _entries(s: Session) -> dict[str, dict[uuid.UUID, list[Entry]]]:
    log = ChangeLog.__table__
    out: dict[str, dict[uuid.UUID, list[Entry]]] = defaultdict(lambda: defaultdict(list))
    for table, record_id, origin, epoch, seq, stamp, kind, fields in s.execute(
            select(log.c.table_name, log.c.record_id, log.c.origin, log.c.epoch, log.c.seq, log.c.hlc,
                   log.c.kind, log.c.fields)):
        out[table][record_id].append(Entry(OpId(origin, epoch, seq), stamp, kind, json.loads(fields), {}))
    return out


def _check_table(s: Session, table: str, logged: dict[uuid.UUID, list[Entry]]) -> Iterator[Mismatch]:
    t = TABLES[table]
    columns = fields_of(t)
    held = {row["id"]: {c: encode(row[c]) for c in columns} for row in s.execute(select(t)).mappings()}
    if table == "visit":
        for visit, member in s.execute(select(visit_member.c.visit_id, visit_member.c.member_id)):
            if visit in held:
                held[visit][f"{MEMBERS_MET}/{member}"] = True
    cleared = {c.name for c in t.columns for fk in c.foreign_keys if fk.ondelete == "SET NULL"}
    for record_id, values in held.items():
        entries = logged.get(record_id, [])
        if not any(e.kind == INSERT for e in entries):
            yield Mismatch(table, record_id, "not logged")
        elif any(e.kind == DELETE for e in entries):
            yield Mismatch(table, record_id, "deleted but here")
        else:
            for name, value in without_retired(table, _latest(entries)).items():
                have = values.get(name, False if name.startswith(MEMBERS_MET + "/") else None)
                if have == value or (have is None and name in cleared) \
                        or (have is False and name.startswith(MEMBERS_MET + "/")):
                    continue  # a cleared reference, or a link to a member deleted since
                yield Mismatch(table, record_id, name, value, have)
    for record_id, entries in logged.items():
        if record_id not in held and any(e.kind == INSERT for e in entries) \
                and not any(e.kind == DELETE for e in entries):
            yield Mismatch(table, record_id, "missing")


def _latest(entries: list[Entry]) -> dict[str, Any]:
    """Each field's value by the latest update that wrote it."""
    out: dict[str, tuple[tuple[int, str, int, int], Any]] = {}
    for entry in entries:
        if entry.kind != UPDATE:
            continue
        key = order(entry)
        for name, value in entry.fields.items():
            if name not in out or key > out[name][0]:
                out[name] = (key, value)
    return {name: value for name, (_key, value) in out.items()}
