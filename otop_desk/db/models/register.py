"""The product register: certificates, registration rounds, OPC star rounds, segment
assessments (all exchanged), and the register's editable figures (kept on this device)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Boolean, Date, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from otop_desk.db.base import Base, Record
from otop_desk.db.models._columns import enum_column, parent_key, text_column
from otop_desk.db.models.groups import ProducerGroup, Product
from otop_desk.domain.enums import ProducerType
from otop_desk.domain.register.vocab import (
    CertificateKind,
    CommunityLink,
    RegistrationStatus,
    Segment,
)


class ProductCertificate(Record):
    """A standard or permit a product holds (replaces the old comma list of keys)."""

    __tablename__ = "product_certificate"

    product_id: Mapped[uuid.UUID] = parent_key("product.id")
    kind: Mapped[CertificateKind] = enum_column(CertificateKind)
    number: Mapped[str] = text_column()
    issuer: Mapped[str] = text_column()
    issue_date: Mapped[date | None] = mapped_column(Date)
    # Indexed: Home and the Groups filter look for what expires within a window.
    expiry_date: Mapped[date | None] = mapped_column(Date, index=True)
    notes: Mapped[str] = text_column(long=True)

    product: Mapped[Product] = relationship()


class Registration(Record):
    """A group's (or one product's) registration as an OTOP producer in a round."""

    __tablename__ = "registration"

    group_id: Mapped[uuid.UUID] = parent_key("producer_group.id")
    product_id: Mapped[uuid.UUID | None] = parent_key("product.id", nullable=True)
    round_year: Mapped[int] = mapped_column(Integer)  # CE; shown in BE
    round_quarter: Mapped[int] = mapped_column(Integer, default=1)
    registered_date: Mapped[date | None] = mapped_column(Date)
    producer_type: Mapped[ProducerType] = enum_column(ProducerType, default=ProducerType.COMMUNITY_GROUP)
    community_link: Mapped[CommunityLink] = enum_column(CommunityLink, default=CommunityLink.LOCAL_MATERIALS)
    # The documents checklist, one typed field each (never a list in a text column).
    doc_id_card: Mapped[bool] = mapped_column(Boolean, default=False)
    doc_house_registration: Mapped[bool] = mapped_column(Boolean, default=False)
    doc_product_photo: Mapped[bool] = mapped_column(Boolean, default=False)
    doc_site_photo: Mapped[bool] = mapped_column(Boolean, default=False)
    doc_founding_record: Mapped[bool] = mapped_column(Boolean, default=False)
    doc_meeting_record: Mapped[bool] = mapped_column(Boolean, default=False)
    doc_network_letter: Mapped[bool] = mapped_column(Boolean, default=False)
    # Who signed that letter: the district OTOP network's chair (issue 23's committees).
    network_chair: Mapped[str] = text_column(personal=True)
    status: Mapped[RegistrationStatus] = enum_column(RegistrationStatus, default=RegistrationStatus.SUBMITTED,
                                                     index=True)
    decision_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = text_column(long=True)

    group: Mapped[ProducerGroup] = relationship()


class StarRound(Record):
    """A product's result in one OTOP Product Champion round."""

    __tablename__ = "star_round"
    __table_args__ = (Index("ix_star_round_product_year", "product_id", "round_year"),)

    product_id: Mapped[uuid.UUID] = parent_key("product.id")
    round_year: Mapped[int] = mapped_column(Integer)  # CE; shown in BE
    level: Mapped[int] = mapped_column(Integer)
    score_community: Mapped[int | None] = mapped_column(Integer)
    score_marketing: Mapped[int | None] = mapped_column(Integer)
    score_quality: Mapped[int | None] = mapped_column(Integer)
    certificate_no: Mapped[str] = text_column()
    valid_until: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = text_column(long=True)

    product: Mapped[Product] = relationship()


class SegmentAssessment(Record):
    """A product's five dimension answers in a year and the segment they put it in."""

    __tablename__ = "segment_assessment"

    product_id: Mapped[uuid.UUID] = parent_key("product.id")
    year: Mapped[int] = mapped_column(Integer)  # CE; shown in BE
    standards: Mapped[str] = mapped_column(String(8), default="", nullable=False)
    capacity: Mapped[str] = mapped_column(String(8), default="", nullable=False)
    process: Mapped[str] = mapped_column(String(8), default="", nullable=False)
    development: Mapped[str] = mapped_column(String(8), default="", nullable=False)
    market: Mapped[str] = mapped_column(String(8), default="", nullable=False)
    segment: Mapped[Segment] = enum_column(Segment, index=True)
    notes: Mapped[str] = text_column(long=True)

    product: Mapped[Product] = relationship()


class RegisterSetting(Base):
    """One of the register's editable figures (``domain.register.settings``), as JSON.
    Kept on this device: an officer tunes them to the department's letter of the year."""

    __tablename__ = "register_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False, default="")
