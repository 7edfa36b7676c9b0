"""Photos of records: staging files, attaching them, editing what is said about them.

A form's photo strip *stages* each file as it is added (read, made small, stored by
hash: a file that cannot be read is refused there, with nothing stored), and saves what
it did (``PhotoEdits``) with ``apply`` in one transaction once its record is saved. A
file staged but never attached (the form was cancelled) is harmless: no record names
it, and ``sweep_unused`` removes it a day later.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from otop_desk.db.database import Database
from otop_desk.db.models import (
    Photo,
    PhotoOriginal,
    Problem,
    ProducerGroup,
    Product,
    ProductCertificate,
    TradeFair,
    Training,
    Visit,
)
from otop_desk.db.models.photos import OWNER_COLUMNS
from otop_desk.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from otop_desk.domain.photos import PhotoKind, is_cleared
from otop_desk.services.backups import StorageError
from otop_desk.services.common.batches import batches
from otop_desk.services.photos import imaging
from otop_desk.services.photos.data import (
    NewPhoto,
    Owner,
    PhotoEdits,
    PhotoRow,
    Printable,
    PrintPhoto,
    StagedPhoto,
)
from otop_desk.services.photos.imaging import PhotoRefused, Prepared
from otop_desk.services.photos.rules import clean_change, clean_new, default_kind
from otop_desk.services.photos.storage import (
    MISSING,
    FolderStore,
    PhotoStore,
    PhotoUnavailable,
    StoreProblem,
    store_for,
)

#: Unused files younger than this are left alone: a form still open may be about to
#: attach them.
UNUSED_GRACE = timedelta(days=1)

STAGED_GONE = QT_TRANSLATE_NOOP(
    "Validation", "The photo {file} is no longer in the photo folder; add it again.")
_MODELS = {"visit": Visit, "problem": Problem, "product": Product, "training": Training,
           "trade_fair": TradeFair, "product_certificate": ProductCertificate, "producer_group": ProducerGroup}


@dataclass
class AttachResult:
    added: list[uuid.UUID] = field(default_factory=list)
    duplicates: int = 0
    refused: list[PhotoRefused] = field(default_factory=list)


def owned_by(owner: Owner) -> object:
    """The condition for the photos of ``owner``: a group's own photos are those that
    name no other record of it."""
    return owned_by_any(owner.table, [owner.id])


def owned_by_any(table: str, ids: Sequence[uuid.UUID | None]) -> object:
    """The condition for the photos of any of the records ``ids`` of ``table``."""
    column = getattr(Photo, OWNER_COLUMNS[table])
    condition = column == ids[0] if len(ids) == 1 else column.in_(ids)
    if table != "producer_group":
        return condition
    others = [getattr(Photo, c).is_(None) for t, c in OWNER_COLUMNS.items() if t != "producer_group"]
    return and_(condition, *others)


def _row(photo: Photo, originals: set[uuid.UUID]) -> PhotoRow:
    return PhotoRow(
        id=photo.id, sha256=photo.sha256, kind=photo.kind, caption=photo.caption,
        file_name=photo.file_name, taken_at=photo.taken_at, latitude=photo.latitude,
        longitude=photo.longitude, width=photo.width, height=photo.height, size=photo.size,
        people_close=photo.people_close, consent=photo.consent, has_original=photo.id in originals,
        seq=photo.seq)


class PhotoService:
    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def store(self) -> PhotoStore:
        return store_for(self._db)

    # reading ----------------------------------------------------------------------------
    def rows(self, owner: Owner) -> list[PhotoRow]:
        """The photos of ``owner`` in the order they were added."""
        if owner.id is None:
            return []
        with self._db.read() as s:
            photos = s.scalars(select(Photo).where(owned_by(owner))
                               .order_by(Photo.seq, Photo.created_at, Photo.id)).all()
            return self._rows(s, photos)

    def rows_of(self, owners: Sequence[Owner]) -> dict[Owner, list[PhotoRow]]:
        """The photos of each of ``owners`` (as ``rows`` gives them), in a few statements."""
        out: dict[Owner, list[PhotoRow]] = {owner: [] for owner in owners}
        tables: dict[str, list[uuid.UUID]] = {}
        for owner in out:
            if owner.id is not None:
                tables.setdefault(owner.table, []).append(owner.id)
        with self._db.read() as s:
            for table, ids in tables.items():
                column = OWNER_COLUMNS[table]
                for chunk in batches(ids):
                    photos = s.scalars(select(Photo).where(owned_by_any(table, chunk))
                                       .order_by(Photo.seq, Photo.created_at, Photo.id)).all()
                    for photo, row in zip(photos, self._rows(s, photos), strict=True):
                        out[Owner(table, getattr(photo, column))].append(row)
        return out

    def _rows(self, s: Session, photos: Sequence[Photo]) -> list[PhotoRow]:
        ids = [p.id for p in photos]
        originals = set(s.scalars(select(PhotoOriginal.photo_id).where(PhotoOriginal.photo_id.in_(ids)))) \
            if ids else set()
        return [_row(p, originals) for p in photos]

    def get(self, photo_id: uuid.UUID) -> PhotoRow:
        with self._db.read() as s:
            photo = s.get(Photo, photo_id)
            if photo is None:
                raise NotFoundError(str(photo_id))
            return self._rows(s, [photo])[0]

    def count(self, owner: Owner) -> int:
        if owner.id is None:
            return 0
        with self._db.read() as s:
            return s.scalar(select(func.count()).select_from(Photo).where(owned_by(owner))) or 0

    def read(self, digest: str) -> bytes:
        """The stored JPEG (``PhotoUnavailable`` when missing or damaged)."""
        return self.store.read(digest)

    def thumbnail(self, digest: str) -> bytes:
        return self.store.thumbnail(digest)

    def original_of(self, photo_id: uuid.UUID) -> bytes | None:
        with self._db.read() as s:
            found = s.get(PhotoOriginal, photo_id)
            digest = found.sha256 if found is not None else None
        return self.store.read(digest) if digest else None

    def find_owner(self, table: str, text: str) -> Owner:
        """A record by its full id or a unique beginning of it (at least 4 hex digits), as
        typed on a command line; ``NotFoundError`` when none or several match."""
        owner = Owner(table)
        wanted = text.strip().lower()
        try:
            record_id = uuid.UUID(wanted)
        except ValueError:
            bare = wanted.replace("-", "")
            if len(bare) < 4 or not set(bare) <= set("0123456789abcdef"):
                raise NotFoundError(text) from None
            with self._db.read() as s:
                # Compared in Python: SQLite and PostgreSQL store a UUID differently.
                ids = [i for i in s.scalars(select(_MODELS[table].id)) if i.hex.startswith(bare)]
            if len(ids) != 1:
                raise NotFoundError(text if not ids else f"{text}: {len(ids)} records match") from None
            record_id = ids[0]
        with self._db.read() as s:
            if s.get(_MODELS[table], record_id) is None:
                raise NotFoundError(text)
        return owner.saved_as(record_id)

    def check(self, *, sample: int | None = None) -> list[StoreProblem]:
        """Photos the database names whose bytes are missing or damaged (``sample``: how
        many of the sound-looking ones to read whole; ``None``, all)."""
        problems = self.store.check(self.expected(), sample=sample)
        missing = {p.sha256 for p in problems if p.problem == MISSING}
        withheld = self._withheld(missing) if missing else set()
        return [p for p in problems if p.sha256 not in withheld]

    def _withheld(self, digests: set[str]) -> set[str]:
        """Of ``digests``, the files a privacy export of another computer left out: every
        photo naming it came from elsewhere and is not cleared for sharing."""
        from otop_desk.db.changelog import device_id

        with self._db.read() as s:
            own = device_id(s)
            rows = s.execute(select(Photo.sha256, Photo.origin, Photo.people_close, Photo.consent)
                             .where(Photo.sha256.in_(digests))).all()
        excused = {r.sha256 for r in rows}
        for r in rows:
            if r.origin == own or r.origin is None or is_cleared(r.people_close, r.consent):
                excused.discard(r.sha256)
        return excused

    def names_of(self, digests: set[str]) -> dict[str, list[str]]:
        """For each hash, the file names of the photos that use it (for messages)."""
        with self._db.read() as s:
            out: dict[str, list[str]] = {}
            for digest, name in s.execute(select(Photo.sha256, Photo.file_name).where(Photo.sha256.in_(digests))):
                out.setdefault(digest, []).append(name)
        return out

    # staging ----------------------------------------------------------------------------
    def stage(self, path: Path, *, keep_original: bool = False) -> StagedPhoto:
        """Read ``path`` and store its small copy (and the original when asked):
        ``PhotoRefused`` for a file that is not a sound photo, ``StorageError`` when the
        photo folder cannot be written. Either way nothing is half-stored."""
        return self._store(imaging.prepare(Path(path), keep_original=keep_original))

    def stage_bytes(self, data: bytes, name: str, *, keep_original: bool = False) -> StagedPhoto:
        """A pasted picture (already read into memory)."""
        return self._store(imaging.prepare_bytes(data, name, keep_original=keep_original))

    def _store(self, prepared: Prepared) -> StagedPhoto:
        store = self.store
        original_sha = original_size = None
        if prepared.original is not None:
            original_sha = store.put(prepared.original)
            original_size = len(prepared.original)
        store.put(prepared.data)
        if isinstance(store, FolderStore):
            store.thumbnail(prepared.sha256)  # cached now, while the bytes are at hand
        return StagedPhoto(prepared.sha256, len(prepared.data), prepared.width, prepared.height,
                           prepared.file_name, prepared.taken_at, prepared.latitude, prepared.longitude,
                           original_sha, original_size or 0)

    # saving -----------------------------------------------------------------------------
    def apply(self, owner: Owner, edits: PhotoEdits) -> list[uuid.UUID]:
        """Save a strip's edits for the saved record ``owner`` in one transaction; returns
        the ids of the photos added. A photo whose bytes are already on this record is
        not added twice."""
        if owner.id is None:
            raise ValueError("the record must be saved before its photos")
        added = [clean_new(owner, p) for p in edits.added]
        changed = {photo_id: clean_change(c) for photo_id, c in edits.changed.items()}
        store = self.store
        for new in added:
            if not store.has(new.staged.sha256):
                raise ValidationError(STAGED_GONE, None, file=new.staged.file_name)
        new_ids: list[uuid.UUID] = []
        removed: set[str] = set()
        with self._db.begin() as s:
            group_id = _group_of(s, owner)
            existing = list(s.scalars(select(Photo).where(owned_by(owner)).order_by(Photo.seq)))
            for photo in existing:
                if photo.id in edits.deleted:
                    removed.add(photo.sha256)
                    removed |= set(s.scalars(select(PhotoOriginal.sha256)
                                             .where(PhotoOriginal.photo_id == photo.id)))
                    s.delete(photo)
                    continue
                change = changed.get(photo.id)
                if change is not None:
                    for name in ("caption", "people_close", "consent"):
                        if getattr(photo, name) != getattr(change, name):
                            setattr(photo, name, getattr(change, name))
                if owner.table != "producer_group" and photo.group_id != group_id:
                    photo.group_id = group_id  # its visit moved to another group
            kept = {p.sha256 for p in existing if p.id not in edits.deleted}
            seq = max((p.seq for p in existing), default=0)
            for new in added:
                if new.staged.sha256 in kept:
                    continue
                kept.add(new.staged.sha256)
                seq += 1
                new_ids.append(self._add(s, owner, group_id, new, seq))
        if removed:
            self._discard_unused(removed)
        return new_ids

    @staticmethod
    def _add(s: Session, owner: Owner, group_id: uuid.UUID | None, new: NewPhoto, seq: int) -> uuid.UUID:
        staged = new.staged
        photo = Photo(id=uuid.uuid4(), kind=new.kind, sha256=staged.sha256, size=staged.size,
                      width=staged.width, height=staged.height, caption=new.caption,
                      file_name=staged.file_name, taken_at=staged.taken_at, latitude=staged.latitude,
                      longitude=staged.longitude, people_close=new.people_close, consent=new.consent,
                      seq=seq, group_id=group_id)
        setattr(photo, owner.column, owner.id)
        s.add(photo)
        if staged.original_sha256:
            s.flush()  # the photo's row first: the original refers to it
            s.add(PhotoOriginal(photo_id=photo.id, sha256=staged.original_sha256, size=staged.original_size))
        return photo.id

    def attach(self, owner: Owner, paths: Iterable[Path], *, kind: PhotoKind | None = None,
               caption: str = "", people_close: bool = False, keep_original: bool = False) -> AttachResult:
        """Attach files to a saved record, all or nothing: every file is read first, and
        if one is refused none is attached (``AttachResult.refused`` says why)."""
        result = AttachResult()
        staged: list[StagedPhoto] = []
        for path in paths:
            try:
                staged.append(self.stage(Path(path), keep_original=keep_original))
            except PhotoRefused as refused:
                result.refused.append(refused)
        if result.refused:
            # Nothing half-saved: the files read before the one refused go too.
            self._discard_unused({p.sha256 for p in staged} | {p.original_sha256 for p in staged if p.original_sha256})
            return result
        chosen = kind or default_kind(owner)
        result.added = self.apply(owner, PhotoEdits(added=[
            NewPhoto(p, chosen, caption, people_close) for p in staged]))
        result.duplicates = len(staged) - len(result.added)
        return result

    # printing and the group's place -----------------------------------------------------
    def printable(self, owner: Owner) -> Printable:
        """The photos of ``owner`` that may be printed on a document handed out (cleared
        ones), at print size; a photo that cannot be read is left out like a withheld one."""
        return self._printable(self.rows(owner))

    def printable_of(self, owners: Sequence[Owner]) -> dict[Owner, Printable]:
        """``printable`` for each of ``owners``, read in a few statements."""
        return {owner: self._printable(rows) for owner, rows in self.rows_of(owners).items()}

    def _printable(self, rows: list[PhotoRow]) -> Printable:
        out = Printable([])
        for row in rows:
            if not row.cleared:
                out.withheld += 1
                continue
            try:
                data = imaging.for_print(self.read(row.sha256))
            except PhotoUnavailable:
                out.withheld += 1
                continue
            out.photos.append(PrintPhoto(data, row.caption, row.taken_at, row.width, row.height))
        return out

    def product_photo(self, group_id: uuid.UUID) -> bytes | None:
        """The first cleared photo of the group's products (the profile shows it), else
        of its production site."""
        with self._db.read() as s:
            query = (select(Photo).where(Photo.group_id == group_id,
                                         Photo.kind.in_([PhotoKind.PRODUCT, PhotoKind.SITE]))
                     .order_by(Photo.kind != PhotoKind.PRODUCT, Photo.seq, Photo.created_at))
            rows = self._rows(s, s.scalars(query).all())
        for row in rows:
            if row.cleared:
                try:
                    return imaging.for_print(self.read(row.sha256), 600)
                except PhotoUnavailable:
                    continue
        return None

    def group_locations(self, group_id: uuid.UUID) -> list[PhotoRow]:
        """The group's photos (its site, products, visits, problems) that carry a GPS
        point, newest first: where the group is, as the camera saw it."""
        with self._db.read() as s:
            photos = s.scalars(select(Photo).where(Photo.group_id == group_id, Photo.latitude.is_not(None),
                                                   Photo.longitude.is_not(None))
                               .order_by(Photo.taken_at.desc(), Photo.created_at.desc())).all()
            return self._rows(s, photos)

    # the store's housekeeping -----------------------------------------------------------
    def expected(self) -> dict[str, int]:
        """Every hash the database names (photos and kept originals) and its size."""
        return referenced(self._db)

    def unused(self) -> set[str]:
        return set(self.store.sizes()) - set(self.expected())

    def sweep_unused(self, grace: timedelta = UNUSED_GRACE) -> int:
        """Remove stored files no record names (a cancelled form's, a deleted photo's that
        arrived from elsewhere) once they are older than ``grace``."""
        store = self.store
        unused = self.unused()
        if isinstance(store, FolderStore):
            limit = self._db.clock.now().timestamp() - grace.total_seconds()
            unused = {d for d in unused if (store.mtime(d) or limit) < limit}
        return store.discard(unused) if unused else 0

    def _discard_unused(self, digests: set[str]) -> None:
        """Remove the files of deleted photos no other record names (PDPA: a deleted
        photo is gone from this computer, its backups aside)."""
        unused = digests - set(self.expected())
        if unused:
            # The records are deleted; should the files stay, the next sweep takes them.
            with contextlib.suppress(StorageError):
                self.store.discard(unused)


def referenced(db: Database) -> dict[str, int]:
    with db.read() as s:
        out = {d: int(n or 0) for d, n in s.execute(select(Photo.sha256, Photo.size))}
        out.update({d: int(n) for d, n in s.execute(select(PhotoOriginal.sha256, PhotoOriginal.size))})
    return out


def _group_of(s: Session, owner: Owner) -> uuid.UUID | None:
    """The producer group of the record ``owner`` (None for a training or a fair; a
    certificate's is its product's); ``NotFoundError`` when the record does not exist."""
    record = s.get(_MODELS[owner.table], owner.id)
    if record is None:
        raise NotFoundError(str(owner.id))
    if owner.table == "producer_group":
        return owner.id
    if isinstance(record, ProductCertificate):
        return record.product.group_id
    return getattr(record, "group_id", None)
