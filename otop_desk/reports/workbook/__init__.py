"""The workbooks written for people: the month's report (Thai sheets, BE dates) and the
whole cash book. What they carry for machines is ``otop_desk.exchange``'s."""

from otop_desk.reports.workbook.writer import ExportCancelled, write_workbook

__all__ = ["ExportCancelled", "write_workbook"]
