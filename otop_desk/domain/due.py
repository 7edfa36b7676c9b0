"""When something is due: overdue, today, this week, later. Pure date arithmetic.

Every function takes ``today`` so the Home tab, its tests and the CLI agree on one day.
The week runs Monday to Sunday, as the district office plans it; "this week" means from
today up to and including Sunday, so an item due next Monday is not yet pressing.
Dates are Gregorian; BE only matters when they are shown.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import Enum

from otop_desk.domain.dates import add_months, month_bounds


class DueState(Enum):
    OVERDUE = "overdue"
    TODAY = "today"
    THIS_WEEK = "this_week"
    LATER = "later"
    NO_DATE = "no_date"

    @property
    def pressing(self) -> bool:
        """Shown on the Home tab: overdue, due today or due before the week ends."""
        return self in (DueState.OVERDUE, DueState.TODAY, DueState.THIS_WEEK)


class Age(Enum):
    """How long a problem has been open, in the buckets the Home tab groups by."""

    WEEK = "week"  # up to 7 days
    MONTH = "month"  # up to 30 days
    QUARTER = "quarter"  # up to 90 days
    OLDER = "older"


def week_bounds(today: date) -> tuple[date, date]:
    """Monday and Sunday of the week holding ``today``."""
    monday = today - timedelta(days=today.weekday())
    return monday, monday + timedelta(days=6)


def due_state(due: date | None, today: date) -> DueState:
    if due is None:
        return DueState.NO_DATE
    if due < today:
        return DueState.OVERDUE
    if due == today:
        return DueState.TODAY
    if due <= week_bounds(today)[1]:
        return DueState.THIS_WEEK
    return DueState.LATER


def days_between(earlier: date, later: date) -> int:
    """Whole days from ``earlier`` to ``later`` (negative if ``later`` comes first)."""
    return (later - earlier).days


def age_bucket(days: int) -> Age:
    if days <= 7:
        return Age.WEEK
    if days <= 30:
        return Age.MONTH
    if days <= 90:
        return Age.QUARTER
    return Age.OLDER


def not_visited_for(last_visit: date | None, today: date, days: int) -> bool:
    """True when the group was never visited or its last visit is more than ``days`` ago."""
    return last_visit is None or days_between(last_visit, today) > days


def upcoming(start: date, end: date, today: date, within_days: int) -> bool:
    """A training still running today, or starting within ``within_days`` days."""
    return start <= today <= end or today <= start <= today + timedelta(days=within_days)


def months_back(today: date, count: int = 12) -> list[tuple[int, int]]:
    """The ``count`` months ending with today's month, oldest first (crosses year ends)."""
    first = today.replace(day=1)
    out = []
    for back in range(count - 1, -1, -1):
        d = add_months(first, -back)
        out.append((d.year, d.month))
    return out


def span_of(months: list[tuple[int, int]]) -> tuple[date, date]:
    """First day of the first month and last day of the last month of ``months``."""
    return month_bounds(*months[0])[0], month_bounds(*months[-1])[1]
