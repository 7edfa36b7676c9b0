"""The printed plan, the department's reports and the evidence pack as files: the commands
print-plan, report and evidence-pack, what the documents say, a year with nothing to
report, and a Cancel that leaves no file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from otop_desk.child_jobs import JobCancelled
from otop_desk.cli import main
from otop_desk.db.database import Database
from otop_desk.domain.fiscal import YearKind, YearSpan
from otop_desk.reports.evidence import evidence_job, gather
from otop_desk.reports.plan_jobs import write_report
from otop_desk.reports.plan_print import collect, plan_html
from otop_desk.services import Services
from otop_desk.services.reports import ReportKind
from tests.unit.plan_helpers import B, make_group, sell

FY2570 = 2027


@pytest.fixture(autouse=True)
def thai(qapp: object) -> None:
    from otop_desk import i18n

    i18n.install("th")


def planned(services: Services) -> tuple[object, object]:
    made = make_group(services)
    draft = services.plans.draft(made.group_id, FY2570)
    draft.summary = "ผลิตผ้าไหมมัดหมี่ลายโบราณ"
    draft.targets = [B(10_000)] * 12
    version = services.plans.save(draft)
    services.plans.agree(version, date(2026, 11, 20))
    sell(services, made.group_id, date(2026, 10, 5), 4_000)
    return made.group_id, version


def test_the_printed_plan_is_thai_with_be_dates_and_two_signatures(services: Services) -> None:
    _group, version = planned(services)
    html = plan_html(collect(services, version), "th")
    for words in ("แผนธุรกิจกลุ่มทอผ้าบ้านหนองแวง", "ปีงบประมาณ 2570", "แผนการผลิต", "แผนการตลาด",
                  "แผนการบริหารจัดการ", "แผนการเงิน", "ประธานกลุ่ม", "นักวิชาการพัฒนาชุมชน",
                  "20 พฤศจิกายน 2569", "ผลิตผ้าไหมมัดหมี่ลายโบราณ", "120,000.00"):
        assert words in html, words


def test_the_evidence_pack_has_its_sections(services: Services) -> None:
    group_id, _version = planned(services)
    job = evidence_job(gather(services, group_id, FY2570, "th"))
    text = "".join(job.parts())
    assert job.title == "แฟ้มหลักฐานผลการดำเนินงาน: กลุ่มทอผ้าบ้านหนองแวง ปีงบประมาณ 2570"
    for words in ("กิจกรรมใน", "แผนธุรกิจเทียบกับยอดขายจริง", "แบบบันทึกองค์ความรู้",
                  "ปัจจัยแห่งความสำเร็จ", "ปัญหาอุปสรรคและแนวทางแก้ไข"):
        assert words in text, words


def test_the_commands_write_the_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.sqlite3"
    db = Database.open(path)
    group_id, _version = planned(Services(db))
    db.close()
    pdf = tmp_path / "plan.pdf"
    assert main(["print-plan", "--db", str(path), "--group", group_id.hex[:8], "--year", "2570",
                 "--out", str(pdf)]) == 0
    assert pdf.read_bytes()[:5] == b"%PDF-" and "business plan" in capsys.readouterr().out
    assert main(["print-plan", "--db", str(path), "--group", group_id.hex[:8], "--year", "2569",
                 "--out", str(tmp_path / "none.pdf")]) == 2
    assert "no business plan for Fiscal year 2569" in capsys.readouterr().err
    assert not (tmp_path / "none.pdf").exists()

    book = tmp_path / "kpi.xlsx"
    assert main(["report", "--db", str(path), "--kind", "income-kpi", "--year", "2570", "--out", str(book)]) == 0
    values = [v for s in load_workbook(book).worksheets for row in s.iter_rows(values_only=True) for v in row]
    assert 4_000 in values and "กลุ่มทอผ้าบ้านหนองแวง" in values
    assert main(["report", "--db", str(path), "--kind", "income-kpi", "--year", "2570",
                 "--out", str(tmp_path / "kpi.pdf")]) == 0
    assert (tmp_path / "kpi.pdf").read_bytes()[:5] == b"%PDF-"
    capsys.readouterr()
    # No visit, training or problem in the year: said, and no file.
    assert main(["report", "--db", str(path), "--kind", "activities", "--year", "2570",
                 "--out", str(tmp_path / "a.pdf")]) == 2
    assert "nothing to report for Fiscal year 2570" in capsys.readouterr().err
    assert not (tmp_path / "a.pdf").exists()
    pack = tmp_path / "pack.pdf"
    assert main(["evidence-pack", "--db", str(path), "--group", group_id.hex, "--year", "2570",
                 "--out", str(pack)]) == 0
    assert pack.read_bytes()[:5] == b"%PDF-"


def test_nothing_to_report_and_cancel_leave_no_file(services: Services, tmp_path: Path) -> None:
    from otop_desk.domain.errors import ValidationError

    out = tmp_path / "kpi.xlsx"
    with pytest.raises(ValidationError) as info:
        write_report(services, ReportKind.INCOME_KPI, YearSpan(YearKind.FISCAL, FY2570), out)
    assert "nothing to report" in info.value.english()
    planned(services)
    for suffix in (".xlsx", ".pdf"):
        target = tmp_path / f"kpi{suffix}"
        calls: list[int] = []

        def cancel_after_two(done: int, total: int, calls: list[int] = calls) -> bool:
            calls.append(done)
            return len(calls) < 3

        with pytest.raises(JobCancelled):
            write_report(services, ReportKind.INCOME_KPI, YearSpan(YearKind.FISCAL, FY2570), target,
                         progress=cancel_after_two)
        assert list(tmp_path.iterdir()) == [], suffix


def test_the_evidence_pack_prints_the_years_cleared_activity_photos(services: Services, tmp_path: Path) -> None:
    from otop_desk.services.photos import Owner
    from otop_desk.services.visits import VisitData
    from tests.photo_helpers import write_jpeg

    group_id, _version = planned(services)
    visit = Owner("visit", services.visits.save(VisitData(
        group_id=group_id, visit_date=date(2026, 11, 10), officers="นางสาวมณี ใจดี", people_met=5)))
    services.photos.attach(visit, [write_jpeg(tmp_path / "loom.jpg", seed=1)], caption="กี่ทอผ้าของกลุ่ม")
    services.photos.attach(visit, [write_jpeg(tmp_path / "faces.jpg", seed=2)], people_close=True)
    job = evidence_job(gather(services, group_id, FY2570, "th"))
    pages = [page for page in job.parts() if "ภาพกิจกรรม" in page and "data:image/jpeg" in page]
    assert len(pages) == 1
    assert pages[0].count("data:image/jpeg") == 1  # the close-up without consent is left off
    assert "กี่ทอผ้าของกลุ่ม" in pages[0] and "ไม่ได้พิมพ์" in pages[0]


def test_a_pack_without_photos_has_no_photo_page(services: Services) -> None:
    group_id, _version = planned(services)
    job = evidence_job(gather(services, group_id, FY2570, "th"))
    assert not any("data:image/jpeg" in page for page in job.parts())
