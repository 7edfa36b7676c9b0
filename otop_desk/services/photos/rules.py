"""The rules a photo keeps before it is stored: its kind fits its record, its caption is
text, its consent a known answer."""

from __future__ import annotations

from dataclasses import replace

from otop_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from otop_desk.domain.photos import Consent, PhotoKind
from otop_desk.domain.text import SHORT_TEXT_MAX, clean_text
from otop_desk.services.photos.data import F_CAPTION, NewPhoto, Owner, PhotoChange

#: The kinds of photo each kind of record takes; the first is its default.
KINDS: dict[str, tuple[PhotoKind, ...]] = {
    "visit": (PhotoKind.ACTIVITY,),
    "training": (PhotoKind.ACTIVITY,),
    "trade_fair": (PhotoKind.ACTIVITY,),
    "product": (PhotoKind.PRODUCT,),
    "problem": (PhotoKind.BEFORE, PhotoKind.AFTER),
    "product_certificate": (PhotoKind.DOCUMENT,),
    "producer_group": (PhotoKind.SITE,),
}

WRONG_KIND = QT_TRANSLATE_NOOP("Validation", "A photo of this record cannot be marked as “{kind}”.")


def default_kind(owner: Owner) -> PhotoKind:
    return KINDS[owner.table][0]


def check_kind(owner: Owner, kind: PhotoKind | str) -> PhotoKind:
    chosen = PhotoKind(kind)
    if chosen not in KINDS[owner.table]:
        raise ValidationError(WRONG_KIND, None, kind=chosen.value)
    return chosen


def clean_change(change: PhotoChange) -> PhotoChange:
    return PhotoChange(
        caption=clean_text(change.caption, F_CAPTION, max_length=SHORT_TEXT_MAX),
        people_close=bool(change.people_close),
        consent=Consent(change.consent),
    )


def clean_new(owner: Owner, photo: NewPhoto) -> NewPhoto:
    change = clean_change(PhotoChange(photo.caption, photo.people_close, photo.consent))
    return replace(photo, kind=check_kind(owner, photo.kind), caption=change.caption,
                   people_close=change.people_close, consent=change.consent)
