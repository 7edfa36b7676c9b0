"""The costing sheet's live figures never count a cell that is not a number: they show
"–" until every cell can be read, and the cell at fault is marked."""

from __future__ import annotations

from typing import Any

from otop_desk.services import Services
from otop_desk.services.groups import GroupData, ProductData
from otop_desk.ui.books.costing_dialog import COST, QTY, TOTAL, CostingDialog
from otop_desk.ui.widgets.rows_editor import INVALID_BACKGROUND
from tests.ui.test_row_editors import TAB, press, shown, type_here


def test_a_quantity_that_is_not_a_number_shows_dashes_not_stale_figures(qtbot: Any, services: Services) -> None:
    gid = services.groups.save(GroupData(name="กลุ่มแม่บ้าน", products=[ProductData(name="น้ำพริกเผา")]))
    product = services.groups.get(gid).products[0].id
    assert product is not None
    dialog = shown(qtbot, CostingDialog(services, gid, services.costing.draft(product), new=True))
    dialog.batch.setValue(10)
    dialog.price.setText("30")
    lines = dialog.lines
    lines.add_row()
    press(TAB)
    type_here("พริกแห้ง")
    press(TAB)
    type_here("abc")  # the quantity: its 1 is selected and typed over
    press(TAB)
    press(TAB)
    type_here("80")
    press(TAB)
    figures = dialog.figures
    assert lines.text(0, QTY) == "abc"
    for key in ("material", "batch", "unit", "margin", "profit", "break_even"):
        assert figures[key].text() == "–", key
    assert lines.text(0, TOTAL) == "–"
    assert lines.table.item(0, QTY).background().color() == INVALID_BACKGROUND
    assert "abc" in dialog.issue.text()

    lines.table.item(0, QTY).setText("2")
    assert figures["batch"].text() == "160.00 บาท"
    assert figures["unit"].text() == "16.00 บาท"
    assert lines.text(0, TOTAL) == "160.00"
    assert lines.table.item(0, QTY).background().color() != INVALID_BACKGROUND
    assert dialog.issue.text() == ""
    lines.table.item(0, COST).setText("8o")  # a letter o for a zero
    assert figures["batch"].text() == "–" and lines.text(0, TOTAL) == "–"
