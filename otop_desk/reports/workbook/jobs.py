"""The two jobs the window and the command line run: export a month, import workbooks.

``import_workbooks`` is the single entry point for merging workbooks into a database
(a backup before every import wraps this function).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.exc import DataError, IntegrityError, OperationalError

from otop_desk.db.database import Database
from otop_desk.domain.dates import be_year
from otop_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from otop_desk.reports.workbook.data import WorkbookRefused, read_workbook
from otop_desk.reports.workbook.pauses import collector_paused
from otop_desk.reports.workbook.writer import write_workbook
from otop_desk.services.backups import backup_before, storage_error
from otop_desk.services.exports import ExportService
from otop_desk.services.incoming import check_references
from otop_desk.services.merge import Incoming, Key, MergeReport, MergeService

Progress = Callable[[int, int], bool]

MERGE_FAILED = QT_TRANSLATE_NOOP(
    "Validation", "{file} could not be merged ({reason}); nothing was imported.")
NOTHING_TO_EXPORT = QT_TRANSLATE_NOOP(
    "Validation", "There is nothing to export for {month}: no record of that month (or of "
    "the groups as they stood then) is in this database. No file was written.")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    record_count: int
    batch_id: uuid.UUID


def export_month(
    db: Database,
    year: int,
    month: int,
    path: Path,
    *,
    only_changes: bool = False,
    without_personal_data: bool = False,
    lang: str = "th",
    progress: Progress | None = None,
    now: datetime | None = None,
) -> ExportResult:
    """Write the month's workbook to ``path`` and record the export in the upload queue."""
    service = ExportService(db)
    with collector_paused():
        data = service.collect(year, month, only_changes=only_changes,
                               without_personal_data=without_personal_data, now=now)
        if data.record_count == 0:
            # Nothing to send: no file, and nothing in the upload queue.
            raise ValidationError(NOTHING_TO_EXPORT, "month", month=f"{be_year(year)}-{month:02d}")
        count = write_workbook(data, Path(path), lang=lang, progress=progress)
        meta = data.meta
        del data  # freed here by reference counting, while the collector is still paused
    batch_id = service.record_batch(meta, Path(path).name, count)
    return ExportResult(Path(path), count, batch_id)


def read_workbooks(paths: Sequence[Path]) -> list[Incoming]:
    """Read and check every file first: one bad file refuses the whole import."""
    return [read_workbook(Path(p)) for p in paths]


def import_workbooks(
    db: Database,
    paths: Sequence[Path],
    *,
    resolutions: dict[Key, str] | None = None,
    prefer: str | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> MergeReport:
    """Merge exported workbooks into ``db`` in one transaction.

    Raises ``WorkbookRefused`` (nothing changed) for a file that is not an OTOP Desk
    export, is damaged or is of a newer format, and ``MergeCancelled`` on Cancel.
    Conflicts not settled by ``resolutions`` or ``prefer`` are left as they are and
    listed in the report.
    """
    books = read_workbooks(paths)
    with db.read() as s:  # every reference leads somewhere, before anything is written
        check_references(s, ((b.source, r.table, r.id, r.values) for b in books for r in b.records))
    if not dry_run:
        # The workbooks are sound: keep the database as it was, so an import can be undone.
        backup_before("import", db)
    try:
        return MergeService(db).merge(books, resolutions=resolutions, prefer=prefer,
                                      dry_run=dry_run, progress=progress)
    except OperationalError as error:  # the disk filled up, or the drive went read-only
        raise storage_error(error.orig or error, db.describe()) from error
    except (IntegrityError, DataError) as error:  # a rule the checks above did not know
        raise WorkbookRefused(MERGE_FAILED, None, file=", ".join(b.source for b in books),
                              reason=type(error.orig or error).__name__) from error
