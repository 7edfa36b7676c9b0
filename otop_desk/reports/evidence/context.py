"""What every section of an evidence pack is built from."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

from otop_desk.domain.enums import ENUM_CONTEXT, LabeledEnum
from otop_desk.domain.fiscal import YearKind, YearSpan
from otop_desk.services import Services
from otop_desk.services.groups import GroupData
from otop_desk.services.officer import Profile
from otop_desk.services.plans import PlanData, PlanVsActual
from otop_desk.services.plans.evidence import EvidenceRecords
from otop_desk.services.plans.years import year_label
from otop_desk.services.reports import NoReportData
from otop_desk.services.training import TrainingData


def tr(text: str) -> str:
    return QCoreApplication.translate("EvidencePack", text)


def enum_text(value: LabeledEnum) -> str:
    return QCoreApplication.translate(ENUM_CONTEXT, value.label)


@dataclass(frozen=True)
class EvidenceContext:
    services: Services
    group: GroupData
    span: YearSpan
    records: EvidenceRecords
    trainings: list[TrainingData]
    plan: PlanData | None
    actual: PlanVsActual | None
    officer: Profile | None
    today: date
    lang: str = "th"

    @property
    def year(self) -> str:
        return year_label(self.span, QCoreApplication.translate)


def gather(services: Services, group_id: uuid.UUID, fiscal_year: int, lang: str = "th") -> EvidenceContext:
    """Everything the pack shows; a year with nothing of the group is refused
    (``NoReportData``), so no empty pack is ever written."""
    span = YearSpan(YearKind.FISCAL, fiscal_year)
    group = services.groups.get(group_id)
    records = services.plans.evidence(group_id, span)
    plan_id = services.plans.find(group_id, fiscal_year)
    plan = actual = None
    if plan_id is not None:
        actual = services.plans.vs_actual(plan_id)
        plan = services.plans.get(actual.version_id)
    if records.empty and plan is None:
        raise NoReportData(span)
    trainings = [services.training.get(training_id) for training_id in records.trainings]
    return EvidenceContext(services, group, span, records, trainings, plan, actual, services.officer.get(),
                           services.clock.today(), lang)
