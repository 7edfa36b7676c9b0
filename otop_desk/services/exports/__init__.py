"""The month's report in a workbook, and the upload queue: what was written, and when."""

from otop_desk.services.exports.data import (
    ACTED,
    CHANGED,
    OPENED,
    RESOLVED,
    STILL_OPEN,
    BatchRow,
    BookRow,
    ExportMeta,
    MonthExport,
    Pending,
    RecordMap,
    Values,
)
from otop_desk.services.exports.service import ExportService

__all__ = [
    "ACTED",
    "CHANGED",
    "OPENED",
    "RESOLVED",
    "STILL_OPEN",
    "BatchRow",
    "BookRow",
    "ExportMeta",
    "ExportService",
    "MonthExport",
    "Pending",
    "RecordMap",
    "Values",
]
