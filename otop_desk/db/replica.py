"""This installation's identity (``models.Replica``), read without the ORM session's help."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from otop_desk.db.health import read_only_uri
from otop_desk.db.models.replica import Replica


def this_replica(s: Session) -> Replica:
    """The one row; made now if it is missing (a database emptied by hand or by a test)."""
    found = s.scalars(select(Replica).limit(1)).first()
    if found is None:
        found = Replica(device_id=uuid.uuid4(), epoch=0)
        s.add(found)
        s.flush()
    return found


def device_of_file(path: Path) -> uuid.UUID | None:
    """The device id inside a database file, read-only; None for an older or damaged file."""
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=2)
        try:
            row = conn.execute("SELECT device_id FROM replica LIMIT 1").fetchone()
        finally:
            conn.close()
    except (sqlite3.Error, OSError):
        return None
    if row is None:
        return None
    try:
        value = row[0]
        return uuid.UUID(hex=value) if isinstance(value, str) else uuid.UUID(bytes=bytes(value))
    except (ValueError, TypeError):
        return None
