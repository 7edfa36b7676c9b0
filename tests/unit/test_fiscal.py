"""The Thai government's fiscal year: 1 October to 30 September, named by the BE year
it ends in (ปีงบประมาณ 2570 = 1 Oct 2026 - 30 Sep 2027)."""

from __future__ import annotations

from datetime import date

import pytest

from otop_desk.domain.errors import ValidationError
from otop_desk.domain.fiscal import (
    YearKind,
    YearSpan,
    fiscal_year_of,
    parse_year,
    span_of,
)


def test_fiscal_2570_runs_from_october_2026_to_september_2027() -> None:
    span = YearSpan(YearKind.FISCAL, 2027)
    assert span.be == 2570
    assert (span.first, span.last) == (date(2026, 10, 1), date(2027, 9, 30))
    assert span.months()[0] == (2026, 10) and span.months()[-1] == (2027, 9)
    assert len(span.months()) == 12


@pytest.mark.parametrize(("day", "year"), [
    (date(2026, 9, 30), 2026),  # the last day of ปีงบประมาณ 2569
    (date(2026, 10, 1), 2027),  # the first day of ปีงบประมาณ 2570
    (date(2026, 12, 31), 2027),
    (date(2027, 1, 1), 2027),
    (date(2027, 9, 30), 2027),
    (date(2027, 10, 1), 2028),
    (date(2024, 2, 29), 2024),  # a leap day belongs to the year that began the October before
])
def test_the_fiscal_year_of_a_day(day: date, year: int) -> None:
    assert fiscal_year_of(day) == year
    span = span_of(day, YearKind.FISCAL)
    assert span.year == year and span.contains(day)
    assert span.first <= day <= span.last


def test_the_edges_belong_to_one_year_each() -> None:
    before, after = span_of(date(2026, 9, 30), YearKind.FISCAL), span_of(date(2026, 10, 1), YearKind.FISCAL)
    assert before.next() == after and after.previous() == before
    assert not before.contains(date(2026, 10, 1)) and not after.contains(date(2026, 9, 30))
    assert (after.first - before.last).days == 1


def test_a_fiscal_year_with_29_february_has_366_days() -> None:
    span = YearSpan(YearKind.FISCAL, 2024)  # 1 Oct 2023 - 30 Sep 2024
    assert (span.last - span.first).days + 1 == 366
    assert span.contains(date(2024, 2, 29))
    assert span.month_index(date(2024, 2, 29)) == 4
    assert (YearSpan(YearKind.FISCAL, 2027).last - YearSpan(YearKind.FISCAL, 2027).first).days + 1 == 365


def test_calendar_years_run_january_to_december() -> None:
    span = span_of(date(2026, 11, 22), YearKind.CALENDAR)
    assert (span.first, span.last, span.be) == (date(2026, 1, 1), date(2026, 12, 31), 2569)
    assert span.months()[0] == (2026, 1)
    assert span.month_index(date(2026, 11, 22)) == 10


def test_month_index_counts_from_the_first_month() -> None:
    span = YearSpan(YearKind.FISCAL, 2027)
    assert span.month_index(date(2026, 10, 5)) == 0
    assert span.month_index(date(2027, 9, 30)) == 11
    assert span.month_index(date(2027, 10, 1)) is None


def test_years_before() -> None:
    span = YearSpan(YearKind.FISCAL, 2027)
    assert [s.be for s in span.before(3)] == [2567, 2568, 2569]


@pytest.mark.parametrize(("text", "year"), [("2570", 2570), ("2027", 2570), (" 2570 ", 2570), (2570, 2570)])
def test_a_year_typed_in_be_or_ce(text: object, year: int) -> None:
    assert parse_year(text).be == year  # type: ignore[arg-type]
    assert parse_year(text).kind is YearKind.FISCAL  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", "25x0", "70", "1800", "3000"])
def test_a_year_that_is_not_one(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_year(text)


def test_kinds_are_stable_keys() -> None:
    assert YearKind("fiscal") is YearKind.FISCAL and YearKind("calendar") is YearKind.CALENDAR
    assert YearSpan(YearKind.CALENDAR, 2026) < YearSpan(YearKind.CALENDAR, 2027)


def test_years_covering_a_range_newest_first() -> None:
    from otop_desk.domain.fiscal import spans_covering

    spans = spans_covering(date(2025, 9, 30), date(2026, 10, 1))
    assert [s.be for s in spans] == [2570, 2569, 2568]
    assert [s.be for s in spans_covering(date(2025, 9, 30), date(2026, 10, 1), YearKind.CALENDAR)] == [2569, 2568]
