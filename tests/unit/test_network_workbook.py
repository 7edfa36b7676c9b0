"""The monthly workbook carries the OTOP network: sheets of committees (every seat),
meetings (each agenda item with its resolution, attendance counted, guests apart) and
booth selections (score, proposal, decision and the reason of a departure), and the
records travel to the office with it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication

from otop_desk import i18n
from otop_desk.db.database import Database
from otop_desk.domain.clock import FixedClock
from otop_desk.domain.enums import FairEntryStatus, ProductType
from otop_desk.domain.network import CommitteeLevel, CommitteeRole, MeetingPurpose
from otop_desk.exchange.jobs import export_month, import_workbooks
from otop_desk.services import Services
from otop_desk.services.books import FairData
from otop_desk.services.booths import Decision, SelectionData
from otop_desk.services.groups import GroupData, ProductData
from otop_desk.services.network import (
    AgendaData,
    AttendeeData,
    CommitteeData,
    MeetingData,
    SeatData,
    TermData,
)
from tests.register_helpers import save_group
from tests.unit.workbook_helpers import stamp


@pytest.fixture(scope="module", autouse=True)
def thai() -> None:
    if QCoreApplication.instance() is None:
        QCoreApplication([])
    i18n.install("th")


def _network(services: Services) -> None:
    groups = [save_group(services, GroupData(name=name, product_type=kind, products=[
        ProductData(name="สินค้า", star_level=stars, star_year=2024)]))
        for name, kind, stars in (("ผ้าไหมโนนสว่าง", ProductType.TEXTILE, 5), ("น้ำพริกหนองแวง", ProductType.FOOD, 4),
                                  ("ตะกร้าสานโคกกลาง", ProductType.HOUSEHOLD, 2))]
    committee = services.network.save_committee(CommitteeData(
        name="คณะกรรมการเครือข่าย OTOP อำเภอพล", level=CommitteeLevel.DISTRICT, terms=[TermData(
            date(2025, 10, 1), date(2027, 9, 30), "คำสั่งอำเภอพล ที่ 120/2568", [
                SeatData("นางมาลี ทองคำ", "ผ้าไหมโนนสว่าง", "0812345678", CommitteeRole.CHAIR),
                SeatData("นายสมชาย ใจดี", "สำนักงานพัฒนาชุมชนอำเภอพล", role=CommitteeRole.SECRETARY)])]))
    fair = services.fairs.save(FairData("OTOP ชวนช้อป ปลายปี", "เมืองทองธานี", date(2026, 12, 10),
                                        date(2026, 12, 14), 1))
    services.fairs.apply(fair, groups)
    meeting = services.network.save_meeting(MeetingData(
        committee_id=committee, fair_id=fair, purpose=MeetingPurpose.BOOTH_SELECTION, number="4/2569",
        meeting_date=date(2026, 11, 15), agenda=[AgendaData("คัดเลือกกลุ่ม", "พิจารณาคะแนน", "คัดเลือก 1 กลุ่ม")],
        attendees=[AttendeeData("นางมาลี ทองคำ"), AttendeeData("นายสมชาย ใจดี", present=False),
                   AttendeeData("นายวิชัย ผู้สังเกตการณ์")]))
    ranked = services.booths.selection(fair).ranked()
    services.booths.decide(SelectionData(fair, services.booths.selection(fair).weights, [
        Decision(ranked[0].facts.key, FairEntryStatus.RESERVE, "ขอสละสิทธิ์"),
        Decision(ranked[1].facts.key, FairEntryStatus.SELECTED, "ลำดับถัดไปตามคะแนน")], meeting, date(2026, 11, 15)))


def test_the_month_carries_committees_meetings_and_selections(tmp_path: Path) -> None:
    field = Database.open(tmp_path / "field.sqlite3", clock=FixedClock(stamp(0)))
    _network(Services(field))
    path = tmp_path / "otop-2569-11.xlsx"
    export_month(field, 2026, 11, path)

    wb = openpyxl.load_workbook(path)
    seats = [r for r in wb["คณะกรรมการเครือข่าย"].iter_rows(min_row=2, values_only=True)]
    assert [(r[6], r[7], r[9]) for r in seats] == [("นางมาลี ทองคำ", "ประธาน", "081-234-5678"),
                                                   ("นายสมชาย ใจดี", "เลขานุการ", None)]
    [meeting] = list(wb["การประชุม"].iter_rows(min_row=2, values_only=True))
    assert meeting[1:3] == ("4/2569", "คณะกรรมการเครือข่าย OTOP อำเภอพล")
    assert meeting[6:] == (2, 1, 1, "คัดเลือกกลุ่ม", "คัดเลือก 1 กลุ่ม")
    chosen = {r[4]: r for r in wb["การคัดเลือกบูธ"].iter_rows(min_row=2, values_only=True)}
    silk, chili = chosen["ผ้าไหมโนนสว่าง"], chosen["น้ำพริกหนองแวง"]
    assert (silk[3], silk[10], silk[11], silk[12], silk[13]) == (1, "ได้รับคัดเลือก", "สำรอง", "ใช่", "ขอสละสิทธิ์")
    assert (chili[11], chili[12], chili[13]) == ("ได้รับคัดเลือก", "ใช่", "ลำดับถัดไปตามคะแนน")

    office = Database.open(tmp_path / "office.sqlite3", clock=FixedClock(stamp(30)))
    import_workbooks(office, [path])
    there = Services(office)
    [row] = there.network.meetings()
    assert (row.number, row.present, row.absent, row.guests) == ("4/2569", 2, 1, 1)
    view = there.booths.selection(there.fairs.rows()[0].id)
    assert view.decided and {a.facts.group_name: a.reason for a in view.applicants}["น้ำพริกหนองแวง"] == \
        "ลำดับถัดไปตามคะแนน"
