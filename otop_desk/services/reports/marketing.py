"""The marketing report: fairs and channels in the year (groups sent, booths, each group's
sales) and what the network meetings concluded (``meetings``)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import BigInteger, case, func, select, type_coerce
from sqlalchemy.orm import Session

from otop_desk.db.models import CashEntry, FairEntry, FairSale, ProducerGroup, TradeFair
from otop_desk.domain.enums import CashCategory, FairEntryStatus
from otop_desk.domain.fiscal import YearSpan
from otop_desk.domain.money import Money
from otop_desk.services.plans.actuals import SALES_CATEGORIES, unposted
from otop_desk.services.reports.data import ChannelLine, FairGroupLine, FairLine, MarketingReport
from otop_desk.services.reports.meetings import MeetingProvider, conclusions
from otop_desk.services.reports.sorting import thai_key

_STATUS_ORDER = list(FairEntryStatus)


def _fairs(s: Session, span: YearSpan) -> list[FairLine]:
    fairs = s.scalars(select(TradeFair).where(TradeFair.start_date.between(span.first, span.last))
                      .order_by(TradeFair.start_date, TradeFair.name)).all()
    if not fairs:
        return []
    ids = [f.id for f in fairs]
    posted = select(CashEntry.id).where(CashEntry.fair_sale_id == FairSale.id).exists()
    amount = type_coerce(FairSale.amount, BigInteger)
    totals = {entry_id: (days, int(total or 0), int(done or 0)) for entry_id, days, total, done in s.execute(
        select(FairSale.entry_id, func.count(), func.sum(amount), func.sum(case((posted, amount), else_=0)))
        .join(FairEntry, FairSale.entry_id == FairEntry.id).where(FairEntry.fair_id.in_(ids))
        .group_by(FairSale.entry_id))}
    entries: dict[uuid.UUID, list[FairGroupLine]] = defaultdict(list)
    for entry_id, fair_id, group_id, name, district, status, booth in s.execute(
            select(FairEntry.id, FairEntry.fair_id, FairEntry.group_id, ProducerGroup.name,
                   ProducerGroup.district, FairEntry.status, FairEntry.booth_no)
            .join(ProducerGroup, FairEntry.group_id == ProducerGroup.id).where(FairEntry.fair_id.in_(ids))):
        days, total, done = totals.get(entry_id, (0, 0, 0))
        entries[fair_id].append(FairGroupLine(group_id, name, district, status, booth, days, Money(total), Money(done)))
    out = []
    for fair in fairs:
        lines = sorted(entries[fair.id], key=lambda g: (_STATUS_ORDER.index(g.status) if g.status != FairEntryStatus.SELECTED
                                                         else -1, -g.sales.satang, thai_key(g.group_name)))
        selected = sum(1 for g in lines if g.status == FairEntryStatus.SELECTED)
        out.append(FairLine(fair.id, fair.name, fair.venue, fair.start_date, fair.end_date, fair.booths,
                            len(lines), selected, Money.sum(g.sales for g in lines), tuple(lines)))
    return out


_CHANNEL_FIELD = {CashCategory.SHOP_SALES: "shop", CashCategory.FAIR_SALES: "fair",
                  CashCategory.ONLINE_SALES: "online", CashCategory.ORDERS: "orders"}


def _channels(s: Session, span: YearSpan) -> list[ChannelLine]:
    amounts: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys((*_CHANNEL_FIELD.values(), "fair_unposted"), 0))
    for district, category, total in s.execute(
            select(ProducerGroup.district, CashEntry.category, func.sum(type_coerce(CashEntry.amount, BigInteger)))
            .join(ProducerGroup, CashEntry.group_id == ProducerGroup.id)
            .where(CashEntry.category.in_(SALES_CATEGORIES), CashEntry.entry_date.between(span.first, span.last))
            .group_by(ProducerGroup.district, CashEntry.category)):
        amounts[district][_CHANNEL_FIELD[category]] += int(total or 0)
    for district, total in s.execute(
            select(ProducerGroup.district, func.sum(type_coerce(FairSale.amount, BigInteger)))
            .join(FairEntry, FairSale.entry_id == FairEntry.id)
            .join(ProducerGroup, FairEntry.group_id == ProducerGroup.id)
            .where(FairSale.sale_date.between(span.first, span.last), unposted(FairSale.id))
            .group_by(ProducerGroup.district)):
        amounts[district]["fair_unposted"] += int(total or 0)
    lines = [ChannelLine(district, **{k: Money(v) for k, v in values.items()}) for district, values in amounts.items()]
    return sorted(lines, key=lambda line: thai_key(line.name))


def _total(lines: Iterable[ChannelLine]) -> ChannelLine:
    lines = list(lines)
    return ChannelLine("", *(Money.sum(getattr(line, name) for line in lines)
                             for name in ("shop", "fair", "online", "orders", "fair_unposted")))


def marketing(s: Session, span: YearSpan, providers: Iterable[MeetingProvider] | None = None) -> MarketingReport:
    channels = _channels(s, span)
    return MarketingReport(span, _fairs(s, span), channels, _total(channels), conclusions(s, span, providers))
