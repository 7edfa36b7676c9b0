"""Start-up's first screen: on a file as the program left it, the Home list's first page is
shown before the database stack is opened, in the Home tab's columns and words, and the
Home tab then takes its place with the same rows; any other file opens as before."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from shiboken6 import isValid

from otop_desk import app
from otop_desk.db import trust
from otop_desk.db.backup import folder_for
from otop_desk.db.database import Database
from otop_desk.demo.generate import generate_demo
from otop_desk.ui.home.first_screen import NOT_VISITED_KEY, FirstScreen
from otop_desk.ui.home.tab import HomeTab
from otop_desk.ui.shell.tab_slot import slot_at
from tests.conftest import PINNED_NOW


@pytest.fixture(autouse=True)
def _no_first_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app, "first_run", lambda *_a: None)  # no profile dialog here


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "officer.sqlite3"
    db = Database.open(path)
    generate_demo(db, today=PINNED_NOW.date())
    folder_for(path).mkdir()  # where the note of a clean close is kept, with the backups
    app.close_cleanly(db)
    assert trust.unchanged_since_clean_close(path, folder_for(path))
    return path


def _texts(model: Any, rows: int) -> list[list[str]]:
    return [[model.data(model.index(r, c, QModelIndex()), Qt.ItemDataRole.DisplayRole)
             for c in range(model.columnCount())] for r in range(rows)]


def test_the_first_page_shows_before_the_database_is_opened(
        qtbot: Any, demo_file: Path, settings: Any) -> None:
    settings.set_value(NOT_VISITED_KEY, 60)
    events: list[str] = []
    seen: dict[str, Any] = {}
    opened: list[Any] = []

    def first_screen() -> None:
        events.append("first")
        tabs = window.tabs
        first = window.first_screen
        assert isinstance(first, FirstScreen) and first.isVisible()
        seen["pages"] = [tabs.widget(i) for i in range(tabs.count())]
        seen["rows"] = _texts(first.table.model(), first.model.rowCount())
        seen["enabled"] = [tabs.isTabEnabled(i) for i in range(tabs.count())]
        seen["titles"] = [tabs.tabText(i) for i in range(tabs.count())]
        seen["counting"] = first.count_label.text()
        seen["first"] = first
        header = first.table.horizontalHeader()
        seen["widths"] = [header.sectionSize(c) for c in range(header.count() - 1)]  # the last stretches

    def ready(db: Any) -> None:
        events.append("ready")
        opened.append(db)

    window = app.start(demo_file, settings, ready, first_screen)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(opened), timeout=15_000)
    assert events == ["first", "ready"]
    assert seen["enabled"] == [True] + [False] * 7  # the others wait for the database
    assert seen["titles"][:3] == ["หน้าแรก", "กลุ่มผู้ผลิต", "การเยี่ยม"]
    assert seen["counting"] == "กำลังนับ…"
    # The Home tab took its place, showing the very rows the first screen showed, in the
    # same tab pages: the tab bar was not made again.
    assert [window.tabs.widget(i) for i in range(window.tabs.count())] == seen["pages"]
    home = slot_at(window.tabs, 0)
    assert home is not None and isinstance(home.tab, HomeTab)
    qtbot.waitUntil(lambda: home.tab.model.rowCount() >= len(seen["rows"]), timeout=10_000)
    assert home.tab.days.value() == 60
    assert len(seen["rows"]) == 60
    assert _texts(home.tab.table.model(), len(seen["rows"])) == seen["rows"]
    header = home.tab.table.horizontalHeader()
    assert [header.sectionSize(c) for c in range(header.count() - 1)] == seen["widths"]  # nothing moves
    # ... taken over, not read again: the very items the first screen read.
    assert home.tab.model.row_at(0) is seen["first"].items[0]
    assert all(window.tabs.isTabEnabled(i) for i in range(window.tabs.count()))
    # The charts and the certificates to renew follow a turn later, and the menus.
    qtbot.waitUntil(lambda: hasattr(home.tab, "renewals") and home.tab.charts.isVisible())
    assert home.tab.side.count() == 2
    qtbot.waitUntil(lambda: all(a.menu().isEnabled() and a.menu().actions() for a in window.menuBar().actions()))
    assert [a.text() for a in window.menuBar().actions()][0] == "&แฟ้ม"
    window.close()
    app.close_cleanly(opened[0])


def test_the_tab_is_made_behind_the_first_screen_and_shown_a_turn_later(
        qtbot: Any, demo_file: Path, settings: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Making the Home tab and showing it (its first layout and paint) are two turns of
    the event loop, so neither keeps the window waiting for the sum: the first screen
    shows while the tab is made, and goes once the tab shows."""
    made: list[tuple[bool, bool]] = []
    firsts: list[Any] = []
    make = HomeTab.__init__

    def made_behind(tab: HomeTab, *args: Any) -> None:
        make(tab, *args)
        made.append((firsts[0][0].isVisible(), tab.isVisible()))

    monkeypatch.setattr(HomeTab, "__init__", made_behind)
    # The list keeps the first screen's width while the charts and the certificates come
    # (an empty side gave it the whole width for a turn: the window jumped, twice).
    widths: list[int] = []

    def measuring(add: Any) -> Any:
        def adding(tab: HomeTab) -> None:
            widths.append(tab.table.width())
            add(tab)
        return adding

    for name in ("_add_charts", "_add_renewals"):
        monkeypatch.setattr(HomeTab, name, measuring(getattr(HomeTab, name)))
    opened: list[Any] = []
    window = app.start(demo_file, settings, opened.append,
                       lambda: firsts.append((window.first_screen, window.first_screen.table.width())))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(made), timeout=15_000)
    assert made == [(True, False)]  # made while the first screen still showed
    first, first_width = firsts[0]
    home = slot_at(window.tabs, 0)
    assert home is not None
    qtbot.waitUntil(lambda: home.tab is not None and home.tab.isVisible())
    assert window.first_screen is None
    qtbot.waitUntil(lambda: not isValid(first))  # deleted, with its rows' widgets
    qtbot.waitUntil(lambda: len(widths) == 2 and home.tab.renewals.isVisible())
    assert widths == [first_width, first_width]
    assert home.tab.table.width() == first_width
    window.close()
    app.close_cleanly(opened[0])


def test_a_file_written_meanwhile_is_read_again_by_the_tab(
        qtbot: Any, demo_file: Path, settings: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Should anything write to the file between the first screen's read and the lock
    (another program), the Home tab reads the page itself."""
    firsts: list[Any] = []
    opened: list[Any] = []

    def first_screen() -> None:
        firsts.append(window.first_screen)
        monkeypatch.setattr(trust, "unchanged_since_clean_close", lambda *_a: False)

    window = app.start(demo_file, settings, opened.append, first_screen)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(opened), timeout=15_000)
    home = slot_at(window.tabs, 0)
    assert home is not None and isinstance(home.tab, HomeTab)
    qtbot.waitUntil(lambda: home.tab.model.rowCount() >= 60, timeout=10_000)
    assert home.tab.model.row_at(0) == firsts[0].items[0]
    assert home.tab.model.row_at(0) is not firsts[0].items[0]
    window.close()
    app.close_cleanly(opened[0])


def test_a_file_changed_since_it_was_closed_opens_first(qtbot: Any, demo_file: Path, settings: Any) -> None:
    """A file not known sound is checked before anything of it is shown."""
    trust.forget(demo_file, folder_for(demo_file))
    events: list[str] = []
    opened: list[Any] = []
    window = app.start(demo_file, settings, lambda db: (events.append("ready"), opened.append(db)),
                       lambda: events.append("first"))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(opened), timeout=15_000)
    assert events == ["ready"]
    window.close()
    app.close_cleanly(opened[0])


def test_closing_the_window_before_the_database_opens_opens_nothing(
        qtbot: Any, demo_file: Path, settings: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    opened: list[Any] = []
    window = app.start(demo_file, settings, opened.append, lambda: window.close())
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: gc.isenabled(), timeout=15_000)
    qtbot.wait(50)
    assert opened == []
    assert trust.unchanged_since_clean_close(demo_file, folder_for(demo_file))  # not opened for writing
