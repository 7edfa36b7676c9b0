"""A group's cash book as forms, tables and services exchange it: plain data."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from otop_desk.domain.enums import CashCategory, EntryKind
from otop_desk.domain.money import Money


@dataclass
class EntryData:
    group_id: uuid.UUID
    entry_date: date
    kind: EntryKind
    category: CashCategory
    amount: Money
    description: str = ""
    document_no: str = ""
    counterparty: str = ""
    id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class CashRow:
    """One line of the cash book with the balance after it."""

    id: uuid.UUID
    seq: int  # position in book order (date, then when typed)
    entry_date: date
    kind: EntryKind
    category: CashCategory
    amount: Money
    description: str
    document_no: str
    counterparty: str
    balance: Money
    from_fair: bool

    @property
    def signed(self) -> Money:
        return self.amount if self.kind == EntryKind.INCOME else -self.amount


@dataclass(frozen=True)
class CashBook:
    group_id: uuid.UUID
    group_name: str
    opening_balance: Money
    opening_date: date | None
    rows: list[CashRow]

    @property
    def closing_balance(self) -> Money:
        return self.rows[-1].balance if self.rows else self.opening_balance
