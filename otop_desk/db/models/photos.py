"""Photos of visits, trainings, fairs, products, problems, groups' production sites, and
scans of products' certificates.

A ``Photo`` is an exchanged record like any other: it names the record it belongs to by
one of its references (each ``ON DELETE CASCADE``, so the change log logs a photo's
deletion with its record's), its content by SHA-256 (the bytes live in the photo store,
``services.photos.storage``: files beside a SQLite database, ``PhotoBlob`` rows on a
server), and what the officer said about it: caption, whether it shows people up close,
and their consent. ``group_id`` is set for every photo of a group's record (its visit,
problem, product or a product's certificate too), so a return or hand-over workbook finds the photo by its group.

``PhotoOriginal`` remembers the untouched file an officer chose to keep; it stays on this
computer (and its backups): exchanging 5-15 MB originals would swamp every workbook.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Boolean, Float, ForeignKey, Integer, LargeBinary, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from otop_desk.db.base import Base, Record
from otop_desk.db.models._columns import enum_column, parent_key, text_column
from otop_desk.db.types import UTCDateTime, stamp_default
from otop_desk.domain.photos import Consent, PhotoKind

#: Owner table -> the column of ``photo`` that names it (the group last: a photo of a
#: visit names its group too).
OWNER_COLUMNS = {
    "visit": "visit_id",
    "training": "training_id",
    "trade_fair": "fair_id",
    "product": "product_id",
    "problem": "problem_id",
    "product_certificate": "certificate_id",
    "producer_group": "group_id",
}


class Photo(Record):
    __tablename__ = "photo"

    group_id: Mapped[uuid.UUID | None] = parent_key("producer_group.id", nullable=True)
    visit_id: Mapped[uuid.UUID | None] = parent_key("visit.id", nullable=True)
    training_id: Mapped[uuid.UUID | None] = parent_key("training.id", nullable=True)
    fair_id: Mapped[uuid.UUID | None] = parent_key("trade_fair.id", nullable=True)
    product_id: Mapped[uuid.UUID | None] = parent_key("product.id", nullable=True)
    problem_id: Mapped[uuid.UUID | None] = parent_key("problem.id", nullable=True)
    #: A scan or photo of a product's certificate (migration 0009).
    certificate_id: Mapped[uuid.UUID | None] = parent_key("product_certificate.id", nullable=True)
    kind: Mapped[PhotoKind] = enum_column(PhotoKind, default=PhotoKind.ACTIVITY)
    #: SHA-256 (hex) of the stored JPEG: its name in the store and in a photos archive.
    sha256: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    size: Mapped[int] = mapped_column(Integer, default=0)  # bytes of the stored JPEG
    width: Mapped[int] = mapped_column(Integer, default=0)
    height: Mapped[int] = mapped_column(Integer, default=0)
    caption: Mapped[str] = text_column()
    file_name: Mapped[str] = text_column()  # as on the phone: IMG_1234.HEIC
    #: When the camera says it was taken (EXIF), as an instant.
    taken_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    people_close: Mapped[bool] = mapped_column(Boolean, default=False)
    consent: Mapped[Consent] = enum_column(Consent, default=Consent.NOT_ASKED)
    #: Order within its record's strip (the order the officer added them).
    seq: Mapped[int] = mapped_column(Integer, default=0)


class PhotoOriginal(Base):
    """The original file of a photo, kept at the officer's request (never exchanged)."""

    __tablename__ = "photo_original"

    photo_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("photo.id", ondelete="CASCADE"), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    size: Mapped[int] = mapped_column(Integer, nullable=False)


class PhotoBlob(Base):
    """A photo's bytes where the database has no folder beside it (a PostgreSQL server,
    an in-memory database): content addressed, so each is kept once."""

    __tablename__ = "photo_blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    data: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    #: A small JPEG made from ``data`` when first needed.
    thumbnail: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=stamp_default, nullable=False)
