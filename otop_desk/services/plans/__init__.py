"""Business plans drafted with the groups, per fiscal year, and plan against actual."""

from otop_desk.services.plans.data import (
    LineData,
    MonthActual,
    PlanData,
    PlanRow,
    PlanVsActual,
    ProductLine,
    VersionRow,
)
from otop_desk.services.plans.service import AmbiguousGroupError, PlanService

__all__ = [
    "AmbiguousGroupError",
    "LineData",
    "MonthActual",
    "PlanData",
    "PlanRow",
    "PlanService",
    "PlanVsActual",
    "ProductLine",
    "VersionRow",
]
