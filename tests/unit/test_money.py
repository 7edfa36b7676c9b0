from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from otop_desk.domain.errors import ValidationError
from otop_desk.domain.money import MAX_SATANG, Money


@pytest.mark.parametrize(
    ("text", "satang"),
    [("1,234.50", 123450), ("฿ 99", 9900), ("-12.5", -1250), ("0.10", 10), ("7 บาท", 700), ("1234", 123400)],
)
def test_parse(text: str, satang: int) -> None:
    assert Money.parse(text) == Money(satang)


@pytest.mark.parametrize("text", ["", "abc", "1.234", "1e5", "12.3.4", "--1", "NaN"])
def test_parse_rejects(text: str) -> None:
    with pytest.raises(ValidationError):
        Money.parse(text)


def test_absurd_amounts_are_refused() -> None:
    with pytest.raises(ValidationError):
        Money.parse("99,999,999,999")
    assert Money(MAX_SATANG).check_range("x") == Money(MAX_SATANG)


def test_format_and_decimal() -> None:
    assert Money(123450).format() == "1,234.50"
    assert Money(-5).format() == "-0.05"
    assert Money(100).format(sign=True) == "+1.00"
    assert Money(123450).to_decimal() == Decimal("1234.50")
    assert Money.from_baht("0.1") == Money(10)
    with pytest.raises(ValueError):
        Money.from_baht("0.001")


def test_no_floats_allowed() -> None:
    with pytest.raises(TypeError):
        Money(1.5)  # type: ignore[arg-type]


def test_ten_thousand_times_ten_satang_is_exactly_one_thousand_baht() -> None:
    total = Money.sum(Money.parse("0.10") for _ in range(10_000))
    assert total == Money.from_baht(1000)
    assert total.format() == "1,000.00"


def test_multiplication_and_sharing_round_half_up() -> None:
    assert Money.parse("80").times(Decimal("2.5")) == Money.parse("200")
    assert Money(1).times(Decimal("0.5")) == Money(1)
    assert Money(100).divided_by(3) == Money(33)
    assert Money(200).divided_by(3) == Money(67)
    with pytest.raises(ZeroDivisionError):
        Money(1).divided_by(0)


@given(st.integers(min_value=-MAX_SATANG, max_value=MAX_SATANG))
def test_format_parse_round_trip(satang: int) -> None:
    assert Money.parse(Money(satang).format()) == Money(satang)
