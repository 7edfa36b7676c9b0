"""Photos of visits, trainings, fairs, products, problems, production sites and scans of
certificates: files read with Pillow, kept small and by content hash (``storage``),
attached to records (``service``), checked (``check``), backed up (``backups``)."""

from otop_desk.services.photos.data import (
    OWNER_NAMES,
    NewPhoto,
    Owner,
    PhotoChange,
    PhotoEdits,
    PhotoRow,
    Printable,
    PrintPhoto,
    StagedPhoto,
)
from otop_desk.services.photos.imaging import PhotoRefused
from otop_desk.services.photos.rules import KINDS, default_kind
from otop_desk.services.photos.service import AttachResult, PhotoService
from otop_desk.services.photos.storage import PhotoUnavailable, store_for

__all__ = [
    "KINDS",
    "OWNER_NAMES",
    "AttachResult",
    "NewPhoto",
    "Owner",
    "PhotoChange",
    "PhotoEdits",
    "PhotoRefused",
    "PhotoRow",
    "PhotoService",
    "PhotoUnavailable",
    "PrintPhoto",
    "Printable",
    "StagedPhoto",
    "default_kind",
    "store_for",
]
