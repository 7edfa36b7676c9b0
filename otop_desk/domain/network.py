"""The vocabularies of the OTOP network: committees, meetings and how booths are chosen.

Kept beside ``domain.enums`` (same ``LabeledEnum``, same ``Enum`` translation context)
so the network's words can grow without touching the registry's.
"""

from __future__ import annotations

from otop_desk.domain.enums import LabeledEnum
from otop_desk.domain.enums import _labels as register_labels
from otop_desk.domain.errors import QT_TRANSLATE_NOOP


class CommitteeLevel(LabeledEnum):
    """Where an OTOP network committee sits (คณะกรรมการเครือข่าย OTOP ระดับ ...)."""

    SUBDISTRICT = "subdistrict"
    DISTRICT = "district"
    PROVINCE = "province"


register_labels("CommitteeLevel", {
    "subdistrict": QT_TRANSLATE_NOOP("Enum", "Sub-district"),
    "district": QT_TRANSLATE_NOOP("Enum", "District"),
    "province": QT_TRANSLATE_NOOP("Enum", "Province"),
})


class CommitteeRole(LabeledEnum):
    """A seat on a network committee, in the order the appointment order lists them."""

    CHAIR = "chair"
    VICE_CHAIR = "vice_chair"
    SECRETARY = "secretary"
    TREASURER = "treasurer"
    MEMBER = "member"
    ADVISOR = "advisor"


register_labels("CommitteeRole", {
    "chair": QT_TRANSLATE_NOOP("Enum", "Chair"),
    "vice_chair": QT_TRANSLATE_NOOP("Enum", "Vice-chair"),
    "secretary": QT_TRANSLATE_NOOP("Enum", "Secretary"),
    "treasurer": QT_TRANSLATE_NOOP("Enum", "Treasurer"),
    "member": QT_TRANSLATE_NOOP("Enum", "Committee member"),
    "advisor": QT_TRANSLATE_NOOP("Enum", "Advisor"),
})


class MeetingPurpose(LabeledEnum):
    """Why a meeting was held; a fair's selection and after-fair meetings are found by it."""

    REGULAR = "regular"
    BOOTH_SELECTION = "booth_selection"
    AFTER_FAIR = "after_fair"
    GROUP = "group"
    OTHER = "other"


register_labels("MeetingPurpose", {
    "regular": QT_TRANSLATE_NOOP("Enum", "Regular meeting"),
    "booth_selection": QT_TRANSLATE_NOOP("Enum", "Choosing groups for fair booths"),
    "after_fair": QT_TRANSLATE_NOOP("Enum", "Summing up after a fair"),
    "group": QT_TRANSLATE_NOOP("Enum", "Group meeting"),
    "other": QT_TRANSLATE_NOOP("Enum", "Other meeting"),
})


class Criterion(LabeledEnum):
    """What the committee weighs when more groups want a booth than there are booths."""

    STARS = "stars"
    CERTIFICATES = "certificates"
    PAST_SALES = "past_sales"
    ROTATION = "rotation"
    TYPE_BALANCE = "type_balance"


register_labels("Criterion", {
    "stars": QT_TRANSLATE_NOOP("Enum", "Star level"),
    "certificates": QT_TRANSLATE_NOOP("Enum", "Valid certificates"),
    "past_sales": QT_TRANSLATE_NOOP("Enum", "Past fair sales"),
    "rotation": QT_TRANSLATE_NOOP("Enum", "Turn to sell (booths rotate)"),
    "type_balance": QT_TRANSLATE_NOOP("Enum", "Product-type balance"),
})
