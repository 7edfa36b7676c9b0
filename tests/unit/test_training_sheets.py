"""The printed sign-in sheet and attendance summary, and the print-training command."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtGui import QTextTable

from otop_desk.cli import main
from otop_desk.db.database import Database
from otop_desk.domain.enums import TrainingFormat, TrainingTopic
from otop_desk.domain.money import Money
from otop_desk.reports.printing import Laid, ensure_gui_app, lay_out, make_printer, write_pdf
from otop_desk.reports.training_sheets import BLANK_ROWS, attendance_summary, signin_sheet
from otop_desk.services import Services
from otop_desk.services.officer import Profile
from otop_desk.services.training import ParticipantData, TrainingData


@pytest.fixture(autouse=True)
def thai(qapp: object) -> None:
    # pytest-qt's QApplication: a bare QGuiApplication made here would make every later
    # widget test in the same run abort.
    from otop_desk import i18n

    ensure_gui_app()  # registers the Sarabun font
    i18n.install("th")


def training(n: int = 3) -> TrainingData:
    return TrainingData(
        title="อบรมการพัฒนาบรรจุภัณฑ์ & ฉลากสินค้า <OTOP>", topic=TrainingTopic.PACKAGING,
        format=TrainingFormat.WORKSHOP, start_date=date(2026, 11, 20), end_date=date(2026, 11, 21),
        venue="ศาลาประชาคมบ้านโนนสว่าง", speakers="นางสาวกัญญา ศรีสุข", organiser="สพอ.เมืองขอนแก่น",
        budget=Money.parse("12500"),
        participants=[
            ParticipantData(name=f"ผู้เข้าอบรม {i}", organisation="กลุ่มทอผ้า", group_id=None,
                            attended=i != 2, pre_score=Decimal(50) if i != 2 else None,
                            post_score=Decimal("72.5") if i != 2 else None, satisfaction=5 if i != 2 else None)
            for i in range(1, n + 1)
        ],
    )


PROFILE = Profile(name="นางสาวกัญญา ศรีวงศ์", position="นักวิชาการพัฒนาชุมชนชำนาญการ",
                  office="สำนักงานพัฒนาชุมชนอำเภอเมืองขอนแก่น")


def test_signin_sheet_lists_everyone_with_blank_rows_and_a_signature_column() -> None:
    job = signin_sheet(training(), profile=PROFILE)
    assert "รายชื่อผู้เข้ารับการอบรม" in job.html and "ลายมือชื่อ" in job.html
    assert "20 พฤศจิกายน 2569 ถึง 21 พฤศจิกายน 2569" in job.html
    assert "ศาลาประชาคมบ้านโนนสว่าง" in job.html
    assert "&amp; ฉลากสินค้า &lt;OTOP&gt;" in job.html  # user text is escaped
    assert job.html.split('class="grid"')[1].split("</table>")[0].count("<tr>") == 1 + 3 + BLANK_ROWS
    assert f">{3 + BLANK_ROWS}</td>" in job.html
    assert not job.landscape and PROFILE.office in job.header


def test_attendance_summary_shows_scores_and_the_evaluation() -> None:
    job = attendance_summary(training(), profile=PROFILE)
    assert "สรุปผลการเข้ารับการอบรม" in job.html
    assert "2 คน (ร้อยละ 66.7)" in job.html
    assert "+22.50 คะแนน" in job.html and "72.5" in job.html
    assert "ผู้รายงาน" in job.html and PROFILE.name in job.html
    assert job.landscape


def test_both_sheets_render_to_pdf(tmp_path: Path) -> None:
    data = training(60)
    for make in (signin_sheet, attendance_summary):
        out = tmp_path / f"{make.__name__}.pdf"
        pages = write_pdf(make(data, profile=PROFILE), out)
        assert pages >= 2 and out.read_bytes().startswith(b"%PDF")
    assert not list(tmp_path.glob("*.partial"))


def test_print_training_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "t.sqlite3"
    db = Database.open(path)
    tid = Services(db).training.save(training())
    db.close()
    out = tmp_path / "signin.pdf"
    assert main(["print-training", "--db", str(path), "--training", tid.hex[:6], "--sheet", "signin",
                 "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert "signin, 3 participant(s)" in capsys.readouterr().out
    summary = tmp_path / "summary.pdf"
    assert main(["print-training", "--db", str(path), "--training", str(tid), "--sheet", "summary",
                 "--out", str(summary)]) == 0
    assert summary.exists()
    assert main(["print-training", "--db", str(path), "--training", "nothing", "--sheet", "summary",
                 "--out", str(summary)]) == 2
    assert "no training matches" in capsys.readouterr().err


def _grid(laid: Laid) -> QTextTable:
    tables = [frame for frame in laid.doc.rootFrame().childFrames()
              if isinstance(frame, QTextTable) and frame.columns() == 5]
    assert len(tables) == 1
    return tables[0]


def test_signin_rows_are_tall_enough_to_sign_and_nothing_short_wraps() -> None:
    data = training(14)
    data.participants[3].name = "นางสาวสุพัตรา ภูมิพันธ์"
    data.participants[4].name = "นางบุญหลาย คำภูเมือง"
    for i, person in enumerate(data.participants):
        person.phone = f"081-234-56{i:02d}"
        person.organisation = "วิสาหกิจชุมชนกลุ่มแปรรูปอาหารบ้านโนนกุ้งพัฒนา" if i % 2 else "กลุ่มทอผ้า"
    job = signin_sheet(data, profile=PROFILE)
    layouts = lay_out(job)
    assert len(layouts) == 1
    laid = layouts[0]
    table = _grid(laid)
    layout = laid.doc.documentLayout()
    centimetre = make_printer(job).resolution() / 2.54

    def top(row: int) -> float:
        return layout.blockBoundingRect(table.cellAt(row, 0).firstCursorPosition().block()).top()

    for row in range(1, table.rows() - 1):
        assert top(row + 1) - top(row) >= centimetre, f"row {row} is too low to sign in"
    sign_left = layout.blockBoundingRect(table.cellAt(1, 4).firstCursorPosition().block()).left()
    phone_left = layout.blockBoundingRect(table.cellAt(1, 3).firstCursorPosition().block()).left()
    assert layout.frameBoundingRect(table).right() - sign_left >= 3.5 * centimetre, "no room to sign"
    assert sign_left - phone_left >= 2 * centimetre
    for column in range(table.columns()):  # ลำดับ, ชื่อ-สกุล, ... each on one line
        header = table.cellAt(0, column).firstCursorPosition().block()
        assert header.layout().lineCount() == 1, header.text()
    for row in range(1, 15):
        name = table.cellAt(row, 1).firstCursorPosition().block()
        phone = table.cellAt(row, 3).firstCursorPosition().block()
        assert name.text() and name.layout().lineCount() == 1, name.text()
        assert phone.text().startswith("081-") and phone.layout().lineCount() == 1, phone.text()
