"""This installation: who it is among the officers' laptops and the office.

One row. The device id is random (uuid4), made when the database is made; every record
this installation creates carries it as its origin, and its backups carry it in their
names, so two laptops sharing a USB stick never take each other's backups for their own.
The epoch grows by one on every restore from a backup: what was made after the backup
and lost with the restore can then come back from the office without clashing with new
work. Never exchanged.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, Integer, LargeBinary, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from otop_desk.db.base import Base
from otop_desk.db.types import UTCDateTime, stamp_default


class Replica(Base):
    __tablename__ = "replica"

    device_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    epoch: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=stamp_default, nullable=False)
    #: The last change this installation made in its epoch (``ChangeLog.seq``; a new
    #: epoch counts from one again).
    seq: Mapped[int] = mapped_column(BigInteger, default=0, nullable=False)
    #: The hybrid logical clock: the last stamp handed out or seen (``exchange.hlc``).
    hlc: Mapped[int] = mapped_column(BigInteger, default=0, nullable=False)
    #: Workbooks written by this installation, counted: a receiver keeps what the newest
    #: one said about acknowledgements, whatever order they are imported in.
    exports: Mapped[int] = mapped_column(BigInteger, default=0, nullable=False)
    #: Ed25519 key pair that signs this installation's workbooks (raw 32-byte keys).
    private_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    public_key: Mapped[bytes | None] = mapped_column(LargeBinary)
