"""Writing the monthly workbook: the summary, one sheet per area, the hidden data.

The file is written under a temporary name in the target folder and renamed at the
end, so a crash or a Cancel never leaves a half-written workbook under the real name.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.writer.excel import ExcelWriter

from otop_desk.child_jobs import JobCancelled
from otop_desk.reports.workbook import money_sheets, network_sheets, register_sheets, sheets
from otop_desk.reports.workbook.cells import thai_workbook, write_table
from otop_desk.reports.workbook.context import Ctx, translate
from otop_desk.reports.workbook.summary import write_summary
from otop_desk.services.exports import MonthExport

Progress = Callable[[int, int], bool]

SHEETS = (
    sheets.groups_sheet, sheets.products_sheet, sheets.visits_sheet, sheets.follow_ups_sheet,
    sheets.problems_sheet, sheets.problem_actions_sheet, sheets.trainings_sheet,
    sheets.participants_sheet, money_sheets.cash_sheet, money_sheets.books_sheet,
    money_sheets.categories_sheet, money_sheets.fairs_sheet, money_sheets.fair_sales_sheet,
    network_sheets.committees_sheet, network_sheets.meetings_sheet, network_sheets.selections_sheet,
    register_sheets.certificates_sheet, register_sheets.registrations_sheet,
    register_sheets.star_rounds_sheet, register_sheets.segments_sheet,
)


class ExportCancelled(JobCancelled):
    """The person pressed Cancel; no file was left behind."""


#: Adds the machine-readable sheets to a workbook; returns how many changes they carry.
Hidden = Callable[[Workbook], int]

#: zlib's level for the file's parts: a province's month is some 50 MB of XML, which
#: the default level (6) took 0.7 s to pack, level 3 a third of that for a file a fifth
#: larger (level 1 made it two thirds larger).
COMPRESS_LEVEL = 3


def build_workbook(export: MonthExport, hidden: Hidden, *, lang: str = "th",
                   progress: Progress | None = None) -> tuple[Workbook, int]:
    ctx = Ctx(export, lang)
    total = len(SHEETS) + 3
    # Write-only: rows go to disk as they are appended, so memory stays flat and no
    # million-cell object graph has to be built, saved and freed while the window waits.
    wb = thai_workbook()
    summary = wb.create_sheet(translate("Workbook", "Summary"))
    write_summary(summary, ctx)
    step(progress, 1, total)
    for index, build in enumerate(SHEETS, start=2):
        title, columns, rows = build(ctx)
        ws = wb.create_sheet(title[:31])
        write_table(ws, columns, rows, title=title)
        step(progress, index, total)
    count = hidden(wb)
    step(progress, total - 1, total)
    return wb, count


def step(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and not progress(done, total):
        raise ExportCancelled


def write_workbook(export: MonthExport, path: Path, hidden: Hidden, *, lang: str = "th",
                   progress: Progress | None = None) -> int:
    """Write the workbook atomically; returns how many changes it carries."""
    wb, count = build_workbook(export, hidden, lang=lang, progress=progress)
    save_atomically(wb, Path(path), progress)
    return count


def save_atomically(wb: Workbook, path: Path, progress: Progress | None = None) -> None:
    """Save under a temporary name in the target folder, then rename: a crash or a
    Cancel leaves the old file (or none), never half a workbook."""
    try:
        _save_atomically(wb, path, progress)
    except BaseException:
        _discard(wb)
        raise


def _discard(wb: Workbook) -> None:
    """A write-only workbook that was not saved: its sheets' writers are closed now, while
    their files are open. Left to the garbage collector, they were closed in any order,
    and a sheet could then write to its file already closed (an error printed at exit)."""
    if wb.write_only:
        for sheet in wb.worksheets:
            with contextlib.suppress(Exception):
                sheet.close()


def _save_atomically(wb: Workbook, path: Path, progress: Progress | None) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as f:
            _save(wb, f)
            f.flush()
            os.fsync(f.fileno())
        step(progress, 1, 1)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


def _save(wb: Workbook, f: object) -> None:
    """``wb.save(f)`` (openpyxl's ``save_workbook``), packed at ``COMPRESS_LEVEL``. The
    file's "modified" property stays the workbook's creation, a few seconds earlier
    (``save_workbook`` reads the wall clock for it)."""
    if wb.write_only and not wb.worksheets:
        wb.create_sheet()
    with ZipFile(f, "w", ZIP_DEFLATED, allowZip64=True, compresslevel=COMPRESS_LEVEL) as archive:  # type: ignore[arg-type]
        ExcelWriter(wb, archive).save()
