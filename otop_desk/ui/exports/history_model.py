"""Columns of the upload-queue table (every export made from this database)."""

from __future__ import annotations

from otop_desk import i18n
from otop_desk.domain.errors import QT_TRANSLATE_NOOP
from otop_desk.services.exports import BatchRow
from otop_desk.ui.common.table_model import RIGHT, Column, RowStyle, RowTableModel


def _when(row: BatchRow) -> str:
    local = row.exported_at.astimezone()
    return f"{i18n.fmt_date(local.date())} {local:%H:%M}"


def _kind(row: BatchRow) -> str:
    parts = [i18n.translate("Exports", "changes only") if row.only_changes
             else i18n.translate("Exports", "whole month")]
    if row.without_personal_data:
        parts.append(i18n.translate("Exports", "without personal data"))
    return ", ".join(parts)


def _uploaded(row: BatchRow) -> str:
    return i18n.fmt_date(row.uploaded_at.astimezone().date()) if row.uploaded_at else ""


COLUMNS: list[Column[BatchRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Month"), lambda r: i18n.fmt_month(r.year, r.month),
           sort=lambda r: (r.year, r.month)),
    Column(QT_TRANSLATE_NOOP("Columns", "Exported"), _when, sort=lambda r: r.exported_at.isoformat()),
    Column(QT_TRANSLATE_NOOP("Columns", "File"), lambda r: r.file_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Records in file"), lambda r: f"{r.record_count:,}",
           sort=lambda r: r.record_count, align=RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Contents"), _kind),
    Column(QT_TRANSLATE_NOOP("Columns", "Uploaded"), _uploaded,
           sort=lambda r: r.uploaded_at.isoformat() if r.uploaded_at else ""),
]

_NOT_UPLOADED = RowStyle(bold=True)


def make_history_model() -> RowTableModel[BatchRow]:
    return RowTableModel(
        COLUMNS,
        lambda r: " ".join((i18n.fmt_month(r.year, r.month), r.file_name, _kind(r))),
        style=lambda r: None if r.uploaded_at else _NOT_UPLOADED,
    )
