"""What a photo strip holds: the photos a record had and those added since, with the
officer's edits, until the form is saved."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timezone

from otop_desk.domain.clock import THAILAND
from otop_desk.domain.photos import Consent, PhotoKind, is_cleared
from otop_desk.services.photos import NewPhoto, PhotoChange, PhotoEdits, PhotoRow, StagedPhoto


@dataclass
class Entry:
    sha256: str
    kind: PhotoKind
    caption: str = ""
    people_close: bool = False
    consent: Consent = Consent.NOT_ASKED
    file_name: str = ""
    taken_at: datetime | None = None
    latitude: float | None = None
    longitude: float | None = None
    #: The saved photo's id; None for one added since the form opened.
    id: uuid.UUID | None = None
    staged: StagedPhoto | None = None
    #: caption, people_close, consent as saved (to tell an edit).
    saved: tuple[str, bool, Consent] | None = None

    @classmethod
    def of_row(cls, row: PhotoRow) -> Entry:
        return cls(row.sha256, row.kind, row.caption, row.people_close, row.consent, row.file_name,
                   row.taken_at, row.latitude, row.longitude, id=row.id,
                   saved=(row.caption, row.people_close, row.consent))

    @classmethod
    def of_staged(cls, staged: StagedPhoto, kind: PhotoKind) -> Entry:
        return cls(staged.sha256, kind, file_name=staged.file_name, taken_at=staged.taken_at,
                   latitude=staged.latitude, longitude=staged.longitude, staged=staged)

    @property
    def cleared(self) -> bool:
        return is_cleared(self.people_close, self.consent)

    @property
    def taken_on(self) -> date | None:
        """The day it was taken, in Thailand."""
        if self.taken_at is None:
            return None
        return self.taken_at.astimezone(timezone(THAILAND)).date()

    def changed(self) -> bool:
        return self.saved is not None and self.saved != (self.caption, self.people_close, self.consent)


def edits_of(entries: list[Entry], deleted: set[uuid.UUID]) -> PhotoEdits:
    edits = PhotoEdits(deleted=set(deleted))
    for e in entries:
        if e.staged is not None:
            edits.added.append(NewPhoto(e.staged, e.kind, e.caption, e.people_close, e.consent))
        elif e.id is not None and e.changed():
            edits.changed[e.id] = PhotoChange(e.caption, e.people_close, e.consent)
    return edits
