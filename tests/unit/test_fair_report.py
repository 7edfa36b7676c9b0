"""During and after a fair: daily notes (one becomes a problem), the after-fair meeting's
summaries per group, and the fair report against the previous fair, the data the
printed report and the department's marketing report read."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from otop_desk.domain.enums import FairEntryStatus, ProblemCategory, ProblemSource, ProductType
from otop_desk.domain.errors import ValidationError
from otop_desk.domain.money import Money
from otop_desk.domain.network import MeetingPurpose
from otop_desk.services import Services
from otop_desk.services.books import FairData
from otop_desk.services.booths import FairNoteData
from otop_desk.services.booths.data import F_NOTE_DATE, F_NOTE_GROUP
from otop_desk.services.groups import GroupData
from otop_desk.services.network import AgendaData, CommitteeData, MeetingData


def baht(n: int) -> Money:
    return Money.from_baht(n)


@pytest.fixture
def fairs(services: Services) -> dict:
    silk = services.groups.save(GroupData(name="ผ้าไหมโนนสว่าง", product_type=ProductType.TEXTILE))
    chili = services.groups.save(GroupData(name="น้ำพริกหนองแวง", product_type=ProductType.FOOD))
    rice = services.groups.save(GroupData(name="ข้าวเกรียบบ้านเหล่า", product_type=ProductType.FOOD))
    f = services.fairs
    before = f.save(FairData("OTOP ภูมิภาค", "ขอนแก่น", date(2026, 8, 1), date(2026, 8, 2), 2))
    f.apply(before, [silk, chili])
    for row in f.entries(before):
        f.set_entry(row.id, FairEntryStatus.SELECTED)
        f.save_sales(row.id, {date(2026, 8, 1): baht(20_000 if row.group_id == silk else 5_000)})
    fair = f.save(FairData("OTOP ชวนช้อป", "เมืองทองธานี", date(2026, 11, 10), date(2026, 11, 12), 2))
    f.apply(fair, [silk, chili, rice])
    for row in f.entries(fair):
        if row.group_id == rice:
            f.set_entry(row.id, FairEntryStatus.RESERVE)
            continue
        f.set_entry(row.id, FairEntryStatus.SELECTED, "B-07")
        f.save_sales(row.id, {date(2026, 11, 10): baht(15_000 if row.group_id == silk else 9_000),
                              date(2026, 11, 11): baht(5_000)})
    return {"fair": fair, "before": before, "silk": silk, "chili": chili, "rice": rice}


def test_a_daily_note_can_become_a_problem_of_the_group(services: Services, fairs: dict) -> None:
    notes = [
        FairNoteData(date(2026, 11, 10), "ลูกค้าถามหาบรรจุภัณฑ์ขนาดเล็กสำหรับเป็นของฝาก",
                     ProblemCategory.PACKAGING, fairs["chili"], to_problem_log=True),
        FairNoteData(date(2026, 11, 11), "ที่จอดรถเต็มตั้งแต่เช้า ลูกค้าเข้างานน้อย"),
    ]
    assert services.booths.save_notes(fairs["fair"], notes) == 1
    saved = services.booths.notes(fairs["fair"])
    assert [n.to_problem_log for n in saved] == [True, False]
    problem = services.problems.get(saved[0].problem_id)  # type: ignore[arg-type]
    assert (problem.group_id, problem.source, problem.category, problem.found_date) == (
        fairs["chili"], ProblemSource.FAIR, ProblemCategory.PACKAGING, date(2026, 11, 10))
    assert services.booths.save_notes(fairs["fair"], saved) == 0  # saved again: no second problem


def test_bad_notes_are_refused(services: Services, fairs: dict) -> None:
    with pytest.raises(ValidationError) as caught:
        services.booths.save_notes(fairs["fair"], [
            FairNoteData(date(2026, 11, 20), "หลังงาน"),
            FairNoteData(date(2026, 11, 10), "ไม่รู้กลุ่ม", to_problem_log=True)])
    found = {(e.field, e.row) for e in getattr(caught.value, "errors", [caught.value])}
    assert found == {(F_NOTE_DATE, 1), (F_NOTE_GROUP, 2)}


def test_the_fair_report_compares_with_the_previous_fair_and_carries_the_conclusions(
        services: Services, fairs: dict) -> None:
    committee = services.network.save_committee(CommitteeData(name="เครือข่าย OTOP อำเภอพล"))
    meeting = services.network.save_meeting(MeetingData(
        committee_id=committee, fair_id=fairs["fair"], purpose=MeetingPurpose.AFTER_FAIR,
        number="4/2569", meeting_date=date(2026, 11, 18),
        agenda=[AgendaData("สรุปผลการจำหน่ายสินค้า", "ยอดขายรวมเพิ่มขึ้น",
                           "ให้กลุ่มพัฒนาบรรจุภัณฑ์ขนาดเล็กก่อนงานครั้งต่อไป"),
                AgendaData("เรื่องอื่น ๆ")]))
    meeting_id, results = services.booths.results(fairs["fair"])
    assert meeting_id is None and [r.group_name for r in results] == ["ผ้าไหมโนนสว่าง", "น้ำพริกหนองแวง"]
    assert results[0].sales == baht(20_000)
    results[0].best_sellers, results[0].lessons = "ผ้าพันคอ", "ลูกค้าชอบลายขิด"
    services.booths.save_results(fairs["fair"], meeting, results)
    services.booths.save_notes(fairs["fair"], [FairNoteData(date(2026, 11, 10), "ลูกค้าถามหาบรรจุภัณฑ์",
                                                            group_id=fairs["chili"], to_problem_log=True)])

    report = services.booths.fair_report(fairs["fair"])
    assert (report.fair.booths, report.fair.applicants, report.fair.groups_sent) == (2, 3, 2)
    assert report.fair.sales == baht(34_000)
    assert report.previous is not None and report.previous.sales == baht(25_000)
    assert report.change == Decimal("36.0")
    assert [(g.group_name, g.sales, g.previous_sales, g.best_sellers) for g in report.groups] == [
        ("ผ้าไหมโนนสว่าง", baht(20_000), baht(20_000), "ผ้าพันคอ"),
        ("น้ำพริกหนองแวง", baht(14_000), baht(5_000), "")]
    assert [(t.product_type, t.groups, t.sales, t.previous_sales) for t in report.by_type] == [
        (ProductType.FOOD, 1, baht(14_000), baht(5_000)),
        (ProductType.TEXTILE, 1, baht(20_000), baht(20_000))]
    assert report.after_meeting is not None and report.after_meeting[0] == meeting
    assert report.conclusions == [("สรุปผลการจำหน่ายสินค้า", "ให้กลุ่มพัฒนาบรรจุภัณฑ์ขนาดเล็กก่อนงานครั้งต่อไป")]
    assert [(n.group_name, n.in_problem_log) for n in report.notes] == [("น้ำพริกหนองแวง", True)]
    # the marketing report asks by period: fairs whose last day falls in it
    assert [r.fair.name for r in services.booths.fair_reports(date(2026, 10, 1), date(2027, 9, 30))] == [
        "OTOP ชวนช้อป"]
    assert [r.fair.name for r in services.booths.fair_reports(date(2026, 8, 1), date(2026, 11, 30))] == [
        "OTOP ภูมิภาค", "OTOP ชวนช้อป"]
