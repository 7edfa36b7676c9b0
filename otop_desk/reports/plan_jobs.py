"""Writing a printed plan, a department report or an evidence pack to a file: the work
itself, the same for the command line, a child process of the window and the window.

Each returns a small payload (``path`` and what was written) and reports progress in
steps; a Cancel between steps leaves no file (PDFs and workbooks are written under a
temporary name and renamed). A year with nothing to report is refused before any file
is touched (``NoReportData``).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from otop_desk.child_jobs import JobCancelled
from otop_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from otop_desk.domain.fiscal import YearSpan
from otop_desk.services import Services
from otop_desk.services.reports import ReportKind

Progress = Callable[[int, int], bool]
FORMATS = (".pdf", ".xlsx")
BAD_FORMAT = QT_TRANSLATE_NOOP("Validation", "{file}: a report is written as .xlsx (Excel) or .pdf; "
                                             "name the file with one of them.")


class ReportCancelled(JobCancelled):
    """The person pressed Cancel; no file was left behind."""


def _step(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and not progress(done, total):
        raise ReportCancelled


def write_plan(services: Services, version_id: uuid.UUID, path: Path, lang: str = "th",
               progress: Progress | None = None) -> dict[str, Any]:
    from otop_desk.reports.plan_print import collect, plan_job
    from otop_desk.reports.printing import write_pdf

    job = plan_job(collect(services, version_id), lang)
    pages = write_pdf(job, Path(path), progress)
    return {"path": str(path), "pages": pages}


def check_format(path: Path) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError(BAD_FORMAT, None, file=Path(path).name)
    return suffix


def write_report(services: Services, kind: ReportKind | str, span: YearSpan, path: Path, lang: str = "th",
                 progress: Progress | None = None) -> dict[str, Any]:
    """The report of ``kind`` for ``span``, as a workbook or a PDF by the file's suffix."""
    from otop_desk.reports.department import document_of, report_job

    suffix = check_format(path)
    _step(progress, 0, 4)
    report = services.reports.build(ReportKind(kind), span)
    _step(progress, 1, 4)
    doc = document_of(report)
    rows = sum(len(t.rows) for t in doc.tables)
    if suffix == ".xlsx":
        from otop_desk.reports.workbook.department import write_report_workbook

        write_report_workbook(doc, Path(path), _after(progress, 2, 4))
        return {"path": str(path), "records": rows, "pages": 0}
    from otop_desk.reports.printing import write_pdf

    pages = write_pdf(report_job(doc, services.officer.get(), services.clock.today(), lang), Path(path),
                      _after(progress, 2, 4))
    return {"path": str(path), "records": rows, "pages": pages}


def write_evidence(services: Services, group_id: uuid.UUID, fiscal_year: int, path: Path, lang: str = "th",
                   progress: Progress | None = None) -> dict[str, Any]:
    from otop_desk.reports.evidence import evidence_job, gather
    from otop_desk.reports.printing import write_pdf

    _step(progress, 0, 3)
    ctx = gather(services, group_id, fiscal_year, lang)
    _step(progress, 1, 3)
    pages = write_pdf(evidence_job(ctx), Path(path), _after(progress, 1, 3))
    return {"path": str(path), "pages": pages, "records": len(ctx.trainings)}


def _after(progress: Progress | None, done: int, total: int) -> Progress | None:
    """A progress callback for the last steps of a job: the writer's own steps fill them."""
    if progress is None:
        return None

    def inner(step: int, steps: int) -> bool:
        return progress(done * steps + step * (total - done), total * max(steps, 1))

    return inner
