"""Columns of the visits table."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QColor

from otop_desk.domain.errors import QT_TRANSLATE_NOOP
from otop_desk.services.visits import VisitRow
from otop_desk.ui import i18n
from otop_desk.ui.table_model import RIGHT, Column, RowStyle, RowTableModel


def _iso(d: date | None) -> str:
    return d.isoformat() if d else ""


COLUMNS: list[Column[VisitRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Date"), lambda r: i18n.fmt_date(r.visit_date),
           sort=lambda r: _iso(r.visit_date)),
    Column(QT_TRANSLATE_NOOP("Columns", "Group"), lambda r: r.group_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Purpose"), lambda r: i18n.enum_label(r.purpose)),
    Column(QT_TRANSLATE_NOOP("Columns", "Officers"), lambda r: r.officers),
    Column(QT_TRANSLATE_NOOP("Columns", "People met"), lambda r: str(r.people_met),
           sort=lambda r: r.people_met, align=RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Follow-up due"), lambda r: i18n.fmt_date(r.follow_up_due),
           sort=lambda r: _iso(r.follow_up_due)),
    Column(QT_TRANSLATE_NOOP("Columns", "Problems"), lambda r: str(r.problem_count or ""),
           sort=lambda r: r.problem_count, align=RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Next visit"), lambda r: i18n.fmt_date(r.next_visit_date),
           sort=lambda r: _iso(r.next_visit_date)),
]

_LATE = RowStyle(foreground=QColor("#b00020"))


def search_text(row: VisitRow) -> str:
    return " ".join((row.group_name, row.officers, i18n.enum_label(row.purpose), row.observations,
                     i18n.fmt_date(row.visit_date)))


def make_visit_model(today: date | None = None) -> RowTableModel[VisitRow]:
    # A follow-up past its due date shows in red, so a promise is not forgotten.
    def style(row: VisitRow) -> RowStyle | None:
        due = row.follow_up_due
        return _LATE if due is not None and due < (today or date.today()) else None

    return RowTableModel(COLUMNS, search_text, style=style)
