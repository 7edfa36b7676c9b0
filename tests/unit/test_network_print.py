"""The printed minutes and selection list: Thai, Buddhist-era dates, the signature lines,
and on the list every score with the reason of each departure from the ranking."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication

from otop_desk import i18n
from otop_desk.domain.enums import FairEntryStatus, ProductType
from otop_desk.domain.network import MeetingPurpose
from otop_desk.reports.network.booth_lists import SelectionSource, fair_report_job, selection_job
from otop_desk.reports.network.minutes import MinutesSource, minutes_job
from otop_desk.services import Services
from otop_desk.services.books import FairData
from otop_desk.services.booths import Decision, SelectionData
from otop_desk.services.groups import GroupData, ProductData
from otop_desk.services.network import AgendaData, AttendeeData, MeetingData
from otop_desk.services.visits import FollowUpData
from tests.register_helpers import save_group


@pytest.fixture(autouse=True)
def thai() -> None:
    if QCoreApplication.instance() is None:
        QCoreApplication([])
    i18n.install("th")


def test_the_minutes_read_as_thai_minutes_with_two_signatures() -> None:
    meeting = MeetingData(
        purpose=MeetingPurpose.REGULAR, number="3/2569", meeting_date=date(2026, 11, 15), start_time="09:30",
        end_time="12:00", venue="ห้องประชุมที่ว่าการอำเภอพล", chair_name="นางมาลี ทองคำ", recorder_name="นายสมชาย ใจดี",
        agenda=[AgendaData("เรื่องเพื่อพิจารณา", "เลขานุการเสนอปฏิทินงาน", "เห็นชอบ")],
        attendees=[AttendeeData("นางมาลี ทองคำ", position="ประธาน"),
                   AttendeeData("นางสมร แก้วใส", present=False, note="ติดราชการ"),
                   AttendeeData("นายวิชัย ผู้สังเกตการณ์", guest=True)],
        actions=[FollowUpData("สำรวจความต้องการออกงาน", date(2026, 11, 30), "เลขานุการ")])
    job = minutes_job(MinutesSource(meeting, "คณะกรรมการเครือข่าย OTOP อำเภอพล"))
    for text in ("รายงานการประชุมคณะกรรมการเครือข่าย OTOP อำเภอพล", "ครั้งที่ 3/2569",
                 "เมื่อวันที่ 15 พฤศจิกายน 2569", "ผู้มาประชุม", "ผู้ไม่มาประชุม", "ติดราชการ", "ผู้เข้าร่วมประชุม",
                 "เริ่มประชุมเวลา 09:30 น.", "ระเบียบวาระที่ 1 เรื่องเพื่อพิจารณา", "มติที่ประชุม", "เห็นชอบ",
                 "30 พฤศจิกายน 2569", "เลิกประชุมเวลา 12:00 น.", "ผู้จดรายงานการประชุม", "ผู้ตรวจรายงานการประชุม"):
        assert text in job.html, text
    assert job.html.count("(ลงชื่อ)") == 2
    # the guest is listed apart from the members present
    assert job.html.index("นายวิชัย") > job.html.index("ผู้เข้าร่วมประชุม")


def test_the_selection_list_shows_scores_and_the_reason_of_an_override(services: Services) -> None:
    groups = [save_group(services, GroupData(name=name, product_type=kind, products=[
        ProductData(name="สินค้า", star_level=stars, star_year=2024)]))
        for name, kind, stars in (("ผ้าไหมโนนสว่าง", ProductType.TEXTILE, 5), ("น้ำพริกหนองแวง", ProductType.FOOD, 4),
                                  ("ตะกร้าสานโคกกลาง", ProductType.HOUSEHOLD, 2))]
    fair = services.fairs.save(FairData("OTOP ชวนช้อป ปลายปี", "เมืองทองธานี", date(2026, 12, 10),
                                        date(2026, 12, 14), 1))
    services.fairs.apply(fair, groups)
    view = services.booths.selection(fair)
    first, second = view.ranked()[:2]
    services.booths.decide(SelectionData(fair, view.weights, [
        Decision(first.facts.key, FairEntryStatus.RESERVE, "ขอสละสิทธิ์ กำลังการผลิตไม่พอ"),
        Decision(second.facts.key, FairEntryStatus.SELECTED, "ลำดับถัดไปตามคะแนน")], None, date(2026, 11, 20)))
    job = selection_job(SelectionSource(services.booths.selection(fair), "4/2569"))
    assert job.landscape
    for text in ("ผลการคัดเลือกกลุ่มเข้าร่วมจำหน่ายสินค้า: OTOP ชวนช้อป ปลายปี", "10 ธันวาคม 2569",
                 f"{first.score:.2f}", "ขอสละสิทธิ์ กำลังการผลิตไม่พอ", "ลำดับถัดไปตามคะแนน", "สำรอง *",
                 "เกณฑ์และน้ำหนักคะแนน", "เลขานุการคณะกรรมการ"):
        assert text in job.html, text
    report = fair_report_job(services.booths.fair_report(fair))
    assert "รายงานผลการดำเนินงานการส่งเสริมช่องทางการจำหน่าย" in report.html
