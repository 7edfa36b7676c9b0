"""Home data: the needs-attention list, export/backup status, chart figures, group profile."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from otop_desk.db.database import Database
from otop_desk.demo import generate_demo
from otop_desk.domain.due import Age, DueState
from otop_desk.domain.enums import INCOME_CATEGORIES, EntryKind, GroupStatus, ProblemStatus
from otop_desk.domain.fiscal import YearKind, YearSpan
from otop_desk.domain.money import Money
from otop_desk.services import Services
from otop_desk.services.books import EntryData
from otop_desk.services.groups import GroupData
from otop_desk.services.home import AttentionKind
from otop_desk.services.problems import ProblemData
from otop_desk.services.training.data import ParticipantData, TrainingData
from otop_desk.services.visits import FollowUpData, VisitData

TODAY = date(2026, 12, 30)  # a Wednesday; its week ends on Sunday 3 Jan 2027 (2570 BE)


@pytest.fixture
def seeded(services: Services) -> dict[str, object]:
    s = services
    a = s.groups.save(GroupData(name="กลุ่มทอผ้าบ้านโนน"))
    b = s.groups.save(GroupData(name="กลุ่มจักสาน"))
    c = s.groups.save(GroupData(name="กลุ่มใหม่"))
    d = s.groups.save(GroupData(name="กลุ่มเลิกกิจการ", status=GroupStatus.INACTIVE))
    s.visits.save(VisitData(officers="สมชาย", group_id=a, visit_date=date(2026, 11, 1), next_visit_date=date(2026, 11, 15)),
                  today=TODAY)
    latest = s.visits.save(VisitData(
        officers="สมชาย", group_id=a, visit_date=date(2026, 12, 1), next_visit_date=date(2027, 1, 2), advice="ติดตามฉลาก",
        actions=[
            FollowUpData("overdue", date(2026, 12, 29)),
            FollowUpData("today", TODAY),
            FollowUpData("new year", date(2027, 1, 3)),
            FollowUpData("next week", date(2027, 1, 4)),
            FollowUpData("no date"),
            FollowUpData("done", date(2026, 12, 20), done=True, done_date=date(2026, 12, 20)),
        ]), today=TODAY)
    old = s.visits.save(VisitData(officers="สมชาย", group_id=b, visit_date=date(2026, 6, 1), next_visit_date=date(2026, 7, 1)),
                        today=TODAY)
    s.visits.save(VisitData(officers="สมชาย", group_id=d, visit_date=date(2026, 1, 5), next_visit_date=date(2026, 2, 1)),
                  today=TODAY)
    problem = s.problems.save(ProblemData(group_id=a, found_date=date(2026, 10, 1), description="ขาดตลาด",
                                          target_date=date(2026, 12, 1)), today=TODAY)
    s.problems.save(ProblemData(group_id=b, found_date=date(2026, 12, 28), description="แก้แล้ว",
                                status=ProblemStatus.RESOLVED, resolved_date=date(2026, 12, 29),
                                outcome="ขายได้"), today=TODAY)
    soon = s.training.save(TrainingData(title="อบรมบัญชี", start_date=date(2027, 1, 10), end_date=date(2027, 1, 10)))
    running = s.training.save(TrainingData(title="ดูงาน", start_date=date(2026, 12, 29), end_date=date(2026, 12, 31)))
    s.training.save(TrainingData(title="ไกลไป", start_date=date(2027, 3, 1), end_date=date(2027, 3, 1)))
    return {"a": a, "b": b, "c": c, "d": d, "latest": latest, "old": old, "problem": problem,
            "soon": soon, "running": running}


def by_kind(services: Services, days: int = 90) -> dict[AttentionKind, list]:
    out: dict[AttentionKind, list] = {k: [] for k in AttentionKind}
    for item in services.home.attention(TODAY, not_visited_days=days):
        out[item.kind].append(item)
    return out


def test_follow_ups_due_this_week_and_overdue(services: Services, seeded: dict) -> None:
    items = by_kind(services)[AttentionKind.FOLLOW_UP]
    assert sorted((i.text, i.state, i.days) for i in items) == [
        ("new year", DueState.THIS_WEEK, -4), ("overdue", DueState.OVERDUE, 1), ("today", DueState.TODAY, 0)]
    assert {i.record_id for i in items} == {seeded["latest"]}  # opening one opens its visit
    assert {i.record_kind for i in items} == {"visit"}


def test_next_visit_only_from_each_active_groups_latest_visit(services: Services, seeded: dict) -> None:
    items = {i.record_id: i for i in by_kind(services)[AttentionKind.NEXT_VISIT]}
    assert set(items) == {seeded["latest"], seeded["old"]}  # the earlier visit is settled; d is inactive
    assert items[seeded["latest"]].state is DueState.THIS_WEEK
    assert items[seeded["old"]].state is DueState.OVERDUE and items[seeded["old"]].days == 182


def test_open_problems_with_age(services: Services, seeded: dict) -> None:
    [item] = by_kind(services)[AttentionKind.PROBLEM]
    assert item.record_id == seeded["problem"] and item.record_kind == "problem"
    assert item.days == 90 and item.age is Age.QUARTER
    assert item.state is DueState.OVERDUE  # past its target date


def test_groups_not_visited_follow_the_setting(services: Services, seeded: dict) -> None:
    items = {i.record_id: i for i in by_kind(services, 90)[AttentionKind.NOT_VISITED]}
    assert set(items) == {seeded["b"], seeded["c"]}
    assert items[seeded["c"]].days is None and items[seeded["b"]].days == 212
    assert {i.record_id for i in by_kind(services, 250)[AttentionKind.NOT_VISITED]} == {seeded["c"]}
    assert {i.record_id for i in by_kind(services, 20)[AttentionKind.NOT_VISITED]} == {
        seeded["a"], seeded["b"], seeded["c"]}


def test_trainings_coming_up_or_running(services: Services, seeded: dict) -> None:
    items = {i.record_id: i.days for i in by_kind(services)[AttentionKind.TRAINING]}
    assert items == {seeded["soon"]: 11, seeded["running"]: -1}


def test_status_counts_records_not_exported(services: Services, seeded: dict) -> None:
    status = services.home.status()
    assert status.pending_exports > 10 and status.last_export is None
    assert status.last_backup is None and not status.backups_available  # no file: no backups


def test_chart_figures(services: Services, seeded: dict) -> None:
    services.training.save(TrainingData(title="ธ.ค.", start_date=date(2026, 12, 5), end_date=date(2026, 12, 5),
                                        participants=[ParticipantData(name="ก", attended=True),
                                                      ParticipantData(name="ข", attended=False)]))
    services.books.save_entry(EntryData(group_id=seeded["a"], entry_date=date(2026, 12, 2), kind=EntryKind.INCOME,
                                        category=INCOME_CATEGORIES[0], amount=Money(12_345)))
    data = services.home.charts(2026, 12)
    assert data.visits[10:] == [1, 1] and data.visits[5] == 1  # Nov, Dec; June (group b)
    assert data.visits[0] == 1  # the inactive group's January visit still counts
    assert data.trainings[11] == 2 and data.participants[11] == 1
    assert data.income[11] == 12_345 and sum(data.expense) == 0
    assert sum(sum(v.values()) for v in data.problems.values()) == 1  # found in December only
    assert sum(sum(v.values()) for v in services.home.charts(2026).problems.values()) == 2
    assert services.home.years(TODAY)[0] == 2027
    fiscal = services.home.charts(YearSpan(YearKind.FISCAL, 2027), 12)  # ปีงบประมาณ 2570: Oct 2569 on
    assert fiscal.visits[1:3] == [1, 1] and fiscal.visits[0] == 0  # Nov, Dec at indexes 1 and 2
    assert fiscal.trainings[2] == 2 and fiscal.participants[2] == 1 and fiscal.income[2] == 12_345
    assert sum(sum(v.values()) for v in fiscal.problems.values()) == 1  # found in December 2569
    assert fiscal.year_span == YearSpan(YearKind.FISCAL, 2027)


def test_demo_database_has_something_of_each_kind() -> None:
    db = Database.memory()
    generate_demo(db, today=date(2026, 11, 21))
    services = Services(db)
    items = services.home.attention(date(2026, 11, 21))
    kinds = Counter(i.kind for i in items)
    assert kinds[AttentionKind.FOLLOW_UP] and kinds[AttentionKind.NEXT_VISIT] and kinds[AttentionKind.PROBLEM]
    assert all(i.state is not DueState.LATER for i in items if i.kind is AttentionKind.FOLLOW_UP)
    data = services.home.charts(2026, 11)
    assert sum(data.visits) > 50 and sum(data.stars) > 10 and sum(data.income) > sum(data.expense) > 0
    group = services.groups.rows()[0]
    profile = services.group_profile.profile(group.id, date(2026, 11, 21))
    assert profile.group.name == group.name and len(profile.books) == 12
    assert (profile.books[-1].year, profile.books[-1].month) == (2026, 11)
    assert profile.income_12 == Money.sum(m.income for m in profile.books)
    assert all(c.latest for c in profile.costing)


def test_pages_and_counts_in_sql_agree_with_the_whole_list(services: Services, seeded: dict) -> None:
    from otop_desk.services.common.paging import PageQuery
    from otop_desk.services.home import Scope

    scope = Scope(TODAY, 90)
    everything = services.home.attention(TODAY)
    counts = services.home.attention_counts(scope)
    assert counts == {k: sum(1 for i in everything if i.kind is k) for k in AttentionKind}
    # Urgency order read kind by kind, two rows at a time, gives the same list.
    paged = [item for offset in range(0, len(everything), 2)
             for item in services.home.attention_page(scope, PageQuery(), offset, 2)]
    assert [i.id for i in paged] == [i.id for i in everything]
    assert [i.kind for i in everything] == sorted((i.kind for i in everything), key=lambda k: k.rank)
    overdue_first = [i.when for i in everything if i.kind is AttentionKind.FOLLOW_UP]
    assert overdue_first == sorted(overdue_first)
    problems = PageQuery(filters={"kind": "problem"})
    assert services.home.attention_count(scope, problems) == 1
    words = PageQuery(words=("จักสาน",))  # the group b: not visited, and its next visit overdue
    assert {i.kind for i in services.home.attention_page(scope, words, 0, 50)} == {
        AttentionKind.NEXT_VISIT, AttentionKind.NOT_VISITED}
    for at, item in enumerate(everything):
        assert services.home.attention_position(scope, PageQuery(), item.id) == at
    backwards = PageQuery(sort="urgency", descending=True)
    reverse = services.home.attention_page(scope, backwards, 0, 100)
    for at, item in enumerate(reverse):
        assert services.home.attention_position(scope, backwards, item.id) == at
    assert services.home.attention_position(scope, problems, everything[0].id) == -1
    by_group = PageQuery(sort="group", descending=True)
    assert len(services.home.attention_page(scope, by_group, 0, 100)) == len(everything)


def test_attention_queries_read_through_indexes(db: Database) -> None:
    """The per-kind counts and the first page search an index; none scans a big table."""
    from sqlalchemy import func, select, text

    from otop_desk.services.home import Scope
    from otop_desk.services.home import attention as home_attention

    if db.engine.dialect.name != "sqlite":
        pytest.skip("EXPLAIN QUERY PLAN is SQLite's")
    scope = Scope(TODAY, 90)
    with db.read() as s:
        for kind in AttentionKind:
            for names in (False, True):
                b = home_attention._branch(kind, scope, names).subquery()
                for q in (select(func.count()).select_from(b), select(b).order_by(b.c.when).limit(200)):
                    sql = str(q.compile(db.engine, compile_kwargs={"literal_binds": True}))
                    plan = [row[3] for row in s.execute(text(f"EXPLAIN QUERY PLAN {sql}"))]
                    big_scans = [p for p in plan if p.startswith("SCAN") and "USING" not in p
                                 and any(t in p for t in ("follow_up_action", "visit", "problem"))]
                    assert not big_scans, (kind, plan)
                    if kind is AttentionKind.FOLLOW_UP:
                        assert any("ix_follow_up_action_due_date" in p or "ix_follow_up_action_done_due" in p
                                   for p in plan), plan


def test_a_kind_whose_date_is_never_empty_pages_in_the_date_index_order(services: Services, seeded: dict) -> None:
    """PostgreSQL sorts empty dates last, its indexes too: a first page ordered with
    ``NULLS FIRST`` sorted every follow-up due instead of reading 60 from the index. Only
    a kind whose date may be empty (a group never visited) keeps the clause, and the
    list is the same either way."""
    from sqlalchemy.dialects import postgresql

    from otop_desk.services.common.paging import PageQuery
    from otop_desk.services.home import Scope
    from otop_desk.services.home import attention as home_attention

    scope = Scope(TODAY, 90)
    for descending in (False, True):
        paged = services.home.attention_page(scope, PageQuery(sort="urgency", descending=descending), 0, 100)
        whole = services.home.attention(TODAY)
        assert [i.id for i in paged] == [i.id for i in (reversed(whole) if descending else whole)]
        for kind in AttentionKind:
            b = home_attention._branch(kind, scope).subquery()
            order = home_attention._order(b, PageQuery(sort="date", descending=descending),
                                          may_be_null=kind in home_attention.UNDATED)
            sql = str(home_attention.select(b).order_by(*order).compile(dialect=postgresql.dialect()))
            assert ("NULLS" in sql) is (kind is AttentionKind.NOT_VISITED), kind
    never = [i for i in services.home.attention(TODAY) if i.kind is AttentionKind.NOT_VISITED]
    assert never and never[0].when is None  # the group never visited comes first of its kind
