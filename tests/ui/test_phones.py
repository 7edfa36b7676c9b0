"""Phone numbers in every form: typed any way, checked, stored as digits, shown as
081-234-5678."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from otop_desk.services import Services
from otop_desk.services.officer import Profile
from otop_desk.ui.dialogs.profile_dialog import ProfileDialog
from otop_desk.ui.groups.form import GroupDialog
from otop_desk.ui.training.form import PEOPLE_PAGE, TrainingDialog
from otop_desk.ui.training.participants import NAME, PHONE
from tests.ui.test_row_editors import TAB, no_message_boxes, press, save, shown, type_here

__all__ = ["no_message_boxes"]  # the fixture, used by every test here


def test_group_leader_and_members(qtbot: Any, services: Services, no_message_boxes: list[str]) -> None:
    dialog = shown(qtbot, GroupDialog(services))
    type_here("กลุ่มจักสาน")
    dialog.member_count.setValue(5)
    dialog.phone.setFocus()
    type_here("0812345678")
    press(TAB)  # leaving the field shows the number the one way
    assert dialog.phone.text() == "081-234-5678"
    dialog.tabs.setCurrentIndex(3)
    dialog.members.add_row()
    type_here("นางหนึ่ง")
    press(TAB)
    press(TAB)
    type_here("๐๔๓ ๒๔๖ ๑๒๓")  # Thai digits, spaces
    press(TAB)
    assert dialog.members.text(0, 2) == "043-246-123"
    type_here("นางสอง")
    press(TAB)
    press(TAB)
    type_here("12345")
    press(TAB)
    assert dialog.members.text(1, 2) == "12345"  # not a number: left for the form to explain
    save(dialog)
    assert no_message_boxes == ["Row 2: Member's phone: type a Thai phone number of 9 or 10 digits, "
                                "e.g. 081-234-5678 or 02-123-4567."]
    assert dialog.isVisible() and dialog.tabs.currentIndex() == 3
    dialog.members.table.item(1, 2).setText("+66 89 111 2222")
    assert dialog.members.text(1, 2) == "089-111-2222"
    save(dialog)
    saved = services.groups.get(dialog.saved_id)
    assert saved.leader_phone == "0812345678"
    assert sorted(m.phone for m in saved.members) == ["043246123", "0891112222"]

    again = shown(qtbot, GroupDialog(services, saved))
    assert again.phone.text() == "081-234-5678"
    assert sorted(again.members.text(r, 2) for r in range(2)) == ["043-246-123", "089-111-2222"]


def test_participants(qtbot: Any, services: Services) -> None:
    dialog = shown(qtbot, TrainingDialog(services))
    type_here("อบรมบัญชี")
    dialog.tabs.setCurrentIndex(PEOPLE_PAGE)
    people = dialog.participants
    people.add_row()
    type_here("นายวิชัย")
    people.go(0, PHONE)
    type_here("089 111 2222")
    press(TAB)
    assert people.text(0, PHONE) == "089-111-2222"
    save(dialog)
    stored = services.training.get(dialog.saved_id)
    assert stored.participants[0].phone == "0891112222"
    assert people.table.item(0, NAME) is not None


def test_officer_profile(qtbot: Any, services: Services) -> None:
    services.officer.save(Profile(name="นางสาวกัญญา", office="สพอ.ชุมแพ", province="ขอนแก่น"))
    dialog = shown(qtbot, ProfileDialog(services))
    dialog.edits["phone"].setFocus()
    type_here("043-311-234")
    qtbot.mouseClick(dialog.edits["name"], Qt.MouseButton.LeftButton)
    assert dialog.edits["phone"].text() == "043-311-234"
    dialog.accept()
    assert services.officer.get().phone == "043311234"
    again = ProfileDialog(services)
    qtbot.addWidget(again)
    assert again.edits["phone"].text() == "043-311-234"
