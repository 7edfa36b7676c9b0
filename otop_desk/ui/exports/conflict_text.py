"""How a merge conflict reads to a person: the fields by their labels and the values as
the forms show them (dates in BE, money in baht, choices by name), never column names
and stored keys."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import Boolean, Date
from sqlalchemy import Enum as SAEnum

from otop_desk.db.types import MoneyType, UTCDateTime
from otop_desk.domain.enums import Helper, Standard
from otop_desk.domain.errors import QT_TRANSLATE_NOOP
from otop_desk.domain.money import Money
from otop_desk.services.exchange import MEMBERS_MET, table
from otop_desk.ui import i18n

CONTEXT = "ConflictFields"

# Every column that travels in a workbook, by the name a form gives it.
FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("ConflictFields", "Name"),
    "otop_code": QT_TRANSLATE_NOOP("ConflictFields", "OTOP code"),
    "producer_type": QT_TRANSLATE_NOOP("ConflictFields", "Producer type"),
    "product_type": QT_TRANSLATE_NOOP("ConflictFields", "Product type"),
    "founded_year": QT_TRANSLATE_NOOP("ConflictFields", "Year founded"),
    "member_count": QT_TRANSLATE_NOOP("ConflictFields", "Number of members"),
    "leader_name": QT_TRANSLATE_NOOP("ConflictFields", "Leader"),
    "leader_phone": QT_TRANSLATE_NOOP("ConflictFields", "Leader's phone"),
    "moo": QT_TRANSLATE_NOOP("ConflictFields", "Village number (Moo)"),
    "village": QT_TRANSLATE_NOOP("ConflictFields", "Village"),
    "subdistrict_code": QT_TRANSLATE_NOOP("ConflictFields", "Sub-district code"),
    "subdistrict": QT_TRANSLATE_NOOP("ConflictFields", "Sub-district"),
    "district": QT_TRANSLATE_NOOP("ConflictFields", "District"),
    "province": QT_TRANSLATE_NOOP("ConflictFields", "Province"),
    "postcode": QT_TRANSLATE_NOOP("ConflictFields", "Postcode"),
    "latitude": QT_TRANSLATE_NOOP("ConflictFields", "Latitude"),
    "longitude": QT_TRANSLATE_NOOP("ConflictFields", "Longitude"),
    "status": QT_TRANSLATE_NOOP("ConflictFields", "Status"),
    "product_story": QT_TRANSLATE_NOOP("ConflictFields", "Product story"),
    "has_business_plan": QT_TRANSLATE_NOOP("ConflictFields", "Business plan"),
    "has_production_plan": QT_TRANSLATE_NOOP("ConflictFields", "Production plan"),
    "has_marketing_plan": QT_TRANSLATE_NOOP("ConflictFields", "Marketing plan"),
    "has_management_plan": QT_TRANSLATE_NOOP("ConflictFields", "Management plan"),
    "notes": QT_TRANSLATE_NOOP("ConflictFields", "Notes"),
    "opening_balance": QT_TRANSLATE_NOOP("ConflictFields", "Opening balance"),
    "opening_date": QT_TRANSLATE_NOOP("ConflictFields", "Opening date"),
    "created_at": QT_TRANSLATE_NOOP("ConflictFields", "Created"),
    "group_id": QT_TRANSLATE_NOOP("ConflictFields", "Group"),
    "price": QT_TRANSLATE_NOOP("ConflictFields", "Price"),
    "unit": QT_TRANSLATE_NOOP("ConflictFields", "Unit"),
    "standards": QT_TRANSLATE_NOOP("ConflictFields", "Standards"),
    "star_level": QT_TRANSLATE_NOOP("ConflictFields", "Stars"),
    "star_year": QT_TRANSLATE_NOOP("ConflictFields", "Star year"),
    "role": QT_TRANSLATE_NOOP("ConflictFields", "Role"),
    "phone": QT_TRANSLATE_NOOP("ConflictFields", "Phone"),
    "visit_date": QT_TRANSLATE_NOOP("ConflictFields", "Visit date"),
    "purpose": QT_TRANSLATE_NOOP("ConflictFields", "Purpose"),
    "officers": QT_TRANSLATE_NOOP("ConflictFields", "Officers present"),
    "people_met": QT_TRANSLATE_NOOP("ConflictFields", "People met"),
    "observations": QT_TRANSLATE_NOOP("ConflictFields", "Observations"),
    "advice": QT_TRANSLATE_NOOP("ConflictFields", "Advice given"),
    "next_visit_date": QT_TRANSLATE_NOOP("ConflictFields", "Next visit"),
    MEMBERS_MET: QT_TRANSLATE_NOOP("ConflictFields", "Members met"),
    "visit_id": QT_TRANSLATE_NOOP("ConflictFields", "Visit"),
    "description": QT_TRANSLATE_NOOP("ConflictFields", "Description"),
    "due_date": QT_TRANSLATE_NOOP("ConflictFields", "Due date"),
    "responsible": QT_TRANSLATE_NOOP("ConflictFields", "Responsible"),
    "done": QT_TRANSLATE_NOOP("ConflictFields", "Done"),
    "done_date": QT_TRANSLATE_NOOP("ConflictFields", "Date done"),
    "title": QT_TRANSLATE_NOOP("ConflictFields", "Title"),
    "topic": QT_TRANSLATE_NOOP("ConflictFields", "Topic"),
    "format": QT_TRANSLATE_NOOP("ConflictFields", "Format"),
    "start_date": QT_TRANSLATE_NOOP("ConflictFields", "Start date"),
    "end_date": QT_TRANSLATE_NOOP("ConflictFields", "End date"),
    "venue": QT_TRANSLATE_NOOP("ConflictFields", "Venue"),
    "speakers": QT_TRANSLATE_NOOP("ConflictFields", "Speakers"),
    "organiser": QT_TRANSLATE_NOOP("ConflictFields", "Organiser"),
    "budget": QT_TRANSLATE_NOOP("ConflictFields", "Budget"),
    "training_id": QT_TRANSLATE_NOOP("ConflictFields", "Training"),
    "seq": QT_TRANSLATE_NOOP("ConflictFields", "Order in the list"),
    "member_id": QT_TRANSLATE_NOOP("ConflictFields", "Member"),
    "organisation": QT_TRANSLATE_NOOP("ConflictFields", "Group / organisation"),
    "attended": QT_TRANSLATE_NOOP("ConflictFields", "Attended"),
    "pre_score": QT_TRANSLATE_NOOP("ConflictFields", "Pre-test score"),
    "post_score": QT_TRANSLATE_NOOP("ConflictFields", "Post-test score"),
    "satisfaction": QT_TRANSLATE_NOOP("ConflictFields", "Satisfaction"),
    "source": QT_TRANSLATE_NOOP("ConflictFields", "Where found"),
    "found_date": QT_TRANSLATE_NOOP("ConflictFields", "Date found"),
    "category": QT_TRANSLATE_NOOP("ConflictFields", "Category"),
    "severity": QT_TRANSLATE_NOOP("ConflictFields", "Severity"),
    "helpers": QT_TRANSLATE_NOOP("ConflictFields", "Who helps"),
    "helper_notes": QT_TRANSLATE_NOOP("ConflictFields", "Helpers' details"),
    "target_date": QT_TRANSLATE_NOOP("ConflictFields", "Target date"),
    "resolved_date": QT_TRANSLATE_NOOP("ConflictFields", "Date settled"),
    "outcome": QT_TRANSLATE_NOOP("ConflictFields", "Outcome"),
    "close_reason": QT_TRANSLATE_NOOP("ConflictFields", "Why it was closed"),
    "problem_id": QT_TRANSLATE_NOOP("ConflictFields", "Problem"),
    "action_date": QT_TRANSLATE_NOOP("ConflictFields", "Action date"),
    "by_whom": QT_TRANSLATE_NOOP("ConflictFields", "By whom"),
    "result": QT_TRANSLATE_NOOP("ConflictFields", "Result"),
    "booths": QT_TRANSLATE_NOOP("ConflictFields", "Booths"),
    "fair_id": QT_TRANSLATE_NOOP("ConflictFields", "Trade fair"),
    "booth_no": QT_TRANSLATE_NOOP("ConflictFields", "Booth number"),
    "entry_id": QT_TRANSLATE_NOOP("ConflictFields", "Fair entry"),
    "sale_date": QT_TRANSLATE_NOOP("ConflictFields", "Sale date"),
    "amount": QT_TRANSLATE_NOOP("ConflictFields", "Amount"),
    "entry_date": QT_TRANSLATE_NOOP("ConflictFields", "Date"),
    "kind": QT_TRANSLATE_NOOP("ConflictFields", "Income or expense"),
    "document_no": QT_TRANSLATE_NOOP("ConflictFields", "Receipt or document no."),
    "counterparty": QT_TRANSLATE_NOOP("ConflictFields", "Paid to or received from"),
    "fair_sale_id": QT_TRANSLATE_NOOP("ConflictFields", "Fair sale"),
}
# Columns holding several keys of one vocabulary, comma-separated.
_KEY_LISTS = {"standards": Standard, "helpers": Helper}


def field_label(column: str) -> str:
    label = FIELD_LABELS.get(column)
    return i18n.translate(CONTEXT, label) if label else column


def value_text(table_name: str, column: str, value: str) -> str:
    """A value as ``services.merge`` describes it (the stored form, as text), for people."""
    if value == "":
        return "—"
    if column == MEMBERS_MET:
        return _people(value)
    if column in _KEY_LISTS:
        return ", ".join(_enum(_KEY_LISTS[column], key) for key in value.split(",") if key)
    column_type = _column_type(table_name, column)
    try:
        if isinstance(column_type, SAEnum) and column_type.enum_class is not None:
            return _enum(column_type.enum_class, value)
        if isinstance(column_type, MoneyType):
            return i18n.translate(CONTEXT, QT_TRANSLATE_NOOP("ConflictFields", "{amount} baht")).format(
                amount=Money(int(value)).format())
        if isinstance(column_type, Boolean):
            yes = value == "True"
            return i18n.translate(CONTEXT, QT_TRANSLATE_NOOP("ConflictFields", "yes") if yes
                                  else QT_TRANSLATE_NOOP("ConflictFields", "no"))
        if isinstance(column_type, Date):
            return i18n.fmt_date(date.fromisoformat(value))
        if isinstance(column_type, UTCDateTime):
            return i18n.fmt_date(date.fromisoformat(value[:10]))
    except ValueError:
        return value
    if column.endswith("_id"):
        # A link to another record: its key means nothing to a person; say which one differs.
        with_key = _short_key(value)
        return i18n.translate(CONTEXT, QT_TRANSLATE_NOOP("ConflictFields", "record {key}")).format(key=with_key)
    return value


def record_label(label: str) -> str:
    """The record's name as merge gives it; a date (a visit's) is shown in BE."""
    try:
        return i18n.fmt_date(date.fromisoformat(label))
    except ValueError:
        return label


def differences_text(table_name: str, differences: tuple[tuple[str, str, str], ...], separator: str) -> str:
    return separator.join(
        f"{field_label(column)}: {value_text(table_name, column, mine)} → {value_text(table_name, column, theirs)}"
        for column, mine, theirs in differences)


def _people(count: str) -> str:
    return i18n.translate(CONTEXT, QT_TRANSLATE_NOOP("ConflictFields", "{count} people")).format(count=count)


def _enum(enum_cls: Any, key: str) -> str:
    try:
        return i18n.enum_label(enum_cls(key))
    except ValueError:
        return key


def _column_type(table_name: str, column: str) -> Any:
    columns = table(table_name).columns
    return columns[column].type if column in columns else None


def _short_key(value: str) -> str:
    try:
        return uuid.UUID(value).hex[:8]
    except ValueError:
        return value
