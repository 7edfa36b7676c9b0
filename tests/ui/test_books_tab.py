"""The Bookkeeping tab, driven through its real widgets: a month of books typed in."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from otop_desk.db.models import ExportBatch
from otop_desk.domain.enums import CashCategory as C
from otop_desk.domain.enums import EntryKind
from otop_desk.domain.money import Money
from otop_desk.services import Services
from otop_desk.services.books import FairData
from otop_desk.services.groups import GroupData, ProductData
from otop_desk.ui import messages
from otop_desk.ui.books.costing_dialog import CostingDialog
from otop_desk.ui.books.tab import COSTING, FAIRS, SUMMARY, BooksTab
from tests.ui.conftest import type_text

B = Money.from_baht

# (day, category, amount, description) typed for November 2569
MONTH = [
    ("03/11/2569", C.SHOP_SALES, "1,250.50", "ขายน้ำพริกเผา 25 กระปุก"),
    ("05/11/2569", C.RAW_MATERIALS, "480", "ซื้อพริกแห้ง 6 กิโลกรัม"),
    ("05/11/2569", C.PACKAGING, "325.75", "ซื้อกระปุกแก้ว"),
    ("12/11/2569", C.ONLINE_SALES, "0.10", "ค่าส่งคืน"),
    ("20/11/2569", C.SHOP_SALES, "2,000", "ขายที่ตลาดนัด"),
    ("28/11/2569", C.WAGES, "900", "ค่าแรงสมาชิก"),
]


@pytest.fixture
def tab(qtbot: Any, services: Services) -> BooksTab:
    gid = services.groups.save(GroupData(name="กลุ่มแม่บ้านบ้านหนองแวง",
                                         products=[ProductData(name="น้ำพริกเผา", unit="กระปุก")]))
    services.groups.save(GroupData(name="กลุ่มทอผ้าไหมบ้านโนนสว่าง"))
    services.books.set_opening(gid, B(5000), date(2026, 10, 1))
    widget = BooksTab(services)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    widget.refresh()
    widget.select_group(gid)
    return widget


def enter(qtbot: Any, widget: Any) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def focused() -> Any:
    return QApplication.focusWidget()


def type_entry(qtbot: Any, tab: BooksTab, day: str, category: C, amount: str, text: str) -> None:
    form = tab.entry_form
    form.date.setFocus()
    form.date.line.selectAll()
    type_text(form.date.line, day)
    enter(qtbot, form.date.line)
    assert focused() is form.kind
    if form.kind.value() != category.kind:
        form.kind.setCurrentIndex(form.kind.findData(category.kind.value))
    enter(qtbot, form.kind)
    assert focused() is form.category
    form.category.setCurrentIndex(form.category.findData(category.value))
    enter(qtbot, form.category)
    type_text(focused(), amount)
    enter(qtbot, form.amount)
    type_text(focused(), text)
    enter(qtbot, form.description)
    enter(qtbot, form.document_no)
    assert focused() is form.counterparty
    enter(qtbot, form.counterparty)  # saves


def test_a_month_of_books_typed_in_gives_the_summary(qtbot: Any, tab: BooksTab) -> None:
    for line in MONTH:
        type_entry(qtbot, tab, *line)
    assert tab.model.rowCount() == 6
    # the date and category stay for the next entry; the amount is cleared
    assert tab.entry_form.date.line.text() == "28/11/2569"
    assert tab.entry_form.category.currentData() == C.WAGES.value
    assert tab.entry_form.amount.text() == ""
    assert tab.balance_label.text().endswith("6,544.85 บาท")
    last = tab.model.rows()[-1]
    assert (last.description, last.balance) == ("ค่าแรงสมาชิก", B("6544.85"))

    tab.pages.setCurrentIndex(SUMMARY)
    tab.summary.show_month(2026, 11)
    summary = tab.summary
    assert summary.figures["forward"].text() == "5,000.00 บาท"
    assert summary.figures["income"].text() == "3,250.60 บาท"
    assert summary.figures["expense"].text() == "1,705.75 บาท"
    assert summary.figures["net"].text() == "1,544.85 บาท"
    assert summary.figures["closing"].text() == "6,544.85 บาท"
    lines = {r.category: r.amount for r in summary.category_model.rows()}
    assert lines[C.SHOP_SALES] == B("3250.50") and lines[C.PACKAGING] == B("325.75")
    november = summary.month_model.rows()[1]  # ปีงบประมาณ 2570: October 2569 first
    assert (november.total_income, november.closing_balance) == (B("3250.60"), B("6544.85"))


def test_wrong_amount_is_explained_and_nothing_saved(
    qtbot: Any, tab: BooksTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_validation", lambda p, e: shown.append(e.english()))
    tab.entry_form.save()
    assert shown == ["Amount is required."]
    assert tab.model.rowCount() == 0


def test_edit_and_delete_in_an_exported_month_ask_first(
    qtbot: Any, tab: BooksTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    type_entry(qtbot, tab, *MONTH[0])
    with tab.services.db.begin() as s:
        s.add(ExportBatch(year=2026, month=11, exported_at=tab.services.clock.now(), file_name="x.xlsx"))
    asked: list[str] = []
    answers = iter([False, True])
    monkeypatch.setattr(messages, "confirm", lambda p, t, text, **k: asked.append(text) or next(answers))
    tab.table.selectRow(0)
    tab.edit_current()
    assert tab.entry_form.editing is not None
    tab.entry_form.amount.setText("1,300.00")
    tab.entry_form.save()  # asked, refused: nothing changes
    assert "พฤศจิกายน 2569" in asked[0]
    assert tab.model.rows()[0].amount == B("1250.50")
    tab.entry_form.save()  # asked again, accepted
    assert tab.model.rows()[0].amount == B(1300)
    trail = tab.services.books.audit_trail(tab.model.rows()[0].id)
    assert trail[0][1]["old"]["amount"] == "1,250.50"
    # delete: first the ordinary confirmation, then the exported-month question
    monkeypatch.setattr(messages, "confirm", lambda p, t, text, **k: asked.append(text) or True)
    tab.table.selectRow(0)
    tab.delete_current()
    assert tab.model.rowCount() == 0 and len(asked) == 4


def test_costing_what_if_updates_as_you_type(qtbot: Any, tab: BooksTab, on_modal: Any) -> None:
    tab.pages.setCurrentIndex(COSTING)

    def fill(dialog: CostingDialog) -> None:
        dialog.batch.setValue(50)
        type_text(dialog.price, "25")
        lines = dialog.lines
        lines.add_row()
        for column, text in ((1, "พริกแห้ง"), (2, "2.5"), (4, "80")):
            lines.table.item(lines.row_count() - 1, column).setText(text)
        assert dialog.figures["batch"].text() == "200.00 บาท"
        assert dialog.figures["unit"].text() == "4.00 บาท"
        assert dialog.figures["break_even"].text().startswith("8 ")
        dialog.batch.setValue(0)
        assert dialog.figures["unit"].text() == "–" and dialog.issue.text()
        dialog.batch.setValue(5)
        dialog.price.setText("30")
        assert dialog.figures["break_even"].text() == "–"  # 40 baht a unit, sold at 30
        dialog.price.setText("45")
        dialog.accept()

    on_modal(CostingDialog, fill)
    tab.new_record()
    assert tab.costing.model.rowCount() == 1
    row = tab.costing.model.rows()[0]
    assert (row.unit_cost, row.break_even_units) == (B(40), 5)

    def copy(dialog: CostingDialog) -> None:
        assert dialog.lines.row_count() == 1  # the new sheet copies the last one
        dialog.accept()

    on_modal(CostingDialog, copy)
    tab.new_record()
    assert tab.costing.model.rowCount() == 2


def test_fair_sales_posted_to_the_cash_book(
    qtbot: Any, tab: BooksTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = tab.services
    gid = tab.current_group()
    fid = services.fairs.save(FairData("งาน OTOP ขอนแก่น", "ศูนย์ประชุม", date(2026, 11, 10),
                                       date(2026, 11, 11), booths=1))
    services.fairs.apply(fid, [gid])
    entry = services.fairs.entries(fid)[0]
    services.fairs.set_entry(entry.id, services.fairs.entries(fid)[0].status.SELECTED)
    services.fairs.save_sales(entry.id, {date(2026, 11, 10): B(700)})
    tab.pages.setCurrentIndex(FAIRS)
    assert not tab.group_bar.isVisible()
    tab.fairs.table.selectRow(0)
    assert tab.fairs.entry_model.rowCount() == 1
    infos: list[str] = []
    monkeypatch.setattr(messages, "show_info", lambda p, t, text: infos.append(text))
    qtbot.mouseClick(tab.fairs.post_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.fairs.post_button, Qt.MouseButton.LeftButton)
    assert "700.00" in infos[0] and "700.00" not in infos[1]
    tab.pages.setCurrentIndex(0)
    rows = tab.model.rows()
    assert [(r.category, r.kind, r.amount) for r in rows] == [(C.FAIR_SALES, EntryKind.INCOME, B(700))]


def test_the_whole_cash_book_exports_to_excel(qtbot: Any, tab: BooksTab, tmp_path: Any,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import openpyxl
    from PySide6.QtWidgets import QFileDialog

    for day, category, amount, text in MONTH[:2]:
        type_entry(qtbot, tab, day, category, amount, text)
    asked: list[list[tuple[str, str]]] = []
    said: list[str] = []
    monkeypatch.setattr(messages, "choose", lambda _p, _t, _text, options, _d: (asked.append(options), "group")[1])
    monkeypatch.setattr(messages, "show_info", lambda _p, _t, text: said.append(text))
    target = tmp_path / "สมุดเงินสด"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    tab.action_export.trigger()
    assert [key for key, _label in asked[0]] == ["group", "all"]
    out = tmp_path / "สมุดเงินสด.xlsx"
    assert out.exists() and said == [f"เขียน 2 รายการลงในไฟล์ {out} แล้ว"]
    rows = list(openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert [r[4] for r in rows[1:]] == ["ขายน้ำพริกเผา 25 กระปุก", "ซื้อพริกแห้ง 6 กิโลกรัม"]
    assert rows[1][1] == "กลุ่มแม่บ้านบ้านหนองแวง" and rows[2][8] == 480


def shown_group(tab: BooksTab) -> str:
    """The group the box shows, by name (its label may add the place)."""
    return tab.group_combo.currentText().split(" (")[0]


def chosen_group(tab: BooksTab) -> str:
    gid = tab.current_group()
    assert gid is not None and tab.entry_form.group_id == gid  # new entries go to that book
    return tab.services.groups.get(gid).name


def test_down_and_enter_in_the_group_box_never_switch_the_books_quietly(qtbot: Any, tab: BooksTab) -> None:
    combo = tab.group_combo
    assert chosen_group(tab) == shown_group(tab) == "กลุ่มแม่บ้านบ้านหนองแวง"
    combo.setFocus()
    # Down with nothing typed opens the list, where the choice is seen; Enter keeps it.
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.view().isVisible()
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    assert chosen_group(tab) == shown_group(tab) == "กลุ่มแม่บ้านบ้านหนองแวง"
    # A name that is not in the list, then Down and Enter: the books stay those shown.
    combo.lineEdit().selectAll()
    type_text(combo.lineEdit(), "กลุ่มที่ยังไม่มี")
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    if combo.view().isVisible():
        qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    else:
        qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert chosen_group(tab) == shown_group(tab) == "กลุ่มแม่บ้านบ้านหนองแวง"
    # Part of a name, Down to the suggestion, Enter: that group, shown and chosen.
    combo.lineEdit().selectAll()
    type_text(combo.lineEdit(), "โนนสว่าง")
    popup = combo.completer().popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert chosen_group(tab) == shown_group(tab) == "กลุ่มทอผ้าไหมบ้านโนนสว่าง"
    # Scrolling the mouse wheel over the box does not change the group either.
    wheel = QWheelEvent(QPointF(5, 5), QPointF(5, 5), QPoint(0, 0), QPoint(0, -120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(combo, wheel)
    assert chosen_group(tab) == shown_group(tab) == "กลุ่มทอผ้าไหมบ้านโนนสว่าง"


def test_the_group_box_keeps_its_group_when_groups_change(qtbot: Any, tab: BooksTab) -> None:
    tab.select_group(tab.services.groups.rows()[0].id)
    before = chosen_group(tab)
    tab.services.groups.save(GroupData(name="กลุ่มก่อนทุกกลุ่ม"))  # sorts first
    qtbot.waitUntil(lambda: tab.group_combo.count() == 3)
    assert chosen_group(tab) == shown_group(tab) == before
