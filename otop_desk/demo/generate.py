"""Realistic Thai demo data: a district officer's year with about forty producer groups.

Used for demonstrations, training of new officers and performance testing (the
``province`` scale writes about a million rows). Everything is generated from one seeded
``random.Random``, so the same seed, province and ``today`` give the same database, and
everything is written in one transaction: a failure or a cancel leaves the database empty.

The work is split by concept: ``core.py`` (scale knobs, bulk writer, shared helpers),
``registry.py`` (officer, groups, products, members), ``activity.py`` (visits,
problems, trainings), ``books.py`` (cash books, costing, fairs, exports) and
``names.py`` (the Thai words).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time
from random import Random

from otop_desk.db.database import Database
from otop_desk.demo.activity import Activity
from otop_desk.demo.books import (
    CashBook,
    make_costing,
    make_exports,
    plan_fairs,
    write_fairs,
)
from otop_desk.demo.core import Ctx, DemoCancelled, DemoScale, Sink, month_windows
from otop_desk.demo.network import make_network
from otop_desk.demo.plans import make_plans
from otop_desk.demo.registry import make_officer, make_registry, pick_office_district
from otop_desk.domain.clock import THAILAND, Clock, FixedClock
from otop_desk.domain.dates import add_months
from otop_desk.services.check import is_empty, record_counts
from otop_desk.services.common.address import address_book

__all__ = ["SCALES", "DemoCancelled", "DemoRefused", "DemoScale", "generate_demo"]


class DemoRefused(Exception):
    """The database already holds data; demo data goes only into an empty database."""


SCALES: dict[str, DemoScale] = {
    # One district office: ~40 groups, a year of work.
    "district": DemoScale(name="district", groups=40),
    # One officer's laptop: 6 groups, a year of work (~1,600 records; the exchange
    # benchmark's twenty officers make a province's first import).
    "officer": DemoScale(name="officer", groups=6, trainings_per_month=(0, 1)),
    # A whole province over three years, for performance testing: ~1,000 groups,
    # ~50,000 visits, ~20,000 problems, ~3,000 trainings with ~60,000 participants and
    # ~500,000 cash-book lines.
    "province": DemoScale(
        name="province",
        groups=1000,
        months=36,
        districts=0,
        visits_per_month=(1300, 1480),
        problems_per_month=(520, 590),
        trainings_per_month=(78, 88),
        participants=(10, 30),
        cash_per_group_month=(8, 22),
        fairs_per_year=(3, 4),
        fair_applicants=(0.08, 0.15),
    ),
}


def generate_demo(
    db: Database,
    *,
    province: str = "ขอนแก่น",
    scale: str = "district",
    today: date | None = None,
    seed: int = 2569,
    progress: Callable[[int, int], bool] | None = None,
) -> dict[str, int]:
    """Fill an empty database with demo data; returns the rows written per table.

    ``progress(done, total)`` is called after each step; returning ``False`` cancels
    (``DemoCancelled``) and nothing is kept.
    """
    spec = SCALES.get(scale)
    if spec is None:
        raise ValueError(f"Unknown demo scale {scale!r}; use one of: {', '.join(SCALES)}.")
    area = address_book().find_province(province)
    if area is None:
        raise ValueError(f"Unknown province {province!r}; give a Thai or English province name.")
    if not is_empty(db):
        raise DemoRefused("The database already holds records; demo data needs an empty one.")
    today = today or db.clock.today()
    rng = Random(seed)
    districts = address_book().districts_of(area.code)
    with db.begin() as session:
        ctx = Ctx(
            rng=rng,
            scale=spec,
            today=today,
            start=add_months(today, -spec.months),
            province=area,
            district=pick_office_district(rng, districts),
            sink=Sink(session),
            ceiling=_ceiling(today, db.clock),
        )
        _run(ctx, _Progress(progress, len(month_windows(ctx.start, today)) + 4))
        ctx.sink.flush()
        counts = dict(ctx.sink.counts)
    from otop_desk.demo.photos import add_demo_photos

    # Drawn with Pillow and attached as an officer would, stamped on the demo's today
    # (never later than now): nothing of a demo is dated after the day it was made for.
    taken = datetime.combine(today, time(7, 0), tzinfo=UTC) - THAILAND
    clock = db.clock
    db.use_clock(FixedClock(min(taken, clock.now())))
    try:
        add_demo_photos(db, seed)
    finally:
        db.use_clock(clock)
    written = record_counts(db)
    counts.update({table: written[table] for table in ("photo", "photo_original", "photo_blob")})
    return counts


def _ceiling(today: date, clock: Clock) -> datetime | None:
    """When the demo's today is the database's today, no record may be stamped later
    than now."""
    if today != clock.today():
        return None
    return clock.now()


class _Progress:
    def __init__(self, callback: Callable[[int, int], bool] | None, total: int) -> None:
        self._callback = callback
        self._total = total
        self._done = 0
        self._report()

    def step(self) -> None:
        self._done += 1
        self._report()

    def _report(self) -> None:
        if self._callback is not None and self._callback(self._done, self._total) is False:
            raise DemoCancelled("Demo data generation was cancelled.")


def _run(ctx: Ctx, progress: _Progress) -> None:
    make_officer(ctx)
    make_registry(ctx)
    progress.step()
    fairs = plan_fairs(ctx)
    write_fairs(ctx, fairs)
    progress.step()
    activity, books = Activity(ctx, fairs), CashBook(ctx)
    for first, last, fraction in month_windows(ctx.start, ctx.today):
        activity.month(first, last, fraction)
        books.month(first, last, fraction)
        progress.step()
    make_costing(ctx)
    make_plans(ctx)
    make_network(ctx)  # committees, meetings, two contested fairs (issue 23)
    progress.step()
    make_exports(ctx)
    progress.step()
