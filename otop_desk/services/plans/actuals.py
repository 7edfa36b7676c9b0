"""Sales as they happened: the cash book's sales income and the fairs' sales.

"Sales" is income from selling products: the cash book's shop, fair, online and order
income, plus each fair sale not posted to the cash book (a posted one is already there,
as its cash entry says through ``fair_sale_id``; counting both would count it twice).
Plan against actual, the Home flag and the department's income KPI all use this one
rule. Sums are taken by the database per group and per period (a CASE over the periods'
date ranges), as integer satang.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import BigInteger, ColumnElement, and_, case, func, select, type_coerce
from sqlalchemy.orm import Session

from otop_desk.db.models import CashEntry, FairEntry, FairSale
from otop_desk.domain.enums import CashCategory

#: The cash book's income from selling products (not contributions, grants or other).
SALES_CATEGORIES = (
    CashCategory.SHOP_SALES, CashCategory.FAIR_SALES, CashCategory.ONLINE_SALES, CashCategory.ORDERS,
)

Period = tuple[date, date]
#: (group id, period index) -> (cash-book sales, unposted fair sales), in satang.
Sales = dict[tuple[uuid.UUID, int], tuple[int, int]]
_CHUNK = 500


def _bucket(column: ColumnElement[date], periods: Sequence[Period]) -> ColumnElement[int]:
    return case(*((column.between(first, last), index) for index, (first, last) in enumerate(periods)),
                else_=-1)


def unposted(sale_id: ColumnElement[uuid.UUID]) -> ColumnElement[bool]:
    """The fair sale is not (yet) in any cash book."""
    return ~select(CashEntry.id).where(CashEntry.fair_sale_id == sale_id).exists()


def cash_sales_amount() -> ColumnElement[int]:
    return func.sum(type_coerce(CashEntry.amount, BigInteger))


def sales(s: Session, periods: Sequence[Period], group_ids: Iterable[uuid.UUID] | None = None) -> Sales:
    """Each group's sales in each of ``periods`` (which must not overlap); groups and
    periods without sales are left out."""
    if not periods:
        return {}
    first, last = min(p[0] for p in periods), max(p[1] for p in periods)
    chunks: list[list[uuid.UUID] | None] = [None]
    if group_ids is not None:
        ids = list(dict.fromkeys(group_ids))
        chunks = [ids[i:i + _CHUNK] for i in range(0, len(ids), _CHUNK)]
    totals: dict[tuple[uuid.UUID, int], list[int]] = defaultdict(lambda: [0, 0])
    for chunk in chunks:
        cash_bucket = _bucket(CashEntry.entry_date, periods).label("bucket")
        cash = (select(CashEntry.group_id, cash_bucket, cash_sales_amount())
                .where(CashEntry.entry_date.between(first, last),
                       CashEntry.category.in_(SALES_CATEGORIES))
                .group_by(CashEntry.group_id, cash_bucket))
        fair_bucket = _bucket(FairSale.sale_date, periods).label("bucket")
        fair = (select(FairEntry.group_id, fair_bucket, func.sum(type_coerce(FairSale.amount, BigInteger)))
                .join(FairEntry, FairSale.entry_id == FairEntry.id)
                .where(FairSale.sale_date.between(first, last), unposted(FairSale.id))
                .group_by(FairEntry.group_id, fair_bucket))
        if chunk is not None:
            cash = cash.where(CashEntry.group_id.in_(chunk))
            fair = fair.where(FairEntry.group_id.in_(chunk))
        for which, query in enumerate((cash, fair)):
            for group_id, bucket, total in s.execute(query):
                if bucket is not None and bucket >= 0 and total:
                    totals[(group_id, int(bucket))][which] += int(total)
    return {key: (cash_total, fair_total) for key, (cash_total, fair_total) in totals.items()}


def month_periods(months: Sequence[tuple[int, int]]) -> list[Period]:
    from otop_desk.domain.dates import month_bounds

    return [month_bounds(year, month) for year, month in months]


def sales_condition(group_id: ColumnElement[uuid.UUID], first: date, last: date) -> tuple[
        ColumnElement[int], ColumnElement[int]]:
    """Correlated sums of one group's cash-book sales and unposted fair sales in
    ``first``..``last`` (for a query over groups, such as the Home list's)."""
    cash = (select(func.coalesce(cash_sales_amount(), 0))
            .where(CashEntry.group_id == group_id, CashEntry.category.in_(SALES_CATEGORIES),
                   CashEntry.entry_date.between(first, last))
            .scalar_subquery())
    fair = (select(func.coalesce(func.sum(type_coerce(FairSale.amount, BigInteger)), 0))
            .join(FairEntry, FairSale.entry_id == FairEntry.id)
            .where(and_(FairEntry.group_id == group_id, FairSale.sale_date.between(first, last)),
                   unposted(FairSale.id))
            .scalar_subquery())
    return cash, fair
