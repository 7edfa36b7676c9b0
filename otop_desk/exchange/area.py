"""Which producer group a record belongs to, and which groups are an officer's.

A return workbook carries only what concerns the officer it is for: the groups of the
officer's district (the area its workbooks name), the groups it worked on itself, and
the records of those groups. No other district's members, participants or books leave
the office for that laptop.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from otop_desk.db.models import ChangeLog, ProducerGroup
from otop_desk.exchange.spec import BY_NAME


def groups_of_records(s: Session, table: str, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, uuid.UUID | None]:
    """Record id -> its producer group's id (None: a record of no single group). A record
    deleted since is followed through the values its deletion logged."""
    ids = list(ids)
    path = BY_NAME[table].group_path
    if path is None:
        return dict.fromkeys(ids)
    column, parent = path
    if column == "id":  # a group is its own group, deleted or not
        return {i: i for i in ids}
    t = BY_NAME[table].table
    found: dict[uuid.UUID, uuid.UUID | None] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for record_id, value in s.execute(select(t.c.id, t.c[column]).where(t.c.id.in_(chunk))):
            found[record_id] = value
    missing = [i for i in ids if i not in found]
    if missing:
        found.update(_from_deletions(s, table, missing, column))
    if parent is None:
        return found
    parents = groups_of_records(s, parent, {v for v in found.values() if v is not None})
    return {record_id: parents.get(value) if value is not None else None
            for record_id, value in found.items()}


def _from_deletions(s: Session, table: str, ids: list[uuid.UUID], column: str) -> dict[uuid.UUID, uuid.UUID | None]:
    log = ChangeLog.__table__
    out: dict[uuid.UUID, uuid.UUID | None] = {}
    for start in range(0, len(ids), 500):
        rows = s.execute(select(log.c.record_id, log.c.previous).where(
            log.c.table_name == table, log.c.kind == "delete",
            log.c.record_id.in_(ids[start:start + 500])))
        for record_id, previous in rows:
            value = json.loads(previous).get(column)
            out[record_id] = uuid.UUID(value) if value else None
    return out


def officer_groups(s: Session, device: uuid.UUID, district: str, province: str) -> set[uuid.UUID]:
    """The groups of an officer: those of its district, and those it changed itself."""
    groups: set[uuid.UUID] = set()
    log = ChangeLog.__table__
    if district:
        groups |= set(s.scalars(select(ProducerGroup.id).where(
            ProducerGroup.district == district, ProducerGroup.province == province)))
        # and the district's groups deleted since: their deletions must reach the officer
        for record_id, previous in s.execute(select(log.c.record_id, log.c.previous).where(
                log.c.table_name == "producer_group", log.c.kind == "delete")):
            values = json.loads(previous)
            if values.get("district") == district and values.get("province") == province:
                groups.add(record_id)
    touched: dict[str, set[uuid.UUID]] = defaultdict(set)
    for table, record_id in s.execute(select(log.c.table_name, log.c.record_id)
                                      .where(log.c.origin == device).distinct()):
        touched[table].add(record_id)
    for table, ids in touched.items():
        if BY_NAME[table].group_path is not None:
            groups |= {g for g in groups_of_records(s, table, ids).values() if g is not None}
    return groups


def gatherings_of(s: Session, groups: set[uuid.UUID], creator: uuid.UUID | None = None) -> dict[str, set[uuid.UUID]]:
    """Trainings and trade fairs with a participant or an entry from ``groups`` (now, or
    before they were struck off), and those ``creator`` made."""
    out: dict[str, set[uuid.UUID]] = {}
    for gathering, member_table in (("training", "participant"), ("trade_fair", "fair_entry")):
        t = BY_NAME[member_table].table
        link, _table = _gathering_of(member_table) or ("", "")
        found = set(s.scalars(select(t.c[link]).where(t.c.group_id.in_(groups)).distinct())) if groups else set()
        log = ChangeLog.__table__
        for (previous,) in s.execute(select(log.c.previous).where(
                log.c.table_name == member_table, log.c.kind == "delete")):
            values = json.loads(previous)
            if values.get("group_id") and uuid.UUID(values["group_id"]) in groups and values.get(link):
                found.add(uuid.UUID(values[link]))
        out[gathering] = found | created_by(s, gathering, creator)
    return out


def created_by(s: Session, table: str, creator: uuid.UUID | None) -> set[uuid.UUID]:
    """The records of ``table`` made on the device ``creator`` (deleted since or not)."""
    if creator is None:
        return set()
    log = ChangeLog.__table__
    return set(s.scalars(select(log.c.record_id).where(
        log.c.table_name == table, log.c.kind == "insert", log.c.origin == creator)))


def under_own_gatherings(s: Session, table: str, ids: Iterable[uuid.UUID], creator: uuid.UUID | None) -> set[uuid.UUID]:
    """Of records of no group (a participant typed in, not a member), those on the sheet
    of a training or fair ``creator`` made: that officer typed them or works with them.
    Those of anyone else's training do not leave the office for the laptop."""
    reference = _gathering_of(table)
    if creator is None or reference is None:
        return set()
    link, gathering = reference
    own = created_by(s, gathering, creator)
    t = BY_NAME[table].table
    ids = list(ids)
    found: dict[uuid.UUID, uuid.UUID | None] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        found.update({i: v for i, v in s.execute(select(t.c.id, t.c[link]).where(t.c.id.in_(chunk)))})
    missing = [i for i in ids if i not in found]
    if missing:
        found.update(_from_deletions(s, table, missing, link))
    return {record_id for record_id, gathering in found.items() if gathering in own}


def _gathering_of(table: str) -> tuple[str, str] | None:
    """(column, table) naming the training or fair a record of ``table`` is on."""
    for column in BY_NAME[table].table.columns:
        for fk in column.foreign_keys:
            parent = fk.column.table.name
            if parent in BY_NAME and BY_NAME[parent].group_path is None:
                return column.name, parent
    return None
