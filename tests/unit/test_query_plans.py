"""The hot list queries use indexes, not a full scan of a large table (EXPLAIN QUERY PLAN).

Each test runs the real service call on SQLite, records the SQL it sent and asks SQLite
how it would run each statement. "SCAN <table>" without an index means reading every row:
fine for a 20-row table, not for 50,000 visits or 500,000 cash-book entries.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import event

from otop_desk.db.database import Database
from otop_desk.domain.enums import ProblemStatus
from otop_desk.services import Services
from otop_desk.services.common.paging import PageQuery
from otop_desk.services.problems.pages import NOT_SETTLED

LARGE = ("visit", "problem", "cash_entry", "participant", "follow_up_action", "problem_action")
TODAY = date(2026, 11, 21)


@pytest.fixture
def services() -> Iterator[Services]:
    db = Database.memory()
    try:
        yield Services(db)
    finally:
        db.close()


def plans(services: Services, call: Callable[[], Any]) -> list[str]:
    """The query plan lines of every statement ``call`` sends."""
    sent: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            sent.append((statement, parameters))

    engine = services.db.engine
    event.listen(engine, "before_cursor_execute", record)
    try:
        call()
    finally:
        event.remove(engine, "before_cursor_execute", record)
    assert sent, "the call sent no query"
    out = []
    with engine.connect() as conn:
        for statement, parameters in sent:
            raw = conn.connection.driver_connection
            assert raw is not None
            for row in raw.execute(f"EXPLAIN QUERY PLAN {statement}", parameters):
                out.append(row[-1])
    return out


def full_scans(lines: list[str]) -> list[str]:
    return [line for line in lines
            if any(line == f"SCAN {t}" or line.startswith(f"SCAN {t} ") and "INDEX" not in line for t in LARGE)]


GROUP = uuid.UUID(int=1)


def test_first_page_of_visits_reads_the_date_index(services: Services) -> None:
    lines = plans(services, lambda: services.visits.page(PageQuery(), 0, 200))
    assert full_scans(lines) == []
    assert any("ix_visit_visit_date" in line for line in lines)


def test_visits_of_one_group_and_of_one_month(services: Services) -> None:
    by_group = plans(services, lambda: services.visits.page(PageQuery(filters={"group_id": GROUP}), 0, 200))
    assert full_scans(by_group) == [] and any("ix_visit_group_date" in line for line in by_group)
    by_month = PageQuery(filters={"month": (2026, 1)})
    lines = plans(services, lambda: (services.visits.page(by_month, 0, 200), services.visits.count(by_month)))
    assert full_scans(lines) == [] and any("ix_visit_visit_date" in line for line in lines)


def test_first_page_of_problems_and_the_overdue_filter(services: Services) -> None:
    assert full_scans(plans(services, lambda: services.problems.page(PageQuery(), 0, 200))) == []
    overdue = PageQuery(filters={"overdue": True, "today": TODAY})
    lines = plans(services, lambda: (services.problems.page(overdue, 0, 200), services.problems.count(overdue)))
    assert full_scans(lines) == [] and any("ix_problem_status_target" in line for line in lines)
    open_only = PageQuery(filters={"status": NOT_SETTLED})
    assert full_scans(plans(services, lambda: services.problems.count(open_only))) == []
    by_group = PageQuery(filters={"group_id": GROUP, "status": ProblemStatus.OPEN.value})
    assert full_scans(plans(services, lambda: services.problems.page(by_group, 0, 200))) == []


def test_cash_book_of_one_group_reads_its_index(services: Services) -> None:
    from otop_desk.domain.enums import ProductType
    from otop_desk.services.groups import GroupData

    group_id = services.groups.save(GroupData(name="กลุ่มทดสอบ", product_type=ProductType.FOOD,
                                              province="ขอนแก่น"))
    lines = plans(services, lambda: services.books.cash_book(group_id))
    assert full_scans(lines) == []
    assert any("ix_cash_entry_group" in line for line in lines)


def test_first_page_of_trainings_reads_the_date_index_and_counts_by_session(services: Services) -> None:
    lines = plans(services, lambda: services.training.page(PageQuery(), 0, 200))
    assert full_scans(lines) == [] and any("ix_training_start_date" in line for line in lines)
    by_month = PageQuery(filters={"month": (2026, 1)})
    lines = plans(services, lambda: (services.training.page(by_month, 0, 200), services.training.count(by_month)))
    assert full_scans(lines) == [] and any("ix_training_start_date" in line for line in lines)
    # sorting by how many were listed counts each session's participants through its index
    listed = plans(services, lambda: services.training.page(PageQuery(sort="listed"), 0, 200))
    assert full_scans(listed) == [] and any("ix_participant_training_id" in line for line in listed)


def test_first_page_of_groups_reads_products_by_group(services: Services) -> None:
    """The registry (about 1,000 groups at province scale) is ordered by a Thai dictionary
    key, which no index holds: sorting that small table is accepted; its products are
    still read through the group index."""
    from otop_desk.services.groups import GroupData

    services.groups.save(GroupData(name="กลุ่มทดสอบ", province="ขอนแก่น"))  # so a page has products to read
    lines = plans(services, lambda: services.groups.page(PageQuery(), 0, 200))
    assert [line for line in full_scans(lines) if "producer_group" not in line] == []
    assert any("ix_product_group_id" in line for line in lines)
    inactive = PageQuery(filters={"status": "inactive"})
    lines = plans(services, lambda: services.groups.count(inactive))
    assert any("ix_producer_group_status" in line for line in lines)


def test_changes_pending_export_are_counted_from_the_log_index(services: Services) -> None:
    never = plans(services, services.exports.pending)  # every change: counted, not loaded
    assert full_scans(never) == []
    with services.db.begin() as s:
        from otop_desk.db.models import ExportBatch

        s.add(ExportBatch(year=2026, month=10, exported_at=services.clock.now(), file_name="a.xlsx", record_count=0,
                          log_upto=1))
    since = plans(services, services.exports.pending)
    assert full_scans(since) == []
    assert any("ix_change_log_origin_lseq" in line for line in since)


def test_months_with_visits_seek_the_date_index(services: Services) -> None:
    from otop_desk.services.groups import GroupData
    from otop_desk.services.visits import VisitData

    group = services.groups.save(GroupData(name="กลุ่มทดสอบ"))
    for day in (date(2026, 9, 3), date(2026, 11, 2)):
        services.visits.save(VisitData(group_id=group, visit_date=day, officers="ก"), today=TODAY)
    lines = plans(services, services.visits.months)
    assert services.visits.months() == [(2026, 11), (2026, 9)]
    assert len(lines) == 3  # one seek per month found, and one that finds none
    assert full_scans(lines) == [] and all("ix_visit_visit_date" in line for line in lines)
