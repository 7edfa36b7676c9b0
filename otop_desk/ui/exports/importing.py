"""File → Import workbooks…: check the files, let a person settle conflicts, merge."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from otop_desk.domain.errors import ValidationError
from otop_desk.reports.workbook import import_workbooks
from otop_desk.services import Services
from otop_desk.services.merge import TABLE_LABELS, MergeCancelled, MergeReport
from otop_desk.ui import changes, i18n, messages
from otop_desk.ui.exports.conflict_dialog import ConflictDialog
from otop_desk.ui.worker import run_with_progress


def report_text(report: MergeReport) -> str:
    lines = []
    for table, count in report.added.items():
        lines.append(i18n.translate("Import", "Added: {count} × {what}").format(
            count=f"{count:,}", what=i18n.translate("Records", TABLE_LABELS[table])))
    for table, count in report.updated.items():
        lines.append(i18n.translate("Import", "Updated: {count} × {what}").format(
            count=f"{count:,}", what=i18n.translate("Records", TABLE_LABELS[table])))
    lines.append(i18n.translate("Import", "Unchanged: {count}").format(count=f"{report.unchanged:,}"))
    if report.kept_mine:
        lines.append(i18n.translate("Import", "Kept this database's copy: {count}").format(count=f"{report.kept_mine:,}"))
    if report.older:
        lines.append(i18n.translate("Import", "Older copies ignored: {count}").format(count=f"{report.older:,}"))
    return "\n".join(lines)


def import_files(parent: QWidget | None, services: Services, paths: list[Path]) -> MergeReport | None:
    """Merge ``paths``; conflicts are shown for a person to decide. None if nothing was done."""
    title = i18n.translate("Import", "Import workbooks")

    def run(**kwargs: object) -> MergeReport:
        # Whatever the merge commits reaches the screens as one change when it is done.
        with changes.hub(services.db).held():
            return run_with_progress(
                parent, title, i18n.translate("Import", "Merging the workbooks…"),
                lambda progress: import_workbooks(services.db, paths, progress=progress, **kwargs))  # type: ignore[arg-type]

    try:
        plan = run(dry_run=True)
        resolutions = None
        if plan.conflicts:
            dialog = ConflictDialog(plan.conflicts, parent)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            resolutions = dict(dialog.choices)
        report = run(resolutions=resolutions)
    except ValidationError as error:
        messages.show_error(parent, title, i18n.error_text(error))
        return None
    except MergeCancelled:
        return None
    messages.show_info(parent, title, report_text(report))
    return report


def choose_and_import(parent: QWidget | None, services: Services) -> MergeReport | None:
    names, _ = QFileDialog.getOpenFileNames(
        parent, i18n.translate("Import", "Import workbooks"), "", i18n.translate("Import", "Excel workbooks (*.xlsx)"))
    if not names:
        return None
    return import_files(parent, services, [Path(n) for n in names])
