"""The officer profile: who prints and exports, from which office."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from otop_desk.db.database import Database
from otop_desk.db.models import OfficerProfile
from otop_desk.domain.errors import QT_TRANSLATE_NOOP
from otop_desk.domain.text import clean_phone, clean_text

F_OFFICER = QT_TRANSLATE_NOOP("Field", "Officer's name")
F_POSITION = QT_TRANSLATE_NOOP("Field", "Position")
F_OFFICE = QT_TRANSLATE_NOOP("Field", "Office")
F_DISTRICT = QT_TRANSLATE_NOOP("Field", "District")
F_PROVINCE = QT_TRANSLATE_NOOP("Field", "Province")
F_OFFICER_PHONE = QT_TRANSLATE_NOOP("Field", "Office phone")


@dataclass
class Profile:
    name: str = ""
    position: str = ""
    office: str = ""
    district: str = ""
    province: str = ""
    phone: str = ""


class OfficerService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self) -> Profile | None:
        with self._db.read() as s:
            row = s.scalars(select(OfficerProfile).limit(1)).first()
            if row is None:
                return None
            return Profile(row.name, row.position, row.office, row.district, row.province, row.phone)

    def save(self, profile: Profile) -> None:
        clean = Profile(
            name=clean_text(profile.name, F_OFFICER, required=True),
            position=clean_text(profile.position, F_POSITION),
            office=clean_text(profile.office, F_OFFICE, required=True),
            district=clean_text(profile.district, F_DISTRICT),
            province=clean_text(profile.province, F_PROVINCE, required=True),
            phone=clean_phone(profile.phone, F_OFFICER_PHONE),
        )
        with self._db.begin() as s:
            row = s.scalars(select(OfficerProfile).limit(1)).first()
            if row is None:
                row = OfficerProfile()
                s.add(row)
            for key, value in vars(clean).items():
                if getattr(row, key, None) != value:
                    setattr(row, key, value)
