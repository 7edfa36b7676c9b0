"""The department's reports as data: what the printed and workbook versions both show."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from otop_desk.domain.enums import (
    FairEntryStatus,
    ProblemCategory,
    TrainingFormat,
    TrainingTopic,
    VisitPurpose,
)
from otop_desk.domain.fiscal import YearSpan
from otop_desk.domain.money import Money
from otop_desk.domain.plans import baseline_average, percent_change


class ReportKind(StrEnum):
    """The reports, by the names the command line and the menu use."""

    INCOME_KPI = "income-kpi"
    MARKETING = "marketing"
    ACTIVITIES = "activities"


# income KPI ---------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class KpiLine:
    """Income from product sales of a group, a district, a province or everything."""

    name: str
    district: str
    province: str
    before: tuple[Money, ...]  # the years before, oldest first
    current: Money
    groups: int = 1  # groups counted in the line

    @property
    def average(self) -> Money:
        return baseline_average(self.before)

    @property
    def change(self) -> Decimal | None:
        """ร้อยละที่เพิ่มขึ้น against the average of the years before (None: no baseline)."""
        return percent_change(self.current, self.before)

    @property
    def years_with_sales(self) -> int:
        return sum(1 for year in self.before if year.satang)


@dataclass(frozen=True)
class KpiReport:
    span: YearSpan
    before: list[YearSpan]
    groups: list[KpiLine]
    districts: list[KpiLine]
    provinces: list[KpiLine]
    total: KpiLine


# marketing ----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class FairGroupLine:
    group_id: uuid.UUID
    group_name: str
    district: str
    status: FairEntryStatus
    booth_no: str
    sale_days: int
    sales: Money
    posted: Money  # of it, in the group's cash book


@dataclass(frozen=True, slots=True)
class FairLine:
    id: uuid.UUID
    name: str
    venue: str
    start_date: date
    end_date: date
    booths: int
    applied: int
    selected: int  # groups sent
    sales: Money
    groups: tuple[FairGroupLine, ...]


@dataclass(frozen=True, slots=True)
class ChannelLine:
    """Sales by channel: the cash book's sales categories and fair sales not in it."""

    name: str  # a district, or "" for the total
    shop: Money
    fair: Money
    online: Money
    orders: Money
    fair_unposted: Money

    @property
    def total(self) -> Money:
        return self.shop + self.fair + self.online + self.orders + self.fair_unposted


@dataclass(frozen=True, slots=True)
class MeetingConclusion:
    """What a network meeting concluded (``services.reports.meetings`` fills these)."""

    day: date
    title: str
    place: str
    conclusions: str


@dataclass(frozen=True)
class MarketingReport:
    span: YearSpan
    fairs: list[FairLine]
    channels: list[ChannelLine]  # by district
    total: ChannelLine
    conclusions: list[MeetingConclusion] = field(default_factory=list)

    @property
    def groups_sent(self) -> int:
        return len({g.group_id for f in self.fairs for g in f.groups if g.status == FairEntryStatus.SELECTED})

    @property
    def booths(self) -> int:
        return sum(f.booths for f in self.fairs)

    @property
    def fair_sales(self) -> Money:
        return Money.sum(f.sales for f in self.fairs)


# activities ---------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class DistrictActivity:
    district: str
    province: str
    visits: int
    groups_visited: int
    attended: int  # training participants of the district's groups who attended
    problems_found: int
    problems_solved: int


@dataclass(frozen=True)
class ActivitiesReport:
    span: YearSpan
    visits: int
    groups_visited: int
    by_purpose: dict[VisitPurpose, int]
    sessions: int
    listed: int
    attended: int
    by_topic: dict[TrainingTopic, tuple[int, int]]  # sessions, people who attended
    by_format: dict[TrainingFormat, tuple[int, int]]
    found: dict[ProblemCategory, int]
    solved: dict[ProblemCategory, int]
    still_open: dict[ProblemCategory, int]  # found in the year, open at its end
    districts: list[DistrictActivity]

    @property
    def problems_found(self) -> int:
        return sum(self.found.values())

    @property
    def problems_solved(self) -> int:
        return sum(self.solved.values())

    @property
    def empty(self) -> bool:
        return not (self.visits or self.sessions or self.problems_found or self.problems_solved)
