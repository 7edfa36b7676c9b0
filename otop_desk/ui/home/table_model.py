"""Columns of the Home tab's "needs attention" list."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from otop_desk import i18n
from otop_desk.domain.due import DueState
from otop_desk.domain.errors import QT_TRANSLATE_NOOP
from otop_desk.services.common.paging import PageQuery
from otop_desk.services.home import AttentionItem, AttentionKind, HomeService, Scope
from otop_desk.ui.common.paged_model import PagedTableModel
from otop_desk.ui.common.table_model import Column, RowStyle, RowTableModel, widest_dates

CONTEXT = "Home"

KIND_LABELS = {
    AttentionKind.FOLLOW_UP: QT_TRANSLATE_NOOP("Home", "Follow-up action"),
    AttentionKind.MEETING_ACTION: QT_TRANSLATE_NOOP("Home", "Meeting follow-up"),
    AttentionKind.NEXT_VISIT: QT_TRANSLATE_NOOP("Home", "Next visit"),
    AttentionKind.PROBLEM: QT_TRANSLATE_NOOP("Home", "Open problem"),
    AttentionKind.NOT_VISITED: QT_TRANSLATE_NOOP("Home", "Group not visited"),
    AttentionKind.TRAINING: QT_TRANSLATE_NOOP("Home", "Coming training"),
    AttentionKind.BEHIND_PLAN: QT_TRANSLATE_NOOP("Home", "Behind the business plan"),
}
KIND_ORDER = list(KIND_LABELS)
URGENCY = "urgency"
#: Rows read at a time: a tall screen's worth. Each comes from a join of its own kind
#: and is dated and worded in Python, so the first page shows sooner than 200 would.
PAGE_ROWS = 60


def kind_label(kind: AttentionKind) -> str:
    return i18n.translate(CONTEXT, KIND_LABELS[kind])


def status_text(item: AttentionItem) -> str:
    """How pressing the item is, in words: overdue by, open for, not visited for."""
    days = item.days if item.days is not None else 0
    if item.kind in (AttentionKind.FOLLOW_UP, AttentionKind.MEETING_ACTION, AttentionKind.NEXT_VISIT):
        if item.state is DueState.OVERDUE:
            return QCoreApplication.translate("Home", "Overdue by {n} days").format(n=days)
        if item.state is DueState.TODAY:
            return QCoreApplication.translate("Home", "Due today")
        return QCoreApplication.translate("Home", "Due in {n} days").format(n=-days)
    if item.kind is AttentionKind.PROBLEM:
        text = QCoreApplication.translate("Home", "Open for {n} days").format(n=days)
        if item.state is DueState.OVERDUE:
            text += " · " + QCoreApplication.translate("Home", "past its target date")
        return text
    if item.kind is AttentionKind.NOT_VISITED:
        if item.days is None:
            return QCoreApplication.translate("Home", "Never visited")
        return QCoreApplication.translate("Home", "Last visit {n} days ago").format(n=days)
    if item.kind is AttentionKind.BEHIND_PLAN:
        return QCoreApplication.translate("Home", "Sales more than 30% below target two months running")
    if days > 0:
        return QCoreApplication.translate("Home", "Starts in {n} days").format(n=days)
    return QCoreApplication.translate("Home", "Starts today") if days == 0 else QCoreApplication.translate("Home", "Running now")


def urgency(item: AttentionItem) -> int:
    """Sort key: by kind in the list's order, then the most pressing first (one int, since
    the proxy cannot compare tuples)."""
    days = item.days if item.days is not None else 100_000
    pressing = days if item.kind is AttentionKind.TRAINING else -days
    return KIND_ORDER.index(item.kind) * 1_000_000 + max(min(pressing, 499_999), -499_999)


def _style(item: AttentionItem) -> RowStyle | None:
    if item.state is DueState.OVERDUE and item.kind is not AttentionKind.PROBLEM:
        return _OVERDUE
    if item.state is DueState.TODAY:
        return _TODAY
    return None


_OVERDUE = RowStyle(foreground=QColor("#b00020"))
_TODAY = RowStyle(bold=True)

COLUMNS: list[Column[AttentionItem]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Needs attention"), lambda r: kind_label(r.kind), sort=urgency,
           key=URGENCY),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), status_text, sort=urgency, key=URGENCY),
    Column(QT_TRANSLATE_NOOP("Columns", "Date"), lambda r: i18n.fmt_date(r.when),
           sort=lambda r: r.when.toordinal() if r.when else 0, key="date", widest=widest_dates),
    Column(QT_TRANSLATE_NOOP("Columns", "Group"), lambda r: r.group_name, key="group"),
    Column(QT_TRANSLATE_NOOP("Columns", "Details"), lambda r: " ".join(r.text.split()),
           tooltip=lambda r: r.text, key="details"),
]


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
            _style,
        )
    return PagedTableModel(COLUMNS, source, style=_style, label=_label, page_size=PAGE_ROWS)
