"""Sorting in the model: Thai dictionary order, kept for new rows, selection follows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from otop_desk.ui.common.table_model import ROW_ROLE, Column, RowTableModel, SearchProxy


@dataclass(frozen=True)
class Row:
    name: str
    amount: int | None


def make() -> tuple[RowTableModel[Row], SearchProxy, QTableView]:
    model: RowTableModel[Row] = RowTableModel(
        [Column("Name", lambda r: r.name), Column("Amount", lambda r: str(r.amount or ""), sort=lambda r: r.amount)],
        lambda r: r.name,
    )
    proxy = SearchProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    return model, proxy, view


def names(proxy: SearchProxy) -> list[str]:
    return [proxy.data(proxy.index(r, 0), ROW_ROLE).name for r in range(proxy.rowCount())]


def test_text_sorts_as_a_thai_dictionary(qtbot: Any) -> None:
    model, proxy, view = make()
    qtbot.addWidget(view)
    model.set_rows([Row(n, None) for n in ("ขวด", "ไก่", "Banana", "เกาะ", "กา", "apple")])
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    shown = names(proxy)
    # Leading vowels are skipped: เกาะ and ไก่ stand under ก, before ข.
    assert shown.index("เกาะ") < shown.index("ขวด") and shown.index("ไก่") < shown.index("ขวด")
    assert shown.index("กา") < shown.index("ขวด")
    assert shown.index("apple") < shown.index("Banana")  # case does not count


def test_numbers_sort_by_value_with_blanks_first_and_order_is_kept_for_new_rows(qtbot: Any) -> None:
    model, proxy, view = make()
    qtbot.addWidget(view)
    model.set_rows([Row("a", 10), Row("b", None), Row("c", 9), Row("d", 100)])
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert names(proxy) == ["b", "c", "a", "d"]
    view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert names(proxy) == ["d", "a", "c", "b"]
    model.set_rows([Row("x", 1), Row("y", 50)])
    assert names(proxy) == ["y", "x"]


def test_the_selected_row_stays_selected_when_the_table_is_sorted(qtbot: Any) -> None:
    model, proxy, view = make()
    qtbot.addWidget(view)
    model.set_rows([Row("ค", 1), Row("ก", 3), Row("ข", 2)])
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.selectRow(names(proxy).index("ข"))
    view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    selected = view.selectionModel().selectedRows()
    assert [proxy.data(i, ROW_ROLE).name for i in selected] == ["ข"]
    assert names(proxy) == ["ก", "ข", "ค"]


def test_filtering_and_sorting_together(qtbot: Any) -> None:
    model, proxy, view = make()
    qtbot.addWidget(view)
    model.set_rows([Row("กลุ่มทอผ้า", 2), Row("กลุ่มจักสาน", 1), Row("ร้านค้า", 3)])
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    proxy.set_query("กลุ่ม")
    assert names(proxy) == ["กลุ่มจักสาน", "กลุ่มทอผ้า"]
    assert not proxy.index(0, 0).parent().isValid() and proxy.rowCount(QModelIndex()) == 2


def test_search_texts_are_made_when_first_searched_and_follow_sorting(qtbot: Any) -> None:
    """A tab's rows are shown without making their search texts (500 cash entries took
    5 ms of an open); the first search makes each once, and sorting keeps them by row."""
    made: list[str] = []
    model: RowTableModel[Row] = RowTableModel(
        [Column("Name", lambda r: r.name), Column("Amount", lambda r: str(r.amount), sort=lambda r: r.amount)],
        lambda r: made.append(r.name) or f"{r.name} {r.amount}",
    )
    proxy = SearchProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    model.set_rows([Row("ร้านค้า", 3), Row("กลุ่มทอผ้า", 2), Row("กลุ่มจักสาน", 1)])
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert made == [] and proxy.rowCount() == 3
    proxy.set_query("กลุ่ม")
    assert names(proxy) == ["กลุ่มจักสาน", "กลุ่มทอผ้า"] and sorted(made) == sorted(r.name for r in model.rows())
    view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    proxy.set_query("3")
    assert names(proxy) == ["ร้านค้า"] and len(made) == 3  # each made once, kept with its row
