"""File → Import workbooks…: check the files, merge them in a child process, say what
happened, and show the conflicts if there are any."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from otop_desk import i18n
from otop_desk.child_jobs import ChildRefused
from otop_desk.domain.errors import ValidationError
from otop_desk.exchange.jobs import KEY_CHANGED_CODE, ImportSummary
from otop_desk.exchange.spec import BY_NAME
from otop_desk.services import Services
from otop_desk.ui import messages
from otop_desk.ui.exports.jobs import import_job


def report_text(summary: ImportSummary) -> str:
    lines = []
    for title, counts in ((i18n.translate("Import", "Added: {count} × {what}"), summary.added),
                          (i18n.translate("Import", "Updated: {count} × {what}"), summary.updated),
                          (i18n.translate("Import", "Deleted: {count} × {what}"), summary.deleted)):
        for table, count in counts.items():
            if count:
                lines.append(title.format(count=f"{count:,}",
                                          what=i18n.translate("Records", BY_NAME[table].label)))
    lines.append(i18n.translate("Import", "Changes received: {new}; already here: {known}").format(
        new=f"{summary.received:,}", known=f"{summary.known:,}"))
    for sender, fingerprint in summary.new_senders:
        lines.append(i18n.translate(
            "Import", "First workbook from {sender}: its key is {key}. Compare it with the key "
            "shown in that OTOP Desk (Help → About).").format(sender=sender, key=fingerprint))
    if summary.conflicts:
        lines.append(i18n.translate(
            "Import", "{count} changes were made here and elsewhere without knowledge of each "
            "other; the later one was kept.").format(count=summary.conflicts))
    return "\n".join(lines)


def import_files(parent: QWidget | None, services: Services, paths: list[Path]) -> ImportSummary | None:
    """Merge ``paths``; None if nothing was done (refused, cancelled)."""
    title = i18n.translate("Import", "Import workbooks")
    accept = False
    while True:
        try:
            summary = import_job(parent, services.db, paths, accept_changed_keys=accept)
            break
        except ChildRefused as refused:
            if refused.code == KEY_CHANGED_CODE and not accept and messages.confirm(
                    parent, title, str(refused) + "\n\n" + i18n.translate(
                        "Import", "Import it anyway? Do so only if the officer has confirmed the new key.")):
                accept = True
                continue
            messages.show_error(parent, title, str(refused))
            return None
        except ValidationError as error:  # an in-memory database merges on a thread
            if getattr(error, "code", "") == KEY_CHANGED_CODE and not accept and messages.confirm(
                    parent, title, i18n.error_text(error) + "\n\n" + i18n.translate(
                        "Import", "Import it anyway? Do so only if the officer has confirmed the new key.")):
                accept = True
                continue
            messages.show_error(parent, title, i18n.error_text(error))
            return None
    if summary is None:
        return None
    if summary.conflicts and messages.confirm(
            parent, title, report_text(summary) + "\n\n" + i18n.translate("Import", "Look at the conflicts now?")):
        from otop_desk.ui.exports.conflict_dialog import ConflictDialog

        ConflictDialog(services, parent).exec()
    elif not summary.conflicts:
        messages.show_info(parent, title, report_text(summary))
    return summary


def choose_and_import(parent: QWidget | None, services: Services) -> ImportSummary | None:
    names, _ = QFileDialog.getOpenFileNames(
        parent, i18n.translate("Import", "Import workbooks"), "", i18n.translate("Import", "Excel workbooks (*.xlsx)"))
    if not names:
        return None
    return import_files(parent, services, [Path(n) for n in names])
