"""The upload queue (each monthly export) and the audit trail of sensitive edits."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, Boolean, Integer, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from otop_desk.db.base import Record
from otop_desk.db.models._columns import text_column
from otop_desk.db.types import UTCDateTime


class ExportBatch(Record):
    __tablename__ = "export_batch"

    year: Mapped[int] = mapped_column(Integer)  # CE
    month: Mapped[int] = mapped_column(Integer)
    exported_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    file_name: Mapped[str] = text_column()
    record_count: Mapped[int] = mapped_column(Integer, default=0)
    only_changes: Mapped[bool] = mapped_column(Boolean, default=False)
    without_personal_data: Mapped[bool] = mapped_column(Boolean, default=False)
    uploaded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    #: The change log as far as this export wrote it (``ChangeLog.lseq``): changes of
    #: this device after it are "not yet exported".
    log_upto: Mapped[int] = mapped_column(BigInteger, default=0)
    #: "export" (a month for the office), "return" (the office's, for an officer) or
    #: "handover" (groups handed to another officer).
    purpose: Mapped[str] = mapped_column(String(16), default="export")


class AuditEntry(Record):
    """Why a record of an already exported month was changed or deleted, and when."""

    __tablename__ = "audit_entry"

    table_name: Mapped[str] = text_column()
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    action: Mapped[str] = text_column()  # "update" or "delete"
    details: Mapped[str] = text_column(long=True)
