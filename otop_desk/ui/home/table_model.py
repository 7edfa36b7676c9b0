"""The Home tab's "needs attention" list read a page at a time (its columns: ``columns``)."""

from __future__ import annotations

import threading
from typing import Any

from otop_desk import i18n
from otop_desk.services.common.paging import PageQuery
from otop_desk.services.home import AttentionItem, AttentionKind, HomeService, Scope
from otop_desk.ui.common.paged_model import PagedTableModel
from otop_desk.ui.common.table_model import RowTableModel
from otop_desk.ui.home.columns import (
    COLUMNS,
    PAGE_ROWS,
    URGENCY,
    kind_label,
    row_style,
    status_text,
)


class AttentionSource:
    """Pages of the list for ``PagedTableModel``, for one day and "not visited" setting.

    The counts per kind are read once per refresh (``invalidate``) and reused: for the
    kind filter's labels, the totals and to find where a page starts.
    """

    def __init__(self, home: HomeService, scope: Scope) -> None:
        self.home = home
        self.scope = scope
        self._counts: dict[tuple[Any, ...], dict[AttentionKind, int]] = {}
        self._lock = threading.Lock()
        self._generation = 0
        self._primed: tuple[Scope, int, list[AttentionItem]] | None = None

    def prime(self, scope: Scope, limit: int, items: list[AttentionItem]) -> None:
        """The first page of ``scope``, ``limit`` items long, as start-up's first screen read
        it from the same unchanged file: the tab's first read takes it instead of reading
        it again (once; any other page, or a later read, asks the database)."""
        self._primed = (scope, limit, items)

    def invalidate(self, scope: Scope) -> None:
        self.scope = scope
        self._generation += 1
        self._counts.clear()

    def _key(self, query: PageQuery) -> tuple[Any, ...]:
        # The order does not change the counts; the words and the kind filter do. The
        # scope is part of the key: a count from the background may arrive after a change.
        return (self.scope, query.words, tuple(sorted(query.filters.items())))

    def counts(self, query: PageQuery) -> dict[AttentionKind, int]:
        key = self._key(query)
        # The list's count and the kind filter's labels ask for the same counts from two
        # background reads as the tab opens: the second waits for the first's answer
        # rather than counting again beside it (which slowed the window's own work).
        with self._lock:
            found = self._counts.get(key)
            if found is None:
                generation = self._generation
                found = self.home.attention_counts(key[0], query)
                if generation == self._generation:  # not counted before a change it missed
                    self._counts[key] = found
            return found

    def count(self, query: PageQuery) -> int:
        return sum(self.counts(query).values())

    def page(self, query: PageQuery, offset: int, limit: int) -> list[AttentionItem]:
        primed, self._primed = self._primed, None
        if primed is not None and (primed[0], primed[1], offset, query.words, dict(query.filters),
                                   query.sort or URGENCY, query.descending) == (self.scope, limit, 0, (), {},
                                                                                URGENCY, False):
            return primed[2]
        # The first page needs no counts (a search shows before it is counted).
        known = self._counts.get(self._key(query)) if offset == 0 else self.counts(query)
        return self.home.attention_page(self.scope, query, offset, limit, known)

    def position(self, query: PageQuery, record_id: Any) -> int:
        return self.home.attention_position(self.scope, query, record_id, self.counts(query))


def _label(member: Any) -> str:
    return kind_label(member) if isinstance(member, AttentionKind) else i18n.enum_label(member)


def make_home_model(source: AttentionSource | None = None) -> RowTableModel[AttentionItem]:
    """With a ``source``, read in pages (the search matches kind, group and text in SQL)."""
    if source is None:
        return RowTableModel(
            COLUMNS,
            lambda r: " ".join((kind_label(r.kind), r.group_name, r.text, status_text(r))),
            row_style,
        )
    return PagedTableModel(COLUMNS, source, style=row_style, label=_label, page_size=PAGE_ROWS)
