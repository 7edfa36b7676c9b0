"""Producer groups: the registry, its rules, its pages and the one-page group profile."""

from otop_desk.services.groups.data import GroupChoice, GroupData, GroupRow, MemberData, ProductData

# The profile reads the other areas through their services; imported last.
from otop_desk.services.groups.profile import BookMonth, GroupProfile, GroupProfileService  # noqa: E402, I001
from otop_desk.services.groups.rules import validate_group
from otop_desk.services.groups.service import DEPENDENT_LABELS, GroupHasRecordsError, GroupService

__all__ = [
    "DEPENDENT_LABELS",
    "BookMonth",
    "GroupChoice",
    "GroupData",
    "GroupHasRecordsError",
    "GroupProfile",
    "GroupProfileService",
    "GroupRow",
    "GroupService",
    "MemberData",
    "ProductData",
    "validate_group",
]
