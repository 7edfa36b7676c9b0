"""The way back and the hand-over (issue 18 items 4 and 5), and the identity people
compare: driven through the real dialogs, with real workbooks between two databases."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from otop_desk.db.changelog import device_id
from otop_desk.db.database import Database
from otop_desk.domain.clock import FixedClock
from otop_desk.exchange.jobs import export_month, import_workbooks
from otop_desk.exchange.keys import fingerprint, own_keys
from otop_desk.services import Services
from otop_desk.services.groups import GroupData
from otop_desk.services.officer import Profile
from otop_desk.ui import messages
from otop_desk.ui.dialogs.about_dialog import AboutDialog
from otop_desk.ui.exports import menu
from otop_desk.ui.exports.handover_dialog import HandoverDialog
from otop_desk.ui.exports.return_dialog import ReturnDialog, open_return
from otop_desk.ui.shell.main_window import MainWindow
from tests.ui.conftest import type_text
from tests.unit.workbook_helpers import group_name, set_group, small_db, stamp


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(messages, "show_info", lambda _p, _t, text: said.append(text))
    monkeypatch.setattr(messages, "show_error", lambda _p, _t, text: said.append("ERROR " + text))
    return said


@pytest.fixture
def save_as(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """The save dialog: records the name proposed, answers with the same name in tmp_path."""
    proposed: list[str] = []

    def answer(_parent: Any, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        proposed.append(suggested)
        return str(tmp_path / Path(suggested).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return proposed


def laptop(path: Path, name: str, district: str) -> tuple[Database, uuid.UUID]:
    db = Database.open(path, clock=FixedClock(stamp(0)))
    Services(db).officer.save(Profile(name=name, position="นักวิชาการพัฒนาชุมชน", office=f"สพอ.{district}",
                                      district=district, province="ขอนแก่น"))
    return db, small_db(db, f"กลุ่มทอผ้า{district}")


def short_id(db: Database) -> str:
    with db.read() as s:
        return device_id(s).hex[:8]


def test_the_office_writes_a_return_workbook_the_officer_imports(
        qtbot: Any, services: Services, tmp_path: Path, on_modal: Any, shown: list[str],
        save_as: list[str]) -> None:
    services.db.use_clock(FixedClock(stamp(0)))
    a, group_a = laptop(tmp_path / "a.sqlite3", "นางสาวกัญญา ใจดี", "ชนบท")
    b, _group_b = laptop(tmp_path / "b.sqlite3", "นายบุญมี รักษ์ถิ่น", "พล")
    for db, name in ((a, "a.xlsx"), (b, "b.xlsx")):
        export_month(db, 2026, 11, tmp_path / name)
    import_workbooks(services.db, [tmp_path / "a.xlsx", tmp_path / "b.xlsx"])
    set_group(services.db, group_a, stamp(30), notes="อำเภอตรวจแล้ว")  # the office's change

    def choose(dialog: ReturnDialog) -> None:
        rows = [[dialog.proxy.index(r, c).data() for c in range(dialog.proxy.columnCount())]
                for r in range(dialog.proxy.rowCount())]
        assert rows == [["นางสาวกัญญา ใจดี", "สพอ.ชนบท", "ชนบท, ขอนแก่น", "22 พ.ย. 2569", short_id(a)],
                        ["นายบุญมี รักษ์ถิ่น", "สพอ.พล", "พล, ขอนแก่น", "22 พ.ย. 2569", short_id(b)]]
        type_text(dialog.search, "กัญญา")
        assert dialog.proxy.rowCount() == 1 and dialog.selected().officer == "นางสาวกัญญา ใจดี"
        assert dialog.write_button.isEnabled() and dialog.write_button.isDefault()
        qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
        assert dialog.result() == ReturnDialog.DialogCode.Accepted

    on_modal(ReturnDialog, choose)
    open_return(None, services)
    assert Path(save_as[0]).name == "ส่งกลับ-นางสาวกัญญา ใจดี-2569-11-22.xlsx"
    out = tmp_path / Path(save_as[0]).name
    assert out.exists() and str(out) in shown[-1] and "การเปลี่ยนแปลง" in shown[-1]
    # The officer imports it like any workbook: the office's change arrives.
    import_workbooks(a, [out])
    with a.read() as s:
        from otop_desk.db.models import ProducerGroup

        assert s.get(ProducerGroup, group_a).notes == "อำเภอตรวจแล้ว"
    a.close()
    b.close()


def test_with_no_officer_known_the_office_is_told_so(
        qtbot: Any, services: Services, shown: list[str]) -> None:
    open_return(None, services)  # no dialog: an unanswered one would fail the test
    assert len(shown) == 1 and "ยังไม่เคยได้รับไฟล์จากเจ้าหน้าที่" in shown[0]


def test_the_file_menu_offers_both_and_a_file_database_writes_in_a_child(
        qtbot: Any, file_db: Database, settings: Any, tmp_path: Path, on_modal: Any, shown: list[str],
        save_as: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from otop_desk.ui.exports import jobs

    children: list[list[str]] = []
    real_run_child = jobs.run_child
    monkeypatch.setattr(jobs, "run_child", lambda *args, **kw: (children.append(args[3]), real_run_child(*args, **kw))[1])
    a, group_a = laptop(tmp_path / "a.sqlite3", "นางสาวกัญญา ใจดี", "ชนบท")
    export_month(a, 2026, 11, tmp_path / "a.xlsx")
    import_workbooks(file_db, [tmp_path / "a.xlsx"])
    services = Services(file_db)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    texts = [action.text() for action in window.menuBar().actions()[0].menu().actions()]
    assert "ไฟล์ส่งกลับให้เจ้าหน้าที่… (&W)" in texts and "ส่งมอบกลุ่ม… (&H)" in texts

    on_modal(ReturnDialog, lambda d: qtbot.keyClick(d.table, Qt.Key.Key_Return))  # Enter writes
    menu.open_return(window)
    assert children[-1][:2] == ["export-return", "--for"] and "ERROR" not in shown[-1]
    assert Path(save_as[-1]).name.startswith("ส่งกลับ-นางสาวกัญญา ใจดี-")

    def hand_over(dialog: HandoverDialog) -> None:
        dialog.list.item(0).setCheckState(Qt.CheckState.Checked)
        qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)

    on_modal(HandoverDialog, hand_over)
    menu.open_handover(window)
    assert children[-1][:2] == ["export-handover", "--groups"] and "ERROR" not in shown[-1]
    assert Path(save_as[-1]).name == "ส่งมอบกลุ่ม-กลุ่มทอผ้าชนบท-2569-11-22.xlsx"
    # The folder chosen is proposed next time, as for the monthly export.
    assert Path(save_as[-1]).parent == tmp_path
    a.close()


def test_handing_over_groups_carries_their_whole_history(
        qtbot: Any, services: Services, tmp_path: Path, shown: list[str], save_as: list[str]) -> None:
    services.db.use_clock(FixedClock(stamp(0)))
    keep = small_db(services.db, "กลุ่มจักสานบ้านหนองแวง")
    give = small_db(services.db, "กลุ่มทอผ้าบ้านโนน")
    also = services.groups.save(GroupData(name="กลุ่มแปรรูปข้าวบ้านโนน", district="ชนบท", province="ขอนแก่น"))
    set_group(services.db, give, stamp(10), notes="ย้ายให้เจ้าหน้าที่คนใหม่")
    dialog = HandoverDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.write_button.isEnabled() and dialog.count_label.text() == "เลือกแล้ว 0 กลุ่ม"
    type_text(dialog.search, "บ้านโนน")
    shown_names = [dialog.list.item(r).data(Qt.ItemDataRole.UserRole + 2) for r in range(dialog.list.count())
                   if not dialog.list.item(r).isHidden()]
    assert sorted(shown_names) == ["กลุ่มทอผ้าบ้านโนน", "กลุ่มแปรรูปข้าวบ้านโนน"]
    # Enter in the search box goes to the first group shown; Space ticks it; nothing is written.
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.list and dialog.isVisible() and not save_as
    assert not dialog.list.currentItem().isHidden()
    qtbot.mouseClick(dialog.tick_shown, Qt.MouseButton.LeftButton)
    assert {g for g, _n in dialog.chosen()} == {give, also} and dialog.count_label.text() == "เลือกแล้ว 2 กลุ่ม"
    qtbot.mouseClick(dialog.untick_all, Qt.MouseButton.LeftButton)
    assert dialog.chosen() == []
    item = next(dialog.list.item(r) for r in range(dialog.list.count())
                if dialog.list.item(r).data(Qt.ItemDataRole.UserRole + 1) == give)
    dialog.list.setCurrentItem(item)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Space)
    assert dialog.chosen() == [(give, "กลุ่มทอผ้าบ้านโนน")] and dialog.write_button.isEnabled()
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.written is not None
    out = dialog.written.path
    assert out.name == "ส่งมอบกลุ่ม-กลุ่มทอผ้าบ้านโนน-2569-11-22.xlsx"
    assert str(out) in shown[-1] and f"{dialog.written.record_count:,}" in shown[-1]
    # The officer taking it over receives that group, with its change, and nothing else.
    taker = Database.open(tmp_path / "taker.sqlite3", clock=FixedClock(stamp(40)))
    import_workbooks(taker, [out])
    assert group_name(taker, give) == "กลุ่มทอผ้าบ้านโนน"
    assert [g.id for g in Services(taker).groups.rows()] == [give]
    assert Services(taker).groups.get(give).notes == "ย้ายให้เจ้าหน้าที่คนใหม่"
    assert keep not in {g.id for g in Services(taker).groups.rows()}
    taker.close()


def test_about_shows_this_computers_id_and_key(qtbot: Any, services: Services) -> None:
    dialog = AboutDialog(None, services)
    qtbot.addWidget(dialog)
    with services.db.read() as s:
        device = device_id(s)
    with services.db.begin() as s:
        key = fingerprint(own_keys(s)[1])  # the same key the dialog made on first need
    assert dialog.identity_label is not None
    text = dialog.identity_label.text()
    assert device.hex[:8] in text and key in text and str(device) in text
    assert dialog.tabs.tabText(0) == "เครื่องนี้"
    # What the import of this computer's workbook tells the office is the same key.
    assert AboutDialog(None, services).identity_label.text() == text  # type: ignore[union-attr]
    assert AboutDialog(None).identity_label is None  # no database open: nothing to show


def test_a_read_only_database_shows_its_id_and_says_when_it_has_no_key_yet(
        qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "ro.sqlite3"
    Database.open(path).close()
    read_only = Database.open(path, read_only=True)
    dialog = AboutDialog(None, Services(read_only))
    qtbot.addWidget(dialog)
    assert dialog.identity_label is not None and "ยังไม่มี" in dialog.identity_label.text()
    read_only.close()
    writable = Database.open(path)
    made = AboutDialog(None, Services(writable))
    qtbot.addWidget(made)
    assert made.identity_label is not None and "ยังไม่มี" not in made.identity_label.text()
    writable.close()
    read_only = Database.open(path, read_only=True)
    again = AboutDialog(None, Services(read_only))
    qtbot.addWidget(again)
    assert again.identity_label is not None and again.identity_label.text() == made.identity_label.text()
    read_only.close()
