"""A new cash-book line keeps the last line's income/expense and category, and says so:
the two fields are marked as carried over until the person changes them."""

from __future__ import annotations

from typing import Any

from otop_desk.domain.enums import CashCategory as C
from otop_desk.services import Services
from otop_desk.services.groups import GroupData
from otop_desk.ui.books.entry_form import EntryForm
from tests.ui.conftest import type_text


def carried(form: EntryForm) -> bool:
    marks = {bool(form.kind.property("carried")), bool(form.category.property("carried"))}
    assert len(marks) == 1  # both or neither
    return marks.pop()


def test_the_kept_choice_is_visible_until_changed(qtbot: Any, services: Services) -> None:
    gid = services.groups.save(GroupData(name="กลุ่มแม่บ้าน"))
    form = EntryForm(services)
    qtbot.addWidget(form)
    form.set_group(gid)
    form.show()
    assert not carried(form)  # nothing saved yet: nothing carried
    form.set_category(C.WAGES)
    type_text(form.amount, "900")
    type_text(form.description, "ค่าแรงสมาชิก")
    assert form.save()
    assert form.category.currentData() == C.WAGES.value  # kept, as before
    assert carried(form)
    assert form.kind.toolTip() and form.category.toolTip()
    assert "รายจ่าย" in form.mode_label.text() and form.category.currentText() in form.mode_label.text()
    form.set_category(C.SHOP_SALES)  # the next line is different: the person picks it
    assert not carried(form)
    assert form.category.toolTip() == ""
    type_text(form.amount, "120")
    assert form.save()
    assert carried(form) and "รายรับ" in form.mode_label.text()
    form.set_group(gid)  # a fresh start (another group chosen) carries nothing
    assert not carried(form)
