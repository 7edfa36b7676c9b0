"""Due and overdue rules: week ends, month ends, the BE year change, leap years."""

from __future__ import annotations

from datetime import date

import pytest

from otop_desk.domain.dates import format_date
from otop_desk.domain.due import (
    Age,
    DueState,
    age_bucket,
    days_between,
    due_state,
    months_back,
    not_visited_for,
    span_of,
    upcoming,
    week_bounds,
)


@pytest.mark.parametrize(("today", "monday", "sunday"), [
    (date(2026, 11, 21), date(2026, 11, 16), date(2026, 11, 22)),  # a Saturday
    (date(2026, 11, 23), date(2026, 11, 23), date(2026, 11, 29)),  # a Monday
    (date(2026, 11, 29), date(2026, 11, 23), date(2026, 11, 29)),  # a Sunday
    (date(2026, 12, 30), date(2026, 12, 28), date(2027, 1, 3)),  # across the year end
    (date(2028, 3, 1), date(2028, 2, 28), date(2028, 3, 5)),  # across 29 Feb of a leap year
    (date(2026, 4, 30), date(2026, 4, 27), date(2026, 5, 3)),  # across a month end
])
def test_week_runs_monday_to_sunday(today: date, monday: date, sunday: date) -> None:
    assert week_bounds(today) == (monday, sunday)


def test_due_states_around_today() -> None:
    today = date(2026, 11, 18)  # Wednesday
    assert due_state(None, today) is DueState.NO_DATE
    assert due_state(date(2026, 11, 17), today) is DueState.OVERDUE
    assert due_state(today, today) is DueState.TODAY
    assert due_state(date(2026, 11, 22), today) is DueState.THIS_WEEK  # Sunday
    assert due_state(date(2026, 11, 23), today) is DueState.LATER  # next Monday
    assert [s.pressing for s in DueState] == [True, True, True, False, False]


def test_due_this_week_crosses_the_be_year_change() -> None:
    today = date(2026, 12, 30)  # 30 Dec 2569
    new_year = date(2027, 1, 3)
    assert format_date(new_year) == "3 ม.ค. 2570"
    assert due_state(new_year, today) is DueState.THIS_WEEK
    assert due_state(date(2027, 1, 4), today) is DueState.LATER
    assert due_state(date(2026, 12, 31), date(2027, 1, 1)) is DueState.OVERDUE
    assert days_between(date(2026, 12, 31), date(2027, 1, 1)) == 1


def test_due_this_week_at_month_ends() -> None:
    assert due_state(date(2026, 5, 1), date(2026, 4, 30)) is DueState.THIS_WEEK
    assert due_state(date(2026, 2, 28), date(2026, 3, 1)) is DueState.OVERDUE  # 1 Mar 2026 is a Sunday
    assert due_state(date(2026, 3, 2), date(2026, 3, 1)) is DueState.LATER


def test_leap_years_count_29_february() -> None:
    assert days_between(date(2028, 2, 28), date(2028, 3, 1)) == 2  # 2571 BE is a leap year
    assert days_between(date(2027, 2, 28), date(2027, 3, 1)) == 1
    assert due_state(date(2028, 2, 29), date(2028, 3, 1)) is DueState.OVERDUE
    assert due_state(date(2028, 2, 29), date(2028, 2, 28)) is DueState.THIS_WEEK
    # 2100 is not a leap year (divisible by 100, not by 400)
    assert days_between(date(2100, 2, 28), date(2100, 3, 1)) == 1


def test_age_buckets() -> None:
    assert [age_bucket(d) for d in (0, 7, 8, 30, 31, 90, 91, 400)] == [
        Age.WEEK, Age.WEEK, Age.MONTH, Age.MONTH, Age.QUARTER, Age.QUARTER, Age.OLDER, Age.OLDER]


def test_not_visited_for_more_than_n_days() -> None:
    today = date(2026, 3, 1)
    assert not_visited_for(None, today, 90)
    assert not not_visited_for(date(2025, 12, 1), today, 90)  # exactly 90 days in 2026
    assert not_visited_for(date(2025, 11, 30), today, 90)
    # across 29 Feb 2028 the same calendar dates are one day further apart
    assert not_visited_for(date(2027, 12, 1), date(2028, 3, 1), 90)


def test_upcoming_trainings() -> None:
    today = date(2026, 12, 30)
    assert upcoming(date(2026, 12, 29), date(2026, 12, 31), today, 30)  # running now
    assert upcoming(date(2027, 1, 29), date(2027, 1, 29), today, 30)  # 30 days ahead
    assert not upcoming(date(2027, 1, 30), date(2027, 1, 30), today, 30)
    assert not upcoming(date(2026, 12, 1), date(2026, 12, 2), today, 30)  # over


def test_months_back_crosses_year_ends() -> None:
    months = months_back(date(2027, 2, 15), 12)
    assert months[0] == (2026, 3) and months[-1] == (2027, 2)
    assert len(set(months)) == 12
    assert span_of(months) == (date(2026, 3, 1), date(2027, 2, 28))
    assert span_of(months_back(date(2028, 2, 29), 1)) == (date(2028, 2, 1), date(2028, 2, 29))
