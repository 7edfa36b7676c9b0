"""The words of a business plan's vocabularies (channels, lists) and of plan-vs-actual,
marked for translation; screens and printouts translate them in the ``Plans`` context."""

from __future__ import annotations

from otop_desk.domain.errors import QT_TRANSLATE_NOOP
from otop_desk.domain.plans import PlanSection, SalesChannel

CONTEXT = "Plans"

CHANNELS: dict[SalesChannel, str] = {
    SalesChannel.SHOP: QT_TRANSLATE_NOOP("Plans", "Shop"),
    SalesChannel.FAIR: QT_TRANSLATE_NOOP("Plans", "Fairs"),
    SalesChannel.ONLINE: QT_TRANSLATE_NOOP("Plans", "Online"),
    SalesChannel.WHOLESALE: QT_TRANSLATE_NOOP("Plans", "Wholesale"),
}

SECTIONS: dict[PlanSection, str] = {
    PlanSection.MATERIAL: QT_TRANSLATE_NOOP("Plans", "Raw materials and where they come from"),
    PlanSection.EQUIPMENT: QT_TRANSLATE_NOOP("Plans", "Equipment"),
    PlanSection.DUTY: QT_TRANSLATE_NOOP("Plans", "Who does what"),
    PlanSection.MEETING: QT_TRANSLATE_NOOP("Plans", "Meetings"),
    PlanSection.STARTUP_COST: QT_TRANSLATE_NOOP("Plans", "Start-up costs"),
    PlanSection.RUNNING_COST: QT_TRANSLATE_NOOP("Plans", "Running costs a month"),
    PlanSection.FUNDING: QT_TRANSLATE_NOOP("Plans", "Funding sources"),
}
