"""The plans' and reports' long jobs from the window: behind a progress dialog with Cancel,
as a child process of the window (``otop-desk report|evidence-pack ... --progress``), or on
a worker thread for an in-memory database (the tests'), with the same result.

Nothing here writes to the database: a report or a pack only reads, so no change is told.
A year with nothing to report is said in a message and no file is written.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from otop_desk import i18n
from otop_desk.child_jobs import ChildRefused, JobCancelled
from otop_desk.domain.errors import ValidationError
from otop_desk.domain.fiscal import YearSpan
from otop_desk.reports.plan_jobs import write_evidence, write_report
from otop_desk.services import Services
from otop_desk.services.plans import PlanRow
from otop_desk.services.plans.years import file_part
from otop_desk.services.reports import ReportKind
from otop_desk.ui import messages
from otop_desk.ui.common.child_process import run_child
from otop_desk.ui.common.worker import Progress, run_with_progress
from otop_desk.ui.plans.year_choice import span_text


def tr(text: str) -> str:
    return QCoreApplication.translate("Reports", text)


def run_job(parent: QWidget | None, services: Services, title: str, label: str, arguments: list[str],
            here: Callable[[Progress], dict[str, Any]]) -> dict[str, Any] | None:
    """The job's result payload, or None if the person cancelled or it was refused (said
    in a message: a year with nothing to report, a file that cannot be written)."""
    db = services.db
    try:
        if not db.allows_other_processes:
            try:
                return run_with_progress(parent, title, label, here)
            except JobCancelled:
                return None
        return run_child(parent, title, label, arguments, str(db.target))  # type: ignore[no-any-return]
    except ValidationError as error:
        messages.show_validation(parent, error)
    except ChildRefused as error:
        messages.show_error(parent, title, str(error))
    except OSError as error:
        messages.show_error(parent, title, QCoreApplication.translate("Reports", "The file could not be written: {error}").format(
            error=error.strerror or error))
    return None


def report_file_name(kind: ReportKind, span: YearSpan, suffix: str) -> str:
    return f"{kind.value}-{file_part(span)}{suffix}"


def write_report_job(parent: QWidget | None, services: Services, kind: ReportKind, span: YearSpan,
                     path: Path) -> dict[str, Any] | None:
    lang = i18n.current_language()
    arguments = ["report", "--kind", kind.value, "--year", str(span.be), "--out", str(path), "--lang", lang]
    if span.kind.value == "calendar":
        arguments.append("--calendar")
    return run_job(parent, services, QCoreApplication.translate("Reports", "Reports"), QCoreApplication.translate("Reports", "Writing the report of {year}…").format(year=span_text(span)),
                   arguments, lambda progress: write_report(services, kind, span, path, lang, progress))


def evidence_job(parent: QWidget | None, services: Services, group_id: uuid.UUID, span: YearSpan,
                 path: Path) -> dict[str, Any] | None:
    lang = i18n.current_language()
    arguments = ["evidence-pack", "--group", group_id.hex, "--year", str(span.be), "--out", str(path), "--lang", lang]
    return run_job(parent, services, QCoreApplication.translate("Reports", "Evidence pack"), QCoreApplication.translate("Reports", "Putting the evidence pack together…"), arguments,
                   lambda progress: write_evidence(services, group_id, span.year, path, lang, progress))


def evidence_pack(parent: QWidget | None, services: Services, group_id: uuid.UUID, group_name: str,
                  span: YearSpan) -> Path | None:
    """Ask where, then write the group's evidence pack of ``span``; the file, if written."""
    prefix = QCoreApplication.translate("Reports", "evidence")  # the file name's first word
    suggested = f"{prefix}-{group_name}-{file_part(span)}.pdf".replace("/", "-")
    path = messages.ask_save_path(parent, QCoreApplication.translate("Reports", "Evidence pack"), suggested, QCoreApplication.translate("Reports", "PDF files (*.pdf)"), ".pdf")
    if path is None:
        return None
    done = evidence_job(parent, services, group_id, span, Path(path))
    if done is None:
        return None
    messages.show_info(parent, QCoreApplication.translate("Reports", "Evidence pack"), QCoreApplication.translate("Reports", "{file}: {pages} page(s) written.").format(
        file=Path(done["path"]).name, pages=done["pages"]))
    return Path(done["path"])


def print_plan(parent: QWidget | None, services: Services, row: PlanRow) -> Any:
    """The plan in force shown in the print preview (print or save as PDF from there)."""
    from otop_desk.reports.plan_print import collect, plan_job
    from otop_desk.ui.common.print_preview import preview

    return preview(parent, plan_job(collect(services, row.version_id), i18n.current_language()))
