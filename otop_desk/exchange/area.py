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

from otop_desk.db.models import ChangeLog, FairEntry, Participant, ProducerGroup
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


def gatherings_of(s: Session, groups: set[uuid.UUID]) -> dict[str, set[uuid.UUID]]:
    """Trainings and trade fairs with a participant or an entry from ``groups``."""
    trainings = set(s.scalars(select(Participant.training_id)
                              .where(Participant.group_id.in_(groups)).distinct())) if groups else set()
    fairs = set(s.scalars(select(FairEntry.fair_id)
                          .where(FairEntry.group_id.in_(groups)).distinct())) if groups else set()
    return {"training": trainings, "trade_fair": fairs}
