"""The paged model: the first page at once, a large result counted in the background."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from otop_desk.services.common.paging import PageQuery
from otop_desk.ui.common import paged_model
from otop_desk.ui.common.background import BackgroundReader
from otop_desk.ui.common.paged_model import PAGE_SIZE, PagedTableModel
from otop_desk.ui.common.table_model import Column


class Numbers:
    """A source of the numbers 0..n-1; a word keeps the numbers whose digits contain it."""

    def __init__(self, n: int) -> None:
        self.items = list(range(n))
        self.counted: list[tuple[str, ...]] = []
        self.slow = threading.Event()  # set: counting waits until it is cleared

    def _match(self, query: PageQuery) -> list[int]:
        return [i for i in self.items if all(word in str(i) for word in query.words)]

    def count(self, query: PageQuery) -> int:
        self.counted.append(query.words)
        while self.slow.is_set():
            time.sleep(0.005)
        return len(self._match(query))

    def page(self, query: PageQuery, offset: int, limit: int) -> list[int]:
        return self._match(query)[offset:offset + limit]

    def position(self, query: PageQuery, record_id: Any) -> int:
        found = self._match(query)
        return found.index(record_id) if record_id in found else -1


@pytest.fixture
def owner(qtbot: Any) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def model_of(source: Numbers, owner: QWidget | None) -> PagedTableModel[int]:
    model: PagedTableModel[int] = PagedTableModel([Column("n", str)], source)
    if owner is not None:
        model.set_reader(BackgroundReader(owner))
    return model


def test_a_small_result_is_counted_from_its_first_page(qtbot: Any, owner: QWidget) -> None:
    source = Numbers(150)
    model = model_of(source, owner)
    model.reload()
    assert model.rowCount() == 150 and model.total_count() == 150
    assert source.counted == []  # the first page was all there is


def test_a_large_result_shows_its_first_page_then_grows(qtbot: Any, owner: QWidget) -> None:
    source = Numbers(1000)
    model = model_of(source, owner)
    source.slow.set()
    model.reload()
    assert model.rowCount() == PAGE_SIZE and model.row_at(0) == 0
    with qtbot.waitSignal(model.counted):
        source.slow.clear()
    assert model.rowCount() == 1000 and model.total_count() == 1000
    assert model.row_at(999) == 999


def test_a_newer_search_wins_over_an_older_count(qtbot: Any, owner: QWidget) -> None:
    source = Numbers(3000)
    model = model_of(source, owner)
    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() == 3000)
    source.slow.set()
    model.set_words("1")  # 1,3.. numbers with a 1 in them: more than a page
    model.set_words("12")
    source.slow.clear()
    qtbot.waitUntil(lambda: model.rowCount() == len([i for i in range(3000) if "12" in str(i)]))
    qtbot.wait(50)
    assert model.rowCount() == len([i for i in range(3000) if "12" in str(i)])
    # The total (without the search) was not counted again for each word typed.
    assert source.counted.count(()) == 1


def test_finding_a_row_waits_for_the_count(qtbot: Any, owner: QWidget) -> None:
    source = Numbers(1000)
    model = model_of(source, owner)
    source.slow.set()
    model.reload()
    threading.Timer(0.05, source.slow.clear).start()
    assert model.locate(900, lambda r: r) == 900
    assert model.rowCount() == 1000


def test_without_a_reader_everything_is_counted_at_once(qtbot: Any) -> None:
    source = Numbers(1000)
    model = model_of(source, None)
    model.reload()
    assert model.rowCount() == 1000 and source.counted == [()]


class Logged(Numbers):
    def __init__(self, n: int) -> None:
        super().__init__(n)
        self.calls: list[str] = []

    def count(self, query: PageQuery) -> int:
        self.calls.append(f"count {' '.join(query.words)}")
        return super().count(query)

    def page(self, query: PageQuery, offset: int, limit: int) -> list[int]:
        self.calls.append(f"page {' '.join(query.words)} {offset} {limit}")
        return super().page(query, offset, limit)


def test_a_model_reads_pages_of_its_own_size(qtbot: Any, owner: QWidget) -> None:
    source = Logged(130)
    model: PagedTableModel[int] = PagedTableModel([Column("n", str)], source, page_size=50)
    model.set_reader(BackgroundReader(owner))
    model.reload()
    assert source.calls[0] == "page  0 50" and model.rowCount() == 50
    qtbot.waitUntil(lambda: model.rowCount() == 130)
    assert model.row_at(120) == 120 and source.calls[-1] == "page  100 50"
    assert model.locate(75, lambda r: r) == 75


class Overlapping(Numbers):
    """Records which reads ran at the same time: the page holds until a count has begun."""

    def __init__(self, n: int) -> None:
        super().__init__(n)
        self.count_started = threading.Event()
        self.page_saw_count: list[bool] = []

    def count(self, query: PageQuery) -> int:
        self.count_started.set()
        return super().count(query)

    def page(self, query: PageQuery, offset: int, limit: int) -> list[int]:
        if query.words:
            self.page_saw_count.append(self.count_started.wait(0.5))
        return super().page(query, offset, limit)


def test_a_search_after_a_large_result_counts_while_its_first_page_is_read(
    qtbot: Any, owner: QWidget, monkeypatch: pytest.MonkeyPatch,
) -> None:
    # After a result of more than a page, the next one most likely is too: its count
    # starts before its first page is read, so the two run at once (on two cores: SQLite
    # lets go of the GIL), and the count is shown about when the page is.
    monkeypatch.setattr(paged_model, "OVERLAP", True)
    source = Overlapping(3000)
    model = model_of(source, owner)
    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() == 3000)
    source.count_started.clear()
    model.set_words("1")
    assert source.page_saw_count == [True]
    qtbot.waitUntil(lambda: model.rowCount() == len([i for i in range(3000) if "1" in str(i)]))
    # A result that fits its first page is that page's size, whatever the early count says.
    source.count_started.clear()
    model.set_words("1234")
    assert source.page_saw_count == [True, True]
    qtbot.wait(50)
    assert model.rowCount() == len([i for i in range(3000) if "1234" in str(i)])
    # After a small result, the page is read first and counted only when it is full.
    source.count_started.clear()
    model.set_words("12")
    assert source.page_saw_count == [True, True, False]
    qtbot.waitUntil(lambda: model.rowCount() == len([i for i in range(3000) if "12" in str(i)]))
    # On one core, never: the count would only slow the page down.
    monkeypatch.setattr(paged_model, "OVERLAP", False)
    source.count_started.clear()
    model.set_words("2")
    assert source.page_saw_count == [True, True, False, False]
    qtbot.waitUntil(lambda: model.rowCount() == len([i for i in range(3000) if "2" in str(i)]))

