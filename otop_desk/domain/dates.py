"""Buddhist Era (พ.ศ.) dates: formatting and parsing. Qt has no Buddhist calendar.

Dates are stored as Gregorian ``datetime.date``; only what people see and type is in
BE (Gregorian year + 543).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from otop_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError

BE_OFFSET = 543
# A four-digit year above this is read as BE, below as CE (2400 BE = 1857 CE, so the
# two ranges cannot meet for any date an officer will type).
BE_THRESHOLD = 2400
MIN_DATE = date(1900, 1, 1)
#: Months before 2500 BE (1957) hold no OTOP work: such a month typed is a mistake.
FIRST_MONTH_YEAR = 2500 - 543
MAX_DATE = date(2200, 12, 31)

THAI_MONTHS = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)
THAI_MONTHS_SHORT = (
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
)
ENGLISH_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
ENGLISH_MONTHS_SHORT = tuple(m[:3] for m in ENGLISH_MONTHS)

_MONTH_WORDS: dict[str, int] = {}
for _i, _names in enumerate(zip(THAI_MONTHS, THAI_MONTHS_SHORT, ENGLISH_MONTHS, ENGLISH_MONTHS_SHORT, strict=True)):
    for _name in _names:
        _MONTH_WORDS[_name.lower()] = _i + 1
        _MONTH_WORDS[_name.lower().replace(".", "")] = _i + 1


def be_year(year_ce: int) -> int:
    return year_ce + BE_OFFSET


def ce_year(year: int) -> int:
    """A four-digit year typed by a person, as CE: above 2400 it is BE."""
    return year - BE_OFFSET if year > BE_THRESHOLD else year


def format_date(d: date | None, lang: str = "th") -> str:
    """Short form for tables: ``21 พ.ย. 2569`` (``21 Nov 2569`` in English)."""
    if d is None:
        return ""
    months = THAI_MONTHS_SHORT if lang == "th" else ENGLISH_MONTHS_SHORT
    return f"{d.day} {months[d.month - 1]} {be_year(d.year)}"


def format_date_long(d: date | None, lang: str = "th") -> str:
    """Government style for print: ``21 พฤศจิกายน 2569``."""
    if d is None:
        return ""
    months = THAI_MONTHS if lang == "th" else ENGLISH_MONTHS
    return f"{d.day} {months[d.month - 1]} {be_year(d.year)}"


def format_date_numeric(d: date | None) -> str:
    """What the date edit shows and accepts: ``21/11/2569``."""
    if d is None:
        return ""
    return f"{d.day:02d}/{d.month:02d}/{be_year(d.year)}"


def format_month(year: int, month: int, lang: str = "th") -> str:
    months = THAI_MONTHS if lang == "th" else ENGLISH_MONTHS
    return f"{months[month - 1]} {be_year(year)}"


def _invalid(text: str, field: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Validation", "{field}: '{text}' is not a date; type day/month/year in BE, e.g. 21/11/2569."
        ),
        field,
        field=field,
        text=text,
    )


_NUMERIC = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2}|\d{4})$")
_WORDY = re.compile(r"^(\d{1,2})\s+([^\d\s]+)\s*(\d{2}|\d{4})$")


def parse_date(text: str, field: str = "date") -> date:
    """Parse ``21/11/2569``, ``21-11-69``, ``21 พ.ย. 2569``, ``21 พฤศจิกายน 2569``.

    Two-digit years are BE (``69`` → 2569). Four-digit years above 2400 are BE, others CE.
    """
    raw = (text or "").strip()
    cleaned = re.sub(r"\s+", " ", raw.replace("พ.ศ.", "").replace("พ.ศ", "")).strip()
    m = _NUMERIC.match(cleaned)
    if m:
        day, month, year_text = int(m.group(1)), int(m.group(2)), m.group(3)
    else:
        m = _WORDY.match(cleaned)
        if not m:
            raise _invalid(raw, field)
        month = _MONTH_WORDS.get(m.group(2).lower()) or _MONTH_WORDS.get(m.group(2).lower().replace(".", ""), 0)
        if not month:
            raise _invalid(raw, field)
        day, year_text = int(m.group(1)), m.group(3)
    year = int(year_text)
    if len(year_text) == 2:
        year += 2500
    year = ce_year(year)
    try:
        result = date(year, month, day)
    except ValueError:
        if month == 2 and day == 29:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Validation", "{field}: {year} is not a leap year, February has 28 days."
                ),
                field,
                field=field,
                year=be_year(year),
            ) from None
        raise _invalid(raw, field) from None
    return check_date_range(result, field)


def check_date_range(d: date, field: str, lo: date = MIN_DATE, hi: date = MAX_DATE) -> date:
    if not lo <= d <= hi:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "{field} must be between {lo} and {hi}."),
            field,
            field=field,
            lo=format_date_numeric(lo),
            hi=format_date_numeric(hi),
        )
    return d


def parse_month(text: str) -> tuple[int, int]:
    """``2026-10`` and ``2569-10`` both mean October 2026. Returns (CE year, month)."""
    m = re.match(r"^\s*(\d{4})\s*[-/]\s*(\d{1,2})\s*$", text or "")
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "'{text}' is not a month; use YYYY-MM, e.g. 2569-10."),
            "month",
            text=text,
        )
    year = ce_year(int(m.group(1)))
    if not FIRST_MONTH_YEAR <= year <= MAX_DATE.year:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "'{text}' is outside the years OTOP Desk keeps "
                              "(2500 to {last} BE)."),
            "month", text=text, last=be_year(MAX_DATE.year))
    return year, int(m.group(2))


def month_bounds(year: int, month: int) -> tuple[date, date]:
    """First and last day of a month."""
    first = date(year, month, 1)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return first, nxt - timedelta(days=1)


def add_months(d: date, months: int) -> date:
    """Same day ``months`` later, clamped to the month's end (31 Jan + 1 → 28/29 Feb)."""
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    last = month_bounds(year, month + 1)[1].day
    return date(year, month + 1, min(d.day, last))
