"""Thai phone numbers: one parser, one way of showing them."""

from __future__ import annotations

import pytest

from otop_desk.domain.errors import ValidationError
from otop_desk.domain.phone import format_phone, parse_phone


@pytest.mark.parametrize(("typed", "digits"), [
    ("081-234-5678", "0812345678"),
    ("081 234 5678", "0812345678"),
    ("(081) 234.5678", "0812345678"),
    ("๐๘๑-๒๓๔-๕๖๗๘", "0812345678"),  # Thai digits
    ("+66 81 234 5678", "0812345678"),
    ("+66-2-123-4567", "021234567"),
    ("02-123-4567", "021234567"),
    ("043246123", "043246123"),
    ("", ""),
])
def test_parse_gives_the_digits(typed: str, digits: str) -> None:
    assert parse_phone(typed, "Phone") == digits


@pytest.mark.parametrize("typed", [
    "12345678",  # 8 digits
    "08123456789",  # 11 digits
    "1812345678",  # no leading 0
    "081234567",  # a mobile number one digit short
    "0212345678",  # a Bangkok number one digit long
    "+1 212 555 0100",  # not Thailand
    "081-234-5678 ต่อ 12",
    "081/234/567x",
])
def test_parse_refuses_what_is_not_a_thai_number(typed: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_phone(typed, "Leader's phone")
    assert info.value.field == "Leader's phone"
    assert "9 or 10 digits" in info.value.english()


@pytest.mark.parametrize(("stored", "shown"), [
    ("0812345678", "081-234-5678"),
    ("021234567", "02-123-4567"),
    ("081-234-5678", "081-234-5678"),  # stored before numbers were cleaned
    ("043 246 123", "043-246-123"),  # a province's area code has three digits
    ("+66 2 123 4567", "02-123-4567"),
    ("", ""),
    ("ask the chair", "ask the chair"),  # not a number: shown as it is
])
def test_format_shows_one_way(stored: str, shown: str) -> None:
    assert format_phone(stored) == shown
