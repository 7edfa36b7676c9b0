"""What a photo is in the domain: its kind, its consent, and when it may be shared.

Thailand's PDPA: a photo focused on one person needs that person's consent before it is
published. Each photo therefore says whether it shows people up close and what the
people in it said; only a *cleared* photo is printed on documents handed out or
leaves in a privacy export.
"""

from __future__ import annotations

from otop_desk.domain.enums import LabeledEnum, _labels
from otop_desk.domain.errors import QT_TRANSLATE_NOOP


class PhotoKind(LabeledEnum):
    """Why the photo was taken; a problem's photos are before or after."""

    ACTIVITY = "activity"  # a visit, a training, a trade fair (ภาพกิจกรรม)
    PRODUCT = "product"
    SITE = "site"  # the group's production site
    BEFORE = "before"
    AFTER = "after"
    DOCUMENT = "document"  # a scan or photo of a certificate: never shown as the product


_labels("PhotoKind", {
    "activity": QT_TRANSLATE_NOOP("Enum", "Activity photo"),
    "product": QT_TRANSLATE_NOOP("Enum", "Product photo"),
    "site": QT_TRANSLATE_NOOP("Enum", "Production site"),
    "before": QT_TRANSLATE_NOOP("Enum", "Before"),
    "after": QT_TRANSLATE_NOOP("Enum", "After"),
    "document": QT_TRANSLATE_NOOP("Enum", "Document scan"),
})


class Consent(LabeledEnum):
    """What the people shown up close said about their photo being shared."""

    NOT_ASKED = "not_asked"
    GIVEN = "given"
    REFUSED = "refused"


_labels("Consent", {
    "not_asked": QT_TRANSLATE_NOOP("Enum", "Not asked yet"),
    "given": QT_TRANSLATE_NOOP("Enum", "Consent given"),
    "refused": QT_TRANSLATE_NOOP("Enum", "Consent refused"),
})


def is_cleared(people_close: bool, consent: Consent | str) -> bool:
    """May the photo be printed on a document handed out, or travel in a privacy export?

    A photo of a place, a product or a crowd may; one that shows people up close only
    with their consent."""
    return not people_close or Consent(consent) is Consent.GIVEN


#: Thailand's extent with a margin, as the group form checks a GPS point.
THAI_LATITUDE = (5.0, 21.0)
THAI_LONGITUDE = (97.0, 106.0)


def in_thailand(latitude: float | None, longitude: float | None) -> bool:
    return (latitude is not None and longitude is not None
            and THAI_LATITUDE[0] <= latitude <= THAI_LATITUDE[1]
            and THAI_LONGITUDE[0] <= longitude <= THAI_LONGITUDE[1])


def map_url(latitude: float, longitude: float) -> str:
    """An OpenStreetMap link that any browser opens (a ``geo:`` link needs a map app,
    which a Windows laptop usually lacks)."""
    return (f"https://www.openstreetmap.org/?mlat={latitude:.6f}&mlon={longitude:.6f}"
            f"#map=17/{latitude:.6f}/{longitude:.6f}")


_HEX = frozenset("0123456789abcdef")


def is_sha256(text: str) -> bool:
    """A photo's name in the store: 64 lower-case hex digits, nothing that could be a path."""
    return len(text) == 64 and set(text) <= _HEX
