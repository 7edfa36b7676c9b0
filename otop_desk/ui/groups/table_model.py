"""Columns of the producer-group registry table."""

from __future__ import annotations

from PySide6.QtGui import QColor

from otop_desk.domain.enums import GroupStatus
from otop_desk.domain.errors import QT_TRANSLATE_NOOP
from otop_desk.services.groups import GroupRow
from otop_desk.ui import i18n
from otop_desk.ui.table_model import CENTER, RIGHT, Column, RowStyle, RowTableModel


def _village(row: GroupRow) -> str:
    moo = i18n.translate("Groups", "Moo {moo}").format(moo=row.moo) if row.moo else ""
    return " ".join(part for part in (moo, row.village) if part)


COLUMNS: list[Column[GroupRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Group"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("Columns", "Product type"), lambda r: i18n.enum_label(r.product_type)),
    Column(QT_TRANSLATE_NOOP("Columns", "Products"), lambda r: r.product_names),
    Column(QT_TRANSLATE_NOOP("Columns", "Village"), _village, sort=lambda r: (r.moo or 0, r.village)),
    Column(QT_TRANSLATE_NOOP("Columns", "Sub-district"), lambda r: r.subdistrict),
    Column(QT_TRANSLATE_NOOP("Columns", "District"), lambda r: r.district),
    Column(QT_TRANSLATE_NOOP("Columns", "Leader"), lambda r: r.leader_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Phone"), lambda r: r.leader_phone),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Members"),
        lambda r: str(r.member_count),
        sort=lambda r: r.member_count,
        align=RIGHT,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Stars"),
        lambda r: "★" * r.best_star if r.best_star else "",
        sort=lambda r: r.best_star or 0,
        align=CENTER,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: i18n.enum_label(r.status)),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Updated"),
        lambda r: i18n.fmt_date(r.updated_at.astimezone().date()),
        sort=lambda r: r.updated_at.isoformat(),
    ),
]

_INACTIVE = RowStyle(foreground=QColor("#777777"), italic=True)


def search_text(row: GroupRow) -> str:
    """What filter-as-you-type matches: name, village, sub-district, products and more."""
    return " ".join(
        (row.name, row.otop_code, _village(row), row.subdistrict, row.district, row.product_names,
         row.leader_name, i18n.enum_label(row.product_type))
    )


def make_group_model() -> RowTableModel[GroupRow]:
    return RowTableModel(
        COLUMNS,
        search_text,
        style=lambda r: _INACTIVE if r.status == GroupStatus.INACTIVE else None,
    )
