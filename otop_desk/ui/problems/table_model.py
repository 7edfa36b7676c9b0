"""Columns of the problem log: what is late, how old, and what was last done."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QColor

from otop_desk import i18n
from otop_desk.domain.enums import ProblemStatus
from otop_desk.domain.errors import QT_TRANSLATE_NOOP
from otop_desk.services.problems import ProblemRow, ProblemService
from otop_desk.ui.common.paged_model import TAB_PAGE_SIZE, PagedTableModel
from otop_desk.ui.common.table_model import RIGHT, Column, RowStyle, RowTableModel, widest_dates


def _iso(d: date | None) -> str:
    return d.isoformat() if d else ""


def last_action_text(r: ProblemRow) -> str:
    if r.last_action_date is None:
        return ""
    by = f" ({r.last_action_by})" if r.last_action_by else ""
    return f"{i18n.fmt_date(r.last_action_date)}: {r.last_action}{by}"


COLUMNS: list[Column[ProblemRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Found"), lambda r: i18n.fmt_date(r.found_date),
           sort=lambda r: _iso(r.found_date), key="found", widest=widest_dates),
    Column(QT_TRANSLATE_NOOP("Columns", "Group"), lambda r: r.group_name, key="group"),
    Column(QT_TRANSLATE_NOOP("Columns", "Category"), lambda r: i18n.enum_label(r.category), key="category"),
    Column(QT_TRANSLATE_NOOP("Columns", "Problem"), lambda r: r.description, tooltip=lambda r: r.description,
           key="problem"),
    Column(QT_TRANSLATE_NOOP("Columns", "Severity"), lambda r: i18n.enum_label(r.severity),
           sort=lambda r: ("low", "medium", "high").index(r.severity.value), key="severity"),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: i18n.enum_label(r.status),
           sort=lambda r: list(ProblemStatus).index(r.status), key="status"),
    Column(QT_TRANSLATE_NOOP("Columns", "Age (days)"), lambda r: "" if r.age_days is None else str(r.age_days),
           sort=lambda r: -1 if r.age_days is None else r.age_days, align=RIGHT, key="age"),
    Column(QT_TRANSLATE_NOOP("Columns", "Target"), lambda r: i18n.fmt_date(r.target_date),
           sort=lambda r: _iso(r.target_date), key="target", widest=widest_dates),
    Column(QT_TRANSLATE_NOOP("Columns", "Last action"), last_action_text,
           sort=lambda r: _iso(r.last_action_date), tooltip=last_action_text, key="last_action"),
]

OVERDUE = RowStyle(foreground=QColor("#8b0000"), background=QColor("#ffe4e1"), bold=True)
SETTLED = RowStyle(foreground=QColor("#666666"))


def row_style(row: ProblemRow) -> RowStyle | None:
    if row.overdue:
        return OVERDUE
    return None if row.status.is_open else SETTLED


def make_problem_model(source: ProblemService | None = None) -> RowTableModel[ProblemRow]:
    """With a ``source``, read in pages (the search matches group, problem, category, status
    and actions in SQL); without, a model for the few problems of one group."""
    if source is None:
        return RowTableModel(COLUMNS, lambda _r: "", style=row_style)
    return PagedTableModel(COLUMNS, source, style=row_style, label=i18n.enum_label, page_size=TAB_PAGE_SIZE)
