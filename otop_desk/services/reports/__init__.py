"""The department's reports, as data: income KPI, marketing, activities."""

from otop_desk.services.reports.data import (
    ActivitiesReport,
    ChannelLine,
    DistrictActivity,
    FairGroupLine,
    FairLine,
    KpiLine,
    KpiReport,
    MarketingReport,
    MeetingConclusion,
    ReportKind,
)
from otop_desk.services.reports.service import NoReportData, Report, ReportService

__all__ = [
    "ActivitiesReport",
    "ChannelLine",
    "DistrictActivity",
    "FairGroupLine",
    "FairLine",
    "KpiLine",
    "KpiReport",
    "MarketingReport",
    "MeetingConclusion",
    "NoReportData",
    "Report",
    "ReportKind",
    "ReportService",
]
