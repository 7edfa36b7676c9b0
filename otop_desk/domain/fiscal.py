"""Years as the government counts them: fiscal (1 October to 30 September) or calendar.

Thai government reports and KPIs run per fiscal year (ปีงบประมาณ), named by the BE year
it ends in: ปีงบประมาณ 2570 is 1 October 2026 to 30 September 2027. A ``YearSpan`` holds
the kind and that year (CE, like every year stored in OTOP Desk); what people see is
``span.be``. Pure date arithmetic: no Qt, no database, no words (the labels are the
screens' and reports', ``services.plans.years``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from otop_desk.domain.dates import BE_OFFSET, FIRST_MONTH_YEAR, MAX_DATE, ce_year, month_bounds
from otop_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError

# The fiscal year starts on the first of this month of the year before the one it is named by.
FISCAL_FIRST_MONTH = 10


class YearKind(StrEnum):
    FISCAL = "fiscal"
    CALENDAR = "calendar"


# Every year chooser offers fiscal years first and starts on them.
DEFAULT_KIND = YearKind.FISCAL


def fiscal_year_of(day: date) -> int:
    """The fiscal year (CE year it ends in) that ``day`` falls in."""
    return day.year + 1 if day.month >= FISCAL_FIRST_MONTH else day.year


@dataclass(frozen=True, order=True)
class YearSpan:
    """Twelve months: a calendar year, or the fiscal year ending in September of ``year``."""

    kind: YearKind
    year: int  # CE; a fiscal year is named by the year it ends in

    @property
    def be(self) -> int:
        """The year as people say it: ปีงบประมาณ 2570, พ.ศ. 2569."""
        return self.year + BE_OFFSET

    @property
    def first_month(self) -> tuple[int, int]:
        if self.kind is YearKind.FISCAL:
            return self.year - 1, FISCAL_FIRST_MONTH
        return self.year, 1

    @property
    def first(self) -> date:
        year, month = self.first_month
        return date(year, month, 1)

    @property
    def last(self) -> date:
        year, month = self.months()[-1]
        return month_bounds(year, month)[1]

    def months(self) -> list[tuple[int, int]]:
        """The twelve (CE year, month) pairs, in order."""
        year, month = self.first_month
        out = []
        for _ in range(12):
            out.append((year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return out

    def contains(self, day: date) -> bool:
        return self.first <= day <= self.last

    def month_index(self, day: date) -> int | None:
        """0 for the span's first month, 11 for its last; None outside the span."""
        if not self.contains(day):
            return None
        year, month = self.first_month
        return (day.year - year) * 12 + day.month - month

    def shifted(self, years: int) -> YearSpan:
        return YearSpan(self.kind, self.year + years)

    def next(self) -> YearSpan:
        return self.shifted(1)

    def previous(self) -> YearSpan:
        return self.shifted(-1)

    def before(self, count: int) -> list[YearSpan]:
        """The ``count`` years before this one, oldest first (a KPI's baseline)."""
        return [self.shifted(-n) for n in range(count, 0, -1)]


def span_of(day: date, kind: YearKind = DEFAULT_KIND) -> YearSpan:
    """The year of ``kind`` that ``day`` falls in."""
    return YearSpan(kind, fiscal_year_of(day) if kind is YearKind.FISCAL else day.year)


# The field a year typed at the command line is named by in a refusal.
F_YEAR = "year"


def parse_year(value: str | int, kind: YearKind = DEFAULT_KIND, field: str = F_YEAR) -> YearSpan:
    """A year typed by a person: ``2570`` (BE) or ``2027`` (CE), of ``kind``."""
    text = str(value).strip()
    if not text.isdigit() or len(text) != 4:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "{field}: '{text}' is not a number."),
            field, field=field, text=text)
    year = ce_year(int(text))
    if not FIRST_MONTH_YEAR <= year <= MAX_DATE.year:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "{field} must be between {lo} and {hi}."),
            field, field=field, lo=FIRST_MONTH_YEAR + BE_OFFSET, hi=MAX_DATE.year + BE_OFFSET)
    return YearSpan(kind, year)


def spans_covering(first: date, last: date, kind: YearKind = DEFAULT_KIND) -> list[YearSpan]:
    """The years of ``kind`` from the one holding ``first`` to the one holding ``last``,
    newest first (a year chooser's list)."""
    lo, hi = span_of(min(first, last), kind), span_of(max(first, last), kind)
    return [YearSpan(kind, year) for year in range(hi.year, lo.year - 1, -1)]
