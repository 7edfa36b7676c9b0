"""The Reports menu, driven through its dialogs: a report of a fiscal year as a workbook and
as a PDF, a year with nothing to report (said, no file), the year chooser's fiscal and
calendar years, and the evidence pack of a group."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from otop_desk.domain.fiscal import YearKind, YearSpan
from otop_desk.services import Services
from otop_desk.services.reports import ReportKind
from otop_desk.ui import messages
from otop_desk.ui.plans.report_dialogs import PDF, XLSX, EvidenceDialog, ReportDialog
from otop_desk.ui.widgets.field_marks import INVALID
from tests.ui.conftest import type_text
from tests.unit.plan_helpers import make_group, sell


def save(dialog: Any) -> None:
    QTest.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


@pytest.fixture
def save_to(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, Any]:
    asked: dict[str, Any] = {"names": []}

    def ask(_parent: Any, _title: str, suggested: str, _filter: str, suffix: str) -> Path:
        asked["names"].append(str(suggested))
        return tmp_path / f"out{suffix}"

    monkeypatch.setattr(messages, "ask_save_path", ask)
    return asked


def cells(path: Path) -> list[Any]:
    book = load_workbook(path, read_only=True)
    return [value for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for value in row]


def test_the_income_kpi_of_a_fiscal_year_as_a_workbook_and_a_pdf(
        qtbot: Any, services: Services, save_to: dict[str, Any], tmp_path: Path) -> None:
    made = make_group(services)
    sell(services, made.group_id, date(2026, 10, 2), 12_000)  # ปีงบประมาณ 2570
    sell(services, made.group_id, date(2026, 11, 15), 3_500)
    sell(services, made.group_id, date(2026, 9, 30), 9_000)  # ปีงบประมาณ 2569: the baseline
    dialog = ReportDialog(services, ReportKind.INCOME_KPI)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.year.year.currentText() == "ปีงบประมาณ 2570"  # fiscal, this year, by default
    assert dialog.year.kind.currentText() == "ปีงบประมาณ (ต.ค.–ก.ย.)"
    dialog.format.setCurrentIndex(dialog.format.findData(XLSX))
    save(dialog)
    assert save_to["names"] == ["income-kpi-FY2570.xlsx"]
    assert dialog.written is not None and not dialog.isVisible()
    workbook = tmp_path / "out.xlsx"
    values = cells(workbook)
    assert "กลุ่มทอผ้าบ้านหนองแวง" in values
    assert 15_500 in values  # the year's sales, as the database sums them
    report = services.reports.income_kpi(YearSpan(YearKind.FISCAL, 2027))
    assert report.total.current.satang == 1_550_000

    again = ReportDialog(services, ReportKind.INCOME_KPI)
    qtbot.addWidget(again)
    again.show()
    again.format.setCurrentIndex(again.format.findData(PDF))
    save(again)
    assert (tmp_path / "out.pdf").read_bytes()[:5] == b"%PDF-" and again.written["pages"] >= 1


def test_a_year_with_nothing_to_report_writes_nothing(
        qtbot: Any, services: Services, save_to: dict[str, Any], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(messages, "show_validation", lambda _p, e: said.append(e.english()))
    dialog = ReportDialog(services, ReportKind.ACTIVITIES)
    qtbot.addWidget(dialog)
    dialog.show()
    save(dialog)
    assert said == ["There is nothing to report for Fiscal year 2570: no records of that year. No file was written."]
    assert dialog.isVisible() and dialog.written is None  # open for another year
    assert list(tmp_path.iterdir()) == []


def test_the_year_chooser_offers_calendar_years_too(qtbot: Any, services: Services) -> None:
    dialog = ReportDialog(services, ReportKind.MARKETING)
    qtbot.addWidget(dialog)
    chosen: list[YearSpan] = []
    dialog.year.chosen.connect(chosen.append)
    dialog.year.kind.setCurrentIndex(dialog.year.kind.findData(YearKind.CALENDAR))
    assert dialog.year.year.currentText() == "ปี พ.ศ. 2569"
    assert chosen == [YearSpan(YearKind.CALENDAR, 2026)]
    assert dialog.chosen()[1] == YearSpan(YearKind.CALENDAR, 2026)


def test_the_evidence_pack_needs_a_group(
        qtbot: Any, services: Services, save_to: dict[str, Any], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    made = make_group(services)
    said: list[Any] = []
    monkeypatch.setattr(messages, "show_validation", lambda _p, e: said.append(e.field or e.english()))
    monkeypatch.setattr(messages, "show_info", lambda _p, _t, text: said.append(text))
    dialog = EvidenceDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.year.currentText() == "ปีงบประมาณ 2570"
    save(dialog)
    assert said == ["Group"] and dialog.group.property(INVALID) is True
    dialog.group.setFocus()
    type_text(dialog.group.lineEdit(), "กลุ่มทอผ้าบ้านหนองแวง")
    save(dialog)  # nothing of the group in the year yet: said, and nothing written
    assert said[-1].startswith("There is nothing to report for Fiscal year 2570")
    assert dialog.isVisible() and list(tmp_path.iterdir()) == []
    sell(services, made.group_id, date(2026, 10, 2), 12_000)
    save(dialog)
    assert dialog.written == tmp_path / "out.pdf" and dialog.written.read_bytes()[:5] == b"%PDF-"
    assert said[-1].startswith("out.pdf: บันทึกแล้ว ")
