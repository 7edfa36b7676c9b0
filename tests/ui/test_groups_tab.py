"""The registry tab, driven through its real widgets."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from otop_desk.db.models import Visit
from otop_desk.domain.enums import GroupStatus, ProductType, VisitPurpose
from otop_desk.services import Services
from otop_desk.services.groups import GroupData, ProductData
from otop_desk.services.officer import Profile
from otop_desk.ui import messages
from otop_desk.ui.groups.form import GroupDialog
from otop_desk.ui.groups.tab import GroupsTab
from tests.ui.conftest import type_text


@pytest.fixture
def tab(qtbot: Any, services: Services) -> GroupsTab:
    services.officer.save(Profile(name="นางสาวกัญญา", office="สพอ.เมืองขอนแก่น", province="ขอนแก่น"))
    for name, village, product in (
        ("กลุ่มทอผ้าไหมบ้านโนนสว่าง", "บ้านโนนสว่าง", "ผ้าไหมมัดหมี่"),
        ("กลุ่มแม่บ้านเกษตรกรบ้านหนองแวง", "บ้านหนองแวง", "น้ำพริกเผา"),
        ("วิสาหกิจชุมชนสมุนไพรบ้านดอนหัน", "บ้านดอนหัน", "ยาหม่องสมุนไพร"),
    ):
        services.groups.save(GroupData(name=name, village=village, member_count=10,
                                       products=[ProductData(name=product)]))
    widget = GroupsTab(services)
    qtbot.addWidget(widget)
    widget.refresh()
    widget.show()
    return widget


def visible_names(tab: GroupsTab) -> list[str]:
    return sorted(tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount()))


def test_filter_as_you_type_on_village_and_product(qtbot: Any, tab: GroupsTab) -> None:
    assert tab.proxy.rowCount() == 3
    type_text(tab.search, "หนองแวง")
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 1)  # after the typing pause
    assert visible_names(tab) == ["กลุ่มแม่บ้านเกษตรกรบ้านหนองแวง"]
    tab.search.clear()
    type_text(tab.search, "ยาหม่อง")
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 1)
    assert visible_names(tab) == ["วิสาหกิจชุมชนสมุนไพรบ้านดอนหัน"]
    tab.search.clear()
    type_text(tab.search, "บ้าน ผ้า")  # every word must match
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 1)
    assert visible_names(tab) == ["กลุ่มทอผ้าไหมบ้านโนนสว่าง"]
    assert tab.count_label.text() == "แสดง 1 จาก 3 กลุ่ม"


def test_sorting_by_clicking_the_header(qtbot: Any, tab: GroupsTab) -> None:
    tab.table.horizontalHeader().sectionClicked.emit(0)
    tab.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    first = tab.proxy.index(0, 0).data()
    tab.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert tab.proxy.index(0, 0).data() != first


def test_add_group_through_the_form(qtbot: Any, tab: GroupsTab, on_modal: Any) -> None:
    def fill(dialog: GroupDialog) -> None:
        type_text(dialog.name, "กลุ่มจักสานบ้านโคกสี")
        dialog.product_type.setCurrentIndex(dialog.product_type.findData(ProductType.HOUSEHOLD.value))
        dialog.member_count.setValue(15)
        type_text(dialog.phone, "089-111-2222")
        dialog.tabs.setCurrentIndex(1)
        type_text(dialog.village, "บ้านโคกสี")
        # the officer's province is already chosen; pick district and sub-district
        assert dialog.address.province.currentText() == "ขอนแก่น"
        dialog.address.district.setCurrentIndex(dialog.address.district.findText("เมืองขอนแก่น"))
        dialog.address.subdistrict.setCurrentIndex(dialog.address.subdistrict.findText("โคกสี"))
        assert dialog.address.postcode.text() == "40000"
        dialog.tabs.setCurrentIndex(2)
        qtbot.mouseClick(dialog.products.add_button, Qt.MouseButton.LeftButton)
        # the new row opens for typing; Tab moves on to the price cell
        for text in ("ตะกร้าไม้ไผ่", "250"):
            editor = dialog.focusWidget()
            type_text(editor, text)
            qtbot.keyClick(editor, Qt.Key.Key_Tab)
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)

    on_modal(GroupDialog, fill)
    tab.action_new.trigger()
    assert tab.proxy.rowCount() == 4
    row = tab.current_row()
    assert row is not None and row.name == "กลุ่มจักสานบ้านโคกสี"
    data = tab.services.groups.get(row.id)
    assert (data.subdistrict, data.district, data.postcode) == ("โคกสี", "เมืองขอนแก่น", "40000")
    assert data.products[0].price is not None and data.products[0].price.format() == "250.00"


def test_invalid_form_says_what_to_fix_and_stays_open(
    qtbot: Any, tab: GroupsTab, on_modal: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_validation", lambda parent, error: shown.append(error.english()))

    def fill(dialog: GroupDialog) -> None:
        type_text(dialog.name, "   ")
        dialog.accept()
        assert dialog.isVisible()
        assert dialog.name.hasFocus() or dialog.tabs.currentIndex() == 0
        dialog.reject()

    on_modal(GroupDialog, fill)
    tab.action_new.trigger()
    assert shown == ["Group name is required."]
    assert tab.proxy.rowCount() == 3


def test_edit_group_changes_address(qtbot: Any, tab: GroupsTab, on_modal: Any) -> None:
    type_text(tab.search, "โนนสว่าง")
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 1)  # after the typing pause
    tab.table.selectRow(0)

    def edit(dialog: GroupDialog) -> None:
        dialog.name.setText("กลุ่มทอผ้าไหมบ้านโนนสว่าง (ใหม่)")
        picker = dialog.address
        picker.province.setCurrentIndex(picker.province.findText("เชียงใหม่"))
        picker.district.setCurrentIndex(picker.district.findText("สันกำแพง"))
        picker.subdistrict.setCurrentIndex(picker.subdistrict.findText("ออนใต้"))
        dialog.accept()

    on_modal(GroupDialog, edit)
    tab.edit_current()
    row = tab.current_row()
    assert row is not None and row.name.endswith("(ใหม่)")
    data = tab.services.groups.get(row.id)
    assert (data.province, data.district, data.subdistrict) == ("เชียงใหม่", "สันกำแพง", "ออนใต้")
    assert data.postcode == "50130"


def test_delete_simple_group_after_confirmation(
    qtbot: Any, tab: GroupsTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda p, t, text, **k: asked.append(text) or True)
    tab.table.selectRow(0)
    name = tab.current_row().name
    tab.delete_current()
    assert name in asked[0]
    assert tab.proxy.rowCount() == 2


def test_delete_group_with_records_offers_deactivation(
    qtbot: Any, tab: GroupsTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab.table.selectRow(0)
    row = tab.current_row()
    with tab.services.db.begin() as s:
        from datetime import date

        s.add(Visit(group_id=row.id, visit_date=date(2026, 11, 1), purpose=VisitPurpose.FOLLOW_UP))
    texts: list[str] = []
    monkeypatch.setattr(messages, "choose", lambda p, t, text, options, default: texts.append(text) or default)
    tab.delete_current()
    assert "การเยี่ยม 1" in texts[0]
    assert tab.proxy.rowCount() == 3
    assert tab.services.groups.get(row.id).status == GroupStatus.INACTIVE
    # choosing delete still needs a second yes
    monkeypatch.setattr(messages, "choose", lambda *a, **k: "delete")
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: False)
    tab.select_id(row.id)
    tab.delete_current()
    assert tab.proxy.rowCount() == 3
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    tab.delete_current()
    assert tab.proxy.rowCount() == 2


def test_status_filter_village_number_and_sorting_read_from_sql(qtbot: Any, tab: GroupsTab) -> None:
    services = tab.services
    herb = next(c.id for c in services.groups.choices() if "ดอนหัน" in c.name)
    services.groups.set_status(herb, GroupStatus.INACTIVE)
    silk = services.groups.get(next(c.id for c in services.groups.choices() if "โนนสว่าง" in c.name))
    silk.moo, silk.member_count = 7, 25
    services.groups.save(silk)
    tab.refresh()
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(GroupStatus.INACTIVE.value))
    assert visible_names(tab) == ["วิสาหกิจชุมชนสมุนไพรบ้านดอนหัน"]
    assert tab.count_label.text() == "แสดง 1 จาก 3 กลุ่ม"
    tab.status_filter.setCurrentIndex(0)
    type_text(tab.search, "ม.7")  # as the village column shows it
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 1)
    assert tab.proxy.index(0, 3).data() == "ม.7 บ้านโนนสว่าง"
    tab.search.clear()
    members = 8  # the "Members" column
    tab.table.sortByColumn(members, Qt.SortOrder.DescendingOrder)
    assert [tab.proxy.index(r, members).data() for r in range(3)] == ["25", "10", "10"]
    tab.table.sortByColumn(members, Qt.SortOrder.AscendingOrder)
    assert tab.proxy.index(2, members).data() == "25"
    tab.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert tab.proxy.index(0, 0).data() == "วิสาหกิจชุมชนสมุนไพรบ้านดอนหัน"
    assert tab.proxy.index(0, 0).data(Qt.ItemDataRole.FontRole).italic()  # inactive rows stay styled
