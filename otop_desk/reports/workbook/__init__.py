"""The monthly Excel workbook: written for people (Thai sheets, BE dates) and for
machines (hidden sheets that let the office merge it back into a database)."""

from otop_desk.reports.workbook.data import FORMAT_VERSION, WorkbookRefused, read_workbook
from otop_desk.reports.workbook.jobs import ExportResult, export_month, import_workbooks
from otop_desk.reports.workbook.writer import ExportCancelled, write_workbook

__all__ = [
    "FORMAT_VERSION",
    "ExportCancelled",
    "ExportResult",
    "WorkbookRefused",
    "export_month",
    "import_workbooks",
    "read_workbook",
    "write_workbook",
]
