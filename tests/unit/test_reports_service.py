"""The department's reports: every number is the database's own sum or count."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import text

from otop_desk.domain.enums import (
    CashCategory,
    ProblemCategory,
    TrainingFormat,
    TrainingTopic,
    VisitPurpose,
)
from otop_desk.domain.fiscal import YearKind, YearSpan
from otop_desk.domain.money import Money
from otop_desk.services import Services
from otop_desk.services.problems import ProblemData
from otop_desk.services.reports import MeetingConclusion, NoReportData
from otop_desk.services.training import ParticipantData, TrainingData
from otop_desk.services.visits import VisitData
from tests.unit.plan_helpers import B, fair_sales, make_group, sell

FY2570 = YearSpan(YearKind.FISCAL, 2027)
SALES = "('shop_sales','fair_sales','online_sales','orders')"


def raw(services: Services, sql: str, **params: object) -> int:
    with services.db.read() as s:
        return int(s.execute(text(sql), params).scalar() or 0)


def sales_sql(services: Services, first: date, last: date, district: str | None = None) -> int:
    where = "" if district is None else " AND g.district = :d"
    cash = raw(services, "SELECT sum(c.amount) FROM cash_entry c JOIN producer_group g ON g.id = c.group_id "
                         f"WHERE c.category IN {SALES} AND c.entry_date BETWEEN :a AND :b{where}",
               a=first, b=last, d=district)
    fair = raw(services, "SELECT sum(s.amount) FROM fair_sale s JOIN fair_entry e ON e.id = s.entry_id "
                         "JOIN producer_group g ON g.id = e.group_id WHERE s.sale_date BETWEEN :a AND :b "
                         f"AND NOT EXISTS (SELECT 1 FROM cash_entry c WHERE c.fair_sale_id = s.id){where}",
               a=first, b=last, d=district)
    return cash + fair


@pytest.fixture
def seeded(services: Services) -> Services:
    a = make_group(services, "กลุ่มทอผ้า", district="เมืองขอนแก่น")
    b = make_group(services, "กลุ่มจักสาน", district="บ้านฝาง")
    c = make_group(services, "เครื่องแกงแม่ใจ", district="บ้านฝาง")
    for year in (2023, 2024, 2025):  # ปีงบประมาณ 2567-2569, one sale in each October
        sell(services, a.group_id, date(year, 10, 10), 10_000)
        sell(services, b.group_id, date(year, 10, 10), 2_000, CashCategory.ONLINE_SALES)
    sell(services, a.group_id, date(2026, 9, 30), 5_000)  # the last day of ปีงบประมาณ 2569
    sell(services, a.group_id, date(2026, 10, 1), 12_000)  # the first of 2570
    sell(services, a.group_id, date(2026, 10, 2), 999, CashCategory.GRANTS)  # not a sale
    sell(services, b.group_id, date(2026, 11, 1), 3_000, CashCategory.ORDERS)
    sell(services, c.group_id, date(2026, 11, 5), 750)
    fair_sales(services, [a.group_id, b.group_id], {date(2026, 11, 10): 1_000, date(2026, 11, 11): 500},
               post_first=True, name="OTOP สัญจร")
    services.training.save(TrainingData(
        title="ประชุมเครือข่าย OTOP อำเภอ", topic=TrainingTopic.MARKETING, format=TrainingFormat.NETWORK_MEETING,
        start_date=date(2026, 11, 15), end_date=date(2026, 11, 15), venue="ที่ว่าการอำเภอ",
        notes="สรุปยอดขายงาน OTOP สัญจร กลุ่มจะร่วมกันจัดส่งสินค้า",
        participants=[ParticipantData(name="นางสมศรี ใจดี", group_id=a.group_id, attended=True),
                      ParticipantData(name="นายมานพ", group_id=b.group_id, attended=False)]))
    for day, purpose, gid in ((date(2026, 10, 5), VisitPurpose.FOLLOW_UP, a.group_id),
                              (date(2026, 11, 6), VisitPurpose.BUSINESS_PLAN, a.group_id),
                              (date(2026, 11, 7), VisitPurpose.BUSINESS_PLAN, b.group_id),
                              (date(2026, 9, 30), VisitPurpose.FOLLOW_UP, b.group_id)):  # last year's
        services.visits.save(VisitData(group_id=gid, visit_date=day, purpose=purpose, officers="นางสาวกัญญา",
                                       observations="เยี่ยมกลุ่ม"))
    solved = services.problems.save(ProblemData(group_id=a.group_id, found_date=date(2026, 10, 5),
                                                category=ProblemCategory.PACKAGING, description="บรรจุภัณฑ์ไม่สวย"))
    services.problems.resolve(solved, date(2026, 11, 1), "ออกแบบใหม่แล้ว")
    services.problems.save(ProblemData(group_id=b.group_id, found_date=date(2026, 11, 2),
                                       category=ProblemCategory.MARKETING, description="ขายได้น้อย"))
    return services


def test_income_kpi_equals_the_database(seeded: Services) -> None:
    report = seeded.reports.income_kpi(FY2570)
    assert [s.be for s in report.before] == [2567, 2568, 2569]
    for index, span in enumerate(report.before):
        assert report.total.before[index] == Money(sales_sql(seeded, span.first, span.last))
    assert report.total.current == Money(sales_sql(seeded, FY2570.first, FY2570.last))
    for line in report.districts:
        assert line.current == Money(sales_sql(seeded, FY2570.first, FY2570.last, line.district))
    [weaving] = [g for g in report.groups if g.name == "กลุ่มทอผ้า"]
    assert weaving.before == (B(10_000), B(10_000), B(15_000)) and weaving.current == B(13_500)
    assert weaving.average == Money(1_166_667) and weaving.change == Decimal("15.71")
    [curry] = [g for g in report.groups if g.name == "เครื่องแกงแม่ใจ"]
    assert curry.change is None and curry.years_with_sales == 0
    assert [d.name for d in report.districts] == ["บ้านฝาง", "เมืองขอนแก่น"]
    assert [g.name for g in report.groups] == ["กลุ่มจักสาน", "เครื่องแกงแม่ใจ", "กลุ่มทอผ้า"]  # เ read after ค
    [province] = report.provinces
    assert province.name == "ขอนแก่น" and province.current == report.total.current and province.groups == 3


def test_marketing_equals_the_database(seeded: Services) -> None:
    report = seeded.reports.marketing(FY2570)
    [fair] = report.fairs
    assert (fair.name, fair.applied, fair.selected, fair.booths) == ("OTOP สัญจร", 2, 2, 3)
    assert fair.sales == Money(raw(seeded, "SELECT sum(amount) FROM fair_sale")) == B(3_000)
    assert [(g.group_name, g.sales, g.posted, g.sale_days) for g in fair.groups] == [
        ("กลุ่มจักสาน", B(1_500), Money(0), 2), ("กลุ่มทอผ้า", B(1_500), B(1_500), 2)]
    assert report.groups_sent == 2 and report.booths == 3
    assert report.total.total == Money(sales_sql(seeded, FY2570.first, FY2570.last))
    assert (report.total.shop, report.total.fair, report.total.orders, report.total.fair_unposted) == (
        B(12_750), B(1_500), B(3_000), B(1_500))
    assert report.total.total == seeded.reports.income_kpi(FY2570).total.current
    [meeting] = report.conclusions
    assert meeting.title == "ประชุมเครือข่าย OTOP อำเภอ" and "จัดส่งสินค้า" in meeting.conclusions


def test_meeting_conclusions_come_from_any_provider(seeded: Services) -> None:
    extra = MeetingConclusion(date(2026, 10, 20), "ประชุมคณะกรรมการเครือข่าย", "สำนักงานพัฒนาชุมชน", "คัดเลือก 2 กลุ่ม")
    report = seeded.reports.marketing(FY2570, providers=[lambda s, span: [extra]])
    assert report.conclusions == [extra]


def test_activities_equal_the_database(seeded: Services) -> None:
    report = seeded.reports.activities(FY2570)
    a, b = FY2570.first, FY2570.last
    assert report.visits == raw(seeded, "SELECT count(*) FROM visit WHERE visit_date BETWEEN :a AND :b", a=a, b=b) == 3
    assert report.by_purpose[VisitPurpose.BUSINESS_PLAN] == 2 and report.groups_visited == 2
    assert report.sessions == 1 and report.listed == 2 and report.attended == 1
    assert report.by_format[TrainingFormat.NETWORK_MEETING] == (1, 1)
    assert report.found[ProblemCategory.PACKAGING] == 1 and report.found[ProblemCategory.MARKETING] == 1
    assert report.solved == {c: int(c == ProblemCategory.PACKAGING) for c in ProblemCategory}
    assert report.still_open[ProblemCategory.MARKETING] == 1 and report.still_open[ProblemCategory.PACKAGING] == 0
    assert report.problems_found == raw(seeded, "SELECT count(*) FROM problem WHERE found_date BETWEEN :a AND :b",
                                        a=a, b=b)
    by_district = {d.district: d for d in report.districts}
    assert (by_district["บ้านฝาง"].visits, by_district["บ้านฝาง"].problems_found) == (1, 1)
    assert (by_district["เมืองขอนแก่น"].visits, by_district["เมืองขอนแก่น"].attended,
            by_district["เมืองขอนแก่น"].problems_solved) == (2, 1, 1)


def test_a_year_with_no_data_is_refused(seeded: Services) -> None:
    empty = YearSpan(YearKind.FISCAL, 2031)
    for build in (seeded.reports.income_kpi, seeded.reports.marketing, seeded.reports.activities):
        with pytest.raises(NoReportData) as info:
            build(empty)
        assert info.value.english() == ("There is nothing to report for Fiscal year 2574: no records of that year. "
                                        "No file was written.")


def test_calendar_years_too(seeded: Services) -> None:
    span = YearSpan(YearKind.CALENDAR, 2026)
    report = seeded.reports.income_kpi(span)
    assert report.total.current == Money(sales_sql(seeded, date(2026, 1, 1), date(2026, 12, 31)))
    assert [s.be for s in report.before] == [2566, 2567, 2568]


def test_the_demo_reports_equal_the_database() -> None:
    from otop_desk.db.database import Database
    from otop_desk.demo import generate_demo

    db = Database.memory()
    try:
        generate_demo(db, scale="district")
        services = Services(db)
        for year in (2026, 2027):
            span = YearSpan(YearKind.FISCAL, year)
            report = services.reports.income_kpi(span)
            assert report.total.current == Money(sales_sql(services, span.first, span.last))
            for line in report.districts:
                assert line.current == Money(sales_sql(services, span.first, span.last, line.district))
            assert sum(g.current.satang for g in report.groups) == report.total.current.satang
            marketing = services.reports.marketing(span)
            assert marketing.total.total == report.total.current
            assert marketing.fair_sales == Money(raw(
                services, "SELECT sum(s.amount) FROM fair_sale s JOIN fair_entry e ON e.id = s.entry_id "
                          "JOIN trade_fair f ON f.id = e.fair_id WHERE f.start_date BETWEEN :a AND :b",
                a=span.first, b=span.last))
            activities = services.reports.activities(span)
            assert activities.visits == raw(services, "SELECT count(*) FROM visit WHERE visit_date BETWEEN :a AND :b",
                                            a=span.first, b=span.last)
            assert activities.problems_solved == raw(
                services, "SELECT count(*) FROM problem WHERE status = 'resolved' AND resolved_date BETWEEN :a AND :b",
                a=span.first, b=span.last)
    finally:
        db.close()


def test_the_committees_fair_meetings_are_in_the_marketing_report(seeded: Services) -> None:
    from otop_desk.domain.network import MeetingPurpose
    from otop_desk.services.network.data import AgendaData, CommitteeData, MeetingData

    committee = seeded.network.save_committee(CommitteeData(name="คณะกรรมการเครือข่าย OTOP อำเภอชนบท"))
    for day, purpose, resolution in ((date(2026, 11, 20), MeetingPurpose.AFTER_FAIR, "ยอดขายรวม 1,500 บาท จัดงานอีกครั้งเดือนมีนาคม"),
                                     (date(2026, 11, 21), MeetingPurpose.REGULAR, "รับรองรายงานการประชุม")):
        seeded.network.save_meeting(MeetingData(
            committee_id=committee, purpose=purpose, number="1/2570", meeting_date=day, venue="ที่ว่าการอำเภอ",
            agenda=[AgendaData(title="สรุปผลงาน OTOP สัญจร", resolution=resolution)]))
    conclusions = seeded.reports.marketing(FY2570).conclusions
    assert [c.title for c in conclusions] == ["ประชุมเครือข่าย OTOP อำเภอ", "คณะกรรมการเครือข่าย OTOP อำเภอชนบท 1/2570"]
    assert conclusions[1].conclusions == "สรุปผลงาน OTOP สัญจร: ยอดขายรวม 1,500 บาท จัดงานอีกครั้งเดือนมีนาคม"
