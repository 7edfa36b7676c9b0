"""The ``check`` report: schema version, record counts, SQLite integrity, and whether the
change log agrees with the tables (what the next workbook sends depends on it)."""

from __future__ import annotations

from sqlalchemy import func, select

from otop_desk.db.base import Base
from otop_desk.db.database import Database
from otop_desk.db.migrate import head_revision
from otop_desk.services.check.data import CheckReport


def record_counts(db: Database) -> dict[str, int]:
    with db.read() as s:
        return {
            name: int(s.scalar(select(func.count()).select_from(table)) or 0)
            for name, table in sorted(Base.metadata.tables.items())
        }


# Tables that do not make a database "hold data": what a fresh install fills before any
# real work (the first-run profile must not block loading demo data) and the
# replication's own bookkeeping.
SETUP_TABLES = {"officer_profile", "replica", "change_log", "peer", "conflict", "sync_mark"}


def is_empty(db: Database) -> bool:
    return not any(n for table, n in record_counts(db).items() if table not in SETUP_TABLES)


def check(db: Database) -> CheckReport:
    return CheckReport(
        database=db.describe(),
        schema_revision=db.schema_revision(),
        program_revision=head_revision(),
        counts=record_counts(db),
        integrity=db.integrity_check(),
        log_mismatches=_log_mismatches(db),
    )


def _log_mismatches(db: Database) -> list[str]:
    from otop_desk.db.log_check import mismatches

    if db.schema_revision() != head_revision():
        return []  # an older schema has no log to compare yet
    with db.read() as s:
        return [str(m) for m in mismatches(s)]
