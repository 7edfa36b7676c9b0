"""The month's report and the upload queue as plain data, for ``reports.workbook``."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from otop_desk import __version__
from otop_desk.domain.enums import CashCategory
from otop_desk.domain.money import Money

Values = dict[str, Any]
RecordMap = dict[str, dict[uuid.UUID, tuple[datetime, Values]]]

# Why a problem is listed in a month's workbook.
OPENED, ACTED, RESOLVED, STILL_OPEN, CHANGED = "opened", "acted", "resolved", "still_open", "changed"


@dataclass
class ExportMeta:
    year: int  # CE
    month: int
    exported_at: datetime  # UTC
    only_changes: bool = False
    without_personal_data: bool = False
    previous_export_at: datetime | None = None
    officer: str = ""
    position: str = ""
    office: str = ""
    district: str = ""
    province: str = ""
    app_version: str = __version__


@dataclass
class BookRow:
    """One group's cash book for the month."""

    group_id: uuid.UUID
    group_name: str
    brought_forward: Money
    income: Money
    expense: Money
    by_category: dict[CashCategory, Money] = field(default_factory=dict)

    @property
    def net(self) -> Money:
        return self.income - self.expense

    @property
    def closing(self) -> Money:
        return self.brought_forward + self.net


@dataclass
class MonthExport:
    meta: ExportMeta
    records: RecordMap  # every record the report names, parents included
    shown: dict[str, list[uuid.UUID]]  # what the visible sheets list, per table
    problem_reasons: dict[uuid.UUID, frozenset[str]]
    books: list[BookRow]

    @property
    def record_count(self) -> int:
        return sum(len(rows) for rows in self.records.values())


@dataclass(frozen=True)
class Pending:
    """Changes made here since the last export (every change if never exported)."""

    count: int
    since: datetime | None


@dataclass(frozen=True)
class BatchRow:
    id: uuid.UUID
    year: int
    month: int
    exported_at: datetime
    file_name: str
    record_count: int
    only_changes: bool
    without_personal_data: bool
    uploaded_at: datetime | None
