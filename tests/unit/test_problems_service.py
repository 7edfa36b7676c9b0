"""Problem-log rules: status moves, outcomes, dates that fit the story."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from otop_desk.domain.enums import Helper, ProblemCategory, ProblemStatus, Severity
from otop_desk.domain.errors import ValidationError
from otop_desk.services import Services
from otop_desk.services.common.paging import PageQuery
from otop_desk.services.groups import GroupData
from otop_desk.services.problems import ActionData, ProblemData, summarize

TODAY = date(2026, 11, 20)


@pytest.fixture
def group_id(services: Services) -> uuid.UUID:
    return services.groups.save(GroupData(name="กลุ่มทอผ้าไหมบ้านโนนสว่าง", member_count=10))


def log(services: Services, group_id: uuid.UUID, **changes: object) -> uuid.UUID:
    data = ProblemData(group_id=group_id, found_date=date(2026, 10, 1),
                       category=ProblemCategory.PACKAGING, description="บรรจุภัณฑ์ไม่สวยงาม",
                       helpers=frozenset({Helper.CDD_OFFICE, Helper.UNIVERSITY}),
                       target_date=date(2026, 11, 1))
    for key, value in changes.items():
        setattr(data, key, value)
    return services.problems.save(data, today=TODAY)


def error_of(call: object) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        call()  # type: ignore[operator]
    return info.value


def test_log_read_and_helpers_round_trip(services: Services, group_id: uuid.UUID) -> None:
    pid = log(services, group_id, severity=Severity.HIGH, helper_notes="ม.ขอนแก่น")
    data = services.problems.get(pid)
    assert data.helpers == {Helper.CDD_OFFICE, Helper.UNIVERSITY}
    assert (data.status, data.severity, data.helper_notes) == (ProblemStatus.OPEN, Severity.HIGH, "ม.ขอนแก่น")
    [row] = services.problems.rows(today=TODAY)
    assert row.group_name == "กลุ่มทอผ้าไหมบ้านโนนสว่าง"
    assert row.age_days == 50 and row.overdue  # target 1 Nov has passed
    assert row.last_action == "" and row.action_count == 0


def test_adding_actions_moves_status_and_last_action_shows(services: Services, group_id: uuid.UUID) -> None:
    pid = log(services, group_id)
    services.problems.add_action(pid, ActionData(date(2026, 10, 5), "ประสานมหาวิทยาลัย", "พัฒนากร", "นัดออกแบบ"),
                                 today=TODAY)
    assert services.problems.get(pid).status == ProblemStatus.IN_PROGRESS
    services.problems.add_action(pid, ActionData(date(2026, 10, 20), "ออกแบบฉลากใหม่", "ม.ขอนแก่น", "ได้ต้นแบบ"),
                                 today=TODAY)
    [row] = services.problems.rows(today=TODAY)
    assert (row.action_count, row.last_action, row.last_action_by) == (2, "ออกแบบฉลากใหม่", "ม.ขอนแก่น")
    assert row.last_action_date == date(2026, 10, 20)
    # an action can settle the problem, on its own date
    services.problems.add_action(pid, ActionData(date(2026, 11, 2), "พิมพ์ฉลาก", "กลุ่ม", "ใช้จริงแล้ว"),
                                 status=ProblemStatus.RESOLVED, outcome="ยอดขายเพิ่มขึ้น", today=TODAY)
    data = services.problems.get(pid)
    assert (data.status, data.resolved_date, data.outcome) == (ProblemStatus.RESOLVED, date(2026, 11, 2), "ยอดขายเพิ่มขึ้น")
    [row] = services.problems.rows(today=TODAY)
    assert row.age_days is None and not row.overdue


def test_no_resolution_without_outcome(services: Services, group_id: uuid.UUID) -> None:
    pid = log(services, group_id)
    error = error_of(lambda: services.problems.resolve(pid, date(2026, 11, 1), "  ", today=TODAY))
    assert error.english() == "A resolved problem needs its Outcome: say what changed."
    assert services.problems.get(pid).status == ProblemStatus.OPEN
    error = error_of(lambda: services.problems.add_action(
        pid, ActionData(date(2026, 10, 9), "ประชุม", "", ""), status=ProblemStatus.RESOLVED, today=TODAY))
    assert error.field == "Outcome"


def test_closing_unresolved_needs_a_reason(services: Services, group_id: uuid.UUID) -> None:
    pid = log(services, group_id)
    assert error_of(lambda: services.problems.close_unresolved(pid, date(2026, 11, 1), "", today=TODAY)).field == "Reason for closing"
    services.problems.close_unresolved(pid, date(2026, 11, 1), "กลุ่มยุติการผลิต", today=TODAY)
    data = services.problems.get(pid)
    assert data.status == ProblemStatus.CLOSED_UNRESOLVED and data.outcome == ""


def test_no_action_before_the_problem_was_found(services: Services, group_id: uuid.UUID) -> None:
    pid = log(services, group_id)
    error = error_of(lambda: services.problems.add_action(pid, ActionData(date(2026, 9, 30), "โทรคุย"), today=TODAY))
    assert error.english() == "Action date cannot be before the problem was found (01/10/2569)."
    assert error_of(lambda: services.problems.add_action(pid, ActionData(date(2026, 12, 1), "โทรคุย"), today=TODAY)).field == "Action date"
    assert error_of(lambda: services.problems.add_action(pid, ActionData(date(2026, 10, 2), " "), today=TODAY)).field == "What was done"
    assert services.problems.get(pid).actions == []


def test_resolution_date_rules(services: Services, group_id: uuid.UUID) -> None:
    pid = log(services, group_id)
    assert error_of(lambda: services.problems.resolve(pid, date(2026, 9, 1), "ดีขึ้น", today=TODAY)).field == "Resolution date"
    assert error_of(lambda: services.problems.resolve(pid, None, "ดีขึ้น", today=TODAY)).field == "Resolution date"
    assert error_of(lambda: services.problems.resolve(pid, date(2026, 12, 1), "ดีขึ้น", today=TODAY)).field == "Resolution date"
    services.problems.add_action(pid, ActionData(date(2026, 10, 15), "อบรม"), today=TODAY)
    error = error_of(lambda: services.problems.resolve(pid, date(2026, 10, 10), "ดีขึ้น", today=TODAY))
    assert "last action" in error.english()


def test_other_date_rules(services: Services, group_id: uuid.UUID) -> None:
    assert error_of(lambda: log(services, group_id, found_date=date(2026, 12, 1))).field == "Date found"
    assert error_of(lambda: log(services, group_id, target_date=date(2026, 9, 1))).field == "Target date"
    assert error_of(lambda: log(services, group_id, description="")).field == "Problem description"
    no_group = ProblemData(found_date=date(2026, 10, 1), description="ก")
    assert error_of(lambda: services.problems.save(no_group, today=TODAY)).field == "Group"
    bad_row = error_of(lambda: log(services, group_id, actions=[ActionData(date(2026, 10, 2), "ก"), ActionData(date(2026, 9, 2), "ข")]))
    assert bad_row.row == 1  # actions are checked in date order


def test_settled_problem_refuses_actions_until_reopened(services: Services, group_id: uuid.UUID) -> None:
    pid = log(services, group_id)
    services.problems.resolve(pid, date(2026, 10, 30), "ขายได้", today=TODAY)
    error = error_of(lambda: services.problems.add_action(pid, ActionData(date(2026, 11, 5), "ติดตาม"), today=TODAY))
    assert "reopen" in error.english()
    services.problems.reopen(pid, today=TODAY)
    data = services.problems.get(pid)
    assert data.status == ProblemStatus.OPEN and data.outcome == "" and data.resolved_date is None
    services.problems.add_action(pid, ActionData(date(2026, 11, 5), "ติดตาม"), today=TODAY)
    assert services.problems.get(pid).status == ProblemStatus.IN_PROGRESS


def test_summary_counts_and_group_filter(services: Services, group_id: uuid.UUID) -> None:
    other = services.groups.save(GroupData(name="กลุ่มจักสาน", member_count=5))
    log(services, group_id)
    log(services, group_id, category=ProblemCategory.MARKETING, target_date=None)
    done = log(services, other, category=ProblemCategory.MARKETING)
    services.problems.resolve(done, date(2026, 10, 3), "มีตลาดใหม่", today=TODAY)
    summary = summarize(services.problems.rows(today=TODAY))
    assert summary.by_status[ProblemStatus.OPEN] == 2 and summary.by_status[ProblemStatus.RESOLVED] == 1
    assert summary.open_by_category == {ProblemCategory.PACKAGING: 1, ProblemCategory.MARKETING: 1}
    assert summary.overdue == 1 and summary.total == 3
    assert len(services.problems.rows(group_id=other, today=TODAY)) == 1


def test_delete(services: Services, group_id: uuid.UUID) -> None:
    pid = log(services, group_id, actions=[ActionData(date(2026, 10, 2), "ก")])
    services.problems.delete(pid)
    assert services.problems.rows(today=TODAY) == []


def test_a_page_shows_what_the_full_list_shows(services: Services, group_id: uuid.UUID) -> None:
    """The tab's page (plain columns, the actions counted and the last one found in SQL)
    gives every problem the same row as ``rows()``: age, overdue, helpers, last action."""
    log(services, group_id, severity=Severity.HIGH, helper_notes="อบต.")  # no action, overdue
    busy = log(services, group_id, category=ProblemCategory.MARKETING, target_date=None)
    for day, text, by in [(20, "ออกแบบฉลากใหม่", "ม.ขอนแก่น"), (5, "ประสานมหาวิทยาลัย", ""), (12, "นัดประชุม", "พช.")]:
        services.problems.add_action(busy, ActionData(date(2026, 10, day), text, by), today=TODAY)
    done = log(services, group_id, found_date=date(2026, 9, 1), actions=[ActionData(date(2026, 9, 3), "ก")])
    services.problems.resolve(done, date(2026, 9, 4), "มีตลาดใหม่", today=TODAY)
    expected = {r.id: r for r in services.problems.rows(today=TODAY)}
    query = PageQuery(filters={"today": TODAY})
    page = services.problems.page(query, 0, 10)
    assert {r.id: r for r in page} == expected and len(page) == 3
    assert expected[busy].last_action == "ออกแบบฉลากใหม่" and expected[busy].action_count == 3
    assert [r.id for r in page] == [r.id for r in services.problems.page(query, 0, 2) + services.problems.page(query, 2, 2)]
