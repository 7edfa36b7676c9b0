"""Network committees and meetings through the service, as the forms use it: terms and
seats, minutes with agenda and resolutions, attendance with guests marked, follow-ups
on Home; bad input refused with the field named."""

from __future__ import annotations

from datetime import date

import pytest

from otop_desk.db.log_check import mismatches
from otop_desk.domain.error_list import ValidationErrors, all_errors
from otop_desk.domain.errors import ValidationError
from otop_desk.domain.network import CommitteeLevel, CommitteeRole, MeetingPurpose
from otop_desk.services import Services
from otop_desk.services.groups import GroupData, MemberData
from otop_desk.services.home import AttentionKind, Scope
from otop_desk.services.network import (
    AgendaData,
    AttendeeData,
    CommitteeData,
    MeetingData,
    SeatData,
    TermData,
)
from otop_desk.services.network import data as n
from otop_desk.services.visits import FollowUpData

TODAY = date(2026, 11, 22)  # the pinned clock's day


def committee(services: Services) -> tuple[CommitteeData, list]:
    gid = services.groups.save(GroupData(name="กลุ่มทอผ้าไหมบ้านโนนสว่าง", member_count=2, members=[
        MemberData(name="นางมาลี ทองคำ"), MemberData(name="นางสมร แก้วใส")]))
    members = services.groups.get(gid).members
    data = CommitteeData(name="คณะกรรมการเครือข่าย OTOP อำเภอพล", level=CommitteeLevel.DISTRICT,
                         district="พล", province="ขอนแก่น", terms=[
        TermData(date(2024, 10, 1), date(2026, 9, 30), "คำสั่งอำเภอพล ที่ 101/2567", [
            SeatData("นายเก่า ก่อนหน้า", role=CommitteeRole.CHAIR)]),
        TermData(date(2026, 10, 1), None, "คำสั่งอำเภอพล ที่ 220/2569", [
            SeatData(members[0].name, "กลุ่มทอผ้าไหมบ้านโนนสว่าง", role=CommitteeRole.CHAIR, group_id=gid,
                     member_id=members[0].id),
            SeatData("นางสาวสวณีย์ มีเจริญ", "สำนักงานพัฒนาชุมชนอำเภอพล", role=CommitteeRole.SECRETARY),
            SeatData("นายสมชาย ใจดี", role=CommitteeRole.TREASURER),
        ]),
    ])
    data.id = services.network.save_committee(data)
    return services.network.committee(data.id), members


def test_a_committee_keeps_its_terms_and_seats_and_lists_the_current_chair(services: Services) -> None:
    data, members = committee(services)
    assert [t.appointed_by for t in data.terms] == ["คำสั่งอำเภอพล ที่ 101/2567", "คำสั่งอำเภอพล ที่ 220/2569"]
    current = data.term_on(TODAY)
    assert current is not None and [s.role for s in current.members][:2] == [CommitteeRole.CHAIR,
                                                                             CommitteeRole.SECRETARY]
    [row] = services.network.committees()
    assert (row.chair, row.seats, row.term_start, row.area) == ("นางมาลี ทองคำ", 3, date(2026, 10, 1), "พล, ขอนแก่น")
    # an edit of one seat keeps the others' records (only what changed travels)
    ids = [s.id for s in current.members]
    current.members[2].phone = "0812345678"
    services.network.save_committee(data)
    again = services.network.committee(data.id).term_on(TODAY)
    assert again is not None and [s.id for s in again.members] == ids and again.members[2].phone == "0812345678"


def test_bad_committees_are_refused_with_every_field_named(services: Services) -> None:
    bad = CommitteeData(name="", terms=[
        TermData(date(2026, 1, 1), date(2026, 12, 31), members=[
            SeatData("ก", role=CommitteeRole.CHAIR), SeatData("ข", role=CommitteeRole.CHAIR), SeatData("ก")]),
        TermData(date(2026, 6, 1), None),
    ])
    with pytest.raises(ValidationErrors) as caught:
        services.network.save_committee(bad)
    found = {(e.field, e.row) for e in all_errors(caught.value)}
    assert (n.F_COMMITTEE_NAME, None) in found
    assert (n.F_ROLE, 2) in found  # a second chair
    assert (n.F_SEAT_NAME, 3) in found  # the same person twice
    assert (n.F_TERM_END, None) in found  # overlapping terms


def meeting(services: Services, committee_id: object, **changes: object) -> MeetingData:
    data = MeetingData(committee_id=committee_id, purpose=MeetingPurpose.REGULAR,  # type: ignore[arg-type]
                       number="3/2569", meeting_date=date(2026, 11, 12), start_time="9.30",
                       end_time="12.00 น.", venue="ห้องประชุมที่ว่าการอำเภอพล",
                       agenda=[AgendaData("เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ", "งาน OTOP ประจำปี",
                                          "ที่ประชุมรับทราบ")],
                       actions=[FollowUpData("แจ้งกลุ่มที่ได้รับคัดเลือก", date(2026, 11, 20), "เลขานุการ")])
    for name, value in changes.items():
        setattr(data, name, value)
    return data


def test_a_meeting_without_a_date_is_refused(services: Services) -> None:
    data, _members = committee(services)
    with pytest.raises(ValidationError) as caught:
        services.network.save_meeting(meeting(services, data.id, meeting_date=None))
    assert n.F_MEETING_DATE in {e.field for e in all_errors(caught.value)}
    assert services.network.meetings() == []


def test_someone_not_on_the_committee_attends_as_a_marked_guest(services: Services) -> None:
    data, members = committee(services)
    term = data.term_on(date(2026, 11, 12))
    assert term is not None
    chair, secretary = term.members[0], term.members[1]
    people = [
        AttendeeData(chair.name, chair.organisation, "ประธาน", committee_member_id=chair.id),
        AttendeeData(secretary.name, position="เลขานุการ", committee_member_id=secretary.id),
        AttendeeData("นายสมชาย ใจดี", position="เหรัญญิก", present=False, note="ติดราชการ"),  # typed: on the term
        AttendeeData(members[1].name, "กลุ่มทอผ้าไหมบ้านโนนสว่าง", group_id=members[1].id,
                     member_id=members[1].id),  # a group member, not on the committee
        AttendeeData("นายพาณิชย์ จังหวัด", "สำนักงานพาณิชย์จังหวัด", "ผู้แทน"),
    ]
    mid = services.network.save_meeting(meeting(services, data.id, attendees=people))
    saved = services.network.meeting(mid)
    assert [p.guest for p in saved.attendees] == [False, False, False, True, True]
    assert saved.start_time == "09:30" and saved.end_time == "12:00"
    [row] = services.network.meetings()
    assert (row.present, row.absent, row.guests, row.open_actions) == (4, 1, 2, 1)
    # the old term's chair attending this meeting is a guest too: the term ended
    saved.attendees.append(AttendeeData("นายเก่า ก่อนหน้า"))
    services.network.save_meeting(saved)
    assert services.network.meeting(mid).attendees[-1].guest is True


def test_a_person_listed_twice_and_actions_due_before_the_meeting_are_refused(services: Services) -> None:
    data, _members = committee(services)
    bad = meeting(services, data.id, attendees=[AttendeeData("นายก"), AttendeeData("นายก")],
                  actions=[FollowUpData("ทำก่อน", date(2026, 11, 1))], start_time="25.00")
    with pytest.raises(ValidationErrors) as caught:
        services.network.save_meeting(bad)
    found = {(e.field, e.row) for e in all_errors(caught.value)}
    assert (n.F_ATTENDEE, 2) in found and (n.F_START_TIME, None) in found
    assert any(e.row == 1 and "Due" in (e.field or "") for e in all_errors(caught.value))


def test_a_meeting_of_a_group_or_of_nobody(services: Services) -> None:
    data, members = committee(services)
    with pytest.raises(ValidationError, match="committee or the group"):
        services.network.save_meeting(meeting(services, None))
    gid = services.groups.rows()[0].id
    mid = services.network.save_meeting(meeting(services, None, group_id=gid, purpose=MeetingPurpose.GROUP,
                                                attendees=[AttendeeData(members[0].name),
                                                           AttendeeData("นายแขก ผู้มาเยือน")]))
    assert [p.guest for p in services.network.meeting(mid).attendees] == [False, True]


def test_open_meeting_follow_ups_are_on_home_and_open_the_meeting(services: Services) -> None:
    data, _members = committee(services)
    mid = services.network.save_meeting(meeting(services, data.id))
    items = [i for i in services.home.attention() if i.kind is AttentionKind.MEETING_ACTION]
    assert [(i.record_id, i.record_kind, i.group_name, i.text) for i in items] == [
        (mid, "meeting", "คณะกรรมการเครือข่าย OTOP อำเภอพล", "แจ้งกลุ่มที่ได้รับคัดเลือก")]
    assert items[0].days == 2  # due 20 Nov, today 22 Nov: overdue by two days
    counts = services.home.attention_counts(Scope(TODAY, 90))
    assert counts[AttentionKind.MEETING_ACTION] == 1
    saved = services.network.meeting(mid)
    saved.actions[0].done, saved.actions[0].done_date = True, TODAY
    services.network.save_meeting(saved)
    assert not [i for i in services.home.attention() if i.kind is AttentionKind.MEETING_ACTION]


def test_deleting_a_committee_with_meetings_is_refused_and_the_log_agrees(services: Services) -> None:
    data, _members = committee(services)
    mid = services.network.save_meeting(meeting(services, data.id))
    with pytest.raises(ValidationError, match="meetings"):
        services.network.delete_committee(data.id)  # type: ignore[arg-type]
    services.network.delete_meeting(mid)
    services.network.delete_committee(data.id)  # type: ignore[arg-type]
    assert services.network.committees() == []
    with services.db.read() as s:
        assert mismatches(s) == []
