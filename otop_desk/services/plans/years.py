"""Years as people read them: "ปีงบประมาณ 2570" or "พ.ศ. 2569", for every year chooser,
report heading and file name. The rules of the years are ``domain.fiscal``'s.

The words are marked here for translation and translated by whoever shows them (a
screen, a printed report), with ``translate(context, text)``.
"""

from __future__ import annotations

from collections.abc import Callable

from otop_desk.domain.errors import QT_TRANSLATE_NOOP
from otop_desk.domain.fiscal import YearKind, YearSpan

Translate = Callable[[str, str], str]
CONTEXT = "Years"

_YEAR = {
    YearKind.FISCAL: QT_TRANSLATE_NOOP("Years", "Fiscal year {year}"),
    YearKind.CALENDAR: QT_TRANSLATE_NOOP("Years", "Calendar year {year}"),
}
_KIND = {
    YearKind.FISCAL: QT_TRANSLATE_NOOP("Years", "Fiscal years (Oct–Sep)"),
    YearKind.CALENDAR: QT_TRANSLATE_NOOP("Years", "Calendar years (Jan–Dec)"),
}
_FILE = {YearKind.FISCAL: "FY", YearKind.CALENDAR: ""}


def _plain(_context: str, text: str) -> str:
    return text


def year_label(span: YearSpan, translate: Translate = _plain) -> str:
    """"ปีงบประมาณ 2570" (the BE year a fiscal year ends in) or "ปี พ.ศ. 2569"."""
    return translate(CONTEXT, _YEAR[span.kind]).format(year=span.be)


def kind_label(kind: YearKind, translate: Translate = _plain) -> str:
    return translate(CONTEXT, _KIND[kind])


def file_part(span: YearSpan) -> str:
    """A year in a file name: ``FY2570`` or ``2569``."""
    return f"{_FILE[span.kind]}{span.be}"
