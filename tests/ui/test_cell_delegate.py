"""Record tables paint and fit their cells from texts laid out once, exactly as Qt's own
delegate and ``sizeHintForColumn`` would: the same pixels, the same column widths."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QHeaderView, QStyledItemDelegate, QTableView

from otop_desk.ui.common.cell_delegate import RowDelegate
from otop_desk.ui.common.cell_text import CELL_TEXTS
from otop_desk.ui.common.column_fit import ColumnFitter
from otop_desk.ui.common.table_model import (
    CENTER,
    RIGHT,
    Column,
    RowStyle,
    RowTableModel,
    SearchProxy,
)

LATE = RowStyle(foreground=QColor("#8b0000"), background=QColor("#ffe4e1"), bold=True)
GONE = RowStyle(foreground=QColor("#777777"), italic=True)


@dataclass(frozen=True)
class Row:
    name: str
    amount: int
    note: str
    state: str


COLUMNS: list[Column[Row]] = [
    Column("Name", lambda r: r.name),
    Column("Amount", lambda r: f"{r.amount:,}" if r.amount else "", sort=lambda r: r.amount, align=RIGHT),
    Column("Note", lambda r: r.note, max_width=160),
    Column("State", lambda r: r.state, align=CENTER),
]
NAMES = ["กลุ่มทอผ้าไหมบ้านโนนสว่าง", "วิสาหกิจชุมชนน้ำพริกเผาแม่บุญมี", "กลุ่มจักสานผักตบชวา", "Baan Nong Weaving",
         "กลุ่มสบู่สมุนไพรบ้านดอนปู่ตา", "ผู้ผลิตข้าวฮางงอก"]


def rows() -> list[Row]:
    notes = ["ประสานมหาวิทยาลัยขอนแก่นเพื่อออกแบบฉลากใหม่และบรรจุภัณฑ์ให้สวยงามขึ้น", "",
             "ติดตาม", "first line\nsecond line", "ฝึกอบรมการทำบัญชีครัวเรือน"]
    return [Row(f"{NAMES[i % len(NAMES)]} {i}", (i * 7919) % 250_000, notes[i % len(notes)],
                ["เปิด", "ดำเนินการ", "ปิดแล้ว"][i % 3]) for i in range(60)]


def style(row: Row) -> RowStyle | None:
    return LATE if row.amount % 3 == 0 else GONE if row.amount % 5 == 0 else None


def table(qtbot: Any, *, sorted_: bool = True) -> tuple[QTableView, RowTableModel[Row], SearchProxy]:
    model: RowTableModel[Row] = RowTableModel(COLUMNS, lambda r: f"{r.name} {r.note}", style=style)
    proxy = SearchProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSortingEnabled(sorted_)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.horizontalHeader().setResizeContentsPrecision(30)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.resize(700, 420)
    model.set_rows(rows())
    view.show()
    qtbot.waitExposed(view)
    return view, model, proxy


def grab(view: QTableView) -> QImage:
    return view.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


@pytest.mark.parametrize(("cached", "wrapped"), [(False, False), (True, False), (False, True)],
                         ids=["texts new", "texts laid out before", "texts wrapped (left to Qt)"])
def test_cells_paint_exactly_as_qt_paints_them(qtbot: Any, cached: bool, wrapped: bool) -> None:
    view, model, proxy = table(qtbot)
    view.setWordWrap(wrapped)
    view.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # rows reach the view through the proxy
    proxy.set_query("กลุ่ม")
    for column, width in enumerate((200, 70, 160)):  # some texts do not fit: they end in "…"
        view.horizontalHeader().resizeSection(column, width)
    view.selectRow(2)
    qt = grab(view)
    if not cached:
        CELL_TEXTS.clear()
    view.setItemDelegate(RowDelegate(view, model))
    assert grab(view) == qt
    view.horizontalHeader().resizeSection(0, 120)  # narrower: other texts elided
    mine = grab(view)
    view.setItemDelegate(QStyledItemDelegate(view))
    assert grab(view) == mine


def test_a_fit_gives_every_column_the_width_qt_would_give_it(qtbot: Any) -> None:
    """Measured in the rows Qt measures (those on screen, then below and above by turns,
    30 in all): a wide name in any row is found exactly when Qt finds it."""
    view, model, _proxy = table(qtbot, sorted_=False)  # the wide name stays where it is put
    header = view.horizontalHeader()
    found = set()
    for scroll in (0, 20):  # at the top, and scrolled (rows above and below are measured)
        for wide_at in range(60):
            wide = rows()
            wide[wide_at] = Row("กลุ่มวิสาหกิจชุมชนทอผ้าไหมมัดหมี่บ้านหนองบัว", 99_999_999, "", "")
            model.set_rows(wide)
            view.scrollTo(view.model().index(scroll, 0), QTableView.ScrollHint.PositionAtTop)
            qtbot.wait(1)  # the view lays the rows out
            expected = [min(max(view.sizeHintForColumn(c), header.sectionSizeHint(c)), COLUMNS[c].max_width or 320)
                        for c in range(len(COLUMNS) - 1)]
            CELL_TEXTS.clear()
            ColumnFitter(view, lambda: COLUMNS).fit()
            assert [header.sectionSize(c) for c in range(len(COLUMNS) - 1)] == expected, (scroll, wide_at)
            assert expected[2] == 160  # the long notes are held to their column's maximum
            found.add(expected[0])
    assert len(found) == 2  # the wide name was measured in some rows, not in others
    view.hide()  # a hidden view measures its first rows
    for wide_at in (29, 30):
        wide = rows()
        wide[wide_at] = Row("กลุ่มวิสาหกิจชุมชนทอผ้าไหมมัดหมี่บ้านหนองบัว", 1, "", "")
        model.set_rows(wide)
        expected = [max(view.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(2)]
        ColumnFitter(view, lambda: COLUMNS).fit()
        assert [header.sectionSize(c) for c in range(2)] == expected, wide_at
