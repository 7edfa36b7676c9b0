"""Photos travelling with a workbook: ``NAME-photos.zip`` beside ``NAME.xlsx``.

The workbook carries the photo *records* (caption, consent, its SHA-256) like any other
change; the archive carries the photo *files* its records name, each as ``<sha256>.jpg``
stored without compression (JPEG does not compress further), plus a manifest that names
the workbook it belongs to (sender's device, epoch and export number, as the workbook's
signed change set says) and every photo with its size. The clerk sees which archive
goes with which workbook by its name; the program by its manifest.

On import every archive is read and checked before anything is written: a damaged zip,
a file whose bytes are not its hash, one the manifest does not list, an archive that
belongs to another workbook, or one that lacks a photo the workbook needs (and this
database does not hold) refuses the whole import, the database unchanged. The photos
are then added to the store by hash (each once; one already there is not copied again)
before the merge's transaction, so a failed merge leaves only unused files, which the
start-up sweep removes.

A privacy export leaves out the files of photos not cleared for sharing (people up
close without their consent); its manifest lists them as withheld, and the receiver
keeps their records without the files.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import uuid
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from otop_desk.db.database import Database
from otop_desk.db.models import Photo
from otop_desk.db.models.replication import DELETE
from otop_desk.domain.errors import QT_TRANSLATE_NOOP
from otop_desk.domain.photos import is_cleared, is_sha256
from otop_desk.exchange.changeset import ChangeSet, Op
from otop_desk.exchange.workbook import Received, WorkbookRefused
from otop_desk.services.backups import storage_error
from otop_desk.services.photos.storage import PhotoUnavailable, store_for

SUFFIX = "-photos.zip"
MANIFEST = "otop-desk-photos.json"
FORMAT = 1
#: No photo OTOP Desk stores is near this; a larger entry is not one of ours.
MAX_PHOTO_BYTES = 20 * 1024 * 1024
_CHUNK = 1024 * 1024

DAMAGED = QT_TRANSLATE_NOOP(
    "Validation", "The photos archive {file} is damaged or was changed after export; nothing was imported.")
FOREIGN = QT_TRANSLATE_NOOP(
    "Validation", "The photos archive {file} does not belong to the workbook {workbook}; nothing was "
    "imported. Put the archive exported with that workbook beside it.")
MISSING = QT_TRANSLATE_NOOP(
    "Validation", "{workbook} carries {count} photo(s) this database does not hold, but the photos archive "
    "{file} is not beside it; nothing was imported. Copy the archive into the same folder.")
LACKING = QT_TRANSLATE_NOOP(
    "Validation", "The photos archive {file} lacks {count} photo(s) that {workbook} names; nothing was imported.")


def archive_path(workbook: Path) -> Path:
    """``NAME-photos.zip`` beside ``NAME.xlsx``."""
    return workbook.with_name(workbook.stem + SUFFIX)


def _identity(changeset: ChangeSet) -> dict[str, Any]:
    sender = changeset.sender
    return {"device": sender.device.hex, "epoch": sender.epoch, "export_no": sender.export_no}


def photo_ops(ops: Iterable[Op]) -> dict[uuid.UUID, str]:
    """Photo record id -> the hash its (newest) insert or update names."""
    out: dict[uuid.UUID, str] = {}
    for op in ops:
        digest = photo_of(op)
        if digest is not None:
            out[op.record_id] = digest
    return out


def photo_of(op: Op) -> str | None:
    """The hash of the photo a change names, if it names one."""
    if op.table == "photo" and op.kind != DELETE and "sha256" in op.fields:
        digest = op.values.get("sha256")
        if isinstance(digest, str):
            return digest
    return None


# writing ---------------------------------------------------------------------------------------
def write_beside(db: Database, changeset: ChangeSet, wanted: dict[uuid.UUID, str], workbook: Path, *,
                 cleared_only: bool) -> int:
    """Write the archive of the photos ``changeset`` names (``wanted``: ``photo_ops`` of
    its ops) beside ``workbook``; returns how many photos it holds. With none, no archive
    (and an old one of that name goes, so it cannot be taken for this workbook's)."""
    target = archive_path(Path(workbook))
    withheld: set[str] = set()
    if cleared_only and wanted:
        with db.read() as s:
            rows = s.execute(select(Photo.id, Photo.sha256, Photo.people_close, Photo.consent)
                             .where(Photo.id.in_(list(wanted))))
            withheld = {r.sha256 for r in rows if not is_cleared(r.people_close, r.consent)}
    digests = sorted(set(wanted.values()) - withheld)
    if not wanted:
        with contextlib.suppress(FileNotFoundError):
            target.unlink()
        return 0
    store = store_for(db)
    temp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.partial")
    photos: dict[str, int] = {}
    lost: list[str] = []
    try:
        with zipfile.ZipFile(temp, "w", zipfile.ZIP_STORED) as archive:
            for digest in digests:
                try:
                    data = store.read(digest)
                except PhotoUnavailable:
                    lost.append(digest)  # the receiver keeps the record; its check names the file
                    continue
                archive.writestr(f"{digest}.jpg", data)
                photos[digest] = len(data)
            manifest = {"format": FORMAT, **_identity(changeset), "workbook": Path(workbook).name,
                        "photos": photos, "withheld": sorted(withheld), "lost": lost}
            archive.writestr(MANIFEST, json.dumps(manifest, indent=1))
        with open(temp, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(temp, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise storage_error(error, target.parent) from error
    return len(photos)


# reading ---------------------------------------------------------------------------------------
@dataclass
class Archive:
    path: Path
    photos: dict[str, int] = field(default_factory=dict)


def _refuse(message: str, archive: Path, workbook: str, **params: Any) -> WorkbookRefused:
    return WorkbookRefused(message, None, file=archive.name, workbook=workbook, **params)


def check_all(received: Sequence[Received], paths: Sequence[Path], has: Callable[[str], bool]) -> list[Archive]:
    """Read and check the archive beside each workbook that names photos (``has``: does
    this database hold a photo already); ``WorkbookRefused`` for the first that fails."""
    out = []
    for r, path in zip(received, paths, strict=False):
        if r.changeset is None:
            continue
        archive = check_one(r.changeset, Path(path), has)
        if archive is not None:
            out.append(archive)
    return out


def check_one(changeset: ChangeSet, workbook: Path, has: Callable[[str], bool]) -> Archive | None:
    wanted = set(photo_ops(changeset.ops).values())
    path = archive_path(workbook)
    if not path.is_file():
        needed = [d for d in wanted if not has(d)]
        if needed:
            raise _refuse(MISSING, path, workbook.name, count=len(needed))
        return None
    manifest, photos = _read(path, workbook.name)
    if any(manifest.get(k) != v for k, v in _identity(changeset).items()):
        raise _refuse(FOREIGN, path, workbook.name)
    excused = set(manifest.get("withheld", [])) | set(manifest.get("lost", []))
    lacking = [d for d in wanted if d not in photos and d not in excused and not has(d)]
    if lacking:
        raise _refuse(LACKING, path, workbook.name, count=len(lacking))
    return Archive(path, photos)


def _read(path: Path, workbook: str) -> tuple[dict[str, Any], dict[str, int]]:
    """The manifest and the photos, every entry hashed; ``WorkbookRefused`` otherwise."""
    damaged = _refuse(DAMAGED, path, workbook)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            names = [i.filename for i in infos]
            if names.count(MANIFEST) != 1 or len(set(names)) != len(names):
                raise _refuse(FOREIGN, path, workbook)
            manifest_info = archive.getinfo(MANIFEST)
            if manifest_info.file_size > 10 * 1024 * 1024:
                raise damaged
            manifest = json.loads(archive.read(MANIFEST).decode("utf-8"))
            if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
                raise _refuse(FOREIGN, path, workbook)
            listed = manifest.get("photos")
            if not isinstance(listed, dict) or not all(
                    is_sha256(str(d)) and isinstance(n, int) and 0 < n <= MAX_PHOTO_BYTES for d, n in listed.items()):
                raise damaged
            for extra in ("withheld", "lost"):
                if not isinstance(manifest.get(extra, []), list) or not all(
                        isinstance(d, str) and is_sha256(d) for d in manifest.get(extra, [])):
                    raise damaged
            photos = {i.filename[:-4]: i for i in infos if i.filename != MANIFEST}
            if set(photos) != set(listed) or any(not n.endswith(".jpg") for n in names if n != MANIFEST):
                raise damaged
            for digest, info in photos.items():
                # The size the manifest says, checked before reading: no entry that
                # claims a few bytes and inflates to gigabytes is ever read past it.
                if info.file_size != listed[digest] or info.flag_bits & 0x1:  # encrypted
                    raise damaged
                if _hash(archive, info) != digest:
                    raise damaged
            return manifest, dict(listed)
    except WorkbookRefused:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, KeyError,
            UnicodeDecodeError, NotImplementedError, RuntimeError):
        raise damaged from None


def _hash(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> str:
    digest = hashlib.sha256()
    read = 0
    with archive.open(info) as f:
        while chunk := f.read(_CHUNK):
            read += len(chunk)
            if read > info.file_size:
                raise ValueError("entry longer than it says")
            digest.update(chunk)
    return digest.hexdigest()


def store_all(db: Database, archives: Sequence[Archive]) -> int:
    """Add every photo of ``archives`` the store lacks; returns how many were added."""
    store = store_for(db)
    added = 0
    for archive in archives:
        missing = [d for d in archive.photos if not store.has(d)]
        if not missing:
            continue
        with zipfile.ZipFile(archive.path) as z:
            for digest in missing:
                data = z.read(f"{digest}.jpg")
                if hashlib.sha256(data).hexdigest() != digest:  # changed since it was checked
                    raise _refuse(DAMAGED, archive.path, archive.path.name)
                store.put(data)
                added += 1
    return added
