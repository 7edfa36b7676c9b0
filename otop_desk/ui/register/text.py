"""The register's domain messages as people read them (gaps, segment reasons)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from otop_desk import i18n
from otop_desk.domain.dates import be_year
from otop_desk.domain.enums import LabeledEnum
from otop_desk.domain.register.gaps import Gap
from otop_desk.domain.register.segments import Reason
from otop_desk.domain.register.vocab import ANSWERS, Dimension, Segment

CONTEXT = "Register"


def _value(value: object) -> object:
    if isinstance(value, Segment):
        return value.value  # "segment C": the letter; its name is shown beside it
    if isinstance(value, LabeledEnum):
        return i18n.enum_label(value)
    return value


def gap_text(gap: Gap) -> str:
    params = {k: _value(v) for k, v in gap.params.items()}
    return QCoreApplication.translate(CONTEXT, gap.message).format(**params)


def reason_text(reason: Reason) -> str:
    return QCoreApplication.translate(CONTEXT, reason.message).format(
        segment=_value(reason.segment) if reason.segment else "",
        dimension=_value(reason.dimension) if reason.dimension else "", count=reason.count)


def answer_text(dimension: Dimension, code: str) -> str:
    source = ANSWERS[dimension].get(code)
    return i18n.translate("Enum", source) if source else code


def segment_text(segment: Segment | None) -> str:
    return i18n.enum_label(segment) if segment is not None else "–"


def stars_text(level: int | None) -> str:
    return "★" * level if level else "–"


def year_text(year: int | None) -> str:
    return str(be_year(year)) if year else ""
