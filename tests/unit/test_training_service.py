"""Training records, participants, validation and the evaluation arithmetic."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from otop_desk.domain.enums import TrainingFormat, TrainingTopic
from otop_desk.domain.error_list import ValidationErrors
from otop_desk.domain.errors import NotFoundError, ValidationError
from otop_desk.domain.money import Money
from otop_desk.services import Services
from otop_desk.services.groups import GroupData, MemberData
from otop_desk.services.training import (
    AmbiguousIdError,
    ParticipantData,
    TrainingData,
    parse_rating,
    parse_score,
    summarize,
)
from otop_desk.services.training.data import F_END, F_POST, F_PRE, F_RATING, F_TITLE


def person(name: str = "นายสมชาย ใจดี", *, attended: bool = True, pre: str | None = None,
           post: str | None = None, rating: int | None = None, group=None) -> ParticipantData:
    return ParticipantData(
        name=name, attended=attended, group_id=group,
        pre_score=Decimal(pre) if pre is not None else None,
        post_score=Decimal(post) if post is not None else None,
        satisfaction=rating,
    )


def session(**changes: object) -> TrainingData:
    data = TrainingData(
        title="อบรมการทำบัญชีรับ-จ่ายและต้นทุนการผลิต", topic=TrainingTopic.BOOKKEEPING,
        format=TrainingFormat.TRAINING, start_date=date(2026, 11, 20), end_date=date(2026, 11, 21),
        venue="ศาลาประชาคมบ้านโนนสว่าง", speakers="นางสาวกัญญา ศรีสุข", organiser="สพอ.เมืองขอนแก่น",
        budget=Money.parse("12,500"),
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


@pytest.fixture
def two_groups(services: Services) -> dict[str, tuple]:
    out = {}
    for name, members in (("กลุ่มทอผ้าไหมบ้านโนนสว่าง", ["นางมาลี ทองคำ", "นางสมร แก้วใส"]),
                          ("กลุ่มน้ำพริกบ้านหนองแวง", ["นางบุญมี ศรีวงศ์"])):
        gid = services.groups.save(GroupData(name=name, member_count=5,
                                             members=[MemberData(name=m) for m in members]))
        out[name] = (gid, services.groups.get(gid).members)
    return out


# evaluation arithmetic ------------------------------------------------------------------
def test_summary_uses_only_people_with_both_scores_for_the_means_and_the_gain() -> None:
    people = [
        person("ก", pre="40", post="70", rating=5, group="g1"),
        person("ข", pre="60", post="65.5", rating=4, group="g1"),
        person("ค", pre="90", rating=3, group="g2"),  # no post-test: left out of the means
        person("ง", post="10", group=None),  # no pre-test: left out too
        person("จ", attended=False, group="g3"),
    ]
    s = summarize(people)
    assert (s.listed, s.attended, s.unregistered) == (5, 4, 1)
    assert s.attendance_rate == Decimal("80.0")
    assert (s.groups_listed, s.groups_represented) == (3, 2)
    assert (s.scored, s.partly_scored, s.improved) == (2, 2, 2)
    assert s.mean_pre == Decimal("50.00")
    assert s.mean_post == Decimal("67.75")
    assert s.gain == Decimal("17.75")
    assert (s.rated, s.mean_satisfaction) == (3, Decimal("4.00"))


def test_summary_of_an_empty_or_unscored_session_has_no_means() -> None:
    empty = summarize([])
    assert empty.listed == 0 and empty.attendance_rate is None
    assert empty.mean_pre is None and empty.gain is None and empty.mean_satisfaction is None
    s = summarize([person(attended=False), person()])
    assert s.attendance_rate == Decimal("50.0")
    assert s.scored == 0 and s.mean_post is None and s.rated == 0


def test_means_round_half_up_to_two_places() -> None:
    s = summarize([person(rating=r) for r in (5, 4, 4)])
    assert s.mean_satisfaction == Decimal("4.33")
    s = summarize([person(pre="0", post="0.01"), person(pre="0", post="0")])
    assert s.mean_post == Decimal("0.01")  # 0.005 rounds up, never to even
    assert s.gain == Decimal("0.01")
    assert summarize([person(), person(), person(attended=False)]).attendance_rate == Decimal("66.7")


# validation -----------------------------------------------------------------------------
def test_score_and_rating_parsing() -> None:
    assert parse_score(" 72,5 ", F_PRE) == Decimal("72.50")
    assert parse_score("", F_PRE) is None
    assert parse_score("100", F_POST) == Decimal("100.00")
    for bad in ("101", "-1", "abc", "50.123", "nan", "1e5"):
        with pytest.raises(ValidationError) as caught:
            parse_score(bad, F_PRE)
        assert caught.value.field == F_PRE
    assert parse_rating("4") == 4 and parse_rating(" ") is None
    for bad in ("0", "6", "4.5", "ดี"):
        with pytest.raises(ValidationError) as caught:
            parse_rating(bad)
        assert caught.value.field == F_RATING


def test_save_refuses_what_cannot_be_right(services: Services) -> None:
    cases = [
        (session(title="  "), F_TITLE, None),
        (session(end_date=date(2026, 11, 19)), F_END, None),
        (session(start_date=None), "Start date", None),
        (session(participants=[person(), person("ข", attended=False, pre="50")]), "Attended", 2),
        (session(participants=[person(rating=6)]), F_RATING, 1),
        (session(participants=[person(pre="120")]), F_PRE, 1),
        (session(participants=[ParticipantData(name="")]), "Participant's name", 1),
        (session(budget=Money(-100)), "Budget", None),
    ]
    for data, field, row in cases:
        with pytest.raises(ValidationError) as caught:
            services.training.save(data)
        assert (caught.value.field, caught.value.row) == (field, row), data
    assert services.training.rows() == []


def test_every_mistake_is_reported_at_once(services: Services) -> None:
    data = session(title=" ", end_date=date(2026, 11, 1), participants=[
        person(rating=6), person("ข", pre="120"), ParticipantData(name="ค", phone="12345", attended=True),
        person("ง", attended=False, pre="50")])
    with pytest.raises(ValidationErrors) as caught:
        services.training.save(data)
    assert [(e.field, e.row) for e in caught.value.errors] == [
        (F_TITLE, None), (F_END, None), (F_RATING, 1), (F_PRE, 2), ("Participant's phone", 3), ("Attended", 4)]
    assert caught.value.field == F_TITLE  # the first, for code that knows one error only
    assert services.training.rows() == []


def test_one_day_session_and_absent_people_without_scores_are_fine(services: Services) -> None:
    tid = services.training.save(session(end_date=date(2026, 11, 20),
                                         participants=[person(attended=False)]))
    assert services.training.get(tid).end_date == date(2026, 11, 20)


# storing --------------------------------------------------------------------------------
def test_save_read_update_and_delete_with_participants(services: Services, two_groups) -> None:
    (g1, m1), (g2, m2) = two_groups.values()
    people = [
        ParticipantData(name=m.name, organisation="กลุ่มทอผ้าไหมบ้านโนนสว่าง", group_id=g1,
                        member_id=m.id, attended=True, pre_score=Decimal("55"),
                        post_score=Decimal("80"), satisfaction=5)
        for m in m1
    ]
    people.append(ParticipantData(name=m2[0].name, organisation="กลุ่มน้ำพริกบ้านหนองแวง",
                                  member_id=m2[0].id, attended=True, satisfaction=4))
    people.append(ParticipantData(name="นายวิชัย นอกกลุ่ม", organisation="อบต.โนนสว่าง",
                                  phone="081-234-5678"))
    tid = services.training.save(session(participants=people))

    stored = services.training.get(tid)
    assert [p.name for p in stored.participants] == [*(m.name for m in m1), m2[0].name, "นายวิชัย นอกกลุ่ม"]
    assert stored.participants[2].group_id == g2  # taken from the member when not given
    assert stored.participants[0].pre_score == Decimal("55.00")
    assert stored.budget == Money.parse("12500")

    [row] = services.training.rows()
    assert (row.listed, row.attended, row.groups) == (4, 3, 2)
    summary = services.training.summary(tid)
    assert summary.gain == Decimal("25.00") and summary.mean_satisfaction == Decimal("4.67")
    assert [(g.name, g.listed, g.attended) for g in summary.groups] == [
        ("กลุ่มทอผ้าไหมบ้านโนนสว่าง", 2, 2), ("กลุ่มน้ำพริกบ้านหนองแวง", 1, 1)]

    # editing keeps the participants' ids, reorders and drops rows
    first_id = stored.participants[0].id
    stored.participants = [stored.participants[3], stored.participants[0]]
    stored.participants[0].attended = True
    services.training.save(stored)
    again = services.training.get(tid)
    assert [p.name for p in again.participants] == ["นายวิชัย นอกกลุ่ม", m1[0].name]
    assert again.participants[1].id == first_id

    services.training.delete(tid)
    assert services.training.rows() == []
    with pytest.raises(NotFoundError):
        services.training.get(tid)


def test_a_member_listed_twice_is_refused(services: Services, two_groups) -> None:
    gid, members = next(iter(two_groups.values()))
    twice = [ParticipantData(name=members[0].name, group_id=gid, member_id=members[0].id)] * 2
    with pytest.raises(ValidationError) as caught:
        services.training.save(session(participants=twice))
    assert caught.value.row == 2 and caught.value.params["first"] == 1


def test_trainings_per_group(services: Services, two_groups) -> None:
    (g1, m1), (g2, m2) = two_groups.values()
    older = session(title="เวทีความรู้ด้านการตลาด", start_date=date(2026, 3, 1), end_date=date(2026, 3, 1),
                    participants=[ParticipantData(name=m1[0].name, group_id=g1, member_id=m1[0].id,
                                                  attended=True)])
    newer = session(participants=[
        ParticipantData(name=m.name, group_id=g1, member_id=m.id, attended=i == 0) for i, m in enumerate(m1)
    ] + [ParticipantData(name=m2[0].name, group_id=g2, member_id=m2[0].id, attended=True)])
    services.training.save(older)
    services.training.save(newer)
    rows = services.training.group_trainings(g1)
    assert [(r.title, r.listed, r.attended, r.attendees) for r in rows] == [
        (newer.title, 2, 1, m1[0].name), (older.title, 1, 1, m1[0].name)]
    assert [r.title for r in services.training.group_trainings(g2)] == [newer.title]


def test_deleting_a_group_keeps_its_people_on_the_training(services: Services, two_groups) -> None:
    gid, members = next(iter(two_groups.values()))
    tid = services.training.save(session(participants=[
        ParticipantData(name=members[0].name, organisation="กลุ่มทอผ้า", group_id=gid,
                        member_id=members[0].id, attended=True)]))
    services.groups.delete(gid, with_records=True)
    [p] = services.training.get(tid).participants
    assert (p.name, p.group_id, p.member_id) == (members[0].name, None, None)
    services.training.save(services.training.get(tid))  # still saves


def test_resolve_id_by_full_id_or_unique_prefix(services: Services) -> None:
    # 17 ids: by pigeonhole at least two share their first hex digit
    ids = [services.training.save(session(title=f"อบรม {i}")) for i in range(17)]
    target = ids[0]
    assert services.training.resolve_id(str(target)) == target
    assert services.training.resolve_id(str(target).upper()) == target
    assert services.training.resolve_id(target.hex[:8]) == target
    for bad in ("zzzz", "%", "", "_"):
        with pytest.raises(NotFoundError):
            services.training.resolve_id(bad)
    firsts = [i.hex[0] for i in ids]
    shared = next(c for c in firsts if firsts.count(c) > 1)
    with pytest.raises(AmbiguousIdError):
        services.training.resolve_id(shared)


# the training tab's pages (filtered, sorted and counted in SQL) --------------------------
def test_pages_filter_sort_count_and_locate_in_sql(services: Services, two_groups) -> None:
    from otop_desk.services.common.paging import PageQuery

    gid, members = two_groups["กลุ่มทอผ้าไหมบ้านโนนสว่าง"]
    big = services.training.save(session(title="เวทีการตลาดออนไลน์", topic=TrainingTopic.ONLINE,
                                          format=TrainingFormat.FORUM, venue="หอประชุมอำเภอ",
                                          start_date=date(2026, 10, 30), end_date=date(2026, 11, 2),
                                          participants=[
        ParticipantData(name=m.name, group_id=gid, member_id=m.id, attended=True) for m in members
    ] + [person("นายไม่มา", attended=False)]))
    small = services.training.save(session(start_date=date(2026, 12, 5), end_date=date(2026, 12, 5)))
    old = services.training.save(session(title="ดูงานกลุ่มทอผ้า", format=TrainingFormat.STUDY_VISIT,
                                          start_date=date(2025, 1, 10), end_date=date(2025, 1, 11)))
    t = services.training

    def ids(query: PageQuery, offset: int = 0, limit: int = 10) -> list:
        return [r.id for r in t.page(query, offset, limit)]

    assert ids(PageQuery()) == [small, big, old]  # newest first
    assert ids(PageQuery(sort="dates")) == [old, big, small]
    assert ids(PageQuery(sort="listed", descending=True))[0] == big
    assert ids(PageQuery(sort="title")) == [t.id for t in sorted(t.page(PageQuery(), 0, 10), key=lambda r: r.title)]
    assert ids(PageQuery(), 1, 1) == [big]
    [row] = t.page(PageQuery(words=("ออนไลน์",)), 0, 10)
    assert (row.listed, row.attended, row.groups) == (3, 2, 1)
    # words match venue, speakers, organiser and the topic's or format's label
    assert ids(PageQuery(words=("หอประชุม",))) == [big]
    thai = {TrainingFormat.STUDY_VISIT: "ศึกษาดูงาน"}  # as the Thai translation labels it
    assert ids(PageQuery(words=PageQuery.split("ศึกษา"), label=lambda m: thai.get(m, m.value))) == [old]
    assert t.count(PageQuery(words=("สพอ.", "กัญญา"))) == 3
    assert t.count(PageQuery(words=("50%",))) == 0  # LIKE wildcards are plain text
    # filters: a session over a month end counts in both months
    assert ids(PageQuery(filters={"month": (2026, 10)})) == [big]
    assert ids(PageQuery(filters={"month": (2026, 11)})) == [big]
    assert ids(PageQuery(filters={"topic": TrainingTopic.BOOKKEEPING.value})) == [small, old]
    assert ids(PageQuery(filters={"format": TrainingFormat.STUDY_VISIT.value})) == [old]
    assert t.months() == [(2026, 12), (2026, 11), (2026, 10), (2025, 1)]
    assert t.position(PageQuery(), old) == 2
    assert t.position(PageQuery(filters={"month": (2026, 12)}), old) == -1
    assert t.count() == 3 and t.count(PageQuery(filters={"month": (2025, 1)})) == 1
    # the full list (command line) has the same rows as the pages
    assert t.rows() == t.page(PageQuery(), 0, 10)
