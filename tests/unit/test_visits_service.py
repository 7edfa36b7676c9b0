"""Visits: validation, members met, follow-ups and the problems logged inline."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from otop_desk.domain.enums import (
    MemberRole,
    ProblemCategory,
    ProblemSource,
    ProblemStatus,
    VisitPurpose,
)
from otop_desk.domain.errors import NotFoundError, ValidationError
from otop_desk.services import Services
from otop_desk.services.common.ids import AmbiguousIdError
from otop_desk.services.groups import GroupData, MemberData
from otop_desk.services.problems import ActionData
from otop_desk.services.visits import FollowUpData, FoundProblem, VisitData

TODAY = date(2026, 11, 20)


@pytest.fixture
def group_id(services: Services) -> uuid.UUID:
    return services.groups.save(GroupData(
        name="กลุ่มแม่บ้านเกษตรกรบ้านหนองแวง", member_count=10,
        members=[MemberData(name="นางสมศรี ใจดี", role=MemberRole.CHAIR), MemberData(name="นางบุญมี ศรีสุข")],
    ))


def visit(group: uuid.UUID | None, **changes: object) -> VisitData:
    data = VisitData(group_id=group, visit_date=date(2026, 11, 3), purpose=VisitPurpose.ENCOURAGEMENT,
                     officers="นางสาวกัญญา", people_met=6, observations="กลุ่มผลิตน้ำพริกเผา",
                     advice="ให้จดบันทึกรายรับรายจ่าย", next_visit_date=date(2026, 12, 1))
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def error_of(call: object) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        call()  # type: ignore[operator]
    return info.value


def test_save_and_read_back_with_members_follow_ups_and_problems(services: Services, group_id: uuid.UUID) -> None:
    members = {m.name: m.id for m in services.groups.get(group_id).members}
    vid = services.visits.save(visit(
        group_id,
        member_ids=frozenset({members["นางสมศรี ใจดี"]}),
        actions=[FollowUpData("ทำบัญชีครัวเรือน", date(2026, 11, 30), "ประธานกลุ่ม"),
                 FollowUpData("ติดต่อ อย.", date(2026, 11, 10), "พัฒนากร")],
        problems=[FoundProblem(ProblemCategory.FINANCE, "ไม่มีการทำบัญชี")],
    ), today=TODAY)
    data = services.visits.get(vid)
    assert data.member_ids == {members["นางสมศรี ใจดี"]}
    assert [a.description for a in data.actions] == ["ติดต่อ อย.", "ทำบัญชีครัวเรือน"]  # by due date
    [problem] = data.problems
    assert problem.status == ProblemStatus.OPEN
    logged = services.problems.get(problem.id)  # type: ignore[arg-type]
    assert (logged.visit_id, logged.group_id, logged.source, logged.found_date) == (
        vid, group_id, ProblemSource.VISIT, date(2026, 11, 3))
    [row] = services.visits.rows()
    assert (row.group_name, row.follow_up_due, row.open_follow_ups, row.problem_count) == (
        "กลุ่มแม่บ้านเกษตรกรบ้านหนองแวง", date(2026, 11, 10), 2, 1)
    assert services.problems.rows(visit_id=vid, today=TODAY)[0].id == problem.id


def test_editing_keeps_ids_and_moves_linked_problems(services: Services, group_id: uuid.UUID) -> None:
    vid = services.visits.save(visit(group_id, actions=[FollowUpData("ก", None, "")],
                                     problems=[FoundProblem(ProblemCategory.MARKETING, "ขายไม่ได้")]), today=TODAY)
    data = services.visits.get(vid)
    data.visit_date = date(2026, 11, 5)
    data.actions[0].done, data.actions[0].done_date = True, date(2026, 11, 6)
    data.problems[0].description = "ช่องทางขายน้อย"
    services.visits.save(data, today=TODAY)
    again = services.visits.get(vid)
    assert again.actions[0].id == data.actions[0].id and again.actions[0].done
    assert again.problems[0].id == data.problems[0].id
    logged = services.problems.get(again.problems[0].id)  # type: ignore[arg-type]
    assert (logged.description, logged.found_date) == ("ช่องทางขายน้อย", date(2026, 11, 5))
    [row] = services.visits.rows()  # a follow-up done is neither counted nor due
    assert (row.follow_up_due, row.open_follow_ups) == (None, 0)


def test_removing_a_problem_row(services: Services, group_id: uuid.UUID) -> None:
    vid = services.visits.save(visit(group_id, problems=[FoundProblem(ProblemCategory.MARKETING, "ก"),
                                                          FoundProblem(ProblemCategory.LABOUR, "ข")]), today=TODAY)
    data = services.visits.get(vid)
    services.problems.add_action(data.problems[1].id, ActionData(date(2026, 11, 4), "อบรม"), today=TODAY)  # type: ignore[arg-type]
    services.visits.save(visit(group_id, id=vid, problems=[data.problems[1]]), today=TODAY)
    assert [p.description for p in services.visits.get(vid).problems] == ["ข"]
    error = error_of(lambda: services.visits.save(visit(group_id, id=vid, problems=[]), today=TODAY))
    assert "already has actions" in error.english()


@pytest.mark.parametrize(("changes", "field"), [
    ({"group_id": None}, "Group"),
    ({"visit_date": None}, "Visit date"),
    ({"visit_date": date(2026, 12, 1)}, "Visit date"),
    ({"officers": "  "}, "Officers present"),
    ({"people_met": -1}, "People met"),
    ({"next_visit_date": date(2026, 11, 3)}, "Next visit"),
    ({"actions": [FollowUpData("", None, "")]}, "Follow-up action"),
    ({"actions": [FollowUpData("ก", date(2026, 11, 1), "")]}, "Due date"),
    ({"actions": [FollowUpData("ก", None, "", True, date(2026, 11, 25))]}, "Date done"),
    ({"problems": [FoundProblem(ProblemCategory.MARKETING, " ")]}, "Problem description"),
])
def test_validation(services: Services, group_id: uuid.UUID, changes: dict, field: str) -> None:
    assert error_of(lambda: services.visits.save(visit(group_id, **changes), today=TODAY)).field == field
    assert services.visits.rows() == []


def test_members_met_must_belong_to_the_group_and_fit_the_count(services: Services, group_id: uuid.UUID) -> None:
    other = services.groups.save(GroupData(name="อื่น", member_count=1, members=[MemberData(name="นายอื่น")]))
    stranger = services.groups.get(other).members[0].id
    assert error_of(lambda: services.visits.save(visit(group_id, member_ids=frozenset({stranger})), today=TODAY)).field == "People met"
    ids = frozenset(m.id for m in services.groups.get(group_id).members)
    error = error_of(lambda: services.visits.save(visit(group_id, people_met=1, member_ids=ids), today=TODAY))
    assert error.english() == "People met (1) is less than the 2 members ticked."


def test_month_ids_prefix_lookup_and_delete(services: Services, group_id: uuid.UUID) -> None:
    first = services.visits.save(visit(group_id, visit_date=date(2026, 10, 30), next_visit_date=None), today=TODAY)
    second = services.visits.save(visit(group_id, problems=[FoundProblem(ProblemCategory.MARKETING, "ก")]),
                                  today=TODAY)
    assert services.visits.ids_in_month(2026, 11) == [second]
    assert services.visits.find_id(str(first)) == first
    assert services.visits.find_id(second.hex[:8].upper()) == second
    for bad in ("zz", "%", "", "_"):
        with pytest.raises(NotFoundError):
            services.visits.find_id(bad)
    # 17 ids: by pigeonhole at least two share their first hex digit
    ids = [first, second] + [services.visits.save(visit(group_id, visit_date=date(2026, 10, day),
                                                        next_visit_date=None), today=TODAY)
                             for day in range(1, 16)]
    firsts = [i.hex[0] for i in ids]
    with pytest.raises(AmbiguousIdError):
        services.visits.find_id(next(c for c in firsts if firsts.count(c) > 1))
    for other in ids[2:]:
        services.visits.delete(other)
    problem_id = services.visits.get(second).problems[0].id
    services.visits.delete(second)
    assert services.problems.get(problem_id).visit_id is None  # type: ignore[arg-type]
    assert [r.id for r in services.visits.rows(group_id=group_id)] == [first]


def test_visits_on_the_same_day_are_counted_for_the_warning(services: Services, group_id: uuid.UUID) -> None:
    other = services.groups.save(GroupData(name="กลุ่มทอผ้า", member_count=3))
    first = services.visits.save(visit(group_id), today=TODAY)
    services.visits.save(visit(other), today=TODAY)
    services.visits.save(visit(group_id, visit_date=date(2026, 11, 4)), today=TODAY)
    assert services.visits.count_on_day(group_id, date(2026, 11, 3)) == 1
    assert services.visits.count_on_day(group_id, date(2026, 11, 3), except_id=first) == 0
    assert services.visits.count_on_day(other, date(2026, 11, 5)) == 0
