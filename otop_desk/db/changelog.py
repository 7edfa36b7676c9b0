"""Every change to an exchanged record is logged in the transaction that makes it.

Installed on a database's sessions (``install``), this listens to each flush of the ORM
unit of work, the one way the services write:

* a new record is logged as an "insert" (its values are the row's; it gets this
  device as its ``origin``);
* a changed record as an "update" with the fields that changed, their new and former
  values, and for each field the change whose value it replaced (its *base*: that is how
  a receiving device tells an edit made after seeing another from one made without);
* a visit's members met as link fields ``members_met/<member>`` true or false;
* a deleted record as a "delete" (a tombstone), and so is every record the database
  deletes with it (``ON DELETE CASCADE``); a reference the database empties with it
  (``ON DELETE SET NULL``) is logged as an update of that field.

Each change gets this device's next ``seq`` and a stamp of the hybrid logical clock.
A statement that would write an exchanged table behind the unit of work's back
(``session.execute(update(...))``) is refused, unless it comes from the replication
layer itself and says so (``LOGGED``): a write the log does not know of could never
reach another device.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Delete, Insert, Table, Update, event, insert, inspect, select, update
from sqlalchemy.orm import Session, attributes, object_session
from sqlalchemy.orm.session import ORMExecuteState, sessionmaker

from otop_desk.db.base import Record
from otop_desk.db.models import EXCHANGED, ChangeLog, Replica, Visit, visit_member
from otop_desk.db.models.replication import DELETE, INSERT, UPDATE
from otop_desk.db.values import HOUSEKEEPING, MEMBERS_MET, dumps, encode, fields_of
from otop_desk.domain import hlc
from otop_desk.domain.clock import Clock

#: Execution option of a statement the replication layer logs itself.
LOGGED = "otop_logged"
#: Exchanged table name -> its table.
TABLES: dict[str, Table] = {m.__tablename__: m.__table__ for m in EXCHANGED}  # type: ignore[misc]
_EXCHANGED_TABLES = frozenset(TABLES) | {visit_member.name}
_CLOCK_KEY = "otop_capture_clock"
_PENDING_KEY = "otop_capture_pending"


class UnloggedWrite(RuntimeError):
    """A statement wrote an exchanged table without the change log knowing."""


@dataclass(frozen=True)
class OpId:
    """A change's id everywhere: the device that made it, its epoch and sequence."""

    origin: uuid.UUID
    epoch: int
    seq: int

    def __str__(self) -> str:
        return f"{self.origin.hex}:{self.epoch}:{self.seq}"

    @classmethod
    def parse(cls, text: str) -> OpId:
        origin, epoch, seq = text.split(":")
        return cls(uuid.UUID(hex=origin), int(epoch), int(seq))


@dataclass
class Change:
    """A change about to be logged (``seq`` and ``hlc`` are given when it is written)."""

    table: str
    record_id: uuid.UUID
    kind: str
    fields: dict[str, Any] = field(default_factory=dict)
    previous: dict[str, Any] = field(default_factory=dict)
    bases: dict[str, str] = field(default_factory=dict)


# installing -----------------------------------------------------------------------------
def install(sessions: sessionmaker[Session], clock: Clock) -> None:
    """Log every change made through sessions of ``sessions``, stamped by ``clock``."""
    sessions.configure(info={_CLOCK_KEY: clock})
    event.listen(sessions, "before_flush", _before_flush)
    event.listen(sessions, "after_flush", _after_flush)
    event.listen(sessions, "do_orm_execute", _guard)
    if not event.contains(Record, "before_delete", _before_delete):
        # A mapper event: it also sees rows the unit of work deletes on its own (orphans
        # of a "delete-orphan" relationship), which are never in ``session.deleted``.
        event.listen(Record, "before_delete", _before_delete, propagate=True)


def use_clock(sessions: sessionmaker[Session], clock: Clock) -> None:
    """Stamp the changes of sessions made from now on by ``clock``."""
    sessions.configure(info={_CLOCK_KEY: clock})


def _guard(state: ORMExecuteState) -> None:
    statement = state.statement
    if not isinstance(statement, Insert | Update | Delete):
        return
    table = getattr(statement, "table", None)
    name = getattr(table, "name", None)
    if name in _EXCHANGED_TABLES and not state.execution_options.get(LOGGED):
        raise UnloggedWrite(
            f"a statement writes {name} behind the change log's back; change records through "
            "the ORM (or log the change and pass execution_options(otop_logged=True))")


# before the flush: new records' origin -----------------------------------------------------
def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    device: uuid.UUID | None = None
    for obj in session.new:
        if _table_of(obj) is not None and getattr(obj, "origin", None) is None:
            device = device or device_id(session)
            obj.origin = device


# each deletion, while its row still exists -------------------------------------------------
def _before_delete(_mapper: Any, connection: Any, target: Any) -> None:
    """Remember the deletion and find the rows the database deletes with it (``CASCADE``)
    or empties a reference of (``SET NULL``) while they still exist."""
    name = _table_of(target)
    session = object_session(target)
    if name is None or session is None:
        return
    pending = session.info.setdefault(_PENDING_KEY, {"deleted": [], "cascaded": [], "emptied": []})
    pending["deleted"].append((name, target.id, encode_row(name, target)))
    cascaded, emptied = _consequences(connection, [(name, target.id)])
    pending["cascaded"] += cascaded
    pending["emptied"] += emptied


def log_consequences(session: Session, deleted: list[tuple[str, uuid.UUID]],
                     logged: set[tuple[str, uuid.UUID]]) -> None:
    """Before a deletion written in bulk (a merge): log, as this device's changes, the
    rows the database will delete with it and the references it will empty, as the ORM
    does for a deletion made here; those in ``logged`` are logged already."""
    cascaded, emptied = _consequences(session.connection(), deleted)
    deletions = [Change(name, record_id, DELETE, previous=values)
                 for name, record_id, values in cascaded if (name, record_id) not in logged]
    _log_with(session, deletions, emptied, logged)


def log_deletions(session: Session, deleted: list[tuple[str, uuid.UUID, dict[str, Any]]]) -> None:
    """Log, as this device's, the deletion of records that arrived in a merge with a
    parent deleted here (they were never written): (table, id, values)."""
    _log_with(session, [Change(name, record_id, DELETE, previous=values) for name, record_id, values in deleted],
              [], set())


def _log_with(session: Session, deletions: list[Change], emptied: list[tuple[str, uuid.UUID, str, uuid.UUID]],
              logged: set[tuple[str, uuid.UUID]]) -> None:
    gone = {(c.table, c.record_id) for c in deletions} | logged
    updates: dict[tuple[str, uuid.UUID], Change] = {}
    for name, record_id, column, former in emptied:
        if (name, record_id) not in gone:
            change = updates.setdefault((name, record_id), Change(name, record_id, UPDATE))
            change.fields[column] = None
            change.previous[column] = encode(former)
    _fill_bases(session, deletions, every_field=True)
    _fill_bases(session, list(updates.values()))
    if deletions or updates:
        write(session, [*deletions, *updates.values()])


def _consequences(connection: Any, deleted: list[tuple[str, uuid.UUID]]
                  ) -> tuple[list[tuple[str, uuid.UUID, dict[str, Any]]], list[tuple[str, uuid.UUID, str, uuid.UUID]]]:
    """The rows deleted with ``deleted`` and the references emptied, followed to the end."""
    cascaded: list[tuple[str, uuid.UUID, dict[str, Any]]] = []
    emptied: list[tuple[str, uuid.UUID, str, uuid.UUID]] = []
    seen = set(deleted)
    queue = list(deleted)
    while queue:
        parents: dict[str, list[uuid.UUID]] = defaultdict(list)
        for name, record_id in queue:
            parents[name].append(record_id)
        queue = []
        for child_name, child in TABLES.items():
            for column in child.columns:
                for fk in column.foreign_keys:
                    parent = fk.column.table.name
                    if parent not in parents:
                        continue
                    ids = parents[parent]
                    rows = connection.execute(select(child).where(column.in_(ids))).mappings().all()
                    for row in rows:
                        key = (child_name, row["id"])
                        if fk.ondelete == "SET NULL":
                            emptied.append((child_name, row["id"], column.name, row[column.name]))
                        elif key not in seen:
                            seen.add(key)
                            queue.append(key)
                            cascaded.append((child_name, row["id"], _row_values(child_name, row)))
    return cascaded, emptied


# after the flush: log what happened -------------------------------------------------------
def _after_flush(session: Session, _context: Any) -> None:
    changes: list[Change] = []
    for obj in session.new:
        name = _table_of(obj)
        if name is not None:
            change = Change(name, obj.id, INSERT)
            changes.append(change)
    pending = session.info.pop(_PENDING_KEY, {"deleted": [], "cascaded": [], "emptied": []})
    deletions: list[Change] = []
    deleted_keys: set[tuple[str, uuid.UUID]] = set()
    for name, record_id, values in [*pending["deleted"], *pending["cascaded"]]:
        if (name, record_id) not in deleted_keys:
            deleted_keys.add((name, record_id))
            deletions.append(Change(name, record_id, DELETE, previous=values))
    dirty = [obj for obj in session.dirty if _table_of(obj) and session.is_modified(obj)
             and (_table_of(obj), obj.id) not in deleted_keys]
    if deletions:
        # What the deletion knew of each field: an edit made elsewhere without knowing it
        # is told as an edit of a deleted record, not silently dropped.
        _fill_bases(session, deletions, every_field=True)
        changes += deletions
    updates: dict[tuple[str, uuid.UUID], Change] = {}
    for obj in dirty:
        fields, previous = _changed_fields(obj)
        if fields:
            updates[(_table_of(obj), obj.id)] = Change(  # type: ignore[index]
                _table_of(obj), obj.id, UPDATE, fields, previous)  # type: ignore[arg-type]
    for name, record_id, column, former in pending["emptied"]:
        if (name, record_id) in deleted_keys:
            continue
        change = updates.setdefault((name, record_id), Change(name, record_id, UPDATE))
        change.fields[column] = None
        change.previous.setdefault(column, encode(former))
    if updates:
        _fill_bases(session, list(updates.values()))
        changes += updates.values()
    if changes:
        write(session, changes)


def _changed_fields(obj: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    state = inspect(obj)
    fields: dict[str, Any] = {}
    previous: dict[str, Any] = {}
    for column in fields_of(TABLES[obj.__tablename__]):
        history = state.attrs[column].history
        if history.has_changes() and history.added:
            new = history.added[0]
            old = history.deleted[0] if history.deleted else None
            if new != old:
                fields[column] = encode(new)
                previous[column] = encode(old)
    if isinstance(obj, Visit):
        links = attributes.get_history(obj, "members_met")
        for member in links.added or ():
            fields[f"{MEMBERS_MET}/{member.id}"] = True
            previous[f"{MEMBERS_MET}/{member.id}"] = False
        for member in links.deleted or ():
            fields[f"{MEMBERS_MET}/{member.id}"] = False
            previous[f"{MEMBERS_MET}/{member.id}"] = True
    return fields, previous


def _fill_bases(session: Session, updates: list[Change], *, every_field: bool = False) -> None:
    """Each changed field's base: the change whose value it replaces here (with
    ``every_field``, the change of every field: what a deletion knew)."""
    by_table: dict[str, list[uuid.UUID]] = defaultdict(list)
    for change in updates:
        by_table[change.table].append(change.record_id)
    winners: dict[tuple[str, uuid.UUID], dict[str, str]] = {}
    for table, ids in by_table.items():
        for record_id, entries in entries_of(session, table, ids).items():
            winners[(table, record_id)] = field_winners(entries)
    for change in updates:
        owned = winners.get((change.table, change.record_id), {})
        names = set(owned) - {"*"} | set(fields_of(TABLES[change.table])) if every_field else change.fields
        for name in names:
            base = owned.get(name) or owned.get("*")
            if base is not None:
                change.bases[name] = base


# the log ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Entry:
    """A logged change as the merge and a record's history read it."""

    op: OpId
    hlc: int
    kind: str
    fields: dict[str, Any]
    bases: dict[str, str]

    @property
    def id(self) -> str:
        return str(self.op)


def entries_of(session: Session, table: str, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[Entry]]:
    """The logged changes of these records, oldest stamp first."""
    out: dict[uuid.UUID, list[Entry]] = defaultdict(list)
    log = ChangeLog.__table__
    conn = session.connection()
    for start in range(0, len(ids), 2000):
        rows = conn.execute(
            select(log.c.record_id, log.c.origin, log.c.epoch, log.c.seq, log.c.hlc, log.c.kind,
                   log.c.fields, log.c.bases)
            .where(log.c.table_name == table, log.c.record_id.in_(ids[start:start + 2000])))
        for record_id, origin, epoch, seq, stamp, kind, fields, bases in rows:
            out[record_id].append(Entry(OpId(origin, epoch, seq), stamp, kind,
                                        json.loads(fields), json.loads(bases)))
    for entries in out.values():
        entries.sort(key=order)
    return out


def order(entry: Entry) -> tuple[int, str, int, int]:
    """Changes are ordered by stamp; equal stamps by device, then epoch and sequence."""
    return (entry.hlc, entry.op.origin.hex, entry.op.epoch, entry.op.seq)


def field_winners(entries: Iterable[Entry]) -> dict[str, str]:
    """For each field, the id of the change whose value it holds: the latest to write it.

    An insert owns every field it does not name explicitly (``"*"``): its values were
    the row's.
    """
    owned: dict[str, tuple[tuple[int, str, int, int], str]] = {}
    for entry in entries:
        key = order(entry)
        if entry.kind == INSERT:
            names = list(entry.fields) or ["*"]
        elif entry.kind == UPDATE:
            names = list(entry.fields)
        else:
            continue
        for name in names:
            if name not in owned or key > owned[name][0]:
                owned[name] = (key, entry.id)
    return {name: op for name, (_key, op) in owned.items()}


def device_id(session: Session) -> uuid.UUID:
    """This installation's device id; its row is made on first need (a database whose
    tables a test emptied)."""
    return replica_row(session)[0]


def replica_row(session: Session, *, for_update: bool = False) -> Any:
    """(device_id, epoch, seq, hlc) of this installation, its row made on first need."""
    conn = session.connection()
    table = Replica.__table__
    query = select(table.c.device_id, table.c.epoch, table.c.seq, table.c.hlc).limit(1)
    if for_update and conn.dialect.name == "postgresql":
        query = query.with_for_update()
    row = conn.execute(query).first()
    if row is None:
        conn.execute(insert(table).values(device_id=uuid.uuid4(), epoch=0, seq=0, hlc=0, exports=0,
                                          created_at=_clock(session).now()))
        row = conn.execute(query).first()
    return row


def _clock(session: Session) -> Clock:
    clock = session.info.get(_CLOCK_KEY)
    if clock is None:
        from otop_desk.domain import clock as clocks

        return clocks.current()
    return clock


def allocate(session: Session, count: int) -> tuple[uuid.UUID, int, int, list[int]]:
    """``count`` new change ids and stamps of this device: (device, epoch, first seq,
    stamps). The replica row is updated in the same transaction (on a server it is locked
    first, so two writers never hand out one number twice)."""
    conn = session.connection()
    table = Replica.__table__
    device, epoch, seq, last = replica_row(session, for_update=True)
    now = _clock(session).now()
    stamps = []
    for _ in range(count):
        last = hlc.tick(last, now)
        stamps.append(last)
    conn.execute(update(table).where(table.c.device_id == device)
                 .values(seq=seq + count, hlc=last))
    return device, epoch, seq + 1, stamps


def write(session: Session, changes: list[Change]) -> None:
    """Log ``changes`` as this device's next changes."""
    device, epoch, first, stamps = allocate(session, len(changes))
    now = _clock(session).now()
    rows = [{
        "origin": device, "epoch": epoch, "seq": first + i, "hlc": stamps[i],
        "table_name": c.table, "record_id": c.record_id, "kind": c.kind,
        "fields": dumps(c.fields), "bases": dumps(c.bases), "previous": dumps(c.previous),
        "received_at": now,
    } for i, c in enumerate(changes)]
    session.connection().execute(insert(ChangeLog.__table__), rows)


def log_inserts(session: Session, table: str, ids: Sequence[uuid.UUID],
                stamps: Sequence[int] | None = None) -> None:
    """Log rows inserted in bulk (demo data) as this device's inserts, stamped with
    ``stamps`` (the hybrid clock's packed form) when given, else now."""
    if not ids:
        return
    device, epoch, first, fresh = allocate(session, len(ids))
    now = _clock(session).now()
    chosen = list(stamps) if stamps is not None else fresh
    rows = [{
        "origin": device, "epoch": epoch, "seq": first + i, "hlc": chosen[i],
        "table_name": table, "record_id": record_id, "kind": INSERT,
        "fields": "{}", "bases": "{}", "previous": "{}", "received_at": now,
    } for i, record_id in enumerate(ids)]
    conn = session.connection()
    for start in range(0, len(rows), 5000):
        conn.execute(insert(ChangeLog.__table__), rows[start:start + 5000])
    if stamps is not None and chosen:
        table_ = Replica.__table__
        conn.execute(update(table_).where(table_.c.device_id == device, table_.c.hlc < max(chosen))
                     .values(hlc=max(chosen)))


# helpers ------------------------------------------------------------------------------
def _table_of(obj: Any) -> str | None:
    name = getattr(obj, "__tablename__", None)
    return name if name in TABLES else None


def encode_row(table: str, obj: Any) -> dict[str, Any]:
    return {column: encode(getattr(obj, column)) for column in fields_of(TABLES[table])}


def _row_values(table: str, row: Any) -> dict[str, Any]:
    return {column: encode(row[column]) for column in fields_of(TABLES[table]) if column not in HOUSEKEEPING}
