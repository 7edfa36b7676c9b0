"""A person's rights (PDPA): every record naming them is found, what is held is
exported, and erasure deletes or anonymises it through the change log, so it travels
to the office like any deletion."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from otop_desk.db.database import Database
from otop_desk.exchange.jobs import export_month, import_workbooks
from otop_desk.services import Services
from otop_desk.services.groups import GroupData, MemberData
from otop_desk.services.privacy import ERASED
from otop_desk.services.training import ParticipantData, TrainingData
from otop_desk.services.visits import FollowUpData, VisitData
from tests.unit.workbook_helpers import device

DAY = date(2026, 11, 20)
PERSON = "นางสมศรี ใจดี"


def _records(db: Database) -> tuple[Services, object]:
    services = Services(db)
    group = services.groups.save(GroupData(
        name="กลุ่มทอผ้าบ้านโนน", leader_name=PERSON, leader_phone="0812345678", member_count=2,
        members=[MemberData(name=PERSON, phone="081-234-5678"), MemberData(name="นายสมชาย ขยัน")]))
    member = next(m for m in services.groups.get(group).members if m.name == PERSON)
    services.visits.save(VisitData(group_id=group, visit_date=DAY, officers="นายวิทยา ทองดี, นางสมศรี ใจดี",
                                   people_met=3, member_ids=frozenset({member.id}),
                                   actions=[FollowUpData("ทำบัญชีรายรับรายจ่าย", DAY, responsible="สมศรี ใจดี")]))
    services.training.save(TrainingData(title="การทำบัญชีครัวเรือน", start_date=DAY, end_date=DAY, participants=[
        ParticipantData(name=PERSON, phone="0812345678", group_id=group, member_id=member.id, attended=True),
        ParticipantData(name="นายสมชาย ขยัน", group_id=group, attended=True)]))
    return services, group


def test_every_record_naming_a_person_is_found_by_name_or_phone(tmp_path: Path) -> None:
    db = device(tmp_path / "a.sqlite3")
    services, _group = _records(db)
    found = services.privacy.find("สมศรี  ใจดี")  # spacing and a missing title do not matter
    assert sorted(r.table for r in found) == ["follow_up_action", "member", "participant", "producer_group", "visit"]
    by_phone = services.privacy.find("081-234-5678")
    assert {r.table for r in by_phone} == {"member", "participant", "producer_group"}
    out = tmp_path / "สมศรี.json"
    assert services.privacy.export(PERSON, out) == 5
    held = json.loads(out.read_text(encoding="utf-8"))
    assert held["person"] == PERSON and {r["kind"] for r in held["records"]} >= {"member", "participant"}
    member = next(r for r in held["records"] if r["kind"] == "member")
    assert member["values"]["phone"] == "0812345678" and member["context"]["group"] == "กลุ่มทอผ้าบ้านโนน"
    db.close()


def test_erasure_deletes_or_anonymises_and_travels_to_the_office(tmp_path: Path) -> None:
    officer = device(tmp_path / "officer.sqlite3")
    services, group = _records(officer)
    office = device(tmp_path / "office.sqlite3")
    export_month(officer, 2026, 11, tmp_path / "before.xlsx")
    import_workbooks(office, [tmp_path / "before.xlsx"])
    assert len(Services(office).privacy.find(PERSON)) == 5

    assert services.privacy.erase(PERSON) == 5
    assert services.privacy.find(PERSON) == [] and services.privacy.find("0812345678") == []
    saved = services.groups.get(group)
    assert [m.name for m in saved.members] == ["นายสมชาย ขยัน"] and saved.leader_name == "" and saved.leader_phone == ""
    [visit] = services.visits.rows(group_id=group)
    assert services.visits.get(visit.id).officers == "นายวิทยา ทองดี"
    [training] = services.training.rows()
    names = [p.name for p in services.training.get(training.id).participants]
    assert names == [ERASED, "นายสมชาย ขยัน"]  # the attendance figures stay true

    export_month(officer, 2026, 11, tmp_path / "after.xlsx")
    import_workbooks(office, [tmp_path / "after.xlsx"])
    assert Services(office).privacy.find(PERSON) == []
    assert [m.name for m in Services(office).groups.get(group).members] == ["นายสมชาย ขยัน"]
    officer.close()
    office.close()
