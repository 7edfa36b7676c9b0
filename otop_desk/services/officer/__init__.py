"""The officer profile: who prints and exports, from which office."""

from otop_desk.services.officer.data import Profile
from otop_desk.services.officer.rules import (
    F_DISTRICT,
    F_OFFICE,
    F_OFFICER,
    F_OFFICER_PHONE,
    F_POSITION,
    F_PROVINCE,
    validate_profile,
)
from otop_desk.services.officer.service import OfficerService

__all__ = [
    "F_DISTRICT",
    "F_OFFICE",
    "F_OFFICER",
    "F_OFFICER_PHONE",
    "F_POSITION",
    "F_PROVINCE",
    "OfficerService",
    "Profile",
    "validate_profile",
]
