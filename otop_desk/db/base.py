"""Declarative base shared by every model: UUID key and created/updated timestamps."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import MetaData, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from otop_desk.db.types import UTCDateTime, stamp_default

# Deterministic constraint names keep Alembic migrations reproducible on SQLite
# (batch mode needs names) and PostgreSQL alike.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Record(Base):
    """Every record that may leave the laptop: a UUID and its own timestamps."""

    __abstract__ = True

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=stamp_default, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime, default=stamp_default, onupdate=stamp_default, nullable=False, index=True
    )
    #: The device that made the record (``replica.device_id``); None for records made
    #: before devices had ids. Two records with one id but different origins are not one.
    origin: Mapped[uuid.UUID | None] = mapped_column(Uuid)
