"""This installation as others know it: its device id (the first 8 hex are what people
read out) and its signing key's fingerprint, compared over the phone when the office
imports an officer's first workbook."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from otop_desk.db.changelog import device_id
from otop_desk.db.database import Database
from otop_desk.db.models import Replica
from otop_desk.exchange.keys import fingerprint, own_keys


@dataclass(frozen=True)
class Identity:
    device: uuid.UUID
    fingerprint: str | None  # None: no key yet, and a read-only database cannot make one

    @property
    def short_id(self) -> str:
        return self.device.hex[:8]


def identity(db: Database) -> Identity | None:
    """The device id and key fingerprint; the key pair is made now if this installation
    has none yet (the same one its first workbook would make). None if unreadable."""
    try:
        if not db.read_only:
            with db.begin() as s:
                _private, public = own_keys(s)
                return Identity(device_id(s), fingerprint(public))
        with db.read() as s:
            row = s.execute(select(Replica.device_id, Replica.public_key).limit(1)).first()
    except SQLAlchemyError:
        return None
    if row is None:
        return None
    return Identity(row.device_id, fingerprint(row.public_key) if row.public_key else None)
