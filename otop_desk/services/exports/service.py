"""The month's report in a workbook, and the upload queue: what was written, and when.

The month's records for the visible sheets are read by ``exchange.month`` (it needs the
exchanged tables' specs, which live beside the services). ``ExportBatch`` remembers each workbook and how far into the
change log it went: changes of this device after that are "not yet exported".
Money is summed in integer satang.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from otop_desk.db.changelog import device_id
from otop_desk.db.database import Database
from otop_desk.db.models import (
    ChangeLog,
    ExportBatch,
)
from otop_desk.domain.errors import NotFoundError
from otop_desk.services.exports.data import BatchRow, ExportMeta, Pending


class ExportService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # the upload queue ---------------------------------------------------------------
    def last_export(self) -> datetime | None:
        with self._db.read() as s:
            return last_export_at(s)

    def pending(self) -> Pending:
        with self._db.read() as s:
            return Pending(_own_changes_after(s, exported_upto(s)), last_export_at(s))

    def batches(self) -> list[BatchRow]:
        with self._db.read() as s:
            rows = s.scalars(select(ExportBatch).order_by(ExportBatch.exported_at.desc()))
            return [
                BatchRow(b.id, b.year, b.month, b.exported_at, b.file_name, b.record_count,
                         b.only_changes, b.without_personal_data, b.uploaded_at)
                for b in rows
            ]

    def mark_uploaded(self, batch_id: uuid.UUID, when: datetime | None = None) -> None:
        with self._db.begin() as s:
            batch = s.get(ExportBatch, batch_id)
            if batch is None:
                raise NotFoundError(str(batch_id))
            batch.uploaded_at = when or self._db.clock.now()

    def record_batch(self, meta: ExportMeta, file_name: str, record_count: int, *,
                     log_upto: int = 0, purpose: str = "export", session: Session | None = None) -> uuid.UUID:
        """Remember a written workbook (in ``session``'s transaction when given)."""
        batch = ExportBatch(
            year=meta.year, month=meta.month, exported_at=meta.exported_at,
            file_name=file_name, record_count=record_count,
            only_changes=meta.only_changes, without_personal_data=meta.without_personal_data,
            log_upto=log_upto, purpose=purpose,
        )
        if session is not None:
            session.add(batch)
            session.flush()
            return batch.id
        with self._db.begin() as s:
            s.add(batch)
            s.flush()
            return batch.id


# the upload queue's reads ------------------------------------------------------------------------------------
def last_export_at(s: Session) -> datetime | None:
    return s.scalar(select(func.max(ExportBatch.exported_at)).where(ExportBatch.purpose == "export"))


def exported_upto(s: Session) -> int:
    """How far into the change log this device's exports have written."""
    return int(s.scalar(select(func.max(ExportBatch.log_upto)).where(ExportBatch.purpose == "export")) or 0)


def _own_changes_after(s: Session, lseq: int) -> int:
    """Changes made on this device after ``lseq`` of the log, counted in SQL."""
    log = ChangeLog.__table__
    return int(s.scalar(select(func.count()).select_from(log).where(
        log.c.lseq > lseq, log.c.origin == device_id(s))) or 0)
