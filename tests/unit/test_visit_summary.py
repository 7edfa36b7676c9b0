"""The printed visit summary: its content, a long visit over several pages, the CLI."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest

from otop_desk.cli import main
from otop_desk.db.database import Database
from otop_desk.domain.enums import ProblemCategory, ProductType
from otop_desk.reports.printing import ensure_gui_app, write_pdf
from otop_desk.reports.visit_summary import collect, summary_html, visits_job
from otop_desk.services import Services
from otop_desk.services.groups import GroupData, MemberData, ProductData
from otop_desk.services.officer import Profile
from otop_desk.services.visits import FollowUpData, FoundProblem, VisitData
from otop_desk.ui import i18n


@pytest.fixture(autouse=True)
def thai(qapp: object) -> None:
    # pytest-qt's QApplication first: a bare QGuiApplication would clash with widget tests.
    ensure_gui_app()
    i18n.install("th")


def seed(services: Services, *, long: bool = False) -> tuple[uuid.UUID, uuid.UUID]:
    services.officer.save(Profile(name="นางสาวกัญญา ใจดี", position="นักวิชาการพัฒนาชุมชนชำนาญการ",
                                  office="สำนักงานพัฒนาชุมชนอำเภอเมืองขอนแก่น", province="ขอนแก่น"))
    group = services.groups.save(GroupData(
        name="กลุ่มทอผ้าไหมบ้านโนนสว่าง", product_type=ProductType.TEXTILE, moo=5, village="บ้านโนนสว่าง",
        subdistrict="โคกสี", district="เมืองขอนแก่น", province="ขอนแก่น", leader_name="นางสมศรี ทองดี",
        member_count=12, members=[MemberData(name="นางสมศรี ทองดี"), MemberData(name="นางบุญมา แสงทอง")],
        products=[ProductData(name="ผ้าไหมมัดหมี่", star_level=4, star_year=2024)]))
    member = services.groups.get(group).members[0].id
    text = "กลุ่มมีความตั้งใจในการพัฒนาผลิตภัณฑ์ผ้าไหมมัดหมี่ลายดั้งเดิม " * (120 if long else 1)
    first = services.visits.save(VisitData(
        group_id=group, visit_date=date(2026, 10, 21), officers="นางสาวกัญญา ใจดี", people_met=6,
        member_ids=frozenset({member}), observations=text, advice="ให้จดบันทึกรายรับรายจ่ายทุกวัน",
        next_visit_date=date(2026, 11, 21),
        actions=[FollowUpData("จัดทำบัญชีครัวเรือน", date(2026, 11, 5), "ประธานกลุ่ม")],
        problems=[FoundProblem(ProblemCategory.FINANCE, "ไม่มีการทำบัญชีรับ-จ่าย")]))
    second = services.visits.save(VisitData(group_id=group, visit_date=date(2026, 10, 28),
                                            officers="นางสาวกัญญา ใจดี", people_met=3))
    return first, second


def test_summary_shows_every_part_in_thai(services: Services) -> None:
    first, _ = seed(services)
    [summary] = collect(services, [first])
    body = summary_html(summary, services.officer.get())
    for expected in ("บันทึกการติดตามเยี่ยมกลุ่มผู้ผลิตผู้ประกอบการ OTOP", "กลุ่มทอผ้าไหมบ้านโนนสว่าง",
                     "ม.5 บ้านโนนสว่าง ต.โคกสี อ.เมืองขอนแก่น จ.ขอนแก่น",
                     "ผ้า เครื่องแต่งกาย", "ระดับ 4 ดาว (ผ้าไหมมัดหมี่) ปี 2567", "21 ตุลาคม 2569",
                     "6 คน: นางบุญมา แสงทอง", "การเงินและบัญชี", "ไม่มีการทำบัญชีรับ-จ่าย", "เปิดอยู่",
                     "จัดทำบัญชีครัวเรือน", "5 พฤศจิกายน 2569", "21 พฤศจิกายน 2569", "(ลงชื่อ)",
                     "นักวิชาการพัฒนาชุมชนชำนาญการ", "ประธานกลุ่ม"):
        assert expected in body, expected


def test_long_visit_flows_over_pages_and_month_prints_together(services: Services, tmp_path: Path) -> None:
    first, second = seed(services, long=True)
    pdf = tmp_path / "long.pdf"
    pages = write_pdf(visits_job(services, [first]), pdf)
    data = pdf.read_bytes()
    assert pages >= 2 and data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    both = write_pdf(visits_job(services, [first, second]), tmp_path / "both.pdf")
    assert both == pages + 1  # each visit starts on a new page
    job = visits_job(services, [first, second])
    assert "2 ครั้ง" in job.title and "สำนักงานพัฒนาชุมชนอำเภอเมืองขอนแก่น" in job.header


def test_cli_print_visit_by_prefix_and_month(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "cli.sqlite3"
    db = Database.open(path)
    first, _ = seed(Services(db))
    db.close()
    out = tmp_path / "one.pdf"
    assert main(["print-visit", "--db", str(path), "--visit", first.hex[:8], "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF-")
    assert main(["print-visits", "--db", str(path), "--month", "2569-10", "--out", str(tmp_path / "m.pdf")]) == 0
    assert "2 visit(s)" in capsys.readouterr().out
    assert main(["print-visits", "--db", str(path), "--month", "2026-09", "--out", str(tmp_path / "e.pdf")]) == 1
    assert main(["print-visit", "--db", str(path), "--visit", "ffffffff", "--out", str(out)]) == 2
    assert "no single visit" in capsys.readouterr().err
