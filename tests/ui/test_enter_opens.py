"""Enter (and Return) on a table opens the selected record, on every tab, as the README
promises; double-click and Ctrl+E already did."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog

from otop_desk.demo import generate_demo
from otop_desk.services import Services
from otop_desk.ui.books.costing_dialog import CostingDialog
from otop_desk.ui.books.fair_dialogs import EntryDialog, FairDialog
from otop_desk.ui.books.tab import COSTING, FAIRS, SUMMARY, BooksTab
from otop_desk.ui.common.settings import AppSettings
from otop_desk.ui.groups.form import GroupDialog
from otop_desk.ui.groups.tab import GroupsTab
from otop_desk.ui.home.tab import HomeTab
from otop_desk.ui.problems.form import ProblemDialog
from otop_desk.ui.problems.tab import ProblemsTab
from otop_desk.ui.shell.main_window import MainWindow
from otop_desk.ui.training.form import TrainingDialog
from otop_desk.ui.training.tab import TrainingTab
from otop_desk.ui.visits.form import VisitDialog
from otop_desk.ui.visits.tab import VisitsTab
from tests.conftest import PINNED_NOW
from tests.ui.test_change_refresh import show

ENTER_KEYS = [Qt.Key.Key_Return, Qt.Key.Key_Enter]


@pytest.fixture
def window(qtbot: Any, services: Services, settings: AppSettings) -> MainWindow:
    generate_demo(services.db, today=PINNED_NOW.date())
    main = MainWindow(services, settings)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    return main


def press(qtbot: Any, view: QAbstractItemView, key: Qt.Key, row: int = 0) -> None:
    """Select ``row`` and press ``key`` on the table, as a person does after clicking it."""
    view.setFocus()
    view.selectRow(row)
    qtbot.keyClick(view, key)


def opens(qtbot: Any, on_modal: Any, cls: type[QDialog], view: QAbstractItemView, key: Qt.Key) -> None:
    seen: list[QDialog] = []
    on_modal(cls, lambda dialog: (seen.append(dialog), dialog.reject()))
    press(qtbot, view, key)
    qtbot.waitUntil(lambda: bool(seen))


@pytest.mark.parametrize("key", ENTER_KEYS, ids=["return", "enter"])
def test_enter_opens_the_selected_record_on_every_tab(
        qtbot: Any, window: MainWindow, on_modal: Any, key: Qt.Key) -> None:
    for cls, dialog in ((GroupsTab, GroupDialog), (VisitsTab, VisitDialog), (ProblemsTab, ProblemDialog),
                        (TrainingTab, TrainingDialog)):
        tab = show(window, cls)
        opens(qtbot, on_modal, dialog, tab.table, key)

    # Home: the item's record opens in its own tab (the first item is a follow-up action).
    home = show(window, HomeTab)
    opens(qtbot, on_modal, VisitDialog, home.table, key)
    assert isinstance(window.current_tab(), VisitsTab)

    books = show(window, BooksTab)
    press(qtbot, books.table, key)
    assert books.entry_form.editing == books.current_row().id  # the entry is in the form

    # The costing sheets of a group that has some.
    sheets = next(g.id for g in window.services.groups.choices(include_inactive=True)
                  if window.services.costing.rows(g.id))
    books.select_group(sheets)
    books.pages.setCurrentIndex(COSTING)
    opens(qtbot, on_modal, CostingDialog, books.costing.table, key)

    books.pages.setCurrentIndex(FAIRS)
    opens(qtbot, on_modal, FairDialog, books.fairs.table, key)
    assert books.fairs.entry_model.rowCount() > 0
    opens(qtbot, on_modal, EntryDialog, books.fairs.entries, key)

    books.pages.setCurrentIndex(SUMMARY)
    summary = books.summary
    press(qtbot, summary.month_table, key, row=2)  # December: a fiscal year starts in October
    assert summary.month.currentData() == 12
