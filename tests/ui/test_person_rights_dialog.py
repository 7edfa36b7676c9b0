"""The person's-rights dialog: find by name, export what is held, erase after asking."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from otop_desk.db.database import Database
from otop_desk.services import Services
from otop_desk.services.groups import GroupData, MemberData
from otop_desk.ui import messages
from otop_desk.ui.privacy.dialog import PersonRightsDialog
from tests.ui.conftest import type_text


def test_find_export_and_erase_a_person(qtbot: Any, file_db: Database, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    services = Services(file_db)
    group = services.groups.save(GroupData(name="กลุ่มจักสานบ้านโคก", leader_name="นางบุญมี ศรีสุข", member_count=2,
                                           members=[MemberData(name="นางบุญมี ศรีสุข", phone="0891112222"),
                                                    MemberData(name="นายทองดี มีสุข")]))
    seen: list[str] = []
    out = tmp_path / "บุญมี.json"
    monkeypatch.setattr(messages, "ask_save_path", lambda *_a, **_k: out)
    monkeypatch.setattr(messages, "show_info", lambda _p, title, text: seen.append(title))
    monkeypatch.setattr(messages, "confirm", lambda _p, title, text, **_k: seen.append(text) or True)
    dialog = PersonRightsDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.erase_button.isEnabled()
    type_text(dialog.who, "บุญมี ศรีสุข")
    dialog.find_button.click()
    assert dialog.table.rowCount() == 2 and dialog.summary.text() == "2 รายการที่ระบุ “บุญมี ศรีสุข”"
    assert {dialog.table.item(r, 0).text() for r in range(2)} == {"กลุ่มผู้ผลิต", "สมาชิกกลุ่ม"}
    assert "0891112222" in " ".join(dialog.table.item(r, 2).text() for r in range(2))
    dialog.export_button.click()
    assert json.loads(out.read_text(encoding="utf-8"))["person"] == "บุญมี ศรีสุข"
    member_row = next(r for r in range(2) if dialog.table.item(r, 0).text() == "สมาชิกกลุ่ม")
    dialog.table.selectRow(member_row)  # only the member record first
    dialog.erase_button.click()
    assert "จาก 1 รายการ" in seen[-2] and dialog.table.rowCount() == 1
    dialog.table.clearSelection()
    dialog.erase_button.click()
    assert "จาก 1 รายการ" in seen[-2] and dialog.table.rowCount() == 0
    saved = services.groups.get(group)
    assert [m.name for m in saved.members] == ["นายทองดี มีสุข"] and saved.leader_name == ""
