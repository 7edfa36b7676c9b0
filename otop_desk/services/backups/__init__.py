"""Backups and restore of the open database, and the words for what went wrong with a file."""

from otop_desk.services.backups.data import REASON_LABELS, BackupEntry, describe
from otop_desk.services.backups.errors import (
    CONTEXT,
    StorageError,
    file_problem,
    foreign_database,
    newer_database,
    read_only_upgrade,
    storage_error,
)
from otop_desk.services.backups.restore import (
    copy_into,
    list_entries,
    newest_good,
    restore_file,
    set_aside,
)
from otop_desk.services.backups.rules import check_backup
from otop_desk.services.backups.service import BackupService, backing_up, backup_before

__all__ = [
    "CONTEXT",
    "REASON_LABELS",
    "BackupEntry",
    "BackupService",
    "StorageError",
    "backing_up",
    "backup_before",
    "check_backup",
    "copy_into",
    "describe",
    "file_problem",
    "foreign_database",
    "list_entries",
    "newer_database",
    "newest_good",
    "read_only_upgrade",
    "restore_file",
    "set_aside",
    "storage_error",
]
