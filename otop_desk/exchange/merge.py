"""Applying received changes: per field, by causality, deletions final, conflicts told.

A change already in the log (the same device, epoch and sequence) is skipped, so a
workbook imported twice, late or out of order changes nothing more. A new change is
applied field by field:

* a field whose current value the change was made on (its *base*) takes the new value;
  so does one where the change comes after the current value by the chain of bases;
* a field whose current value was made after the change (the change is its ancestor)
  keeps its value: an old workbook imported late;
* a field changed on both sides without knowledge of each other is a **conflict**: the
  change with the later hybrid-clock stamp wins (the same rule on every device, so all
  end up equal), and the conflict is recorded with both values for a person to see.

Deletions are final: a record deleted anywhere stays deleted everywhere, and an edit
made elsewhere without knowledge of the deletion is recorded as a conflict of kind
"deleted" (its values are kept in the log and shown). A record whose parent is deleted
goes with it. An insert of an id this database already holds for a record of another
origin is not merged into it: two unrelated records share the id, and that is told.

Everything happens in one transaction; the caller holds the exclusive merge lock.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from otop_desk.child_jobs import JobCancelled
from otop_desk.db.bulk import insert_rows
from otop_desk.db.changelog import (
    LOGGED,
    Entry,
    OpId,
    entries_of,
    log_consequences,
    log_deletions,
    order,
    replica_row,
)
from otop_desk.db.models import ChangeLog, Conflict, Replica, visit_member
from otop_desk.db.models.replication import DELETE, INSERT, UPDATE
from otop_desk.db.values import MEMBERS_MET, dumps, encode
from otop_desk.domain import hlc
from otop_desk.exchange.changeset import ChangeSet, Op
from otop_desk.exchange.merge_state import (
    ConflictInfo,
    ConflictKind,
    MergeReport,
    RecordState,
    as_entry,
    change_id,
    column_default,
    known_by,
    plain,
)
from otop_desk.exchange.spec import BY_NAME, TABLES

Progress = Callable[[int, int], bool]
_CHUNK = 2000  # ids per lookup: well under SQLite's and PostgreSQL's limits on parameters


class MergeCancelled(JobCancelled):
    """The person pressed Cancel; nothing was changed."""


class Merger:
    """Applies change sets to one database session (see the module text)."""

    def __init__(self, s: Session, now: datetime, progress: Progress | None = None) -> None:
        self.s = s
        self.now = now
        self.progress = progress
        self.report = MergeReport()
        self._log_rows: list[dict[str, Any]] = []
        self._conflicts: list[dict[str, Any]] = []
        self._deletions: dict[str, set[uuid.UUID]] = {}
        self._deleting: set[tuple[str, uuid.UUID]] = set()
        self._stillborn: list[tuple[str, uuid.UUID, dict[str, Any]]] = []

    # entry point ----------------------------------------------------------------------
    def apply(self, changesets: Iterable[ChangeSet]) -> MergeReport:
        ops = self._new_ops(changesets)
        self.report.received = len(ops)
        # deletions this import brings: not logged again as consequences of their parents'
        self._deleting = {(o.table, o.record_id) for o in ops if o.kind == DELETE}
        self._advance_clock(ops)
        rank = {name: i for i, name in enumerate(TABLES)}
        ops.sort(key=lambda o: (rank[o.table], o.hlc, o.op.origin.hex, o.op.epoch, o.op.seq))
        by_table: dict[str, list[Op]] = defaultdict(list)
        for op in ops:
            by_table[op.table].append(op)
        done, total = 0, max(len(ops), 1)
        gone: dict[str, set[uuid.UUID]] = defaultdict(set)  # deleted here, for their children
        for table in TABLES:  # parents first: a child sees its parent's fate
            table_ops = by_table.get(table, [])
            if not table_ops:
                continue
            records = self._load(table, {o.record_id for o in table_ops})
            for op in table_ops:
                self._apply_one(records[op.record_id], op, gone)
                done += 1
                if self.progress is not None and done % 500 == 0 and not self.progress(done, total):
                    raise MergeCancelled
            self._write(table, records.values(), gone)
        self._flush_log()
        if self._stillborn:  # after the log holds what they arrived with: their deletions' bases
            log_deletions(self.s, self._stillborn)
        if self.progress is not None and not self.progress(total, total):
            raise MergeCancelled
        return self.report

    def _new_ops(self, changesets: Iterable[ChangeSet]) -> list[Op]:
        """The changes not in the log yet, each once (a change may come in several
        workbooks)."""
        unique: dict[OpId, Op] = {}
        for changeset in changesets:
            for op in changeset.ops:
                unique.setdefault(op.op, op)
        known = self._known_ids(unique)
        self.report.known = len(known)
        return [op for key, op in unique.items() if key not in known]

    def _known_ids(self, ops: dict[OpId, Op]) -> set[OpId]:
        by_device: dict[tuple[uuid.UUID, int], list[int]] = defaultdict(list)
        for key in ops:
            by_device[(key.origin, key.epoch)].append(key.seq)
        log = ChangeLog.__table__
        known: set[OpId] = set()
        for (origin, epoch), seqs in by_device.items():
            for start in range(0, len(seqs), 500):
                chunk = seqs[start:start + 500]
                for seq in self.s.scalars(select(log.c.seq).where(
                        log.c.origin == origin, log.c.epoch == epoch, log.c.seq.in_(chunk))):
                    known.add(OpId(origin, epoch, seq))
        return known

    def _advance_clock(self, ops: list[Op]) -> None:
        """This device's clock moves past every stamp received (``ClockDrift`` for one far
        in the future), so a change made here next is stamped after all of them."""
        if not ops:
            return
        table = Replica.__table__
        device, _epoch, _seq, last = replica_row(self.s, for_update=True)
        newest = max(op.hlc for op in ops)
        advanced = hlc.receive(last, newest, self.now)
        if advanced != last:
            self.s.execute(update(table).where(table.c.device_id == device).values(hlc=advanced)
                           .execution_options(**{LOGGED: True}))

    # state ------------------------------------------------------------------------------
    def _load(self, table: str, ids: set[uuid.UUID]) -> dict[uuid.UUID, RecordState]:
        spec = BY_NAME[table]
        t = spec.table
        id_list = list(ids)
        rows: dict[uuid.UUID, dict[str, Any]] = {}
        origins: dict[uuid.UUID, uuid.UUID | None] = {}
        log = ChangeLog.__table__
        # A first import meets tables and a log with nothing of them: two cheap looks
        # spare a few hundred lookups that would find nothing.
        has_rows = self.s.execute(select(t.c.id).limit(1)).first() is not None
        has_log = self.s.execute(select(log.c.lseq).where(log.c.table_name == table).limit(1)).first() is not None
        for start in range(0, len(id_list) if has_rows else 0, _CHUNK):
            for row in self.s.execute(select(t).where(t.c.id.in_(id_list[start:start + _CHUNK]))).mappings():
                rows[row["id"]] = {c: row[c] for c in spec.columns}
                origins[row["id"]] = row["origin"]
        entries = entries_of(self.s, table, id_list) if has_log else {}
        records = {i: RecordState(table, i, rows.get(i), list(entries.get(i, [])), origins.get(i)) for i in ids}
        if table == "visit":
            self._load_links(records)
        return records

    def _load_links(self, records: dict[uuid.UUID, RecordState]) -> None:
        ids = [i for i, r in records.items() if r.row is not None]
        for start in range(0, len(ids), 500):
            for visit, member in self.s.execute(select(visit_member.c.visit_id, visit_member.c.member_id)
                                                .where(visit_member.c.visit_id.in_(ids[start:start + 500]))):
                records[visit].links[member] = True
        for record in records.values():
            record.initial_links = dict(record.links)

    # one change -------------------------------------------------------------------------
    def _apply_one(self, record: RecordState, op: Op, gone: dict[str, set[uuid.UUID]]) -> None:
        entry = Entry(op.op, op.hlc, op.kind, dict(op.fields) if op.kind == UPDATE else {}, dict(op.bases))
        previous: dict[str, Any] = {}
        if op.kind == DELETE:
            previous = self._delete(record, op)
        elif record.deleted:
            if op.kind == UPDATE:
                self._edit_of_deleted(record, op)
        elif record.row is None and op.kind == INSERT and self._parent_gone(record.table, op, gone):
            record.deleted = True  # its parent was deleted: it goes with it
            self._stillborn.append((record.table, record.record_id, dict(op.fields)))
        elif op.kind == INSERT:
            previous = self._insert(record, op, entry)
        elif record.row is None:
            pass  # a record this database does not have: kept in the log for its history
        else:
            previous = self._update(record, op)
        record.add(entry)
        record.own(entry)
        if record.deleted:
            gone[record.table].add(record.record_id)
        self._log_rows.append({
            "origin": op.op.origin, "epoch": op.op.epoch, "seq": op.op.seq, "hlc": op.hlc,
            "table_name": op.table, "record_id": op.record_id, "kind": op.kind,
            "fields": dumps(op.fields) if op.kind == UPDATE else "{}", "bases": dumps(op.bases),
            "previous": dumps(previous), "received_at": self.now,
        })

    def _parent_gone(self, table: str, op: Op, gone: dict[str, set[uuid.UUID]]) -> bool:
        """Is a record this insert refers to (and would be deleted with) deleted here?"""
        for column in BY_NAME[table].table.columns:
            for fk in column.foreign_keys:
                parent = fk.column.table.name
                raw = op.fields.get(column.name)
                if raw is None or parent not in BY_NAME or fk.ondelete == "SET NULL":
                    continue
                target = uuid.UUID(str(raw))
                if target in gone[parent] or target in self._deleted(parent):
                    return True
        return False

    def _deleted(self, table: str) -> set[uuid.UUID]:
        """The records of ``table`` this database holds a deletion of (read once)."""
        if table not in self._deletions:
            log = ChangeLog.__table__
            self._deletions[table] = set(self.s.scalars(select(log.c.record_id).where(
                log.c.table_name == table, log.c.kind == DELETE)))
        return self._deletions[table]

    def _insert(self, record: RecordState, op: Op, entry: Entry) -> dict[str, Any]:
        spec = BY_NAME[record.table]
        values = op.values
        if record.row is None:
            # A column a privacy workbook left out gets its default ("" for text).
            record.row = {c: values[c] if c in values else column_default(spec.table.columns[c]) for c in spec.columns}
            record.origin = op.record_origin
            record.changed = set(spec.columns)
            record.stamp = max(record.stamp, op.hlc)
            for name, met in values.items():
                if name.startswith(MEMBERS_MET + "/"):
                    record.links[uuid.UUID(name.split("/", 1)[1])] = bool(met)
            self.report.added[record.table] += 1
            return {}
        if record.origin is not None and op.record_origin is not None and record.origin != op.record_origin:
            self._conflict(record, "", ConflictKind.CLASH, kept=record.entries[0].id if record.entries else "",
                           lost=change_id(op), kept_value=None, lost_value=None)
            return {}
        # The same record made on two devices before either knew the other's (a
        # database from before the change log, upgraded on both): field by field.
        return self._fields(record, op, values)

    def _update(self, record: RecordState, op: Op) -> dict[str, Any]:
        return self._fields(record, op, op.values)

    def _fields(self, record: RecordState, op: Op, values: dict[str, Any]) -> dict[str, Any]:
        previous: dict[str, Any] = {}
        assert record.row is not None
        for name, value in values.items():
            current = self._current(record, name)
            winner = record.winner(name)
            if winner is None or winner.id == op.bases.get(name) or record.descends(name, op, winner.id):
                take = True
            elif record.descends(name, winner, change_id(op)):
                take = False
                self.report.stale += 1
            else:  # made on both sides without knowledge of each other
                take = order(as_entry(op)) > order(winner)
                if plain(current) != plain(value):
                    kept, lost = (op, winner) if take else (winner, op)
                    self._conflict(record, name, ConflictKind.FIELD, kept=change_id(kept), lost=change_id(lost),
                                   kept_value=encode(value if take else current),
                                   lost_value=encode(current if take else value))
            if take and plain(current) != plain(value):
                if record.existed or winner is None or winner.kind != INSERT:
                    # not when it arrived whole in this import: its insert carried the
                    # values as they are now, not what this change replaced
                    previous[name] = encode(current)
                self._set(record, name, value)
                record.stamp = max(record.stamp, op.hlc)
        if previous and record.existed:
            self.report.updated[record.table] += 1
        return previous

    def _current(self, record: RecordState, name: str) -> Any:
        if name.startswith(MEMBERS_MET + "/"):
            return record.links.get(uuid.UUID(name.split("/", 1)[1]), False)
        assert record.row is not None
        return record.row.get(name)

    def _set(self, record: RecordState, name: str, value: Any) -> None:
        if name.startswith(MEMBERS_MET + "/"):
            record.links[uuid.UUID(name.split("/", 1)[1])] = bool(value)
        else:
            assert record.row is not None
            record.row[name] = value
            record.changed.add(name)

    def _delete(self, record: RecordState, op: Op) -> dict[str, Any]:
        # never held here: where it was (the deletion says) places it in an officer's area
        previous = {c: encode(v) for c, v in record.row.items()} if record.row is not None else dict(op.fields)
        if record.row is not None:
            self._edits_unknown_to(record, op)
            if record.existed:
                self.report.deleted[record.table] += 1
            else:
                self.report.added[record.table] -= 1
        record.row = None
        record.deleted = True
        return previous

    def _edits_unknown_to(self, record: RecordState, deletion: Op) -> None:
        """Fields changed here that the deleting device did not know of: told once."""
        lost = {}
        for name, winner in record.owner.items():
            if name == "*" or winner.kind == INSERT:
                continue
            known = deletion.bases.get(name)
            if known == winner.id or (known is not None and record.descends(name, record.by_id.get(known) or winner, winner.id)):
                continue
            lost[name] = encode(self._current(record, name))
        if lost:
            self._conflict(record, "", ConflictKind.DELETED, kept=change_id(deletion), lost=",".join(
                sorted({record.owner[n].id for n in lost})), kept_value=None, lost_value=lost)

    def _edit_of_deleted(self, record: RecordState, op: Op) -> None:
        deletion = next((e for e in record.entries if e.kind == DELETE), None)
        if deletion is None:
            return
        unknown = {n: v for n, v in op.fields.items()
                   if deletion.bases.get(n) != change_id(op) and not known_by(record, deletion, n, change_id(op))}
        if unknown:
            self._conflict(record, "", ConflictKind.DELETED, kept=deletion.id, lost=change_id(op), kept_value=None,
                           lost_value=unknown)

    def _conflict(self, record: RecordState, name: str, kind: str, *, kept: str, lost: str,
                  kept_value: Any, lost_value: Any) -> None:
        info = ConflictInfo(record.table, record.record_id, name, kind, kept, lost, kept_value, lost_value)
        self.report.conflicts.append(info)
        self._conflicts.append({
            "id": uuid.uuid4(), "table_name": record.table, "record_id": record.record_id,
            "field": name, "kind": kind, "kept": kept, "lost": lost,
            "kept_value": json.dumps(kept_value, ensure_ascii=False),
            "lost_value": json.dumps(lost_value, ensure_ascii=False),
            "detected_at": self.now, "settled": False,
        })

    # writing ---------------------------------------------------------------------------
    def _write(self, table: str, records: Iterable[RecordState], gone: dict[str, set[uuid.UUID]]) -> None:
        t = BY_NAME[table].table
        options = {LOGGED: True}
        inserts, removals = [], []
        records = list(records)
        self._clear_references_to_missing(table, records)
        for record in records:
            if record.row is None or record.deleted:
                if record.existed:
                    removals.append(record.record_id)
                continue
            stamp = hlc.to_datetime(record.stamp) if record.stamp else self.now
            if not record.existed:
                inserts.append({**record.row, "id": record.record_id, "origin": record.origin,
                                "created_at": stamp, "updated_at": stamp})
            elif record.changed:
                values = {c: record.row[c] for c in record.changed}
                self.s.execute(update(t).where(t.c.id == record.record_id)
                               .values(**values, updated_at=stamp).execution_options(**options))
        insert_rows(self.s, t, inserts)
        if table == "visit":
            self._write_links(records)
        if removals:
            log_consequences(self.s, [(table, r) for r in removals], self._deleting)
        for start in range(0, len(removals), 500):
            self.s.execute(delete(t).where(t.c.id.in_(removals[start:start + 500])).execution_options(**options))

    def _clear_references_to_missing(self, table: str, records: list[RecordState]) -> None:
        """A reference that is dropped when its record is deleted (a participant's member,
        a problem's visit) names nothing if that record is deleted or unknown here: as the
        database itself does on a deletion, and as every device holding the deletion does."""
        live = [r for r in records if r.row is not None and not r.deleted]
        for column in BY_NAME[table].table.columns:
            for fk in column.foreign_keys:
                parent = fk.column.table.name
                if fk.ondelete != "SET NULL" or parent not in BY_NAME:
                    continue
                targets = {r.row[column.name] for r in live if r.row and r.row.get(column.name) is not None}
                missing = targets - self._existing(parent, targets)
                for record in live:
                    assert record.row is not None
                    if record.row.get(column.name) in missing:
                        record.row[column.name] = None
                        record.changed.add(column.name)

    def _write_links(self, records: Iterable[RecordState]) -> None:
        options = {LOGGED: True}
        added, removed = [], []
        for record in records:
            if record.row is None or record.deleted:
                continue
            before = record.initial_links
            for member, met in record.links.items():
                if met and not before.get(member):
                    added.append({"visit_id": record.record_id, "member_id": member})
                elif not met and before.get(member):
                    removed.append((record.record_id, member))
        existing_members = self._existing("member", {a["member_id"] for a in added})
        added = [a for a in added if a["member_id"] in existing_members]
        if added:
            self.s.execute(insert(visit_member).execution_options(**options), added)
        for visit, member in removed:
            self.s.execute(delete(visit_member).where(visit_member.c.visit_id == visit,
                                                      visit_member.c.member_id == member)
                           .execution_options(**options))

    def _existing(self, table: str, ids: set[uuid.UUID]) -> set[uuid.UUID]:
        t = BY_NAME[table].table
        id_list = list(ids)
        found: set[uuid.UUID] = set()
        for start in range(0, len(id_list), 500):
            found |= set(self.s.scalars(select(t.c.id).where(t.c.id.in_(id_list[start:start + 500]))))
        return found

    def _flush_log(self) -> None:
        insert_rows(self.s, ChangeLog.__table__, self._log_rows)
        if self._conflicts:
            self.s.execute(insert(Conflict.__table__), self._conflicts)
