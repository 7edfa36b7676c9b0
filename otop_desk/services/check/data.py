"""The ``check`` report as plain data, and its lines for the command line."""

from __future__ import annotations

from dataclasses import dataclass, field


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
