"""Columns of the producer-group registry table."""

from __future__ import annotations

from PySide6.QtGui import QColor

from otop_desk import i18n
from otop_desk.domain.enums import GroupStatus
from otop_desk.domain.errors import QT_TRANSLATE_NOOP
from otop_desk.domain.phone import format_phone
from otop_desk.services.groups import GroupRow, GroupService
from otop_desk.ui.common.paged_model import TAB_PAGE_SIZE, PagedTableModel
from otop_desk.ui.common.table_model import CENTER, RIGHT, Column, RowStyle, widest_dates


def _village(row: GroupRow) -> str:
    moo = i18n.translate("Groups", "Moo {moo}").format(moo=row.moo) if row.moo else ""
    return " ".join(part for part in (moo, row.village) if part)


COLUMNS: list[Column[GroupRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Group"), lambda r: r.name, key="name"),
    Column(QT_TRANSLATE_NOOP("Columns", "Product type"), lambda r: i18n.enum_label(r.product_type),
           key="product_type"),
    Column(QT_TRANSLATE_NOOP("Columns", "Products"), lambda r: r.product_names, key="products"),
    Column(QT_TRANSLATE_NOOP("Columns", "Village"), _village, sort=lambda r: (r.moo or 0, r.village),
           key="village"),
    Column(QT_TRANSLATE_NOOP("Columns", "Sub-district"), lambda r: r.subdistrict, key="subdistrict"),
    Column(QT_TRANSLATE_NOOP("Columns", "District"), lambda r: r.district, key="district"),
    Column(QT_TRANSLATE_NOOP("Columns", "Leader"), lambda r: r.leader_name, key="leader"),
    Column(QT_TRANSLATE_NOOP("Columns", "Phone"), lambda r: format_phone(r.leader_phone), key="phone"),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Members"),
        lambda r: str(r.member_count),
        sort=lambda r: r.member_count,
        align=RIGHT,
        key="members",
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Stars"),
        lambda r: "★" * r.best_star if r.best_star else "",
        sort=lambda r: r.best_star or 0,
        align=CENTER,
        key="stars",
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: i18n.enum_label(r.status), key="status"),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Updated"),
        lambda r: i18n.fmt_date(r.updated_at.astimezone().date()),
        sort=lambda r: r.updated_at.isoformat(),
        key="updated",
        widest=widest_dates,
    ),
]

_INACTIVE = RowStyle(foreground=QColor("#777777"), italic=True)


def make_group_model(source: GroupService) -> PagedTableModel[GroupRow]:
    """Pages read in SQL: the search matches name, OTOP code, village, sub-district,
    district, leader, product type and product names there (see services/groups/pages.py)."""
    return PagedTableModel(
        COLUMNS,
        source,
        style=lambda r: _INACTIVE if r.status == GroupStatus.INACTIVE else None,
        label=i18n.enum_label,
        page_size=TAB_PAGE_SIZE,
    )
