"""First start: the profile is asked for, demo data is offered and loads in the background;
what was saved is there again after a restart."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from otop_desk.app import first_run
from otop_desk.db.database import Database
from otop_desk.services import Services
from otop_desk.ui import messages
from otop_desk.ui.common.settings import AppSettings
from otop_desk.ui.dialogs.profile_dialog import ProfileDialog
from otop_desk.ui.dialogs.tour import TourDialog
from otop_desk.ui.groups.tab import GroupsTab
from otop_desk.ui.shell.main_window import MainWindow
from tests.ui.conftest import type_text


def test_first_run_asks_profile_then_loads_demo(
    qtbot: Any, tmp_path: Path, settings: AppSettings, on_modal: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = Database.open(tmp_path / "first.sqlite3")
    services = Services(db)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    offered: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda p, t, text, **k: offered.append(text) or True)

    def fill(dialog: ProfileDialog) -> None:
        type_text(dialog.edits["name"], "นางสาวกัญญา ใจดี")
        type_text(dialog.edits["office"], "สำนักงานพัฒนาชุมชนอำเภอชุมแพ")
        type_text(dialog.edits["province"], "ขอนแก่น")
        dialog.accept()

    toured: list[str] = []

    def tour(dialog: TourDialog) -> None:
        while dialog.next.text() != "เริ่มใช้งาน":
            toured.append(dialog.heading.text())
            dialog.next.click()
        dialog.next.click()

    on_modal(ProfileDialog, fill)
    on_modal(TourDialog, tour)
    first_run(window, services)
    assert toured == [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert services.officer.get().name == "นางสาวกัญญา ใจดี"
    assert offered and "ข้อมูลตัวอย่าง" in offered[0]
    tab = window.show_tab(GroupsTab)
    assert tab.model.rowCount() == 40
    # a second start asks nothing
    first_run(window, services)
    assert len(offered) == 1
    db.close()


def test_profile_is_required(qtbot: Any, services: Services, on_modal: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_validation", lambda p, e: shown.append(e.english()))
    dialog = ProfileDialog(services)
    qtbot.addWidget(dialog)
    type_text(dialog.edits["name"], "   ")
    dialog.accept()
    assert shown == ["Officer's name is required."]
    assert services.officer.get() is None


def test_group_address_survives_a_restart(tmp_path: Path) -> None:
    from otop_desk.services.groups import GroupData

    path = tmp_path / "restart.sqlite3"
    db = Database.open(path)
    gid = Services(db).groups.save(GroupData(name="กลุ่มทดสอบ", subdistrict_code=400101,
                                             subdistrict="ในเมือง", district="เมืองขอนแก่น",
                                             province="ขอนแก่น", postcode="40000"))
    db.close()
    again = Database.open(path)
    data = Services(again).groups.get(gid)
    assert (data.subdistrict, data.postcode) == ("ในเมือง", "40000")
    again.close()
