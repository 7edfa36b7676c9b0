"""The officer using this laptop (one row)."""

from __future__ import annotations

from sqlalchemy.orm import Mapped

from otop_desk.db.base import Record
from otop_desk.db.models._columns import text_column


class OfficerProfile(Record):
    __tablename__ = "officer_profile"

    name: Mapped[str] = text_column(personal=True)
    position: Mapped[str] = text_column()
    office: Mapped[str] = text_column()
    district: Mapped[str] = text_column()
    province: Mapped[str] = text_column()
    phone: Mapped[str] = text_column(personal=True)
