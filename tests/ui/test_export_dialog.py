"""The export dialog and the conflict dialog, driven through their real widgets."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt

from otop_desk.exchange.jobs import export_month
from otop_desk.services import Services
from otop_desk.ui import messages
from otop_desk.ui.exports.conflict_dialog import ConflictDialog
from otop_desk.ui.exports.export_dialog import ExportDialog
from otop_desk.ui.exports.importing import import_files
from otop_desk.ui.exports.menu import PendingLabel
from tests.ui.conftest import type_text
from tests.unit.workbook_helpers import set_group, small_db, stamp


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(messages, "show_info", lambda _p, _t, text: said.append(text))
    monkeypatch.setattr(messages, "show_error", lambda _p, _t, text: said.append("ERROR " + text))
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    return said


def test_export_dialog_writes_the_month_and_records_the_batch(
        qtbot: Any, services: Services, settings: Any, tmp_path: Path, shown: list[str]) -> None:
    small_db(services.db)
    label = PendingLabel(services)
    qtbot.addWidget(label)
    assert "2" in label.text()
    dialog = ExportDialog(services, settings, today=date(2026, 12, 3))
    qtbot.addWidget(dialog)
    assert dialog.month() == (2026, 11) and dialog.year_box.value() == 2569
    assert "2" in dialog.pending_label.text()
    dialog.path_edit.clear()
    type_text(dialog.path_edit, str(tmp_path / "รายงาน-พย"))
    qtbot.mouseClick(dialog.no_personal, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    out = tmp_path / "รายงาน-พย.xlsx"
    assert out.exists() and str(out) in shown[-1]
    assert openpyxl.load_workbook(out)["สรุป"]["B7"].value == "พฤศจิกายน 2569"
    assert dialog.history.rowCount() == 1
    assert dialog.history.row_at(0).without_personal_data
    # Nothing pending now; the batch can be marked uploaded from the list.
    label.refresh()
    assert label.text() == "ส่งออกครบแล้ว"
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.uploaded_button, Qt.MouseButton.LeftButton)
    assert services.exports.batches()[0].uploaded_at is not None
    type_text(dialog.search, "xyz")
    assert dialog.table.model().rowCount() == 0


def test_export_dialog_needs_a_file_name(qtbot: Any, services: Services, settings: Any,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    errors: list[Any] = []
    monkeypatch.setattr(messages, "show_validation", lambda _p, error: errors.append(error))
    dialog = ExportDialog(services, settings)
    qtbot.addWidget(dialog)
    dialog.path_edit.clear()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert errors and errors[0].field == "File"
    assert services.exports.batches() == []


def test_an_import_shows_its_conflicts_and_a_person_takes_the_other_value(
        qtbot: Any, services: Services, tmp_path: Path, on_modal: Any, shown: list[str]) -> None:
    from otop_desk.db.database import Database
    from otop_desk.domain.clock import FixedClock

    officer = Database.open(tmp_path / "officer.sqlite3", clock=FixedClock(stamp(0)))
    services.db.use_clock(FixedClock(stamp(0)))
    gid = small_db(officer)
    export_month(officer, 2026, 11, tmp_path / "1.xlsx")
    assert import_files(None, services, [tmp_path / "1.xlsx"]) is not None
    set_group(officer, gid, stamp(5), name="ของพัฒนากร")
    set_group(services.db, gid, stamp(6), name="ของอำเภอ")  # later: kept
    export_month(officer, 2026, 11, tmp_path / "2.xlsx")

    def decide(dialog: ConflictDialog) -> None:
        assert dialog.model.rowCount() == 1
        row = [dialog.proxy.index(0, c).data() for c in range(dialog.model.columnCount())]
        assert row[1:5] == ["กลุ่มผู้ผลิต", "ของอำเภอ", "ชื่อกลุ่ม", "ของอำเภอ"] and row[6] == "ของพัฒนากร"
        dialog.table.selectRow(0)
        qtbot.mouseClick(dialog.other_button, Qt.MouseButton.LeftButton)
        assert dialog.model.rowCount() == 0

    on_modal(ConflictDialog, decide)
    summary = import_files(None, services, [tmp_path / "2.xlsx"])
    assert summary is not None and summary.conflicts == 1
    assert services.groups.get(gid).name == "ของพัฒนากร"  # the person's choice, now an edit here
    officer.close()


def test_a_file_database_is_exported_by_a_child_process(
        qtbot: Any, file_db: Any, settings: Any, tmp_path: Path, shown: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from otop_desk.ui.exports import jobs

    small_db(file_db)
    services = Services(file_db)
    children: list[list[str]] = []
    real_run_child = jobs.run_child

    def spy(*args: Any, **kwargs: Any) -> Any:
        children.append(args[3])
        assert kwargs == {"checked": True}  # the window's check passed: the child skips its own
        return real_run_child(*args, **kwargs)

    monkeypatch.setattr(jobs, "run_child", spy)
    dialog = ExportDialog(services, settings, today=date(2026, 12, 3))
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "พย.xlsx"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert children and children[0][:3] == ["export", "--month", "2026-11"]
    out = tmp_path / "พย.xlsx"
    assert out.exists() and str(out) in shown[-1] and "ERROR" not in shown[-1]
    assert openpyxl.load_workbook(out)["สรุป"]["B7"].value == "พฤศจิกายน 2569"
    # The child recorded the batch in the same database file.
    assert dialog.history.rowCount() == 1 and services.exports.batches()[0].file_name == "พย.xlsx"
