"""What a business plan must be to be saved: a group, a fiscal year, numbers that are
numbers, amounts that are not negative, text that is text."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from otop_desk.domain.dates import BE_OFFSET, FIRST_MONTH_YEAR, MAX_DATE, format_date_numeric
from otop_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from otop_desk.domain.money import Money
from otop_desk.domain.plans import PlanSection, SalesChannel
from otop_desk.domain.text import LONG_TEXT_MAX, clean_text
from otop_desk.services.common.validate import check_int
from otop_desk.services.plans.data import MONTHS, TEXT_FIELDS, LineData, PlanData, ProductLine

F_GROUP = QT_TRANSLATE_NOOP("Field", "Group")
F_YEAR = QT_TRANSLATE_NOOP("Field", "Fiscal year")
F_AGREED = QT_TRANSLATE_NOOP("Field", "Date agreed")
F_TARGET = QT_TRANSLATE_NOOP("Field", "Sales target")
F_PRODUCT = QT_TRANSLATE_NOOP("Field", "Product name")
F_UNIT = QT_TRANSLATE_NOOP("Field", "Unit")
F_CAPACITY = QT_TRANSLATE_NOOP("Field", "Capacity a month")
F_PRICE = QT_TRANSLATE_NOOP("Field", "Price")
F_COST = QT_TRANSLATE_NOOP("Field", "Cost per unit")
F_ITEM = QT_TRANSLATE_NOOP("Field", "Item")
F_DETAIL = QT_TRANSLATE_NOOP("Field", "Details")
F_PERSON = QT_TRANSLATE_NOOP("Field", "Person")
F_AMOUNT = QT_TRANSLATE_NOOP("Field", "Amount")
#: The plan's words, by field (their labels in the ``Field`` context).
TEXT_LABELS: dict[str, str] = {
    "drafted_with": QT_TRANSLATE_NOOP("Field", "Drafted with"),
    "summary": QT_TRANSLATE_NOOP("Field", "Summary"),
    "goals": QT_TRANSLATE_NOOP("Field", "Goals"),
    "strengths": QT_TRANSLATE_NOOP("Field", "Strengths"),
    "weaknesses": QT_TRANSLATE_NOOP("Field", "Weaknesses"),
    "opportunities": QT_TRANSLATE_NOOP("Field", "Opportunities"),
    "threats": QT_TRANSLATE_NOOP("Field", "Threats"),
    "production_notes": QT_TRANSLATE_NOOP("Field", "Production plan notes"),
    "target_customers": QT_TRANSLATE_NOOP("Field", "Target customers"),
    "marketing_notes": QT_TRANSLATE_NOOP("Field", "Marketing plan notes"),
    "management_notes": QT_TRANSLATE_NOOP("Field", "Management plan notes"),
    "bookkeeping": QT_TRANSLATE_NOOP("Field", "Bookkeeping"),
    "finance_notes": QT_TRANSLATE_NOOP("Field", "Finance plan notes"),
}
MAX_CAPACITY = 10_000_000

NO_GROUP = QT_TRANSLATE_NOOP("Validation", "A business plan is made with a group: choose the group first.")
NO_YEAR = QT_TRANSLATE_NOOP("Validation", "Choose the fiscal year the plan is for.")
AGREED_LATER = QT_TRANSLATE_NOOP("Validation", "{field}: {date} has not come yet.")
LOCKED = QT_TRANSLATE_NOOP(
    "Validation", "Version {number} was agreed with the group on {date} and stays as agreed; "
    "start a new version to change the plan.")
TARGET_NOT_NUMBER = QT_TRANSLATE_NOOP(
    "Validation", "{field} of {month}: '{text}' is not a number of baht; type e.g. 25,000.")
DUPLICATE = QT_TRANSLATE_NOOP(
    "Validation", "{group} already has a business plan for {year}; open it and start a new version.")


def check_year(year: int | None) -> int:
    if year is None:
        raise ValidationError(NO_YEAR, F_YEAR)
    first, last = FIRST_MONTH_YEAR, MAX_DATE.year
    if not first <= year <= last:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "{field} must be between {lo} and {hi}."),
                              F_YEAR, field=F_YEAR, lo=first + BE_OFFSET, hi=last + BE_OFFSET)
    return year


def parse_target(text: str, month: str) -> Money:
    """A month's sales target as typed ("25,000", "25000.50", empty for none)."""
    cleaned = (text or "").strip()
    if not cleaned:
        return Money(0)
    try:
        value = Money.parse(cleaned, F_TARGET)
    except ValidationError as error:
        if "{text}" not in error.message:  # an amount, but too large
            raise
        raise ValidationError(TARGET_NOT_NUMBER, F_TARGET, field=F_TARGET, month=month, text=text) from None
    return value.check_range(F_TARGET, allow_negative=False)


def validate_plan(data: PlanData) -> PlanData:
    """A clean copy of ``data``, or the first thing wrong with it."""
    if data.group_id is None:
        raise ValidationError(NO_GROUP, F_GROUP)
    check_year(data.fiscal_year)
    check_int(data.number, QT_TRANSLATE_NOOP("Field", "Version"), 1, 10_000, required=True)
    texts = {name: clean_text(getattr(data, name), TEXT_LABELS[name], max_length=LONG_TEXT_MAX,
                              multiline=True) for name in TEXT_FIELDS}
    if len(data.targets) != MONTHS:
        raise ValueError("a plan has twelve monthly targets")
    targets = []
    for row, target in enumerate(data.targets, start=1):
        try:
            targets.append(target.check_range(F_TARGET, allow_negative=False))
        except ValidationError as error:
            raise error.in_row(row) from None
    return replace(
        data, **texts,
        channels=frozenset(SalesChannel(c) for c in data.channels),
        products=_rows(data.products, check_product),
        targets=targets,
        lines=_rows(data.lines, check_line),
    )


def _rows(items: list, clean: object) -> list:  # type: ignore[type-arg]
    out = []
    for row, item in enumerate(items, start=1):
        try:
            out.append(clean(item))  # type: ignore[operator]
        except ValidationError as error:
            raise error.in_row(row) from None
    return out


def _money(value: Money | None, field: str) -> Money | None:
    return None if value is None else value.check_range(field, allow_negative=False)


def check_product(p: ProductLine) -> ProductLine:
    capacity = check_int(p.capacity, F_CAPACITY, 0, MAX_CAPACITY, required=True)
    assert capacity is not None
    return replace(p, name=clean_text(p.name, F_PRODUCT, required=True), unit=clean_text(p.unit, F_UNIT, max_length=40),
                   capacity=capacity, price=_money(p.price, F_PRICE), unit_cost=_money(p.unit_cost, F_COST))


def check_line(line: LineData) -> LineData:
    return replace(line, section=PlanSection(line.section), name=clean_text(line.name, F_ITEM, required=True),
                   detail=clean_text(line.detail, F_DETAIL), person=clean_text(line.person, F_PERSON),
                   amount=_money(line.amount, F_AMOUNT))


def check_agreed(day: date | None, today: date) -> date:
    if day is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "{field} is required."), F_AGREED, field=F_AGREED)
    if day > today:
        raise ValidationError(AGREED_LATER, F_AGREED, field=F_AGREED, date=format_date_numeric(day))
    return day


def parse_amount(text: str, field: str) -> Money | None:
    """An amount typed into a plan's table: blank for none, never negative."""
    cleaned = (text or "").strip()
    if not cleaned:
        return None
    return Money.parse(cleaned, field).check_range(field, allow_negative=False)


def parse_capacity(text: str) -> int:
    """Units a month, typed ("1,200"); blank is none."""
    cleaned = (text or "").strip().replace(",", "")
    if not cleaned:
        return 0
    if not cleaned.isdigit():
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "{field}: '{text}' is not a whole number."),
                              F_CAPACITY, field=F_CAPACITY, text=text.strip())
    value = check_int(int(cleaned), F_CAPACITY, 0, MAX_CAPACITY, required=True)
    assert value is not None
    return value
