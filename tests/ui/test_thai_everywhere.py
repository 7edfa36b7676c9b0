"""Every window and dialog of the Thai UI, walked as a person sees it: no English word
(names, units and codes aside) and no '&' drawn as a character, Qt's own print, page-setup,
file and message dialogs included."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton, QWidget

from otop_desk import i18n
from otop_desk.db.database import Database
from otop_desk.demo import generate_demo
from otop_desk.domain.enums import ProblemStatus
from otop_desk.domain.money import Money
from otop_desk.services import Services
from otop_desk.ui import messages
from otop_desk.ui.common.settings import AppSettings
from tests.ui.thai_walk import Shown, problems, walk

TODAY = date(2026, 11, 21)


@dataclass
class Demo:
    services: Services
    settings: AppSettings
    group: uuid.UUID
    visit: uuid.UUID
    problem: uuid.UUID
    training: uuid.UUID
    fair: uuid.UUID
    folder: Path


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, qapp: QApplication) -> Iterator[Demo]:
    folder = tmp_path_factory.mktemp("thai")
    db = Database.open(folder / "demo.sqlite3")
    generate_demo(db, today=TODAY)
    services = Services(db)
    services.backups.back_up("manual", now=datetime(2026, 11, 20, 8, 30))
    group = max(services.groups.rows(), key=lambda g: len(services.visits.rows(group_id=g.id))).id
    visit = services.visits.rows(group_id=group)[0].id
    problem = next(p.id for p in services.problems.rows() if p.status == ProblemStatus.OPEN)
    training = services.training.rows()[0].id
    fair = services.fairs.rows()[0].id
    yield Demo(services, AppSettings(folder / "settings.ini"), group, visit, problem, training, fair, folder)
    db.close()


def show(qtbot: Any, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(max(widget.width(), 1000), max(widget.height(), 700))
    widget.show()
    qtbot.waitExposed(widget)
    return widget


# the app's own windows ---------------------------------------------------------------
def _main_window(d: Demo) -> QWidget:
    from otop_desk.ui.shell.main_window import MainWindow

    return MainWindow(d.services, d.settings)


def _group(d: Demo, edit: bool) -> QWidget:
    from otop_desk.ui.groups.form import GroupDialog

    return GroupDialog(d.services, d.services.groups.get(d.group) if edit else None)


def _visit(d: Demo, edit: bool) -> QWidget:
    from otop_desk.ui.visits.form import VisitDialog

    return VisitDialog(d.services, d.services.visits.get(d.visit) if edit else None)


def _problem(d: Demo, edit: bool) -> QWidget:
    from otop_desk.ui.problems.form import ProblemDialog

    return ProblemDialog(d.services, d.services.problems.get(d.problem) if edit else None)


def _training(d: Demo, edit: bool) -> QWidget:
    from otop_desk.ui.training.form import TrainingDialog

    return TrainingDialog(d.services, d.services.training.get(d.training) if edit else None)


def _costing(d: Demo, edit: bool) -> QWidget:
    from otop_desk.ui.books.costing_dialog import CostingDialog

    product = next(p for p in d.services.groups.get(d.group).products)
    assert product.id is not None
    sheets = [s for s in d.services.costing.rows(d.group)] if edit else []
    data = d.services.costing.get(sheets[0].id) if sheets else d.services.costing.draft(product.id)
    return CostingDialog(d.services, d.group, data, new=not sheets)


def _fair(d: Demo, edit: bool) -> QWidget:
    from otop_desk.ui.books.fair_dialogs import FairDialog

    return FairDialog(d.services, d.services.fairs.get(d.fair) if edit else None)


WINDOWS: dict[str, Callable[[Demo], QWidget]] = {
    "main window": _main_window,
    "group (new)": lambda d: _group(d, False),
    "group (edit)": lambda d: _group(d, True),
    "visit (new)": lambda d: _visit(d, False),
    "visit (edit)": lambda d: _visit(d, True),
    "problem (new)": lambda d: _problem(d, False),
    "problem (edit)": lambda d: _problem(d, True),
    "training (new)": lambda d: _training(d, False),
    "training (edit)": lambda d: _training(d, True),
    "costing (new)": lambda d: _costing(d, False),
    "costing (edit)": lambda d: _costing(d, True),
    "fair (new)": lambda d: _fair(d, False),
    "fair (edit)": lambda d: _fair(d, True),
}


def _add(name: str) -> Callable[[Callable[[Demo], QWidget]], Callable[[Demo], QWidget]]:
    def register(build: Callable[[Demo], QWidget]) -> Callable[[Demo], QWidget]:
        WINDOWS[name] = build
        return build

    return register


@_add("group profile")
def _group_profile(d: Demo) -> QWidget:
    from otop_desk.ui.home.profile_dialog import GroupProfileDialog

    return GroupProfileDialog(d.services, d.group, today=TODAY)


@_add("group history")
def _group_history(d: Demo) -> QWidget:
    from otop_desk.ui.visits.history import GroupHistoryDialog

    return GroupHistoryDialog(d.services, d.group)


@_add("problem action")
def _problem_action(d: Demo) -> QWidget:
    from otop_desk.ui.problems.actions import ActionDialog

    return ActionDialog(d.services, d.problem)


@_add("problem resolve")
def _problem_resolve(d: Demo) -> QWidget:
    from otop_desk.ui.problems.actions import SettleDialog

    return SettleDialog(d.services, d.problem, resolved=True)


@_add("problem close unresolved")
def _problem_close(d: Demo) -> QWidget:
    from otop_desk.ui.problems.actions import SettleDialog

    return SettleDialog(d.services, d.problem, resolved=False)


@_add("member picker")
def _member_picker(d: Demo) -> QWidget:
    from otop_desk.ui.training.member_picker import MemberPickerDialog

    return MemberPickerDialog(d.services, set())


@_add("print choice")
def _print_choice(d: Demo) -> QWidget:
    from otop_desk.ui.training.print_choice import PrintChoiceDialog

    return PrintChoiceDialog(d.services.training.get(d.training).title, "signin")


@_add("trainings of a group")
def _group_trainings(d: Demo) -> QWidget:
    from otop_desk.ui.training.group_trainings import GroupTrainingsDialog

    return GroupTrainingsDialog(d.services, group_id=d.group)


@_add("person's data")
def _person_rights(d: Demo) -> QWidget:
    from otop_desk.ui.privacy.dialog import PersonRightsDialog

    dialog = PersonRightsDialog(d.services)
    dialog.who.setText(d.services.groups.get(d.group).members[0].name)
    dialog.search()
    return dialog


@_add("photo viewer")
def _photo_viewer(d: Demo) -> QWidget:
    from otop_desk.services.photos import Owner
    from otop_desk.ui.photos.strip import PhotoStrip
    from otop_desk.ui.photos.viewer import PhotoViewer
    from tests.photo_helpers import exif_bytes, write_jpeg

    owner = Owner("visit", d.visit)
    if not d.services.photos.count(owner):
        photo = write_jpeg(d.folder / "IMG_0001.JPG", exif=exif_bytes(taken="2026:11:20 10:15:00",
                                                                     gps=(16.44, 102.83)))
        d.services.photos.attach(owner, [photo], caption="สาธิตการย้อมคราม", people_close=True)
    return PhotoViewer(PhotoStrip(d.services, owner), 0)


@_add("fair applicants")
def _applicants(d: Demo) -> QWidget:
    from otop_desk.ui.books.fair_dialogs import ApplicantsDialog

    return ApplicantsDialog(d.services, set())


@_add("fair sales")
def _fair_sales(d: Demo) -> QWidget:
    from otop_desk.ui.books.fair_dialogs import EntryDialog

    return EntryDialog(d.services, d.services.fairs.entries(d.fair)[0])


@_add("opening balance")
def _opening(d: Demo) -> QWidget:
    from otop_desk.ui.books.opening_dialog import OpeningDialog

    return OpeningDialog(d.services, d.group, Money.from_baht(5000), TODAY)


@_add("settings")
def _settings(d: Demo) -> QWidget:
    from otop_desk.ui.dialogs.settings_dialog import SettingsDialog

    return SettingsDialog(d.settings)


@_add("officer profile")
def _profile(d: Demo) -> QWidget:
    from otop_desk.ui.dialogs.profile_dialog import ProfileDialog

    return ProfileDialog(d.services, first_run=True)


@_add("about")
def _about(d: Demo) -> QWidget:
    from otop_desk.ui.dialogs.about_dialog import AboutDialog

    return AboutDialog(None, d.services)  # this computer's id and key included


@_add("user guide")
def _help(d: Demo) -> QWidget:
    from otop_desk.ui.dialogs.help_dialog import HelpDialog

    return HelpDialog()


@_add("export")
def _export(d: Demo) -> QWidget:
    from otop_desk.ui.exports.export_dialog import ExportDialog

    return ExportDialog(d.services, d.settings, today=TODAY)


@_add("restore")
def _restore(d: Demo) -> QWidget:
    from otop_desk.ui.backups.restore_dialog import RestoreDialog

    return RestoreDialog(d.services.backups)


@_add("import conflicts")
def _conflicts(d: Demo) -> QWidget:
    import json

    from otop_desk.db.changelog import device_id
    from otop_desk.db.models import Conflict
    from otop_desk.ui.exports.conflict_dialog import ConflictDialog

    with d.services.db.begin() as s:
        here = device_id(s).hex  # "this computer" is named, never shown as an id
        s.add(Conflict(table_name="producer_group", record_id=d.group, field="name", kind="field",
                       kept=f"{here}:0:1", lost=f"{here}:0:2",
                       kept_value=json.dumps("กลุ่มทอผ้า"), lost_value=json.dumps("กลุ่มทอผ้าไหม"),
                       detected_at=datetime(2026, 11, 1, tzinfo=UTC)))
    return ConflictDialog(d.services)


@_add("record history")
def _record_history(d: Demo) -> QWidget:
    from otop_desk.db.models import ProducerGroup
    from otop_desk.ui.common.record_history import HistoryDialog

    with d.services.db.begin() as s:  # a change beside the record's start
        group = s.get(ProducerGroup, d.group)
        assert group is not None
        group.member_count += 1
        group.has_business_plan = not group.has_business_plan
    return HistoryDialog(d.services.db, "producer_group", d.group)


@_add("workbook for an officer")
def _return(d: Demo) -> QWidget:
    from otop_desk.ui.exports.return_dialog import OfficerRow, ReturnDialog

    officer = OfficerRow(uuid.UUID("3f2a9c1e-0000-4000-8000-000000000001"), "นางสาวกัญญา ใจดี",
                         "สำนักงานพัฒนาชุมชนอำเภอชนบท", "ชนบท", "ขอนแก่น", datetime(2026, 11, 3, 2, tzinfo=UTC))
    return ReturnDialog(d.services, [officer], d.settings)


@_add("hand over groups")
def _handover(d: Demo) -> QWidget:
    from otop_desk.ui.exports.handover_dialog import HandoverDialog

    return HandoverDialog(d.services, d.settings)


# Qt's own dialogs ---------------------------------------------------------------------
def _printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    return printer


@_add("print dialog")
def _print_dialog(d: Demo) -> QWidget:
    printer = _printer()
    dialog = QPrintDialog(printer)
    dialog.printer_ = printer  # type: ignore[attr-defined]  # a dialog does not own its printer
    QTimer.singleShot(0, lambda: [b.click() for b in dialog.findChildren(QPushButton)
                                  if b.isVisible() and ">>" in b.text()])  # show the options
    return dialog


@_add("page setup")
def _page_setup(d: Demo) -> QWidget:
    printer = _printer()
    dialog = QPageSetupDialog(printer)
    dialog.printer_ = printer  # type: ignore[attr-defined]
    return dialog


@_add("print preview")
def _print_preview(d: Demo) -> QWidget:
    from otop_desk.reports.group_profile import profile_job
    from otop_desk.reports.printing import render

    job = profile_job(d.services.group_profile.profile(d.group, TODAY), "th", d.services.officer.get())
    printer = _printer()
    dialog = QPrintPreviewDialog(printer)
    dialog.printer_ = printer  # type: ignore[attr-defined]
    dialog.paintRequested.connect(lambda p: render(job, p))
    return dialog


@_add("file dialog (open)")
def _file_open(d: Demo) -> QWidget:
    dialog = QFileDialog(None, "", str(d.folder), "Excel (*.xlsx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return dialog


@_add("file dialog (save)")
def _file_save(d: Demo) -> QWidget:
    dialog = QFileDialog(None, "", str(d.folder), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    return dialog


@pytest.mark.parametrize("name", list(WINDOWS))
def test_no_english_in_the_thai_ui(qtbot: Any, demo: Demo, name: str) -> None:
    assert i18n.current_language() == "th"
    window = show(qtbot, WINDOWS[name](demo))
    shown = walk(window)
    assert len(shown) >= 3  # the walk saw the window
    found = problems(shown)
    assert found == [], f"{name}:\n" + "\n".join(found)


def test_every_step_of_the_tour(qtbot: Any, demo: Demo) -> None:
    from otop_desk.ui.dialogs.tour import TourDialog

    window = show(qtbot, _main_window(demo))
    tour = TourDialog(window.tabs, window.tab_names(), window)  # type: ignore[attr-defined]
    show(qtbot, tour)
    shown: list[Shown] = []
    for step in range(len(tour.steps)):
        tour.show_step(step)
        shown += walk(tour)
    assert len({s.text for s in shown}) > len(tour.steps)
    found = problems(shown)
    assert found == [], "\n".join(found)


# message boxes, as the app asks and tells ---------------------------------------------
def _boxes(qtbot: Any, on_modal: Any) -> list[Shown]:
    seen: list[Shown] = []

    def look(box: QMessageBox) -> None:
        seen.extend(walk(box))

    for ask in (
        lambda: messages.confirm(None, "ลบกลุ่ม", "ต้องการลบกลุ่มนี้หรือไม่?", destructive=True),
        lambda: messages.show_error(None, "บันทึกไม่ได้", "ดิสก์เต็ม"),
        lambda: messages.show_info(None, "ส่งออกแล้ว", "บันทึกไฟล์แล้ว"),
        lambda: messages.choose(None, "นำเข้า", "มีข้อมูลซ้ำ", [("mine", "ใช้ของฉัน"), ("theirs", "ใช้ของเขา")], "mine"),
    ):
        on_modal(QMessageBox, look)
        ask()
    buttons = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.NoButton)
    for standard in QMessageBox.StandardButton:
        if standard not in (QMessageBox.StandardButton.NoButton, QMessageBox.StandardButton.FlagMask,
                            QMessageBox.StandardButton.ButtonMask) and standard.value & 0x07FFFF00:
            buttons.addButton(standard)
    qtbot.addWidget(buttons)
    buttons.show()
    seen.extend(walk(buttons))
    return seen


def test_message_boxes_and_their_buttons_are_thai(qtbot: Any, on_modal: Any) -> None:
    found = problems(_boxes(qtbot, on_modal))
    assert found == [], "\n".join(found)


def test_the_walk_finds_english_and_a_drawn_ampersand(qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit

    widget = QWidget()
    form = QFormLayout(widget)
    form.addRow("ฐานข้อมูล (&D)", QLineEdit(widget))  # a buddy: the & marks the shortcut
    form.addRow(QLabel("ภาษา (&L)", widget))  # no buddy: the & is drawn
    form.addRow("Address", QLineEdit(widget))
    show(qtbot, widget)
    found = problems(walk(widget))
    assert found == ["QWidget > QLabel: 'Address' (English: Address)",
                     "QWidget > QLabel: 'ภาษา (&L)' (a '&' is drawn)"]
