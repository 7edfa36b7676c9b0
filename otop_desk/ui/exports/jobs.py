"""Exports started from the window run as child processes, so the window never freezes.

The export dialog, the Books tab and the benchmark all come through here. An in-memory
database (the tests' default) exists only in this process; it is exported on a worker
thread instead, with the same result.

A child's commits are not heard by this process's change feed: what a job writes (the
export batch that makes "not yet exported" zero) is told to the screens here.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from otop_desk import i18n
from otop_desk.child_jobs import JobCancelled
from otop_desk.db.database import Database
from otop_desk.db.trust import before_other_writers
from otop_desk.exchange.jobs import (
    ExportResult,
    ImportSummary,
    export_handover,
    export_month,
    export_return,
    import_workbooks,
)
from otop_desk.reports.workbook.cash_history import write_cash_history
from otop_desk.ui.common import changes
from otop_desk.ui.common.changes import EVERYTHING, NOTHING, Kind
from otop_desk.ui.common.child_process import run_child
from otop_desk.ui.common.worker import Progress, run_with_progress


def _run(parent: QWidget | None, db: Database, title: str, label: str, arguments: list[str],
         here: Callable[[Progress], dict[str, Any]], writes: Kind = NOTHING) -> dict[str, Any] | None:
    """The child's result payload (or ``here``'s, for an in-memory database); None if
    the person cancelled. ``writes``: what the job may have changed, told afterwards as
    one change."""
    hub = changes.hub(db)
    with hub.held():
        try:
            if not db.allows_other_processes:
                try:
                    return run_with_progress(parent, title, label, here)
                except JobCancelled:
                    return None
            before_other_writers(db)  # a child's writes pass no guard of this process
            # The file's check has passed: the child need not read the whole file again.
            return run_child(parent, title, label, arguments, str(db.target), checked=True)
        finally:
            if writes:
                hub.publish(writes)


def export_month_job(parent: QWidget | None, db: Database, year: int, month: int, path: Path, *,
                     only_changes: bool = False, without_personal_data: bool = False,
                     lang: str = "th") -> ExportResult | None:
    """Write the month's workbook behind a progress dialog; None if cancelled."""
    arguments = ["export", "--month", f"{year:04d}-{month:02d}", "--out", str(path), "--lang", lang]
    if only_changes:
        arguments.append("--only-changes")
    if without_personal_data:
        arguments.append("--without-personal-data")

    def here(progress: Progress) -> dict[str, Any]:
        result = export_month(db, year, month, path, only_changes=only_changes,
                              without_personal_data=without_personal_data, lang=lang, progress=progress)
        return {"path": str(result.path), "records": result.record_count, "batch": str(result.batch_id),
                "photos": result.photos}

    done = _run(parent, db, QCoreApplication.translate("ExportDialog", "Export month"),
                QCoreApplication.translate("ExportDialog", "Writing the workbook…"), arguments, here,
                writes=Kind.EXPORTS)
    if done is None:
        return None
    return ExportResult(Path(done["path"]), int(done["records"]), uuid.UUID(done["batch"]), int(done.get("photos", 0)))


def export_cash_book_job(parent: QWidget | None, db: Database, path: Path, title: str, label: str, *,
                         group_id: uuid.UUID | None = None, lang: str = "th") -> int | None:
    """Write every cash-book entry (of one group, or of all) to ``path`` behind a
    progress dialog (``title``, ``label``); how many, or None if cancelled."""
    arguments = ["export-cash-book", "--out", str(path), "--lang", lang]
    if group_id is not None:
        arguments += ["--group-id", str(group_id)]

    def here(progress: Progress) -> dict[str, Any]:
        return {"path": str(path), "records": write_cash_history(db, path, group_id=group_id, progress=progress)}

    done = _run(parent, db, title, label, arguments, here)
    return None if done is None else int(done["records"])


def import_job(parent: QWidget | None, db: Database, paths: list[Path], *,
               accept_changed_keys: bool = False) -> ImportSummary | None:
    """Merge workbooks behind a progress dialog, in a child process (the window never
    waits for the merge); None if cancelled. A refusal is raised (``ChildRefused``, or
    ``ValidationError`` for an in-memory database)."""
    arguments = ["import", *map(str, paths), "--lang", i18n.current_language()]
    if accept_changed_keys:
        arguments.append("--accept-changed-key")

    def here(progress: Progress) -> dict[str, Any]:
        result = import_workbooks(db, paths, progress=progress, accept_changed_keys=accept_changed_keys)
        return ImportSummary.of(result).payload()

    done = _run(parent, db, QCoreApplication.translate("Import", "Import workbooks"),
                QCoreApplication.translate("Import", "Merging the workbooks…"), arguments, here,
                writes=EVERYTHING)
    return ImportSummary.from_payload(done) if done is not None else None


def return_job(parent: QWidget | None, db: Database, officer: str, path: Path, *,
               lang: str = "th") -> ExportResult | None:
    """The office's workbook for one officer, behind a progress dialog."""
    arguments = ["export-return", "--for", officer, "--out", str(path), "--lang", lang]

    def here(progress: Progress) -> dict[str, Any]:
        result = export_return(db, officer, path, lang=lang, progress=progress)
        return {"path": str(result.path), "records": result.record_count}

    done = _run(parent, db, QCoreApplication.translate("ReturnDialog", "Workbook for an officer"),
                QCoreApplication.translate("ExportDialog", "Writing the workbook…"), arguments, here,
                writes=Kind.EXPORTS)
    return ExportResult(Path(done["path"]), int(done["records"]), uuid.UUID(int=0)) if done else None


def handover_job(parent: QWidget | None, db: Database, groups: list[uuid.UUID], path: Path, *,
                 lang: str = "th") -> ExportResult | None:
    """Every record and change of ``groups``, for the officer taking them over."""
    arguments = ["export-handover", "--groups", ",".join(map(str, groups)), "--out", str(path),
                 "--lang", lang]

    def here(progress: Progress) -> dict[str, Any]:
        result = export_handover(db, groups, path, lang=lang, progress=progress)
        return {"path": str(result.path), "records": result.record_count}

    done = _run(parent, db, QCoreApplication.translate("HandoverDialog", "Hand over groups"),
                QCoreApplication.translate("ExportDialog", "Writing the workbook…"), arguments, here,
                writes=Kind.EXPORTS)
    return ExportResult(Path(done["path"]), int(done["records"]), uuid.UUID(int=0)) if done else None
