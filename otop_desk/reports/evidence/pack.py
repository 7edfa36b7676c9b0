"""The evidence pack: for a group and a fiscal year, one PDF of everything that shows the
work done with it.

The pack is a list of section builders (``SECTIONS``). Each takes the ``EvidenceContext``
and returns HTML documents, each starting on a new page; a builder with nothing to show
returns none. A feature that has more evidence adds its builder where it belongs (the
photo pages follow the year's activities).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from otop_desk.reports.evidence.context import EvidenceContext, gather
from otop_desk.reports.evidence.knowledge import knowledge_record
from otop_desk.reports.evidence.photos import activity_photos
from otop_desk.reports.evidence.sections import (
    activity_summary,
    cover,
    plan_against_actual,
    training_sheets,
)
from otop_desk.reports.printing import PrintJob
from otop_desk.services import Services

SectionBuilder = Callable[[EvidenceContext], list[str]]

#: The pack's sections in order (see the module's docstring to add one).
SECTIONS: list[SectionBuilder] = [cover, activity_summary, activity_photos, training_sheets, plan_against_actual,
                                  knowledge_record]


def evidence_job(ctx: EvidenceContext, sections: list[SectionBuilder] | None = None) -> PrintJob:
    pages = [page for build in (SECTIONS if sections is None else sections) for page in build(ctx)]
    title = QCoreApplication.translate("EvidencePack", "Evidence pack: {group}, {year}").format(group=ctx.group.name, year=ctx.year)
    office = ctx.officer.office if ctx.officer else ""
    return PrintJob(title=title, html="", header=" · ".join(x for x in (office, ctx.group.name, ctx.year) if x),
                    sections=pages)


def pack_job(services: Services, group_id: uuid.UUID, fiscal_year: int, lang: str = "th") -> PrintJob:
    return evidence_job(gather(services, group_id, fiscal_year, lang))
