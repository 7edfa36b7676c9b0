"""The ``check`` report: schema version, record counts, integrity and the change log."""

from otop_desk.services.check.data import CheckReport
from otop_desk.services.check.service import SETUP_TABLES, check, is_empty, record_counts

__all__ = ["SETUP_TABLES", "CheckReport", "check", "is_empty", "record_counts"]
