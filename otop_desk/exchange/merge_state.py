"""What the merge keeps while it applies changes: each record's state, the report and the
conflicts it finds, and the small rules of comparing changes.

Apart from ``merge.py`` so the algorithm reads on its own; nothing here writes.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from otop_desk.db.changelog import Entry, order
from otop_desk.db.models.replication import DELETE, INSERT, UPDATE
from otop_desk.db.values import encode
from otop_desk.exchange.changeset import Op


class ConflictKind(StrEnum):
    """What a recorded conflict is about (stored in ``conflict.kind``)."""

    FIELD = "field"  # one field changed on two devices without knowledge of each other
    DELETED = "deleted"  # an edit the deleting device did not know of
    CLASH = "clash"  # two unrelated records arrived with the same id


@dataclass(frozen=True)
class ConflictInfo:
    table: str
    record_id: uuid.UUID
    field: str  # "" for an edit of a deleted record or an id clash
    kind: ConflictKind
    kept: str  # the winning change's id
    lost: str
    kept_value: Any  # JSON values
    lost_value: Any


@dataclass
class MergeReport:
    added: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    deleted: Counter[str] = field(default_factory=Counter)
    received: int = 0  # changes new to this database
    known: int = 0  # changes it already held
    stale: int = 0  # field values older than the ones here
    conflicts: list[ConflictInfo] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.deleted)


def change_id(op: Op | Entry) -> str:
    return str(op.op)


@dataclass
class RecordState:
    """One record while changes are applied to it."""

    table: str
    record_id: uuid.UUID
    row: dict[str, Any] | None  # decoded values; None when it does not exist here
    entries: list[Entry]
    origin: uuid.UUID | None = None
    existed: bool = False
    changed: set[str] = field(default_factory=set)
    stamp: int = 0  # the newest change applied (its wall time becomes updated_at)
    links: dict[uuid.UUID, bool] = field(default_factory=dict)  # member -> met (visits)
    initial_links: dict[uuid.UUID, bool] = field(default_factory=dict)
    deleted: bool = False

    def __post_init__(self) -> None:
        self.existed = self.row is not None
        self.deleted = any(e.kind == DELETE for e in self.entries)
        self.by_id = {e.id: e for e in self.entries}
        self.owner: dict[str, Entry] = {}
        for entry in sorted(self.entries, key=order):
            self.own(entry)

    def own(self, entry: Entry) -> None:
        """Make ``entry`` the owner of the fields it writes where it is the latest."""
        if entry.kind == INSERT:
            names = list(entry.fields) or ["*"]
        elif entry.kind == UPDATE:
            names = list(entry.fields)
        else:
            names = []
        for name in names:
            current = self.owner.get(name)
            if current is None or order(entry) > order(current):
                self.owner[name] = entry

    def winner(self, name: str) -> Entry | None:
        return self.owner.get(name) or self.owner.get("*")

    def add(self, entry: Entry) -> None:
        self.entries.append(entry)
        self.by_id[entry.id] = entry

    def descends(self, name: str, start: Entry | Op, target: str) -> bool:
        """Does ``start``'s value of ``name`` come after the change ``target``, following
        the chain of bases through the changes this database holds?"""
        seen = 0
        base = start.bases.get(name)
        while base is not None and seen < 10_000:
            if base == target:
                return True
            previous = self.by_id.get(base)
            if previous is None:
                return False
            base = previous.bases.get(name) if previous.kind != INSERT else None
            seen += 1
        return False


def column_default(column: Any) -> Any:
    default = column.default
    return default.arg if default is not None and default.is_scalar else None


def as_entry(op: Op) -> Entry:
    return Entry(op.op, op.hlc, op.kind, op.fields, op.bases)


def known_by(record: RecordState, deletion: Entry, name: str, target: str) -> bool:
    base = deletion.bases.get(name)
    start = record.by_id.get(base) if base else None
    return start is not None and (start.id == target or record.descends(name, start, target))


def plain(value: Any) -> Any:
    """A value as compared across devices: money, dates and ids by their JSON form."""
    return encode(value) if not isinstance(value, str | int | float | bool | type(None)) else value
