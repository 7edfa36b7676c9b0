"""Each group's cash book: entries with a running balance, opening balance, audit of edits.

Monthly and yearly summaries live in ``summary.py``; the monthly export asks
``BookService.month_summary`` for one group's figures.
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from otop_desk.db.database import Database
from otop_desk.db.models import AuditEntry, CashEntry, ExportBatch, ProducerGroup
from otop_desk.domain.dates import check_date_range, format_date_numeric
from otop_desk.domain.enums import EntryKind
from otop_desk.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from otop_desk.domain.fiscal import YearSpan
from otop_desk.domain.money import Money
from otop_desk.services.books.data import CashBook, CashRow, EntryData
from otop_desk.services.books.rules import F_OPENING_BALANCE, F_OPENING_DATE, validate_entry
from otop_desk.services.books.summary import (
    MonthSummary,
    YearSummary,
    group_month_summaries,
    month_summary,
    year_summary,
)

AUDIT_FIELDS = ("entry_date", "kind", "category", "amount", "description", "document_no",
                "counterparty")


class ExportedMonthError(Exception):
    """The change touches a month whose workbook was already sent; ask, then pass ``allow_exported``."""

    def __init__(self, months: list[tuple[int, int]]) -> None:
        super().__init__(f"already exported: {months}")
        self.months = months


class BookService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # reading ------------------------------------------------------------------------
    def cash_book(self, group_id: uuid.UUID) -> CashBook:
        """All entries in book order with running balances, computed in one pass."""
        with self._db.read() as s:
            group = s.get(ProducerGroup, group_id)
            if group is None:
                raise NotFoundError(str(group_id))
            q = (
                select(CashEntry.id, CashEntry.entry_date, CashEntry.kind, CashEntry.category,
                       CashEntry.amount, CashEntry.description, CashEntry.document_no,
                       CashEntry.counterparty, CashEntry.fair_sale_id)
                .where(CashEntry.group_id == group_id)
                # Timestamps have whole seconds, so entries typed in one second are put
                # receipts first (the balance then never dips only by the order of typing).
                .order_by(CashEntry.entry_date, CashEntry.created_at,
                          (CashEntry.kind == EntryKind.EXPENSE), CashEntry.id)
            )
            balance = group.opening_balance.satang
            rows: list[CashRow] = []
            for seq, (eid, day, kind, cat, amount, text, doc, party, sale) in enumerate(s.execute(q)):
                balance += amount.satang if kind == EntryKind.INCOME else -amount.satang
                rows.append(CashRow(eid, seq, day, kind, cat, amount, text, doc, party,
                                    Money(balance), sale is not None))
            return CashBook(group.id, group.name, group.opening_balance, group.opening_date, rows)

    def get_entry(self, entry_id: uuid.UUID) -> EntryData:
        with self._db.read() as s:
            e = s.get(CashEntry, entry_id)
            if e is None:
                raise NotFoundError(str(entry_id))
            return EntryData(e.group_id, e.entry_date, e.kind, e.category, e.amount,
                             e.description, e.document_no, e.counterparty, e.id)

    def exported_months(self) -> set[tuple[int, int]]:
        with self._db.read() as s:
            return {(y, m) for y, m in s.execute(select(ExportBatch.year, ExportBatch.month))}

    def is_exported(self, day: date) -> bool:
        with self._db.read() as s:
            return _exported(s, day)

    def audit_trail(self, record_id: uuid.UUID) -> list[tuple[str, dict, datetime]]:
        with self._db.read() as s:
            q = select(AuditEntry).where(AuditEntry.record_id == record_id).order_by(AuditEntry.created_at)
            return [(a.action, json.loads(a.details), a.created_at) for a in s.scalars(q)]

    def month_summary(self, group_id: uuid.UUID, year: int, month: int) -> MonthSummary:
        """One group's income and expense by category for a month, with balances."""
        with self._db.read() as s:
            return month_summary(s, group_id, year, month)

    def year_summary(self, group_id: uuid.UUID, year: int | YearSpan) -> YearSummary:
        with self._db.read() as s:
            return year_summary(s, group_id, year)

    def all_month_summaries(self, year: int, month: int) -> list[MonthSummary]:
        """Every group's summary of a month (groups without books included, all zero)."""
        with self._db.read() as s:
            return group_month_summaries(s, year, month)

    # writing ------------------------------------------------------------------------
    def save_entry(self, data: EntryData, *, allow_exported: bool = False) -> uuid.UUID:
        """Add or change an entry. A change to an exported month needs ``allow_exported``
        (the UI asks first) and is written to the audit trail with old and new values."""
        with self._db.begin() as s:
            group = s.get(ProducerGroup, data.group_id)
            if group is None:
                raise NotFoundError(str(data.group_id))
            clean = validate_entry(data, group.opening_date)
            if clean.id is None:
                entry = CashEntry(group_id=clean.group_id)
                s.add(entry)
                old = None
            else:
                found = s.get(CashEntry, clean.id)
                if found is None:
                    raise NotFoundError(str(clean.id))
                entry = found
                old = _values(entry)
                months = {_month(entry.entry_date), _month(clean.entry_date)}
                touched = sorted(m for m in months if _exported(s, date(m[0], m[1], 1)))
                if touched and not allow_exported:
                    raise ExportedMonthError(touched)
            for name in AUDIT_FIELDS:
                value = getattr(clean, name)
                if getattr(entry, name, None) != value:
                    setattr(entry, name, value)
            s.flush()
            if old is not None:
                new = _values(entry)
                if new != old and (_exported(s, entry.entry_date) or _exported(s, _parse(old))):
                    _audit(s, entry.id, "update", {"old": old, "new": new})
            return entry.id

    def delete_entry(self, entry_id: uuid.UUID, *, allow_exported: bool = False) -> None:
        with self._db.begin() as s:
            entry = s.get(CashEntry, entry_id)
            if entry is None:
                raise NotFoundError(str(entry_id))
            if _exported(s, entry.entry_date):
                if not allow_exported:
                    raise ExportedMonthError([_month(entry.entry_date)])
                _audit(s, entry.id, "delete", {"old": _values(entry), "new": None})
            s.delete(entry)

    def set_opening(self, group_id: uuid.UUID, balance: Money, opening_date: date | None) -> None:
        balance.check_range(F_OPENING_BALANCE, allow_negative=False)
        if opening_date is not None:
            check_date_range(opening_date, F_OPENING_DATE)
        with self._db.begin() as s:
            group = s.get(ProducerGroup, group_id)
            if group is None:
                raise NotFoundError(str(group_id))
            first = s.scalar(select(func.min(CashEntry.entry_date)).where(CashEntry.group_id == group_id))
            if opening_date is not None and first is not None and first < opening_date:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "{field}: the cash book already has an entry of {first}; the opening "
                        "date cannot be later than that.",
                    ),
                    F_OPENING_DATE,
                    field=F_OPENING_DATE,
                    first=format_date_numeric(first),
                )
            if group.opening_balance != balance:
                group.opening_balance = balance
            if group.opening_date != opening_date:
                group.opening_date = opening_date


def _month(day: date) -> tuple[int, int]:
    return day.year, day.month


def _exported(s: Session, day: date) -> bool:
    q = select(ExportBatch.id).where(ExportBatch.year == day.year, ExportBatch.month == day.month)
    return s.execute(q.limit(1)).first() is not None


def _values(entry: CashEntry) -> dict[str, str]:
    """An entry as plain text for the audit trail (amounts in baht, dates ISO)."""
    out = {}
    for name in AUDIT_FIELDS:
        value = getattr(entry, name)
        out[name] = value.isoformat() if isinstance(value, date) else str(value)
    return out


def _parse(values: dict[str, str]) -> date:
    return date.fromisoformat(values["entry_date"])


def _audit(s: Session, record_id: uuid.UUID, action: str, details: dict) -> None:
    s.add(AuditEntry(table_name=CashEntry.__tablename__, record_id=record_id, action=action,
                     details=json.dumps(details, ensure_ascii=False, sort_keys=True)))
