"""The ``check`` report: schema version, record counts, SQLite integrity, and whether the
change log agrees with the tables (what the next workbook sends depends on it)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select

from otop_desk.db.base import Base
from otop_desk.db.database import Database
from otop_desk.db.migrate import head_revision


@dataclass(frozen=True)
class CheckReport:
    database: str
    schema_revision: str | None
    program_revision: str
    counts: dict[str, int]
    integrity: list[str]
    log_mismatches: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.integrity == ["ok"] and self.schema_revision == self.program_revision \
            and not self.log_mismatches

    def lines(self) -> list[str]:
        out = [
            f"database: {self.database}",
            f"schema: {self.schema_revision} (program: {self.program_revision})",
            "records:",
        ]
        out += [f"  {table}: {count}" for table, count in self.counts.items()]
        out.append("integrity_check: " + "; ".join(self.integrity))
        if self.log_mismatches:
            out.append(f"change log: {len(self.log_mismatches)} differences from the tables")
            out += [f"  {line}" for line in self.log_mismatches[:20]]
        else:
            out.append("change log: agrees with the tables")
        return out


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
