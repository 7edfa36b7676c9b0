"""The department's reports, read in one transaction each; a year with nothing to report
is refused (``NoReportData``) so that no empty file is ever written."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from otop_desk.db.database import Database
from otop_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from otop_desk.domain.fiscal import YearSpan
from otop_desk.services.plans.years import year_label
from otop_desk.services.reports.activities import activities
from otop_desk.services.reports.data import ActivitiesReport, KpiReport, MarketingReport, ReportKind
from otop_desk.services.reports.kpi import income_kpi
from otop_desk.services.reports.marketing import marketing
from otop_desk.services.reports.meetings import MeetingProvider

NO_DATA = QT_TRANSLATE_NOOP("Validation", "There is nothing to report for {year}: no records of that year. "
                                          "No file was written.")

Report = KpiReport | MarketingReport | ActivitiesReport


class NoReportData(ValidationError):
    """The year holds nothing the report would show."""

    def __init__(self, span: YearSpan) -> None:
        super().__init__(NO_DATA, None, year=year_label(span))
        self.span = span

    def translated(self, translate: Any) -> str:
        # The year's words in the reader's language too ("ปีงบประมาณ 2570").
        return str(translate("Validation", self.message)).format(year=year_label(self.span, translate))


class ReportService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def income_kpi(self, span: YearSpan) -> KpiReport:
        with self._db.read() as s:
            report = income_kpi(s, span)
        if not report.total.current:
            raise NoReportData(span)
        return report

    def marketing(self, span: YearSpan, providers: Iterable[MeetingProvider] | None = None) -> MarketingReport:
        with self._db.read() as s:
            report = marketing(s, span, providers)
        if not report.fairs and not report.total.total and not report.conclusions:
            raise NoReportData(span)
        return report

    def activities(self, span: YearSpan) -> ActivitiesReport:
        with self._db.read() as s:
            report = activities(s, span)
        if report.empty:
            raise NoReportData(span)
        return report

    def build(self, kind: ReportKind, span: YearSpan) -> Report:
        return {ReportKind.INCOME_KPI: self.income_kpi, ReportKind.MARKETING: self.marketing,
                ReportKind.ACTIVITIES: self.activities}[ReportKind(kind)](span)
