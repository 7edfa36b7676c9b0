"""The change set as ``collect`` chose it before it was streamed: the oracle of
``test_export_stream.py`` (and ``holds_of`` as it was). Every row of the stretch is read into memory, filtered,
joined by the inserts it needs and sorted by table, exactly as the exchange did; the one
change is that the inserts added are in log order (they were in the order of a set).
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from otop_desk.db.changelog import OpId
from otop_desk.db.models import ChangeLog, visit_member
from otop_desk.db.models.replication import DELETE, INSERT
from otop_desk.db.values import MEMBERS_MET, encode, without_retired
from otop_desk.exchange import area
from otop_desk.exchange.changeset import Op
from otop_desk.exchange.collect import Holds, Selection
from otop_desk.exchange.spec import BY_NAME, TABLES

_CHUNK = 500
_LOG = ChangeLog.__table__.c
_COLUMNS = (_LOG.lseq, _LOG.origin, _LOG.epoch, _LOG.seq, _LOG.hlc, _LOG.table_name, _LOG.record_id, _LOG.kind,
            _LOG.fields, _LOG.bases, _LOG.previous)


def reference_holds(s: Session) -> Holds:
    """``collect.holds_of`` as it was: every device's changes numbered row by row."""
    log = ChangeLog.__table__
    numbered = select(log.c.origin, log.c.epoch, log.c.seq,
                      (log.c.seq - func.row_number().over(partition_by=(log.c.origin, log.c.epoch),
                                                          order_by=log.c.seq)).label("gap")).subquery()
    query = (select(numbered.c.origin, numbered.c.epoch, func.max(numbered.c.seq))
             .where(numbered.c.gap == 0).group_by(numbered.c.origin, numbered.c.epoch))
    return {f"{origin.hex}:{epoch}": int(top) for origin, epoch, top in s.execute(query)}


def reference_ops(s: Session, selection: Selection, top: int, omitted: dict[str, tuple[str, ...]]) -> list[Op]:
    """The ops the exchange chose for ``selection`` up to ``top``, in their order."""
    log = ChangeLog.__table__
    rows = s.execute(select(*_COLUMNS).where(log.c.lseq > selection.log_from, log.c.lseq <= top).order_by(log.c.lseq)).all()
    chosen = [r for r in rows if selection.everything or not _held(selection.holds, r.origin, r.epoch, r.seq)]
    if selection.groups is not None:
        chosen = _in_area(s, chosen, selection)
    chosen = _with_inserts(s, chosen, top)
    return _ops(s, chosen, omitted)


def _held(holds: Holds, origin: uuid.UUID, epoch: int, seq: int) -> bool:
    return seq <= holds.get(f"{origin.hex}:{epoch}", 0)


def _in_area(s: Session, rows: Sequence, selection: Selection) -> list:
    groups = selection.groups or set()
    gatherings = area.gatherings_of(s, groups, selection.always_from)
    by_table: dict[str, set[uuid.UUID]] = defaultdict(set)
    for r in rows:
        by_table[r.table_name].add(r.record_id)
    wanted: dict[str, set[uuid.UUID]] = {}
    for table, ids in by_table.items():
        if BY_NAME[table].group_path is None:
            wanted[table] = ids & gatherings.get(table, set())
            continue
        found = area.groups_of_records(s, table, ids)
        wanted[table] = {i for i, g in found.items() if g in groups}
        loose = [i for i, g in found.items() if g is None]  # a participant typed in
        if loose:
            wanted[table] |= area.under_own_gatherings(s, table, loose, selection.always_from)
    return [r for r in rows if r.record_id in wanted[r.table_name]
            or (selection.always_from is not None and r.origin == selection.always_from)]


def _with_inserts(s: Session, chosen: list, top: int) -> list:
    """``chosen`` with the insert of every record it changes and of every record those
    refer to (their parents), from anywhere in the log, held by the destination or not.

    A destination may lack a record it is sent a change of (it was outside its area
    when the record was made). An insert carries the record's values as they are now,
    so with it a destination that lacked the record, or a parent it refers to, gets
    them whole; one it already has is skipped cheaply.
    """
    needed: dict[str, set[uuid.UUID]] = defaultdict(set)
    for r in chosen:
        needed[r.table_name].add(r.record_id)
        if r.table_name == "visit":  # the members it met, named in link fields
            needed["member"] |= {uuid.UUID(name.split("/", 1)[1]) for name in json.loads(r.fields)
                                 if name.startswith(MEMBERS_MET + "/")}
    if needed.get("visit"):
        needed["member"] |= _linked_members(s, needed["visit"])
    for name in reversed(TABLES):  # children first: they add their parents
        ids = needed.get(name)
        if not ids:
            continue
        for column in BY_NAME[name].table.columns:
            for fk in column.foreign_keys:
                parent = fk.column.table.name
                if parent in BY_NAME:
                    needed[parent] |= _references(s, name, column.name, ids)
    have = {(r.origin, r.epoch, r.seq) for r in chosen}
    log = ChangeLog.__table__
    inserts = []
    for table, ids in needed.items():
        id_list = list(ids)
        for start in range(0, len(id_list), _CHUNK):
            inserts += [r for r in s.execute(
                select(*_COLUMNS).where(log.c.kind == INSERT, log.c.table_name == table, log.c.lseq <= top,
                       log.c.record_id.in_(id_list[start:start + _CHUNK])))
                if (r.origin, r.epoch, r.seq) not in have]
    inserts.sort(key=lambda r: r.lseq)  # (the one change: they were in the order of a set)
    return sorted([*chosen, *inserts], key=lambda r: TABLES.index(r.table_name))


def _linked_members(s: Session, visits: set[uuid.UUID]) -> set[uuid.UUID]:
    ids = list(visits)
    out: set[uuid.UUID] = set()
    for start in range(0, len(ids), _CHUNK):
        out |= set(s.scalars(select(visit_member.c.member_id)
                             .where(visit_member.c.visit_id.in_(ids[start:start + _CHUNK]))))
    return out


def _references(s: Session, table: str, column: str, ids: set[uuid.UUID]) -> set[uuid.UUID]:
    t = BY_NAME[table].table
    out: set[uuid.UUID] = set()
    id_list = list(ids)
    for start in range(0, len(id_list), _CHUNK):
        out |= {v for v in s.scalars(select(t.c[column]).where(t.c.id.in_(id_list[start:start + _CHUNK])))
                if v is not None}
    return out


def _ops(s: Session, rows: Sequence, omitted: dict[str, tuple[str, ...]]) -> list[Op]:
    """The changes as they travel: an insert with the record's values as they are now."""
    inserts: dict[str, list[uuid.UUID]] = defaultdict(list)
    for r in rows:
        if r.kind == INSERT:
            inserts[r.table_name].append(r.record_id)
    current = {table: _rows(s, table, ids) for table, ids in inserts.items()}
    ops = []
    for r in rows:
        drop = set(omitted.get(r.table_name, ()))
        if r.kind == INSERT:
            found = current[r.table_name].get(r.record_id)
            if found is None:
                continue  # deleted since: its deletion travels instead
            origin, values = found
            fields = {k: v for k, v in values.items() if k not in drop}
        elif r.kind == DELETE:  # where the record was, for a destination that never had it
            origin = None
            previous = json.loads(r.previous)
            fields = {c: previous[c] for c in BY_NAME[r.table_name].place if c in previous}
        else:
            origin = None
            fields = {k: v for k, v in without_retired(r.table_name, json.loads(r.fields)).items() if k not in drop}
        ops.append(Op(OpId(r.origin, r.epoch, r.seq), r.hlc, r.table_name, r.record_id, r.kind,
                      fields, json.loads(r.bases), origin))
    return ops


def _rows(s: Session, table: str, ids: list[uuid.UUID]) -> dict[uuid.UUID, tuple[uuid.UUID | None, dict]]:
    spec = BY_NAME[table]
    t = spec.table
    out: dict[uuid.UUID, tuple[uuid.UUID | None, dict]] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        for row in s.execute(select(t).where(t.c.id.in_(chunk))).mappings():
            out[row["id"]] = (row["origin"], {c: encode(row[c]) for c in spec.columns})
    if table == "visit" and out:
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            for visit, member in s.execute(select(visit_member.c.visit_id, visit_member.c.member_id)
                                           .where(visit_member.c.visit_id.in_(chunk))):
                if visit in out:
                    out[visit][1][f"{MEMBERS_MET}/{member}"] = True
    return out
