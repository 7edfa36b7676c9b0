"""What a profile must hold before it is saved: who prints and exports, from which office."""

from __future__ import annotations

from otop_desk.domain.errors import QT_TRANSLATE_NOOP
from otop_desk.domain.text import clean_phone, clean_text
from otop_desk.services.officer.data import Profile

F_OFFICER = QT_TRANSLATE_NOOP("Field", "Officer's name")
F_POSITION = QT_TRANSLATE_NOOP("Field", "Position")
F_OFFICE = QT_TRANSLATE_NOOP("Field", "Office")
F_DISTRICT = QT_TRANSLATE_NOOP("Field", "District")
F_PROVINCE = QT_TRANSLATE_NOOP("Field", "Province")
F_OFFICER_PHONE = QT_TRANSLATE_NOOP("Field", "Office phone")


def validate_profile(profile: Profile) -> Profile:
    """The profile with its text cleaned; ``ValidationError`` names the first bad field."""
    return Profile(
        name=clean_text(profile.name, F_OFFICER, required=True),
        position=clean_text(profile.position, F_POSITION),
        office=clean_text(profile.office, F_OFFICE, required=True),
        district=clean_text(profile.district, F_DISTRICT),
        province=clean_text(profile.province, F_PROVINCE, required=True),
        phone=clean_phone(profile.phone, F_OFFICER_PHONE),
    )
