from datetime import date

import pytest

from otop_desk.domain.dates import (
    add_months,
    format_date,
    format_date_long,
    format_date_numeric,
    format_month,
    month_bounds,
    parse_date,
    parse_month,
)
from otop_desk.domain.errors import ValidationError


def test_formats_in_buddhist_era() -> None:
    d = date(2026, 11, 21)
    assert format_date(d) == "21 พ.ย. 2569"
    assert format_date_long(d) == "21 พฤศจิกายน 2569"
    assert format_date_numeric(d) == "21/11/2569"
    assert format_date(d, "en") == "21 Nov 2569"
    assert format_month(2026, 10) == "ตุลาคม 2569"
    assert format_date(None) == ""


@pytest.mark.parametrize(
    "text",
    ["21/11/2569", "21-11-2569", "21.11.69", " 21 / 11 / 2569 ", "21 พ.ย. 2569", "21 พย 2569",
     "21 พฤศจิกายน 2569", "21 พฤศจิกายน พ.ศ. 2569", "21 Nov 2569", "21/11/2026"],
)
def test_parses_what_people_type(text: str) -> None:
    assert parse_date(text) == date(2026, 11, 21)


def test_february_29_in_be() -> None:
    assert parse_date("29/02/2567") == date(2024, 2, 29)  # 2024 is a leap year
    with pytest.raises(ValidationError) as info:
        parse_date("29/02/2569")
    assert "2569 is not a leap year" in str(info.value)


@pytest.mark.parametrize("text", ["", "31/04/2569", "1/13/2569", "hello", "12/2569", "00/01/2569"])
def test_rejects_bad_dates(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_date(text)


def test_rejects_dates_out_of_range() -> None:
    with pytest.raises(ValidationError) as info:
        parse_date("01/01/2900")
    assert "between" in str(info.value)


def test_month_in_ce_or_be() -> None:
    assert parse_month("2026-10") == parse_month("2569-10") == (2026, 10)
    assert parse_month("2569/1") == (2026, 1)
    for bad in ("2569-13", "69-10", "October"):
        with pytest.raises(ValidationError):
            parse_month(bad)


def test_month_arithmetic() -> None:
    assert month_bounds(2024, 2) == (date(2024, 2, 1), date(2024, 2, 29))
    assert month_bounds(2026, 12) == (date(2026, 12, 1), date(2026, 12, 31))
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)
    assert add_months(date(2026, 1, 15), -1) == date(2025, 12, 15)
