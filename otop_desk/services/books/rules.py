"""The rules a cash-book entry must keep before it is stored: field labels and
``validate_entry``."""

from __future__ import annotations

from datetime import date

from otop_desk.domain.dates import check_date_range, format_date_numeric
from otop_desk.domain.enums import CashCategory, EntryKind
from otop_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from otop_desk.domain.text import clean_text
from otop_desk.services.books.data import EntryData

F_DATE = QT_TRANSLATE_NOOP("Field", "Date")
F_CATEGORY = QT_TRANSLATE_NOOP("Field", "Cash-book category")
F_AMOUNT = QT_TRANSLATE_NOOP("Field", "Amount")
F_DESCRIPTION = QT_TRANSLATE_NOOP("Field", "Description")
F_DOCUMENT = QT_TRANSLATE_NOOP("Field", "Receipt or document no.")
F_COUNTERPARTY = QT_TRANSLATE_NOOP("Field", "Paid to or received from")
F_OPENING_DATE = QT_TRANSLATE_NOOP("Field", "Opening date")
F_OPENING_BALANCE = QT_TRANSLATE_NOOP("Field", "Opening balance")


def validate_entry(data: EntryData, opening_date: date | None) -> EntryData:
    check_date_range(data.entry_date, F_DATE)
    if opening_date is not None and data.entry_date < opening_date:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation",
                "{field}: the books of this group start on {opening}; an entry cannot be earlier.",
            ),
            F_DATE,
            field=F_DATE,
            opening=format_date_numeric(opening_date),
        )
    kind, category = EntryKind(data.kind), CashCategory(data.category)
    if category.kind != kind:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "{field}: choose a category of this kind of entry."),
            F_CATEGORY,
            field=F_CATEGORY,
        )
    if data.amount.satang <= 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "{field} must be more than zero."), F_AMOUNT, field=F_AMOUNT
        )
    data.amount.check_range(F_AMOUNT)
    return EntryData(
        group_id=data.group_id,
        entry_date=data.entry_date,
        kind=kind,
        category=category,
        amount=data.amount,
        description=clean_text(data.description, F_DESCRIPTION),
        document_no=clean_text(data.document_no, F_DOCUMENT, max_length=40),
        counterparty=clean_text(data.counterparty, F_COUNTERPARTY),
        id=data.id,
    )
