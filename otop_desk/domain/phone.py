"""Thai telephone numbers: read however they were typed, stored as digits, shown one way.

A Thai number has 9 digits (a landline) or 10 (a mobile: 0XX-XXX-XXXX, e.g. 081-234-5678),
always beginning with 0. Landlines are written as Thai directories write them: Bangkok's
area code 02 alone (02-123-4567), a province's three-digit code with the two groups of
three after it (043-246-123 in Khon Kaen). People type them
with dashes, spaces, dots or brackets, in Thai digits, or in the international form
+66 81 234 5678; all of these are the same number. It is stored as its digits only, so
that searching, comparing and merging see one value, and every screen and printed page
shows it through ``format_phone``.
"""

from __future__ import annotations

from otop_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError

LANDLINE_DIGITS = 9
MOBILE_DIGITS = 10
EXAMPLE = "081-234-5678"
_SEPARATORS = set(" -.()/")
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_COUNTRY = "66"
_MOBILE_PREFIXES = ("06", "08", "09")
_LANDLINE_PREFIXES = ("02", "03", "04", "05", "07")
_BANGKOK = "02"  # the one two-digit area code (Bangkok and its neighbours)


def phone_digits(text: str | None) -> str | None:
    """The number's digits in national form, or None if ``text`` is not a Thai number."""
    raw = (text or "").translate(_THAI_DIGITS).strip()
    international = raw.startswith("+")
    body = raw[1:] if international else raw
    if any(not (ch.isascii() and ch.isdigit()) and ch not in _SEPARATORS for ch in body):
        return None
    digits = "".join(ch for ch in body if ch.isdigit())
    if international:
        if not digits.startswith(_COUNTRY):
            return None
        digits = "0" + digits[len(_COUNTRY):]
    # A mobile number left one digit short would pass a plain count of digits.
    kind = _MOBILE_PREFIXES if len(digits) == MOBILE_DIGITS else \
        _LANDLINE_PREFIXES if len(digits) == LANDLINE_DIGITS else ()
    return digits if digits[:2] in kind else None


def parse_phone(text: str | None, field: str) -> str:
    """What a person typed, as digits ("" when left empty); raises ``ValidationError``."""
    if not (text or "").strip():
        return ""
    digits = phone_digits(text)
    if digits is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation",
                "{field}: type a Thai phone number of 9 or 10 digits, e.g. 081-234-5678 or 02-123-4567.",
            ),
            field,
            field=field,
        )
    return digits


def format_phone(value: str | None) -> str:
    """A stored number as people read it: 081-234-5678, 02-123-4567, 043-246-123.

    Text that is not a Thai number (one stored before numbers were checked) is shown
    as it is rather than hidden.
    """
    digits = phone_digits(value)
    if digits is None:
        return (value or "").strip()
    if digits.startswith(_BANGKOK):
        return f"{digits[:2]}-{digits[2:5]}-{digits[5:]}"
    return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"
