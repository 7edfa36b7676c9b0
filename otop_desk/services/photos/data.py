"""Photos as forms, reports and commands see them: plain data, no sessions."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime

from otop_desk.db.models.photos import OWNER_COLUMNS
from otop_desk.domain.errors import QT_TRANSLATE_NOOP
from otop_desk.domain.photos import Consent, PhotoKind, is_cleared

F_CAPTION = QT_TRANSLATE_NOOP("Field", "Caption")

#: What the command line calls each kind of record.
OWNER_NAMES = {"visit": "visit", "training": "training", "fair": "trade_fair", "product": "product",
               "problem": "problem", "certificate": "product_certificate", "group": "producer_group"}


@dataclass(frozen=True)
class Owner:
    """The record a photo belongs to: its table and id (None: not saved yet)."""

    table: str
    id: uuid.UUID | None = None

    def __post_init__(self) -> None:
        if self.table not in OWNER_COLUMNS:
            raise ValueError(f"photos cannot belong to {self.table!r}")

    @property
    def column(self) -> str:
        return OWNER_COLUMNS[self.table]

    def saved_as(self, record_id: uuid.UUID) -> Owner:
        return Owner(self.table, record_id)


@dataclass(frozen=True)
class StagedPhoto:
    """A file read, made small and stored, not yet attached to a record."""

    sha256: str
    size: int
    width: int
    height: int
    file_name: str
    taken_at: datetime | None = None
    latitude: float | None = None
    longitude: float | None = None
    original_sha256: str | None = None
    original_size: int = 0


@dataclass
class PhotoRow:
    id: uuid.UUID
    sha256: str
    kind: PhotoKind
    caption: str = ""
    file_name: str = ""
    taken_at: datetime | None = None
    latitude: float | None = None
    longitude: float | None = None
    width: int = 0
    height: int = 0
    size: int = 0
    people_close: bool = False
    consent: Consent = Consent.NOT_ASKED
    has_original: bool = False
    seq: int = 0

    @property
    def cleared(self) -> bool:
        return is_cleared(self.people_close, self.consent)

    @property
    def has_gps(self) -> bool:
        return self.latitude is not None and self.longitude is not None


@dataclass
class NewPhoto:
    """A staged photo to attach, with what the officer said about it."""

    staged: StagedPhoto
    kind: PhotoKind
    caption: str = ""
    people_close: bool = False
    consent: Consent = Consent.NOT_ASKED


@dataclass
class PhotoChange:
    caption: str
    people_close: bool
    consent: Consent


@dataclass
class PhotoEdits:
    """What a form's photo strip did since it was opened, saved in one transaction."""

    added: list[NewPhoto] = field(default_factory=list)
    changed: dict[uuid.UUID, PhotoChange] = field(default_factory=dict)
    deleted: set[uuid.UUID] = field(default_factory=set)

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.deleted)


@dataclass(frozen=True)
class PrintPhoto:
    """A photo as a printed page shows it."""

    data: bytes  # JPEG, at print size
    caption: str
    taken_at: datetime | None
    width: int
    height: int


@dataclass
class Printable:
    photos: list[PrintPhoto]
    #: Photos of people up close without their consent: left off the paper.
    withheld: int = 0
