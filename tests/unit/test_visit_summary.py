"""The printed visit summary: its content, a long visit over several pages, the CLI."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument

from otop_desk import i18n
from otop_desk.cli import main
from otop_desk.db.database import Database
from otop_desk.domain.enums import ProblemCategory, ProductType
from otop_desk.reports.printing import Laid, ensure_gui_app, lay_out, write_pdf
from otop_desk.reports.visit_summary import collect, summary_html, visits_job
from otop_desk.services import Services
from otop_desk.services.groups import GroupData, MemberData, ProductData
from otop_desk.services.officer import Profile
from otop_desk.services.visits import FollowUpData, FoundProblem, VisitData
from tests.register_helpers import save_group


@pytest.fixture(autouse=True)
def thai(qapp: object) -> None:
    # pytest-qt's QApplication first: a bare QGuiApplication would clash with widget tests.
    ensure_gui_app()
    i18n.install("th")


def blocks(doc: QTextDocument) -> list[QTextBlock]:
    found = []
    block = doc.begin()
    while block.isValid():
        found.append(block)
        block = block.next()
    return found


def seed(services: Services, *, long: bool = False, repeat: int = 1, problems: int = 1, actions: int = 1,
         lines: int = 1) -> tuple[uuid.UUID, uuid.UUID]:
    services.officer.save(Profile(name="นางสาวกัญญา ใจดี", position="นักวิชาการพัฒนาชุมชนชำนาญการ",
                                  office="สำนักงานพัฒนาชุมชนอำเภอเมืองขอนแก่น", province="ขอนแก่น"))
    group = save_group(services, GroupData(
        name="กลุ่มทอผ้าไหมบ้านโนนสว่าง", product_type=ProductType.TEXTILE, moo=5, village="บ้านโนนสว่าง",
        subdistrict="โคกสี", district="เมืองขอนแก่น", province="ขอนแก่น", leader_name="นางสมศรี ทองดี",
        member_count=12, members=[MemberData(name="นางสมศรี ทองดี"), MemberData(name="นางบุญมา แสงทอง")],
        products=[ProductData(name="ผ้าไหมมัดหมี่", star_level=4, star_year=2024)]))
    member = services.groups.get(group).members[0].id
    text = "กลุ่มมีความตั้งใจในการพัฒนาผลิตภัณฑ์ผ้าไหมมัดหมี่ลายดั้งเดิม " * (120 if long else repeat * lines)
    advice = " ".join(["ให้จดบันทึกรายรับรายจ่ายทุกวันและสรุปยอดทุกสิ้นเดือน"] * lines)
    first = services.visits.save(VisitData(
        group_id=group, visit_date=date(2026, 10, 21), officers="นางสาวกัญญา ใจดี", people_met=6,
        member_ids=frozenset({member}), observations=text, advice=advice if lines > 1 else "ให้จดบันทึกรายรับรายจ่ายทุกวัน",
        next_visit_date=date(2026, 11, 21),
        actions=[FollowUpData("จัดทำบัญชีครัวเรือน", date(2026, 11, 5), "ประธานกลุ่ม"),
                 FollowUpData("ติดต่อสำนักงานเกษตรอำเภอเรื่องวัตถุดิบ", date(2026, 11, 15), "เลขานุการกลุ่ม")][:actions],
        problems=[FoundProblem(ProblemCategory.FINANCE, "ไม่มีการทำบัญชีรับ-จ่าย"),
                  FoundProblem(ProblemCategory.MARKETING, "ขายได้เฉพาะในหมู่บ้าน ยังไม่มีช่องทางออนไลน์")][:problems]))
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


def _signature_rect(laid: Laid) -> QRectF:
    """Where the signatures (officer and group leader, side by side) stand in the laid-out
    document: the table that holds the two "(ลงชื่อ)" lines."""
    signs = [b for b in blocks(laid.doc) if b.text().startswith("(ลงชื่อ)")]
    assert len(signs) == 2
    tables = {QTextCursor(b).currentTable().firstPosition(): QTextCursor(b).currentTable() for b in signs}
    [table] = tables.values()
    return laid.doc.documentLayout().frameBoundingRect(table)


def _bottom_above(laid: Laid, before: float, *, text: bool = False) -> float:
    """The bottom of the last paragraph (with text, if ``text``) above ``before``."""
    layout = laid.doc.documentLayout()
    return max(layout.blockBoundingRect(b).bottom() for b in blocks(laid.doc)
               if layout.blockBoundingRect(b).bottom() <= before and (b.text().strip("\xa0 ") or not text))


def test_a_visit_that_fits_on_a_page_prints_on_one(services: Services) -> None:
    first, _ = seed(services)
    [laid] = lay_out(visits_job(services, [first]))
    assert len(laid.clips) == 1
    signatures = _signature_rect(laid)
    assert _bottom_above(laid, signatures.top(), text=True) < signatures.top() < signatures.bottom() <= laid.page_height


def test_a_fuller_visit_still_fits_on_one_page(services: Services) -> None:
    """Two problems, two follow-ups and a few lines of observations and advice."""
    first, _ = seed(services, problems=2, actions=2, lines=3)
    [laid] = lay_out(visits_job(services, [first]))
    assert len(laid.clips) == 1


def test_the_signatures_move_to_the_next_page_only_when_they_would_be_split(
        services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    """Visits whose observations grow line by line: laid out as printed, and again with
    nothing kept together, to see where the signatures would have fallen."""
    moved = stayed = 0
    for repeat in range(8, 40, 2):
        first, _ = seed(services, repeat=repeat)
        job = visits_job(services, [first])
        [laid] = lay_out(job)
        with monkeypatch.context() as m:
            m.setattr("otop_desk.reports.print_layout.keep_marked_together", lambda doc, height: None)
            [loose] = lay_out(job)
        height = laid.page_height
        where, would = _signature_rect(laid), _signature_rect(loose)
        page = int(where.top() // height)
        assert page == int((where.bottom() - 1) // height), "the signatures are split"
        assert page == len(laid.clips) - 1, "a page after the signatures"
        if int(would.top() // height) != int((would.bottom() - 1) // height):
            assert page == int(would.top() // height) + 1
            # the last line before them (นัดเยี่ยมครั้งต่อไป) went along: they are not alone
            assert int(_bottom_above(laid, where.top(), text=True) // height) == page
            assert where.top() < page * height + height / 5
            moved += 1
        else:
            assert where.top() == would.top(), "the signatures left a page they fit on"
            stayed += 1
    assert moved and stayed
