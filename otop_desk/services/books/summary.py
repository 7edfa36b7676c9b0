"""Monthly and yearly summaries of the cash books, exact to the satang.

Sums are taken by the database over the integer satang column (SQLite and PostgreSQL
both add integers exactly) and combined in Python ints; no float is involved anywhere.
Functions take an open session so the service and the monthly export can share them.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import BigInteger, case, extract, func, select, type_coerce
from sqlalchemy.orm import Session

from otop_desk.db.models import CashEntry, ProducerGroup
from otop_desk.domain.dates import month_bounds
from otop_desk.domain.enums import EXPENSE_CATEGORIES, INCOME_CATEGORIES, CashCategory, EntryKind
from otop_desk.domain.errors import NotFoundError
from otop_desk.domain.fiscal import YearKind, YearSpan
from otop_desk.domain.money import Money


@dataclass(frozen=True, slots=True)
class CategoryTotal:
    category: CashCategory
    amount: Money
    count: int


@dataclass(frozen=True)
class MonthSummary:
    """One group's month: every category listed (zero included) in the enum's order."""

    group_id: uuid.UUID
    group_name: str
    year: int  # CE
    month: int
    brought_forward: Money  # balance at the start of the month
    income: list[CategoryTotal]
    expense: list[CategoryTotal]

    @property
    def total_income(self) -> Money:
        return Money.sum(t.amount for t in self.income)

    @property
    def total_expense(self) -> Money:
        return Money.sum(t.amount for t in self.expense)

    @property
    def net(self) -> Money:
        return self.total_income - self.total_expense

    @property
    def closing_balance(self) -> Money:
        return self.brought_forward + self.net

    @property
    def entry_count(self) -> int:
        return sum(t.count for t in self.income) + sum(t.count for t in self.expense)


@dataclass(frozen=True)
class YearSummary:
    group_id: uuid.UUID
    group_name: str
    year: int  # CE (a fiscal year's: the year it ends in)
    months: list[MonthSummary]  # the year's months in order: January, or October of a fiscal year, first
    span: YearSpan | None = None  # None: the calendar year ``year``

    @property
    def brought_forward(self) -> Money:
        return self.months[0].brought_forward

    @property
    def total_income(self) -> Money:
        return Money.sum(m.total_income for m in self.months)

    @property
    def total_expense(self) -> Money:
        return Money.sum(m.total_expense for m in self.months)

    @property
    def net(self) -> Money:
        return self.total_income - self.total_expense

    @property
    def closing_balance(self) -> Money:
        return self.months[-1].closing_balance

    def by_category(self, kind: EntryKind) -> list[CategoryTotal]:
        cats = INCOME_CATEGORIES if kind == EntryKind.INCOME else EXPENSE_CATEGORIES
        amounts: dict[CashCategory, list[int]] = {c: [0, 0] for c in cats}
        for m in self.months:
            for t in m.income if kind == EntryKind.INCOME else m.expense:
                amounts[t.category][0] += t.amount.satang
                amounts[t.category][1] += t.count
        return [CategoryTotal(c, Money(a), n) for c, (a, n) in amounts.items()]


Totals = dict[CashCategory, tuple[int, int]]  # category -> (satang, count)


def _build(group_id: uuid.UUID, name: str, year: int, month: int, forward: int,
           totals: Totals) -> MonthSummary:
    def listed(cats: tuple[CashCategory, ...]) -> list[CategoryTotal]:
        return [CategoryTotal(c, Money(totals.get(c, (0, 0))[0]), totals.get(c, (0, 0))[1])
                for c in cats]

    return MonthSummary(group_id, name, year, month, Money(forward),
                        listed(INCOME_CATEGORIES), listed(EXPENSE_CATEGORIES))


def opening_counts(opening_date: date | None, last: date) -> bool:
    """Does a book's opening balance count in a month ending on ``last``? From the month
    its books were opened on (the balance when they began; no entry may be earlier), not
    before: the books did not exist then."""
    return opening_date is None or opening_date <= last


def brought_forward(s: Session, first: date, last: date,
                    group_id: uuid.UUID | None = None) -> dict[uuid.UUID, int]:
    """Each group's balance brought forward into the month ``first``..``last``, in satang:
    its opening balance where it counts (``opening_counts``) plus everything booked
    before ``first``. The one rule for the Books tab, the summaries and the workbook."""
    entries = _booked_before(s, first, group_id)
    groups = select(ProducerGroup.id, ProducerGroup.opening_balance, ProducerGroup.opening_date)
    if group_id is not None:
        groups = groups.where(ProducerGroup.id == group_id)
    return {gid: (opening.satang if opening_counts(opened, last) else 0) + entries.get(gid, 0)
            for gid, opening, opened in s.execute(groups)}


def closing_balances(s: Session, group_id: uuid.UUID, months: list[tuple[int, int]],
                     nets: list[int]) -> list[int]:
    """A group's balance at the end of each of ``months`` (consecutive, oldest first),
    given each month's income less expense: by the same rule as ``brought_forward``."""
    first, _ = month_bounds(*months[0])
    booked = _booked_before(s, first, group_id).get(group_id, 0)
    opening, opened = s.execute(select(ProducerGroup.opening_balance, ProducerGroup.opening_date)
                                .where(ProducerGroup.id == group_id)).one()
    out = []
    for (year, month), net in zip(months, nets, strict=True):
        booked += net
        counted = opening.satang if opening_counts(opened, month_bounds(year, month)[1]) else 0
        out.append(booked + counted)
    return out


def _booked_before(s: Session, day: date, group_id: uuid.UUID | None = None) -> dict[uuid.UUID, int]:
    """Each group's income less expense booked before ``day``, in satang.

    Summed signed, per group only: the index ``(group_id, entry_date, kind, amount)`` then
    gives every entry in group order, with no table page and no sorting (a province's
    half a million entries took half a second through the table)."""
    signed = case((CashEntry.kind == EntryKind.INCOME, CashEntry.amount), else_=-CashEntry.amount)
    q = (
        select(CashEntry.group_id, type_coerce(func.sum(signed), BigInteger))
        .where(CashEntry.entry_date < day)
        .group_by(CashEntry.group_id)
    )
    if group_id is not None:
        q = q.where(CashEntry.group_id == group_id)
    out: dict[uuid.UUID, int] = defaultdict(int)
    for gid, total in s.execute(q):
        if total is not None:
            out[gid] += int(total)
    return out


def _group_name(s: Session, group_id: uuid.UUID) -> str:
    name = s.scalar(select(ProducerGroup.name).where(ProducerGroup.id == group_id))
    if name is None:
        raise NotFoundError(str(group_id))
    return name


def month_summary(s: Session, group_id: uuid.UUID, year: int, month: int) -> MonthSummary:
    name = _group_name(s, group_id)
    first, last = month_bounds(year, month)
    q = (
        select(CashEntry.category, func.sum(CashEntry.amount), func.count())
        .where(CashEntry.group_id == group_id, CashEntry.entry_date.between(first, last))
        .group_by(CashEntry.category)
    )
    totals = {cat: (total.satang, count) for cat, total, count in s.execute(q)}
    return _build(group_id, name, year, month, brought_forward(s, first, last, group_id)[group_id], totals)


def year_summary(s: Session, group_id: uuid.UUID, year: int | YearSpan) -> YearSummary:
    """A calendar year's twelve months, or a ``YearSpan``'s (a fiscal year: October first)."""
    span = year if isinstance(year, YearSpan) else YearSpan(YearKind.CALENDAR, year)
    name = _group_name(s, group_id)
    month_of = extract("month", CashEntry.entry_date)
    q = (
        select(month_of, CashEntry.category, func.sum(CashEntry.amount), func.count())
        .where(CashEntry.group_id == group_id, CashEntry.entry_date.between(span.first, span.last))
        .group_by(month_of, CashEntry.category)
    )
    per_month: dict[int, Totals] = defaultdict(dict)  # a month's number is unique within a year
    for month, cat, total, count in s.execute(q):
        per_month[int(month)][cat] = (total.satang, count)
    months = []
    for of_year, month in span.months():
        first, last = month_bounds(of_year, month)
        # One query a month on an indexed (group, date) range: twelve small reads, and
        # the same rule as every other balance (the opening counts from its month).
        forward = brought_forward(s, first, last, group_id)[group_id]
        months.append(_build(group_id, name, of_year, month, forward, per_month[month]))
    return YearSummary(group_id, name, span.year, months, span)


def group_month_summaries(s: Session, year: int, month: int) -> list[MonthSummary]:
    """All groups' summaries of one month, in name order, in three queries."""
    first, last = month_bounds(year, month)
    q = (
        select(CashEntry.group_id, CashEntry.category, func.sum(CashEntry.amount), func.count())
        .where(CashEntry.entry_date.between(first, last))
        .group_by(CashEntry.group_id, CashEntry.category)
    )
    totals: dict[uuid.UUID, Totals] = defaultdict(dict)
    for gid, cat, total, count in s.execute(q):
        totals[gid][cat] = (total.satang, count)
    forward = brought_forward(s, first, last)
    names = s.execute(select(ProducerGroup.id, ProducerGroup.name).order_by(ProducerGroup.name))
    return [_build(gid, name, year, month, forward[gid], totals[gid]) for gid, name in names]


def monthly_cash(s: Session, first: date, last: date,
                 group_id: uuid.UUID | None = None) -> dict[EntryKind, list[int]]:
    """Income and expense in satang per month from ``first`` (index 0) to ``last``."""
    # Grouped by day, not by month: no date function per row, so the engine streams the
    # date index (about 700 rows a year come back), and it is the same SQL on PostgreSQL.
    q = (
        select(CashEntry.entry_date, CashEntry.kind, func.sum(CashEntry.amount))
        .where(CashEntry.entry_date.between(first, last))
        .group_by(CashEntry.entry_date, CashEntry.kind)
    )
    if group_id is not None:
        q = q.where(CashEntry.group_id == group_id)
    count = (last.year - first.year) * 12 + last.month - first.month + 1
    out: dict[EntryKind, list[int]] = {EntryKind.INCOME: [0] * count, EntryKind.EXPENSE: [0] * count}
    for day, kind, total in s.execute(q):
        index = (day.year - first.year) * 12 + day.month - first.month
        out[kind][index] += total.satang if total is not None else 0
    return out
