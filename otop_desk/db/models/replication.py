"""What replication keeps beside the records: the change log, the peers, the conflicts.

Every change to an exchanged record is a row of ``ChangeLog``, written in the same
transaction as the change (``otop_desk.exchange.capture``): who made it (``origin``, the
device id, with its restore ``epoch`` and a ``seq`` counting that device's changes), when
(``hlc``, a hybrid logical clock that never runs backwards across devices), which record,
and which fields with which values. Changes received from other devices are kept with
their own ids, so every device ends up with the same log and the same records.

``Peer`` is what this installation knows of another: its signing key (learnt at the
first import, so a changed key is noticed), its officer and area, how far each side has
received the other's log (its ``lseq``, per epoch: what is sent next starts there), and
which changes it said it holds (so nothing is sent back that it already has). ``Conflict`` lists same-field edits made on two devices
without knowledge of each other (and edits of records deleted elsewhere), with both
values, for a person to look at. ``SyncMark`` keeps the per-record marks of the first
workbook format, for importing its workbooks.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, Boolean, Index, Integer, LargeBinary, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from otop_desk.db.base import Base
from otop_desk.db.types import UTCDateTime, stamp_default

#: Kinds of change.
INSERT, UPDATE, DELETE = "insert", "update", "delete"


class ChangeLog(Base):
    __tablename__ = "change_log"
    __table_args__ = (
        Index("ix_change_log_record", "table_name", "record_id"),
        Index("ix_change_log_origin", "origin", "epoch", "seq", unique=True),
        # "Not yet exported": this device's changes after a point of the log, counted.
        Index("ix_change_log_origin_lseq", "origin", "lseq"),
    )

    #: This database's own order of the entries (received ones included): what a peer
    #: acknowledges having received from here.
    lseq: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"),
                                      primary_key=True, autoincrement=True)
    origin: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    epoch: Mapped[int] = mapped_column(Integer, nullable=False)
    seq: Mapped[int] = mapped_column(BigInteger, nullable=False)
    hlc: Mapped[int] = mapped_column(BigInteger, nullable=False)
    table_name: Mapped[str] = mapped_column(String(32), nullable=False)
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    kind: Mapped[str] = mapped_column(String(8), nullable=False)
    #: ``{field: value}`` as JSON: the new values of an update; of an insert, every field
    #: (empty for a record that existed before the change log: its values are the row's).
    fields: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    #: ``{field: "origin:epoch:seq"}``: the change whose value each field replaced.
    bases: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    #: ``{field: value}``: what this database held before (for the record's history).
    previous: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=stamp_default, nullable=False)


class Peer(Base):
    """Another installation (an officer's laptop or an office) this one exchanged with."""

    __tablename__ = "peer"

    device_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    public_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    officer: Mapped[str] = mapped_column(String(200), default="", nullable=False)
    office: Mapped[str] = mapped_column(String(200), default="", nullable=False)
    district: Mapped[str] = mapped_column(String(200), default="", nullable=False)
    province: Mapped[str] = mapped_column(String(200), default="", nullable=False)
    #: An office sends return workbooks; an officer's laptop sends its own workbooks.
    is_office: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    #: The changes the peer says it holds: ``{"device:epoch": seq}`` as JSON, each the
    #: highest seq up to which it holds every change of that device and epoch.
    holds: Mapped[str] = mapped_column(Text, default="{}", nullable=False)
    #: How far this database has read the peer's log, without a gap (its lseq, in
    #: ``their_epoch``).
    received_upto: Mapped[int] = mapped_column(BigInteger, default=0, nullable=False)
    #: How far the peer says it has read this database's log, in which of our epochs.
    acked_epoch: Mapped[int] = mapped_column(Integer, default=-1, nullable=False)
    acked_upto: Mapped[int] = mapped_column(BigInteger, default=0, nullable=False)
    #: The peer's epoch and export counter of the newest workbook read from it: what an
    #: older workbook, imported late, says is not taken over.
    their_epoch: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    last_export: Mapped[int] = mapped_column(BigInteger, default=0, nullable=False)
    first_seen: Mapped[datetime] = mapped_column(UTCDateTime, default=stamp_default, nullable=False)
    last_seen: Mapped[datetime] = mapped_column(UTCDateTime, default=stamp_default, nullable=False)


class Conflict(Base):
    """A field changed on two devices without knowledge of each other (or a record
    edited on one and deleted on another). The winner is already in place everywhere,
    by the same rule; a person may still choose the other value."""

    __tablename__ = "conflict"
    __table_args__ = (Index("ix_conflict_record", "table_name", "record_id"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    table_name: Mapped[str] = mapped_column(String(32), nullable=False)
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    field: Mapped[str] = mapped_column(String(64), nullable=False)  # "" for edit vs deletion
    kind: Mapped[str] = mapped_column(String(16), nullable=False)  # "field" or "deleted"
    kept: Mapped[str] = mapped_column(String(64), nullable=False)  # the winning change's id
    lost: Mapped[str] = mapped_column(String(64), nullable=False)  # the other change's id
    kept_value: Mapped[str] = mapped_column(Text, default="null", nullable=False)  # JSON
    lost_value: Mapped[str] = mapped_column(Text, default="null", nullable=False)  # JSON
    detected_at: Mapped[datetime] = mapped_column(UTCDateTime, default=stamp_default, nullable=False)
    settled: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)


class SyncMark(Base):
    """Per record, the ``updated_at`` a format-1 workbook and this database last agreed on
    (moved here from ``audit_entry``, where the first format kept it)."""

    __tablename__ = "sync_mark"

    table_name: Mapped[str] = mapped_column(String(32), primary_key=True)
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    agreed: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
