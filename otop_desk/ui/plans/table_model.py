"""Columns of the plans list: one line per group and fiscal year, the version in force."""

from __future__ import annotations

from decimal import Decimal

from otop_desk import i18n
from otop_desk.domain.errors import QT_TRANSLATE_NOOP
from otop_desk.services.plans import PlanRow
from otop_desk.services.plans.years import year_label
from otop_desk.ui.common.table_model import RIGHT, Column, RowStyle, RowTableModel, widest_dates

BEHIND = "#B3261E"
# The sales arrive after the list has been sized ("…" until then): room for a group's
# year of sales without measuring again.
WIDE_MONEY = "9,999,999.00"


def percent_text(value: Decimal | None) -> str:
    return "" if value is None else f"{value:,.1f}%"


def _agreed(row: PlanRow) -> str:
    if row.agreed_date is None:
        return i18n.translate("Plans", "Draft")
    return i18n.fmt_date(row.agreed_date)


def _version(row: PlanRow) -> str:
    return i18n.translate("Plans", "{number} of {count}").format(number=row.number, count=row.versions)


COLUMNS: list[Column[PlanRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Group"), lambda r: r.group_name, tooltip=lambda r: r.group_name),
    Column(QT_TRANSLATE_NOOP("Columns", "District"), lambda r: r.district),
    Column(QT_TRANSLATE_NOOP("Columns", "Year"), lambda r: year_label(r.span, i18n.translate),
           sort=lambda r: r.fiscal_year),
    Column(QT_TRANSLATE_NOOP("Columns", "Version"), _version, sort=lambda r: r.number, align=RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Agreed"), _agreed,
           sort=lambda r: r.agreed_date.isoformat() if r.agreed_date else "", widest=widest_dates),
    Column(QT_TRANSLATE_NOOP("Columns", "Target for the year"), lambda r: r.target.format(),
           sort=lambda r: r.target.satang, align=RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Target to date"), lambda r: r.target_to_date.format(),
           sort=lambda r: r.target_to_date.satang, align=RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Sales to date"), lambda r: "…" if r.actual is None else r.actual.format(),
           sort=lambda r: -1 if r.actual is None else r.actual.satang, align=RIGHT, widest=lambda: [WIDE_MONEY]),
    Column(QT_TRANSLATE_NOOP("Columns", "% of target"), lambda r: percent_text(r.percent),
           sort=lambda r: r.percent if r.percent is not None else Decimal(-1), align=RIGHT,
           widest=lambda: ["999.9%"]),
]


def _style(row: PlanRow) -> RowStyle | None:
    # Under 70% of the target so far: the same line Home draws for "behind the plan".
    if row.percent is not None and row.percent < 70:
        from PySide6.QtGui import QColor

        return RowStyle(foreground=QColor(BEHIND))
    return None


def make_plan_model() -> RowTableModel[PlanRow]:
    return RowTableModel(COLUMNS, lambda r: f"{r.group_name} {r.district}", style=_style)
