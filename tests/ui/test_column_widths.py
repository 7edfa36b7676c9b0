"""Nothing a person needs is cut off at 1366×768 in Thai: dates and the key columns of
every table show whole, also when the data arrives after the tables were first shown
empty (demo data loaded on the first run)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from otop_desk.demo import generate_demo
from otop_desk.services import Services
from otop_desk.ui.books.tab import COSTING, FAIRS, SUMMARY, BooksTab
from otop_desk.ui.common.record_tab import RecordTab
from otop_desk.ui.common.settings import AppSettings
from otop_desk.ui.common.table_model import RowTableModel
from otop_desk.ui.home.tab import HomeTab
from otop_desk.ui.network.tab import BOOTHS, COMMITTEES, NetworkTab
from otop_desk.ui.shell.main_window import MainWindow
from tests.conftest import PINNED_NOW

#: Columns (by their English title) that must never end in "…", besides every date.
KEY_COLUMNS = {"Needs attention", "Status", "Group", "Product", "Sheet", "Cash-book category",
               "Income or expense", "Category", "Month", "Fair", "Selection"}


def cut_cells(view: QTableView, model: RowTableModel[Any]) -> list[str]:
    """The texts of visible key cells that do not fit their column."""
    header = view.horizontalHeader()
    last = max((c for c in range(header.count()) if not header.isSectionHidden(c)), key=header.visualIndex)
    checked = [c for c, column in enumerate(model.columns)
               if c != last and (column.widest is not None or column.title in KEY_COLUMNS)]
    shown = view.model()
    first_row = max(view.rowAt(0), 0)
    last_row = view.rowAt(view.viewport().height() - 1)
    last_row = shown.rowCount() - 1 if last_row < 0 else last_row
    cut: list[str] = []
    for row in range(first_row, last_row + 1):
        for column in checked:
            index = shown.index(row, column)
            option = QStyleOptionViewItem()
            view.initViewItemOption(option)
            view.itemDelegate().initStyleOption(option, index)
            needed = view.itemDelegate().sizeHint(option, index).width()
            if needed > header.sectionSize(column):
                cut.append(f"{model.columns[column].title}: {index.data()} ({needed} > {header.sectionSize(column)})")
    return cut


def tables(window: MainWindow) -> list[tuple[str, QTableView, RowTableModel[Any]]]:
    """Every table of every tab and page, each shown in turn."""
    found: list[tuple[str, QTableView, RowTableModel[Any]]] = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        tab = window.tab(index)
        assert isinstance(tab, RecordTab)
        name = type(tab).__name__
        if isinstance(tab, BooksTab):
            found.append((name, tab.table, tab.model))
            tab.pages.setCurrentIndex(SUMMARY)
            tab.summary.show_month(2026, 10)
            found += [("summary months", tab.summary.month_table, tab.summary.month_model),
                      ("summary categories", tab.summary.category_table, tab.summary.category_model)]
            tab.pages.setCurrentIndex(COSTING)
            found.append(("costing", tab.costing.table, tab.costing.model))
            tab.pages.setCurrentIndex(FAIRS)
            tab.fairs.table.selectRow(0)
            found += [("fairs", tab.fairs.table, tab.fairs.model),
                      ("fair entries", tab.fairs.entries, tab.fairs.entry_model)]
        elif isinstance(tab, NetworkTab):
            found.append((name, tab.table, tab.model))
            for page, view in ((COMMITTEES, tab.committees), (BOOTHS, tab.booths)):
                tab.pages.setCurrentIndex(page)
                found.append((type(view).__name__, view.table, view.model))
        else:
            found.append((name, tab.table, tab.model))
        cuts = [(n, cut_cells(view, model)) for n, view, model in found[-5:]]
        assert all(not c for _n, c in cuts), cuts
    return found


@pytest.mark.parametrize("when", ["loaded after the first start", "there from the start"])
def test_dates_and_key_columns_show_whole_at_1366x768(
        qtbot: Any, services: Services, settings: AppSettings, when: str) -> None:
    if when == "there from the start":
        generate_demo(services.db, today=PINNED_NOW.date())
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    if when == "loaded after the first start":
        for index in range(window.tabs.count()):  # every table is first read empty
            window.tabs.setCurrentIndex(index)
        generate_demo(services.db, today=PINNED_NOW.date())
        window.tabs.setCurrentIndex(0)
        qtbot.waitUntil(lambda: window.tab(0).model.rowCount() > 0)
    assert window.width() == 1366
    seen = tables(window)
    assert all(model.rowCount() for _name, _view, model in seen), [n for n, _v, m in seen if not m.rowCount()]
    home = window.tab(0)
    assert isinstance(home, HomeTab)
    # The books of a group that has costing sheets, chosen after the first group's.
    books = window.show_tab(BooksTab)
    assert isinstance(books, BooksTab)
    window.tabs.setCurrentWidget(books)
    for group in services.groups.choices(include_inactive=True)[:8]:
        books.select_group(group.id)
        for page in (0, COSTING):
            books.pages.setCurrentIndex(page)
            view = books.table if page == 0 else books.costing.table
            model = books.model if page == 0 else books.costing.model
            assert cut_cells(view, model) == [], group.name
