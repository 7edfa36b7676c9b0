"""Columns of the visits table."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QColor

from otop_desk import i18n
from otop_desk.domain import clock
from otop_desk.domain.errors import QT_TRANSLATE_NOOP
from otop_desk.services.visits import VisitRow, VisitService
from otop_desk.ui.common.paged_model import TAB_PAGE_SIZE, PagedTableModel
from otop_desk.ui.common.table_model import RIGHT, Column, RowStyle, RowTableModel, widest_dates


def _iso(d: date | None) -> str:
    return d.isoformat() if d else ""


COLUMNS: list[Column[VisitRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Date"), lambda r: i18n.fmt_date(r.visit_date),
           sort=lambda r: _iso(r.visit_date), key="date", widest=widest_dates),
    Column(QT_TRANSLATE_NOOP("Columns", "Group"), lambda r: r.group_name, key="group"),
    Column(QT_TRANSLATE_NOOP("Columns", "Purpose"), lambda r: i18n.enum_label(r.purpose), key="purpose"),
    Column(QT_TRANSLATE_NOOP("Columns", "Officers"), lambda r: r.officers, key="officers"),
    Column(QT_TRANSLATE_NOOP("Columns", "People met"), lambda r: str(r.people_met),
           sort=lambda r: r.people_met, align=RIGHT, key="people"),
    Column(QT_TRANSLATE_NOOP("Columns", "Follow-up due"), lambda r: i18n.fmt_date(r.follow_up_due),
           sort=lambda r: _iso(r.follow_up_due), key="follow_up", widest=widest_dates),
    Column(QT_TRANSLATE_NOOP("Columns", "Problems"), lambda r: str(r.problem_count or ""),
           sort=lambda r: r.problem_count, align=RIGHT, key="problems"),
    Column(QT_TRANSLATE_NOOP("Columns", "Next visit"), lambda r: i18n.fmt_date(r.next_visit_date),
           sort=lambda r: _iso(r.next_visit_date), key="next", widest=widest_dates),
]

_LATE = RowStyle(foreground=QColor("#b00020"))


def make_visit_model(source: VisitService | None = None, today: date | None = None) -> RowTableModel[VisitRow]:
    """With a ``source``, read in pages (the search matches group, officers, purpose and
    observations in SQL); without, a model for the few visits of one group."""
    # A follow-up past its due date shows in red, so a promise is not forgotten.
    def style(row: VisitRow) -> RowStyle | None:
        due = row.follow_up_due
        return _LATE if due is not None and due < (today or clock.current().today()) else None

    if source is None:
        return RowTableModel(COLUMNS, lambda _r: "", style=style)
    return PagedTableModel(COLUMNS, source, style=style, label=i18n.enum_label, page_size=TAB_PAGE_SIZE)
