"""Merging exported records into a database (the district office collecting workbooks).

Records are matched by UUID. "Since they last met" is made concrete without a schema
change: whenever a record is merged, this database keeps a *sync mark* (an
``AuditEntry`` with action ``sync``) holding the ``updated_at`` of the version both
sides then had, and merged records keep the sender's ``updated_at``. A workbook also
carries, per record, the sender's own sync mark, used when this database has none.
With ``base`` the sync mark, ``mine`` this database's ``updated_at`` and ``theirs``
the workbook's:

* no such record here: add it;
* ``theirs == mine`` or the values are equal: nothing to do;
* ``theirs == base``: only this database changed it; keep mine;
* ``mine == base``: only the sender changed it; take theirs (unless ``theirs`` is older
  than ``base``: an old workbook imported late, ignored);
* otherwise (both changed, or no base known): a conflict, decided by a person.

Everything happens in one transaction: any error leaves the database as it was.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, update
from sqlalchemy.orm import Session

from otop_desk.db.database import Database
from otop_desk.db.models import AuditEntry, visit_member
from otop_desk.services import exchange
from otop_desk.services.exchange import MEMBERS_MET, SYNC_ACTION, TABLE_LABELS, TABLES, Values  # noqa: F401 - TABLE_LABELS re-exported

Key = tuple[str, uuid.UUID]
MINE, THEIRS = "mine", "theirs"
Progress = Callable[[int, int], bool]

_LABEL_FIELDS = ("name", "title", "description", "visit_date", "entry_date", "sale_date",
                 "action_date", "booth_no")


class MergeCancelled(Exception):
    """The person pressed Cancel; nothing was changed."""


@dataclass(frozen=True)
class IncomingRecord:
    table: str
    id: uuid.UUID
    updated_at: datetime
    base: datetime | None  # the sender's sync mark, if it had one
    values: Values


@dataclass
class Incoming:
    """One workbook's records, already checked and decoded."""

    source: str  # the file name, for reports
    officer: str
    office: str
    exported_at: datetime
    omitted: dict[str, tuple[str, ...]]  # columns left out (personal data)
    records: list[IncomingRecord]


@dataclass(frozen=True)
class Conflict:
    table: str
    id: uuid.UUID
    label: str
    mine_updated_at: datetime
    theirs_updated_at: datetime
    source: str
    differences: tuple[tuple[str, str, str], ...]  # (column, mine, theirs)

    @property
    def key(self) -> Key:
        return (self.table, self.id)


@dataclass
class MergeReport:
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: int = 0
    kept_mine: int = 0  # changed here only, or resolved as "keep mine"
    older: int = 0  # the workbook's copy is older than the one already merged
    conflicts: list[Conflict] = field(default_factory=list)  # still undecided

    @property
    def added_total(self) -> int:
        return sum(self.added.values())

    @property
    def updated_total(self) -> int:
        return sum(self.updated.values())

    @property
    def changed(self) -> bool:
        return bool(self.added_total or self.updated_total)


def decide(mine: datetime, mine_values: Values, theirs: datetime, theirs_values: Values,
           base: datetime | None) -> str:
    """``same``, ``keep``, ``take``, ``older`` or ``conflict`` (see the module text)."""
    if theirs == mine or all(mine_values.get(k) == v for k, v in theirs_values.items()):
        return "same"
    if base is None:
        return "conflict"
    if theirs == base:
        return "keep"
    if mine == base:
        return "older" if theirs < base else "take"
    return "conflict"


class MergeService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def merge(
        self,
        incoming: list[Incoming],
        *,
        resolutions: dict[Key, str] | None = None,
        prefer: str | None = None,
        dry_run: bool = False,
        progress: Progress | None = None,
    ) -> MergeReport:
        """Merge workbooks' records in one transaction; returns what happened.

        A conflict is settled by ``resolutions[(table, id)]`` or else ``prefer``
        (``"mine"`` or ``"theirs"``); an unsettled conflict changes nothing and is
        listed in the report. ``dry_run`` plans without keeping any change.
        """
        latest = _latest_versions(incoming)
        total = max(len(latest), 1)
        report = MergeReport()
        session_scope = self._db.read() if dry_run else self._db.begin_exclusive()
        with session_scope as s:
            done = 0
            for name in TABLES:
                records = [r for r in latest.values() if r[0].table == name]
                if not records:
                    continue
                ids = [r[0].id for r in records]
                existing = exchange.load_rows(s, name, ids)
                marks = exchange.sync_marks(s, name, ids)
                for record, source in records:
                    _merge_one(s, record, source, existing.get(record.id), marks.get(record.id),
                               resolutions or {}, prefer, report)
                    done += 1
                    if progress is not None and done % 200 == 0 and not progress(done, total):
                        raise MergeCancelled
                s.flush()
            if progress is not None and not progress(total, total):
                raise MergeCancelled
        return report


def _latest_versions(incoming: list[Incoming]) -> dict[Key, tuple[IncomingRecord, Incoming]]:
    """A record sent in several workbooks: the newest copy counts."""
    latest: dict[Key, tuple[IncomingRecord, Incoming]] = {}
    for book in sorted(incoming, key=lambda b: b.exported_at):
        for record in book.records:
            key = (record.table, record.id)
            if key not in latest or record.updated_at >= latest[key][0].updated_at:
                latest[key] = (record, book)
    return latest


def _merge_one(s: Session, record: IncomingRecord, book: Incoming,
               existing: tuple[datetime, Values] | None, mark: AuditEntry | None,
               resolutions: dict[Key, str], prefer: str | None, report: MergeReport) -> None:
    name = record.table
    if existing is None:
        _insert(s, record)
        _set_mark(s, record, mark)
        report.added[name] = report.added.get(name, 0) + 1
        return
    mine, mine_values = existing
    base = exchange.parse_stamp(mark.details) if mark is not None else record.base
    verdict = decide(mine, mine_values, record.updated_at, record.values, base)
    if verdict == "conflict":
        choice = resolutions.get((name, record.id), prefer)
        if choice is None:
            report.conflicts.append(_conflict(record, book, mine, mine_values))
            return
        verdict = "take" if choice == THEIRS else "keep"
    if verdict == "take":
        _update(s, record)
        _set_mark(s, record, mark)
        report.updated[name] = report.updated.get(name, 0) + 1
    elif verdict == "keep":
        # Both sides now know the sender's version: the same workbook again is no conflict.
        _set_mark(s, record, mark)
        report.kept_mine += 1
    elif verdict == "older":
        report.older += 1
    else:
        report.unchanged += 1


def _row_values(record: IncomingRecord) -> dict[str, Any]:
    return {k: v for k, v in record.values.items() if k != MEMBERS_MET}


def _insert(s: Session, record: IncomingRecord) -> None:
    t = exchange.table(record.table)
    s.execute(insert(t).values(id=record.id, updated_at=record.updated_at, **_row_values(record)))
    _link_members(s, record, replace=False)


def _update(s: Session, record: IncomingRecord) -> None:
    t = exchange.table(record.table)
    # An explicit updated_at keeps the sender's stamp (the column's onupdate would not).
    s.execute(update(t).where(t.c.id == record.id)
              .values(updated_at=record.updated_at, **_row_values(record)))
    _link_members(s, record, replace=True)


def _link_members(s: Session, record: IncomingRecord, *, replace: bool) -> None:
    if record.table != "visit":
        return
    if replace:
        s.execute(delete(visit_member).where(visit_member.c.visit_id == record.id))
    members = record.values.get(MEMBERS_MET, [])
    if members:
        s.execute(insert(visit_member), [{"visit_id": record.id, "member_id": m} for m in members])


def _set_mark(s: Session, record: IncomingRecord, mark: AuditEntry | None) -> None:
    stamp = record.updated_at.isoformat()
    if mark is None:
        s.add(AuditEntry(table_name=record.table, record_id=record.id, action=SYNC_ACTION,
                         details=stamp))
    elif mark.details != stamp:
        mark.details = stamp


def _describe(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return str(len(value))
    encoded = exchange.encode_value(value)
    return str(encoded)


def _conflict(record: IncomingRecord, book: Incoming, mine: datetime, mine_values: Values) -> Conflict:
    differences = tuple(
        (k, _describe(mine_values.get(k)), _describe(v))
        for k, v in record.values.items()
        if mine_values.get(k) != v
    )
    label = next((str(mine_values[k]) for k in _LABEL_FIELDS if mine_values.get(k)), str(record.id))
    return Conflict(record.table, record.id, label[:80], mine, record.updated_at, book.source,
                    differences)
