"""Columns of the Home tab's "needs attention" list: words, dates, the row's look.

Without SQLAlchemy: start-up shows the list's first page with these before the database
stack is imported (``ui.home.first_screen``), and the tab then shows it the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from otop_desk import i18n
from otop_desk.domain.attention import AttentionItem, AttentionKind
from otop_desk.domain.due import DueState
from otop_desk.domain.errors import QT_TRANSLATE_NOOP
from otop_desk.ui.common.table_model import Column, RowStyle, widest_dates

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


def row_style(item: AttentionItem) -> RowStyle | None:
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
