"""Small pieces shared by the backup dialogs: how a backup and a storage error read."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from otop_desk import i18n
from otop_desk.services.backups import CONTEXT, REASON_LABELS, StorageError


def storage_text(error: StorageError) -> str:
    return error.translated(QCoreApplication.translate)


def reason_label(reason: str) -> str:
    label = REASON_LABELS.get(reason)
    return QCoreApplication.translate(CONTEXT, label) if label else reason


def when(taken: datetime) -> str:
    """``21 พ.ย. 2569 14:05``: the date as the rest of the program shows it, and the time."""
    return f"{i18n.fmt_date(taken.date())} {taken:%H:%M}"


def size_text(size: int) -> str:
    mb = size / 1_000_000
    return f"{mb:.1f} MB" if mb >= 0.1 else f"{max(size // 1000, 1)} kB"
