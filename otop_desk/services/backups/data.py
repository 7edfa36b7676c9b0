"""What a backup is, as the window lists it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from otop_desk.db import health
from otop_desk.domain.errors import QT_TRANSLATE_NOOP

REASON_LABELS = {
    "daily": QT_TRANSLATE_NOOP("Backups", "daily"),
    "manual": QT_TRANSLATE_NOOP("Backups", "by hand"),
    "migration": QT_TRANSLATE_NOOP("Backups", "before an upgrade"),
    "import": QT_TRANSLATE_NOOP("Backups", "before an import"),
    "restore": QT_TRANSLATE_NOOP("Backups", "before a restore"),
}



@dataclass(frozen=True)
class BackupEntry:
    path: Path
    taken: datetime
    reason: str
    size: int
    counts: dict[str, int] = field(default_factory=dict)
    revision: str | None = None

    @property
    def records(self) -> int:
        return sum(self.counts.values())

    @property
    def groups(self) -> int:
        return self.counts.get("producer_group", 0)


def describe(path: Path, reason: str = "", taken: datetime | None = None) -> BackupEntry:
    stat = path.stat()
    return BackupEntry(
        path=path,
        taken=taken or datetime.fromtimestamp(stat.st_mtime),
        reason=reason,
        size=stat.st_size,
        counts=health.record_counts(path),
        revision=health.schema_revision(path),
    )
