"""A table model for large lists: rows come a page at a time from a service, in SQL order.

The model knows how many rows match (one COUNT) and reads only the pages the view asks
for, keeping a few in memory. Sorting and filtering are new queries, not work in Python,
so a table of 50,000 visits opens and filters as fast as one of fifty.

Counting a search means reading every row (60 ms for a word over 50,000 visits), the first
page only the first rows (5 ms). So the first page shows at once; when it is full, the
rest is counted in the background (``set_reader``) and the rows after it appear when the
count arrives. After a result of more than a page, the next query's count starts before
its first page is read, so both run at once. Finding a record's row waits for the count.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QIdentityProxyModel, QModelIndex, Qt, QThread, QTimer, Signal

from otop_desk.services.common.paging import PageQuery
from otop_desk.ui.common.background import BackgroundReader
from otop_desk.ui.common.table_model import Column, Index, RowStyle, RowTableModel

R = TypeVar("R")
PAGE_SIZE = 200
#: Rows a record tab reads at a time: three screens' worth at 1366×768 (more than the 30
#: rows its columns are fitted to). Reading them is much of a tab's opening (a page of
#: 200 visits 12 ms, of 60 visits 4 ms); scrolling reads the next page as it is shown.
TAB_PAGE_SIZE = 60
KEEP_ROWS = 4000  # what a person scrolls through, without growing forever
#: Can a count run beside the page read, each on a core of its own?
OVERLAP = QThread.idealThreadCount() > 1


class PageSource(Protocol[R]):  # type: ignore[misc]
    def count(self, query: PageQuery) -> int: ...
    def page(self, query: PageQuery, offset: int, limit: int) -> list[R]: ...
    def position(self, query: PageQuery, record_id: Any) -> int: ...


class PagedTableModel(RowTableModel[R], Generic[R]):
    counted = Signal()  # a count that came from the background has been taken in

    def __init__(
        self,
        columns: Sequence[Column[R]],
        source: PageSource[R],
        style: Callable[[R], RowStyle | None] | None = None,
        label: Callable[[Any], str] | None = None,
        parent: Any = None,
        page_size: int = PAGE_SIZE,
    ) -> None:
        """``page_size``: rows per read; a list whose rows cost more to make (Home's, from
        several queries) reads fewer, about a screen, so the first page shows sooner."""
        super().__init__(columns, lambda _r: "", style, parent)
        self.page_size = page_size
        self._source = source
        self._query = PageQuery(label=label) if label is not None else PageQuery()
        self._count = 0
        self._total = 0
        self._pages: OrderedDict[int, list[R]] = OrderedDict()
        # Nothing is read before the tab is first shown; until then a query only records
        # what to read.
        self._loaded = False
        self._reader: BackgroundReader | None = None
        self._counting = False  # the first page is full and the count is on its way
        self._total_of: PageQuery | None = None  # the query ``_total`` was counted for

    def set_reader(self, reader: BackgroundReader) -> None:
        """Count large results in the background with ``reader`` (without one, at once)."""
        self._reader = reader

    # querying ------------------------------------------------------------------------
    @property
    def query(self) -> PageQuery:
        return self._query

    def reload(self) -> None:
        """Read the counts again and forget the cached pages (after any change)."""
        self._total_of = None
        self._read()

    def reread_pages(self) -> None:
        """Read the rows again without counting them (after a change that adds or removes
        none, such as a group renamed); the view keeps its selection and scroll."""
        if not self._loaded:
            return
        self._pages.clear()
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(self.columns) - 1))

    def _read(self) -> None:
        # After a result of more than a page the next one (the next letter typed) most
        # likely is too: its count starts before its first page is read, so the two run at
        # once (SQLite lets go of the GIL) and the count is shown about when the page is.
        # Should the page turn out to be all there is, the count is dropped as it arrives.
        # On one core the early count would only slow the page down.
        early = (self._reader is not None and not self._reader.inline and OVERLAP
                 and self._count >= self.page_size)
        self.beginResetModel()
        self._loaded = True
        self._pages.clear()
        bare = self._bare()
        if bare != self._query and self._total_of != bare:
            self._total, self._total_of = self._source.count(bare), bare
        if early:
            self._count_in_background()
        if self._reader is None:
            self._counted(self._source.count(self._query))
        else:
            first = self._source.page(self._query, 0, self.page_size)
            self._pages[0] = first
            self._count = len(first)
            self._counting = len(first) == self.page_size
            if not self._counting:
                self._counted(len(first))
        self.endResetModel()
        if self._counting and not early:
            self._count_in_background()

    def _count_in_background(self) -> None:
        assert self._reader is not None
        query, source = self._query, self._source
        self._reader.read(lambda: source.count(query), lambda n: self._arrived(query, n))

    def _counted(self, count: int) -> None:
        self._count = count
        if self._bare() == self._query:
            self._total, self._total_of = count, self._query
        self._counting = False

    def _arrived(self, query: PageQuery, count: int) -> None:
        """The background count of ``query``: the rows after the first page appear."""
        if not self._counting or query != self._query:
            return  # a newer query, or the count was already taken
        if count < self._count:  # records were deleted meanwhile
            self.reload()
            return
        added = count > self._count
        if added:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
        self._counted(count)
        if added:
            self.endInsertRows()
        self.counted.emit()

    def wait_for_count(self) -> None:
        """Count now if the count is still on its way (before finding a record's row)."""
        if self._counting:
            self._arrived(self._query, self._source.count(self._query))

    def _bare(self) -> PageQuery:
        """The query without what the person typed or chose: what "of M" counts."""
        return replace(self._query, words=(), filters=self._fixed_filters())

    def _fixed_filters(self) -> Mapping[str, Any]:
        # ``today`` decides what is overdue; it is context, not a filter the person chose.
        return {k: v for k, v in self._query.filters.items() if k == "today"}

    def set_query(self, **changes: Any) -> None:
        query = replace(self._query, **changes)
        if query != self._query:
            self._query = query
            if self._loaded:
                self._read()  # the total stays, unless the fixed filters changed

    def set_words(self, text: str) -> None:
        self.set_query(words=PageQuery.split(text))

    def set_filters(self, **filters: Any) -> None:
        merged = {**self._query.filters, **filters}
        self.set_query(filters={k: v for k, v in merged.items() if v is not None and v is not False})

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or self.columns[column].key is None:
            return
        self.set_query(sort=self.columns[column].key, descending=order == Qt.SortOrder.DescendingOrder)

    # rows ----------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[R]) -> None:
        raise TypeError("a paged model reads its rows from its source; call reload()")

    def rows(self) -> list[R]:
        """The rows read so far, in order (the first pages a view asked for)."""
        out: list[R] = []
        for number in range(len(self._pages)):
            if number not in self._pages:
                break
            out += self._pages[number]
        return out

    def row_at(self, row: int) -> R | None:  # type: ignore[override]
        size = self.page_size
        number = row // size
        page = self._pages.get(number)
        if page is None:
            page = self._source.page(self._query, number * size, size)
            self._pages[number] = page
            while len(self._pages) > max(KEEP_ROWS // size, 2):
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        offset = row - number * size
        if offset >= len(page):
            # Records were deleted elsewhere since the count: read everything again.
            QTimer.singleShot(0, self.reload)
            return None
        return page[offset]

    def search_text(self, row: int) -> str:
        return ""

    def find_row(self, predicate: Callable[[R], bool]) -> int:
        return next((i for i, r in enumerate(self.rows()) if predicate(r)), -1)

    def locate(self, record_id: Any, row_id: Callable[[R], Any]) -> int:
        # Most often the record is on a page already read (the one just shown).
        for number, page in self._pages.items():
            for offset, row in enumerate(page):
                if row_id(row) == record_id:
                    return number * self.page_size + offset
        self.wait_for_count()
        return self._source.position(self._query, record_id)

    def total_count(self) -> int:
        return self._total

    @property
    def counting(self) -> bool:
        return self._counting

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._count


class PagedProxy(QIdentityProxyModel):
    """Stands where a tab's ``SearchProxy`` stands: typing and sorting go to the SQL model."""

    def source(self) -> PagedTableModel[Any]:
        model = self.sourceModel()
        assert isinstance(model, PagedTableModel)
        return model

    def set_query(self, text: str) -> None:
        self.source().set_words(text)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.source().sort(column, order)
