"""The register's data as forms and services exchange it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from otop_desk.domain.enums import ProducerType
from otop_desk.domain.register.gaps import Gap, ProductFacts
from otop_desk.domain.register.segments import Proposal
from otop_desk.domain.register.vocab import (
    CertificateKind,
    CommunityLink,
    Dimension,
    RegistrationDocument,
    RegistrationStatus,
    Segment,
)


@dataclass
class CertificateData:
    product_id: uuid.UUID | None = None
    kind: CertificateKind = CertificateKind.MPC
    number: str = ""
    issuer: str = ""
    issue_date: date | None = None
    expiry_date: date | None = None
    notes: str = ""
    id: uuid.UUID | None = None


class Validity(StrEnum):
    VALID = "valid"
    EXPIRING = "expiring"  # within the renewal window
    EXPIRED = "expired"
    OPEN_ENDED = "open_ended"  # no expiry recorded


@dataclass(frozen=True)
class CertificateRow:
    id: uuid.UUID
    product_id: uuid.UUID
    product_name: str
    group_id: uuid.UUID
    group_name: str
    kind: CertificateKind
    number: str
    issuer: str
    issue_date: date | None
    expiry_date: date | None
    notes: str
    validity: Validity
    days_left: int | None  # until expiry (negative: expired that many days ago)
    renewed: bool = False  # an expired one whose kind the product holds anew
    scans: int = 0  # scans or photos of the certificate attached to it


@dataclass
class RegistrationData:
    group_id: uuid.UUID | None = None
    product_id: uuid.UUID | None = None
    round_year: int | None = None  # CE
    round_quarter: int = 1
    registered_date: date | None = None
    producer_type: ProducerType = ProducerType.COMMUNITY_GROUP
    community_link: CommunityLink = CommunityLink.LOCAL_MATERIALS
    documents: frozenset[RegistrationDocument] = frozenset()
    network_chair: str = ""  # the district network chair who signed the letter
    status: RegistrationStatus = RegistrationStatus.SUBMITTED
    decision_date: date | None = None
    notes: str = ""
    id: uuid.UUID | None = None


@dataclass(frozen=True)
class RegistrationRow:
    id: uuid.UUID
    group_id: uuid.UUID
    product_id: uuid.UUID | None
    product_name: str  # empty: the whole group
    round_year: int
    round_quarter: int
    registered_date: date | None
    status: RegistrationStatus
    decision_date: date | None
    documents: int  # of the seven
    data: RegistrationData


@dataclass
class StarRoundData:
    product_id: uuid.UUID | None = None
    round_year: int | None = None  # CE
    level: int | None = None
    score_community: int | None = None
    score_marketing: int | None = None
    score_quality: int | None = None
    certificate_no: str = ""
    valid_until: date | None = None
    notes: str = ""
    id: uuid.UUID | None = None

    @property
    def total(self) -> int | None:
        parts = [self.score_community, self.score_marketing, self.score_quality]
        return sum(p for p in parts if p is not None) if any(p is not None for p in parts) else None


@dataclass
class SegmentData:
    product_id: uuid.UUID | None = None
    year: int | None = None  # CE
    answers: dict[Dimension, str] = field(default_factory=dict)
    segment: Segment | None = None  # None: take the proposal
    notes: str = ""
    id: uuid.UUID | None = None


@dataclass(frozen=True)
class ProductRegister:
    """Everything the register page shows of one product."""

    product_id: uuid.UUID
    product_name: str
    group_id: uuid.UUID
    group_name: str
    certificates: list[CertificateRow]
    registrations: list[RegistrationRow]
    rounds: list[StarRoundData]  # oldest first
    segments: list[SegmentData]  # newest first
    proposal: Proposal  # for the newest segment answers
    facts: ProductFacts
    gaps: list[Gap]

    @property
    def level(self) -> int | None:
        return self.rounds[-1].level if self.rounds else None


@dataclass(frozen=True)
class ProductChoice:
    """A product as the register's product picker lists it."""

    id: uuid.UUID
    name: str
    group_id: uuid.UUID
    group_name: str
