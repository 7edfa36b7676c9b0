"""The officer profile: who prints and exports, from which office."""

from __future__ import annotations

from sqlalchemy import select

from otop_desk.db.database import Database
from otop_desk.db.models import OfficerProfile
from otop_desk.services.officer.data import Profile
from otop_desk.services.officer.rules import validate_profile


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
        clean = validate_profile(profile)
        with self._db.begin() as s:
            row = s.scalars(select(OfficerProfile).limit(1)).first()
            if row is None:
                row = OfficerProfile()
                s.add(row)
            for key, value in vars(clean).items():
                if getattr(row, key, None) != value:
                    setattr(row, key, value)
