"""Why saving, backing up, restoring or opening a database failed, in words for the officer."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

from otop_desk.db import backup as files
from otop_desk.db import health
from otop_desk.domain.errors import QT_TRANSLATE_NOOP

CONTEXT = "Backups"


class StorageError(Exception):
    """Saving, backing up or restoring failed; the message says why and what to do.

    Like ``ValidationError`` the message is an English source string marked for
    translation (context ``Backups``) with ``{name}`` parameters.
    """

    def __init__(self, message: str, /, context: str = CONTEXT, **params: Any) -> None:
        self.message = message
        self.context = context
        self.params = params
        super().__init__(message.format(**params))

    def translated(self, translate: Any) -> str:
        return str(translate(self.context, self.message)).format(**self.params)


def storage_error(error: BaseException, place: Path | str) -> StorageError:
    """Turn an OS or SQLite error about writing ``place`` into an explanation."""
    text = str(error).lower()
    code = getattr(error, "errno", None)
    if code in (errno.ENOSPC, errno.EDQUOT) or "disk is full" in text or "database or disk is full" in text:
        return StorageError(QT_TRANSLATE_NOOP(
            "Backups", "The disk is full: nothing was written to {place}. Records saved before "
            "are safe. Free some space (or choose another drive) and try again."), place=place)
    if code in (errno.ENOTDIR, errno.EEXIST) or isinstance(error, NotADirectoryError):
        return StorageError(QT_TRANSLATE_NOOP(
            "Backups", "{place} is a file, not a folder: nothing was written. Records saved "
            "before are safe. Choose a folder for the backups, or move that file away."),
            place=place)
    if isinstance(error, files.BackupStalled):
        return StorageError(QT_TRANSLATE_NOOP(
            "Backups", "The database could not be copied: it stayed busy or cannot be read "
            "consistently (a read-only drive or file?). Nothing was written to {place}."),
            place=place)
    if code in (errno.EROFS, errno.EACCES, errno.EPERM) or "readonly" in text or "read-only" in text:
        return StorageError(QT_TRANSLATE_NOOP(
            "Backups", "{place} cannot be written to (read-only or no permission). Records saved "
            "before are safe. Choose a folder you may write to, or unlock the drive."), place=place)
    return StorageError(QT_TRANSLATE_NOOP(
        "Backups", "Writing to {place} failed: {error}. Records saved before are safe."),
        place=place, error=error)


# Why a database cannot be opened: the same words in the window and at the command line.
def file_problem(path: Path | str, result: health.Health) -> StorageError:
    """What is wrong with a database file that ``health.probe`` did not find sound."""
    if result.state is health.State.NOT_SQLITE:
        return StorageError(QT_TRANSLATE_NOOP(
            "Startup", "{path} is not an OTOP Desk database (it is some other kind of file)."),
            "Startup", path=path)
    if result.state is health.State.UNREADABLE:
        return StorageError(QT_TRANSLATE_NOOP("Startup", "{path} cannot be read: {error}"),
                            "Startup", path=path, error="; ".join(result.details))
    return StorageError(QT_TRANSLATE_NOOP(
        "Startup", "The database {path} is damaged ({error}). This can happen when a laptop loses "
        "power or a USB drive is pulled out while saving."),
        "Startup", path=path, error="; ".join(result.details[:3]) or "?")


def newer_database(shown: str) -> StorageError:
    return StorageError(QT_TRANSLATE_NOOP(
        "Startup", "This database was written by a newer version of OTOP Desk. It has not been "
        "changed. Please install the newer version.\n\n{path}"), "Startup", path=shown)


def foreign_database(shown: str) -> StorageError:
    return StorageError(QT_TRANSLATE_NOOP(
        "Startup", "The file holds other data and was not changed:\n\n{path}"), "Startup", path=shown)


def read_only_upgrade(shown: str) -> StorageError:
    return StorageError(QT_TRANSLATE_NOOP(
        "Startup", "This database was written by an older version of OTOP Desk and must be "
        "upgraded, but it cannot be written to (a write-protected drive or file). Copy it to "
        "a folder you may write to and open the copy.\n\n{path}"), "Startup", path=shown)
