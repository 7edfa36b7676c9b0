"""The changes a selection takes, read from the log table by table as they are written.

``plan`` works out, before any change is read whole, which changes go (``Plan.takes``)
and which inserts from anywhere in the log go with them (``Plan.extra``); ``ops`` then
yields them in the order a workbook holds them: table by table (``TABLES``, parents
first), each table's chosen changes in log order, then the inserts added for it, in log
order. It reads a few hundred rows at a time, so a province's first export (the whole
log) never holds more than those in memory; the in-memory change set of a small
exchange is the same ops in a list.

A workbook carries, besides the chosen changes, the insert of every record they change
and of every record those refer to (their parents), from anywhere in the log, held by
the destination or not: a destination may lack a record it is sent a change of (it was
outside its area when the record was made). An insert carries the record's values as
they are now, so with it a destination that lacked the record, or a parent it refers
to, gets them whole; one it already has is skipped cheaply.
"""

from __future__ import annotations

import gc
import json
import uuid
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from otop_desk.db.changelog import OpId
from otop_desk.db.models import ChangeLog, visit_member
from otop_desk.db.models.replication import DELETE, INSERT
from otop_desk.db.values import MEMBERS_MET, encode, without_retired
from otop_desk.exchange import area
from otop_desk.exchange.changeset import Op
from otop_desk.exchange.rows import as_text, quick
from otop_desk.exchange.spec import BY_NAME, TABLES

if TYPE_CHECKING:
    from otop_desk.exchange.collect import Selection

Ids = dict[str, set[uuid.UUID]]
_CHUNK = 500  # rows read, and ids asked for, at a time: well under the databases' parameter limits
_LOG = ChangeLog.__table__.c
_COLUMNS = (_LOG.lseq, quick(_LOG.origin), _LOG.epoch, _LOG.seq, _LOG.hlc, _LOG.table_name, quick(_LOG.record_id),
            _LOG.kind, _LOG.fields, _LOG.bases, _LOG.previous)


@dataclass
class Plan:
    """Which changes of the log up to ``top`` a selection takes."""

    selection: Selection
    top: int
    #: Columns left out for privacy, per table.
    omitted: dict[str, tuple[str, ...]]
    #: Table -> the records of the area whose changes go (None: every record's).
    wanted: Ids | None = None
    #: Table -> the records whose inserts go too, from anywhere in the log (those not
    #: chosen already are added after the table's chosen changes).
    extra: Ids = field(default_factory=dict)

    def takes(self, row: Any) -> bool:
        """Whether a change of the stretch after ``selection.log_from`` is chosen: the
        destination does not hold it, and it is of the area or made by ``always_from``."""
        selection = self.selection
        if not selection.everything and held(selection.holds, row.origin, row.epoch, row.seq):
            return False
        if self.wanted is None:
            return True
        return row.record_id in self.wanted.get(row.table_name, ()) or (
            selection.always_from is not None and row.origin == selection.always_from)

    def chosen(self, row: Any) -> bool:
        """Whether a change of the log (up to ``top``) is one ``takes`` chose."""
        return row.lseq > self.selection.log_from and self.takes(row)


def held(holds: dict[str, int], origin: uuid.UUID, epoch: int, seq: int) -> bool:
    return seq <= holds.get(f"{origin.hex}:{epoch}", 0)


def plan(s: Session, selection: Selection, top: int, omitted: dict[str, tuple[str, ...]]) -> Plan:
    """What ``selection`` takes of the log up to ``top``.

    A selection from the beginning of the log, of every record, for a destination that
    holds nothing (an officer's first export) takes every change, and so already every
    insert: nothing is added and the log is read only once, by ``ops``. Any other reads
    the ids of the stretch's changes first (never their values)."""
    found = Plan(selection, top, omitted)
    if selection.log_from == 0 and not selection.holds and selection.groups is None:
        return found
    not_held, own, named = _stretch_ids(s, found)
    chosen, wanted = not_held, None
    if selection.groups is not None:
        found.wanted = wanted = _in_area(s, not_held, selection)
        chosen = {table: (ids & wanted.get(table, set())) | own.get(table, set())
                  for table, ids in not_held.items()}
    # the members a chosen visit change names as met (a change is chosen by itself: of
    # the area, or made by ``always_from``)
    met = [members for visit, from_own, members in named
           if wanted is None or from_own or visit in wanted.get("visit", ())]
    found.extra = _with_parents(s, chosen, met)
    return found


def _stretch_ids(s: Session, plan: Plan) -> tuple[Ids, Ids, list[tuple[uuid.UUID, bool, set[uuid.UUID]]]]:
    """Of the stretch's changes the destination does not hold: their records per table,
    those made by ``always_from``, and the members each visit's change names as met
    (visit, made by ``always_from``, members)."""
    selection = plan.selection
    links = case((_LOG.table_name == "visit", _LOG.fields), else_=None).label("fields")
    query = (select(quick(_LOG.origin), _LOG.epoch, _LOG.seq, _LOG.table_name, quick(_LOG.record_id), links)
             .where(_LOG.lseq > selection.log_from, _LOG.lseq <= plan.top))
    not_held: Ids = defaultdict(set)
    own: Ids = defaultdict(set)
    named: list[tuple[uuid.UUID, bool, set[uuid.UUID]]] = []
    for r in _each(s, query):
        if not selection.everything and held(selection.holds, r.origin, r.epoch, r.seq):
            continue
        not_held[r.table_name].add(r.record_id)
        from_own = selection.always_from is not None and r.origin == selection.always_from
        if from_own:
            own[r.table_name].add(r.record_id)
        if r.fields is not None:
            members = {uuid.UUID(name.split("/", 1)[1]) for name in json.loads(r.fields)
                       if name.startswith(MEMBERS_MET + "/")}
            if members:
                named.append((r.record_id, from_own, members))
    return not_held, own, named


def _each(s: Session, query: Any) -> Iterator[Any]:
    """The rows of a query over the log, fetched a few thousand at a time."""
    for rows in s.execute(query.execution_options(yield_per=_CHUNK * 4)).partitions():
        yield from rows


def _in_area(s: Session, changed: Ids, selection: Selection) -> Ids:
    """Of the records ``changed`` (per table), those of the selection's groups and the
    gatherings they or ``always_from`` took part in."""
    groups = selection.groups or set()
    gatherings = area.gatherings_of(s, groups, selection.always_from)
    wanted: Ids = {}
    for table, ids in changed.items():
        if BY_NAME[table].group_path is None:
            wanted[table] = ids & gatherings.get(table, set())
            continue
        found = area.groups_of_records(s, table, ids)
        wanted[table] = {i for i, g in found.items() if g in groups}
        loose = [i for i, g in found.items() if g is None]  # a participant typed in
        if loose:
            wanted[table] |= area.under_own_gatherings(s, table, loose, selection.always_from)
    return wanted


def _with_parents(s: Session, chosen: Ids, named: list[set[uuid.UUID]]) -> Ids:
    """The records of ``chosen`` with the members their visits name or link and, table by
    table, every record they refer to."""
    needed: Ids = defaultdict(set)
    for table, ids in chosen.items():
        needed[table] |= ids
    for members in named:
        needed["member"] |= members
    if needed.get("visit"):
        needed["member"] |= _linked_members(s, needed["visit"])
    for name in reversed(TABLES):  # children first: they add their parents
        ids = needed.get(name)
        links = _links(name)
        if ids and links:
            for parent, found in _references(s, name, links, ids).items():
                needed[parent] |= found
    return {table: ids for table, ids in needed.items() if ids}


def _links(table: str) -> list[tuple[str, str]]:
    """The table's columns that refer to an exchanged table: (column, that table)."""
    return [(column.name, fk.column.table.name) for column in BY_NAME[table].table.columns
            for fk in column.foreign_keys if fk.column.table.name in BY_NAME]


def _linked_members(s: Session, visits: set[uuid.UUID]) -> set[uuid.UUID]:
    ids = list(visits)
    out: set[uuid.UUID] = set()
    for start in range(0, len(ids), _CHUNK):
        out |= {row[0] for row in s.execute(select(quick(visit_member.c.member_id))
                                           .where(visit_member.c.visit_id.in_(ids[start:start + _CHUNK]))).all()}
    return out


def _references(s: Session, table: str, links: list[tuple[str, str]], ids: set[uuid.UUID]) -> Ids:
    """The records that the records ``ids`` of ``table`` refer to through ``links``, per
    table: every link read in one pass over the records."""
    t = BY_NAME[table].table
    query = select(*(quick(t.c[column]) for column, _parent in links))
    parents = [parent for _column, parent in links]
    out: Ids = defaultdict(set)
    id_list = list(ids)
    for start in range(0, len(id_list), _CHUNK):
        for row in s.execute(query.where(t.c.id.in_(id_list[start:start + _CHUNK]))).all():
            for parent, value in zip(parents, row, strict=True):
                if value is not None:
                    out[parent].add(value)
    return out


# the changes as they travel -------------------------------------------------------------------
#: A stretch of the log up to this many positions long (a monthly export's) is sorted into
#: its tables by one read of its positions, and each table's changes are then read by
#: position. A longer one (a first export: the whole log) is read table by table through
#: the log's ``(table_name, record_id)`` index, which passes over every change of the
#: table ever made: for a month's stretch that was the whole log, read again.
BY_POSITION = 200_000


def ops(s: Session, plan: Plan) -> Iterator[Op]:
    """The chosen changes and the added inserts, as ops, table by table (see the module
    text); read lazily, a few hundred at a time."""
    positions = _positions(s, plan) if plan.top - plan.selection.log_from <= BY_POSITION else None
    for table in TABLES:
        yield from table_ops(s, plan, table, None if positions is None else positions.get(table, []))


def _positions(s: Session, plan: Plan) -> dict[str, list[int]]:
    """The log positions of the stretch's changes per table, in log order."""
    found: dict[str, list[int]] = defaultdict(list)
    query = (select(_LOG.lseq, _LOG.table_name)
             .where(_LOG.lseq > plan.selection.log_from, _LOG.lseq <= plan.top).order_by(_LOG.lseq))
    for lseq, table in s.execute(query).all():
        found[table].append(lseq)
    return found


def table_ops(s: Session, plan: Plan, table: str, positions: list[int] | None = None) -> Iterator[Op]:
    """One table's ops: its chosen changes in log order, then the inserts added for it.
    ``positions``: where its changes of the stretch are in the log, when known."""
    for rows in _stretch_rows(s, plan, table) if positions is None else _rows_at(s, positions):
        yield from _ops(s, table, [r for r in rows if plan.takes(r)], plan.omitted)
        # A query leaves some garbage in reference cycles, and an export pauses the
        # collector (``collector_paused``): the young objects are collected here, or
        # memory would grow with the log (by 100 MB over a province's).
        gc.collect(0)
    for rows in _rows_at(s, _added(s, plan, table)):
        yield from _ops(s, table, rows, plan.omitted)


def _stretch_rows(s: Session, plan: Plan, table: str) -> Iterator[Sequence[Any]]:
    """The table's changes of the stretch in log order, a batch at a time."""
    stretch = (select(*_COLUMNS)
               .where(_LOG.table_name == table, _LOG.lseq > plan.selection.log_from, _LOG.lseq <= plan.top)
               .order_by(_LOG.lseq))
    yield from s.execute(stretch.execution_options(yield_per=_CHUNK)).partitions()


def _rows_at(s: Session, positions: list[int]) -> Iterator[Sequence[Any]]:
    """The changes at ``positions`` (in log order), a batch at a time."""
    for start in range(0, len(positions), _CHUNK):
        yield s.execute(select(*_COLUMNS).where(_LOG.lseq.in_(positions[start:start + _CHUNK]))
                        .order_by(_LOG.lseq)).all()


def _added(s: Session, plan: Plan, table: str) -> list[int]:
    """The log positions of the inserts ``plan.extra`` adds to ``table`` (not chosen
    already), in log order."""
    ids = list(plan.extra.get(table, ()))
    found: list[int] = []
    for start in range(0, len(ids), _CHUNK):
        query = select(_LOG.lseq, quick(_LOG.origin), _LOG.epoch, _LOG.seq, _LOG.table_name,
                       quick(_LOG.record_id)).where(
            _LOG.kind == INSERT, _LOG.table_name == table, _LOG.lseq <= plan.top,
            _LOG.record_id.in_(ids[start:start + _CHUNK]))
        found += [r.lseq for r in s.execute(query).all() if not plan.chosen(r)]
    return sorted(found)


def _ops(s: Session, table: str, rows: Sequence[Any], omitted: dict[str, tuple[str, ...]]) -> Iterator[Op]:
    """The changes of ``table`` as they travel: an insert with the record's values as they
    are now (one deleted since is left out: its deletion travels instead)."""
    inserted = [r.record_id for r in rows if r.kind == INSERT]
    current = _rows(s, table, inserted) if inserted else {}
    drop = set(omitted.get(table, ()))
    for r in rows:
        if r.kind == INSERT:
            found = current.get(r.record_id)
            if found is None:
                continue
            origin, values = found
            fields = {k: v for k, v in values.items() if k not in drop}
        elif r.kind == DELETE:  # where the record was, for a destination that never had it
            origin = None
            previous = json.loads(r.previous)
            fields = {c: previous[c] for c in BY_NAME[table].place if c in previous}
        else:
            origin = None
            fields = {k: v for k, v in without_retired(table, json.loads(r.fields)).items() if k not in drop}
        yield Op(OpId(r.origin, r.epoch, r.seq), r.hlc, table, r.record_id, r.kind, fields,
                 json.loads(r.bases), origin)


def _rows(s: Session, table: str, ids: list[uuid.UUID]) -> dict[uuid.UUID, tuple[uuid.UUID | None, dict]]:
    """Record id -> (its origin, its exchanged values as they are now)."""
    spec = BY_NAME[table]
    t = spec.table
    names = spec.columns
    # (not the stamps: they do not travel; the ids they name are read as the text they travel as)
    query = select(quick(t.c.id), quick(t.c.origin), *(as_text(t.c[c]) for c in names))
    out: dict[uuid.UUID, tuple[uuid.UUID | None, dict]] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        for row in s.execute(query.where(t.c.id.in_(chunk))).all():
            out[row[0]] = (row[1], {c: encode(v) for c, v in zip(names, row[2:], strict=True)})
    if table == "visit" and out:
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            for visit, member in s.execute(select(quick(visit_member.c.visit_id), as_text(visit_member.c.member_id))
                                          .where(visit_member.c.visit_id.in_(chunk))).all():
                if visit in out:
                    out[visit][1][f"{MEMBERS_MET}/{member}"] = True
    return out
