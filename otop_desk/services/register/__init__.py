"""The product register: certificates, registrations, OPC star rounds, segments and what
the next star needs."""

from otop_desk.services.register.data import (
    CertificateData,
    CertificateRow,
    ProductChoice,
    ProductRegister,
    RegistrationData,
    RegistrationRow,
    SegmentData,
    StarRoundData,
    Validity,
)
from otop_desk.services.register.service import RegisterService

__all__ = [
    "CertificateData",
    "CertificateRow",
    "ProductChoice",
    "ProductRegister",
    "RegisterService",
    "RegistrationData",
    "RegistrationRow",
    "SegmentData",
    "StarRoundData",
    "Validity",
]
