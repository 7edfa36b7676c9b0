from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QToolButton

from otop_desk.domain.errors import ValidationError
from otop_desk.domain.money import Money
from otop_desk.ui.widgets.address_picker import AddressPicker
from otop_desk.ui.widgets.be_date_edit import BECalendar, BEDateEdit
from otop_desk.ui.widgets.money_edit import MoneyEdit
from tests.ui.conftest import type_text


def test_date_edit_types_and_shows_be(qtbot: Any) -> None:
    edit = BEDateEdit()
    qtbot.addWidget(edit)
    edit.setDate(date(2026, 11, 21))
    assert edit.line.text() == "21/11/2569"
    edit.line.clear()
    type_text(edit.line, "1 ม.ค. 2570")
    edit.line.editingFinished.emit()
    assert edit.date() == date(2027, 1, 1)
    assert edit.line.text() == "01/01/2570"


def test_date_edit_keys_step_day_and_month(qtbot: Any) -> None:
    edit = BEDateEdit()
    qtbot.addWidget(edit)
    edit.setDate(date(2026, 1, 31))
    qtbot.keyClick(edit.line, Qt.Key.Key_PageUp)
    assert edit.date() == date(2026, 2, 28)
    qtbot.keyClick(edit.line, Qt.Key.Key_Up)
    assert edit.date() == date(2026, 3, 1)


def test_date_edit_refuses_feb_29_of_non_leap_be_year(qtbot: Any) -> None:
    edit = BEDateEdit()
    qtbot.addWidget(edit)
    edit.line.setText("29/02/2569")
    with pytest.raises(ValidationError) as info:
        edit.value()
    assert "2569" in info.value.english()
    edit.line.editingFinished.emit()
    assert edit.line.property("invalid") is True


def test_optional_date_edit_may_be_empty(qtbot: Any) -> None:
    edit = BEDateEdit(optional=True)
    qtbot.addWidget(edit)
    assert edit.value() is None
    assert edit.line.text() == ""


def test_calendar_header_shows_be_year(qtbot: Any) -> None:
    calendar = BECalendar()
    qtbot.addWidget(calendar)
    calendar.setCurrentPage(2026, 11)
    qtbot.wait(10)
    year_button = calendar.findChild(QToolButton, "qt_calendar_yearbutton")
    assert year_button.text() == "2569"


def test_money_edit(qtbot: Any) -> None:
    edit = MoneyEdit()
    qtbot.addWidget(edit)
    type_text(edit, "1234.5")
    assert edit.value() == Money(123450)
    edit.setValue(Money(100000))
    assert edit.text() == "1,000.00"
    edit.setText("")
    assert edit.value() is None
    type_text(edit, "-5")  # the validator refuses the minus sign
    assert edit.value() == Money(500)


def test_address_picker_cascades_and_fills_postcode(qtbot: Any) -> None:
    picker = AddressPicker()
    qtbot.addWidget(picker)
    picker.province.setCurrentIndex(picker.province.findText("ขอนแก่น"))
    assert picker.district.findText("เมืองขอนแก่น") >= 0
    assert picker.subdistrict.count() == 0
    picker.district.setCurrentIndex(picker.district.findText("ชุมแพ"))
    picker.subdistrict.setCurrentIndex(picker.subdistrict.findText("ชุมแพ"))
    address = picker.value()
    assert (address.province, address.district, address.subdistrict) == ("ขอนแก่น", "ชุมแพ", "ชุมแพ")
    assert address.postcode == "40130"
    # a name typed that is not in the list is refused with a message
    picker.subdistrict.setEditText("ไม่มีตำบลนี้")
    with pytest.raises(ValidationError):
        picker.value()


def test_provinces_sorted_as_thai_dictionary(qtbot: Any) -> None:
    picker = AddressPicker()
    qtbot.addWidget(picker)
    names = [picker.province.itemText(i) for i in range(picker.province.count())]
    assert names[0] == "กระบี่"
    # เชียงใหม่ sorts under ช, not after every consonant
    assert names.index("เชียงใหม่") < names.index("ตรัง")


def test_standard_buttons_are_thai(qtbot: Any) -> None:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Save).text() == "บันทึก"
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "ยกเลิก"


def test_ask_save_path_adds_the_suffix_and_cancel_gives_none(monkeypatch: pytest.MonkeyPatch) -> None:
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    from otop_desk.ui import messages

    answers = iter([("/data/สรุป", ""), ("/data/สรุป.PDF", ""), ("", "")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: next(answers))
    ask = lambda: messages.ask_save_path(None, "t", "x.pdf", "PDF (*.pdf)", ".pdf")  # noqa: E731
    assert ask() == Path("/data/สรุป.pdf")
    assert ask() == Path("/data/สรุป.PDF")
    assert ask() is None
