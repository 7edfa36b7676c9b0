"""What the Home tab shows besides its list: plain data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from otop_desk.domain.enums import ProblemCategory, ProblemStatus
from otop_desk.domain.fiscal import YearKind, YearSpan


@dataclass(frozen=True)
class HomeStatus:
    pending_exports: int
    last_export: datetime | None
    last_backup: datetime | None
    backups_available: bool


@dataclass(frozen=True)
class ChartData:
    """Figures of one year, by month (index 0 = its first month: January, or October of
    a fiscal year)."""

    year: int
    month: int | None  # the month the category chart covers; None = the whole year
    visits: list[int]
    trainings: list[int]
    participants: list[int]  # people who attended
    income: list[int]  # satang
    expense: list[int]
    problems: dict[ProblemCategory, dict[ProblemStatus, int]]
    stars: list[int]  # products with no star, 1 star, ..., 5 stars
    span: YearSpan | None = None  # the year charted; None: the calendar year ``year``

    @property
    def year_span(self) -> YearSpan:
        return self.span or YearSpan(YearKind.CALENDAR, self.year)
