"""Cleaning of free text typed by people: trimming, control characters, length limits."""

from __future__ import annotations

import re
import unicodedata

from otop_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError, required_error
from otop_desk.domain.phone import parse_phone

SHORT_TEXT_MAX = 200
LONG_TEXT_MAX = 20_000

# Tab and newline are legitimate in notes; every other C0/C1 control character (NUL
# included) breaks SQLite text handling, Excel and printing, so it is refused.


# Control characters (category Cc: U+0000-001F, U+007F-009F), lone surrogates, and the
# noncharacters U+FDD0-FDEF and U+xFFFE/xFFFF of every plane; one pattern with newline
# allowed and one without. A pattern finds the first in C: a province's import checks
# hundreds of thousands of texts.
_NONCHARACTERS = "\ufdd0-\ufdef" + "".join(
    chr(plane << 16 | 0xFFFE) + chr(plane << 16 | 0xFFFF) for plane in range(17))
_BAD_MULTILINE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff{_NONCHARACTERS}]")
_BAD_ONE_LINE = re.compile(f"[\x00-\x08\x0a-\x1f\x7f-\x9f\ud800-\udfff{_NONCHARACTERS}]")


def bad_character(text: str, *, multiline: bool = True) -> str | None:
    """The first character of ``text`` that is not text, or None.

    Control characters (tab and newline aside, and newline only where ``multiline``),
    lone surrogates (they cannot be stored as UTF-8 at all) and Unicode noncharacters
    such as U+FFFF (meant never to be exchanged; spreadsheet files refuse them).
    """
    found = (_BAD_MULTILINE if multiline else _BAD_ONE_LINE).search(text)
    return found.group() if found else None


def clean_text(
    value: str | None,
    field: str,
    *,
    required: bool = False,
    max_length: int = SHORT_TEXT_MAX,
    multiline: bool = False,
) -> str:
    """Return ``value`` trimmed and normalised, or raise ``ValidationError``."""
    text = unicodedata.normalize("NFC", (value or "").replace("\r\n", "\n").replace("\r", "\n"))
    text = text.strip()
    if not multiline and "\n" in text:
        text = " ".join(part.strip() for part in text.splitlines() if part.strip())
    if bad_character(text) is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "{field} contains a control character; remove it."),
            field,
            field=field,
        )
    if required and not text:
        raise required_error(field)
    if len(text) > max_length:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation", "{field} is too long: {length} characters, at most {max} allowed."
            ),
            field,
            field=field,
            length=len(text),
            max=max_length,
        )
    return text


def clean_phone(value: str | None, field: str) -> str:
    """A Thai phone number as its digits (see ``domain/phone.py``); "" when left empty."""
    text = clean_text(value, field, max_length=40)
    return parse_phone(text, field)
