"""Whether a file may be restored: a sound OTOP Desk database of a version we know."""

from __future__ import annotations

from pathlib import Path

from otop_desk.db import health
from otop_desk.db.migrate import known_revisions
from otop_desk.domain.errors import QT_TRANSLATE_NOOP
from otop_desk.services.backups.errors import StorageError


def check_backup(path: Path) -> None:
    """Raise ``StorageError`` unless ``path`` is a sound OTOP Desk database we can open."""
    result = health.probe(path, full=True)
    if result.state is not health.State.OK:
        raise StorageError(QT_TRANSLATE_NOOP(
            "Backups", "The backup {file} is damaged or not an OTOP Desk database; choose another one."),
            file=path.name)
    revision = health.schema_revision(path)
    if revision is None:
        raise StorageError(QT_TRANSLATE_NOOP(
            "Backups", "{file} is not an OTOP Desk database; choose another one."), file=path.name)
    if revision not in known_revisions():
        raise StorageError(QT_TRANSLATE_NOOP(
            "Backups", "{file} was written by a newer version of OTOP Desk; install it first."),
            file=path.name)
