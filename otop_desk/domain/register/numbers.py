"""Certificate numbers: the อย. (Thai FDA) 13-digit food number, checked as far as its
public structure goes.

The number reads ``PP-S-NNNNN-A-QQQQ``: ``PP`` the province of the site (the Interior
Ministry's two-digit code), ``S`` the site's kind and who licensed it (1 a production site
licensed by the FDA, 2 one licensed by the province, 3 and 4 importers), ``NNNNN`` the
site's number (its last two digits the BE year of the licence), ``A`` the office that
gave the product its number, ``QQQQ`` the product's sequence at that site. The FDA
publishes no check digit, so a well-formed number may still be wrong: the check stops
at what is public.
"""

from __future__ import annotations

import re

from otop_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError

#: The Interior Ministry's province codes (10 Bangkok … 96 Narathiwat).
PROVINCE_CODES = frozenset(
    [*range(10, 28), *range(30, 50), *range(50, 59), *range(60, 68), *range(70, 78),
     *range(80, 87), *range(90, 97)]
)
#: Third digit: 1, 2 production sites (licensed by the FDA, by the province), 3, 4 importers.
SITE_KINDS = frozenset("1234")
PRODUCTION_SITE_KINDS = frozenset("12")

_SEPARATORS = re.compile(r"[\s\-.]")


def fda_digits(text: str) -> str:
    """The digits of a number as people type it (with dashes, dots or spaces)."""
    return _SEPARATORS.sub("", text or "")


def check_fda_product_number(text: str, field: str) -> str:
    """The number in its printed form ``12-1-23456-1-0001``, or a ValidationError that
    says which part is wrong."""
    digits = fda_digits(text)
    if not digits.isdigit() or len(digits) != 13:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "{field}: an FDA food number has 13 digits, e.g. 40-2-01562-2-0015."),
            field, field=field)
    if int(digits[:2]) not in PROVINCE_CODES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "{field}: {code} is not a province code (the first two digits)."),
            field, field=field, code=digits[:2])
    if digits[2] not in SITE_KINDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "{field}: the third digit is the kind of site and must be 1 to 4."),
            field, field=field)
    if digits[8] == "0":
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "{field}: the ninth digit names the office that gave the number and cannot be 0."),
            field, field=field)
    if digits[9:] == "0000":
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "{field}: the last four digits (the product's sequence) cannot be 0000."),
            field, field=field)
    return format_fda(digits)


def format_fda(digits: str) -> str:
    return f"{digits[:2]}-{digits[2]}-{digits[3:8]}-{digits[8]}-{digits[9:]}"


def number_key(text: str) -> str:
    """What makes two certificate numbers the same one: case, spaces and dashes aside."""
    return _SEPARATORS.sub("", text or "").upper()
