"""Money in Thai baht, held as an integer number of satang (1/100 baht), never a float."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from otop_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError

# One billion baht: far above anything a village producer group books in one line,
# low enough that a slipped finger (an extra six zeros) is caught.
MAX_SATANG = 1_000_000_000 * 100

_MONEY_RE = re.compile(r"^(-)?(\d+)(?:\.(\d{1,2}))?$")


@dataclass(frozen=True, order=True, slots=True)
class Money:
    satang: int = 0

    def __post_init__(self) -> None:
        if not isinstance(self.satang, int) or isinstance(self.satang, bool):
            raise TypeError("Money holds an integer number of satang")

    # construction -------------------------------------------------------------------
    @classmethod
    def zero(cls) -> Money:
        return cls(0)

    @classmethod
    def from_baht(cls, baht: int | str | Decimal) -> Money:
        """Exact conversion; more than two decimal places is an error, not a rounding."""
        value = Decimal(str(baht)) if not isinstance(baht, Decimal) else baht
        satang = value * 100
        if satang != satang.to_integral_value():
            raise ValueError(f"{baht!r} has more than two decimal places")
        return cls(int(satang))

    @classmethod
    def parse(cls, text: str, field: str = "amount") -> Money:
        """Parse what a person typed: ``1,234.50``, ``฿ 99``, ``-12.5``."""
        cleaned = (text or "").strip().replace(",", "").replace("฿", "").replace(" ", "")
        cleaned = cleaned.removesuffix("บาท")
        match = _MONEY_RE.match(cleaned)
        if not match:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "{field}: '{text}' is not an amount of baht; type e.g. 1,250.50.",
                ),
                field,
                field=field,
                text=text,
            )
        sign, whole, frac = match.groups()
        satang = int(whole) * 100 + int((frac or "0").ljust(2, "0"))
        money = cls(-satang if sign else satang)
        money.check_range(field)
        return money

    @classmethod
    def sum(cls, items: object) -> Money:
        total = 0
        for item in items:  # type: ignore[attr-defined]
            total += item.satang
        return cls(total)

    # checks -------------------------------------------------------------------------
    def check_range(self, field: str, *, allow_negative: bool = True) -> Money:
        if abs(self.satang) > MAX_SATANG:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Validation", "{field}: the amount is too large (at most 1,000,000,000 baht)."
                ),
                field,
                field=field,
            )
        if not allow_negative and self.satang < 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Validation", "{field} cannot be negative."), field, field=field
            )
        return self

    # arithmetic ---------------------------------------------------------------------
    def __add__(self, other: Money) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        return Money(self.satang + other.satang)

    def __sub__(self, other: Money) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        return Money(self.satang - other.satang)

    def __neg__(self) -> Money:
        return Money(-self.satang)

    def __abs__(self) -> Money:
        return Money(abs(self.satang))

    def __bool__(self) -> bool:
        return self.satang != 0

    def times(self, quantity: int | Decimal) -> Money:
        """Multiply by a quantity, rounding half up to the satang (Thai receipts do)."""
        exact = Decimal(self.satang) * Decimal(quantity)
        return Money(int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP)))

    def divided_by(self, count: int | Decimal) -> Money:
        """Share over ``count`` (e.g. units in a batch), rounded half up to the satang."""
        divisor = Decimal(count)
        if divisor == 0:
            raise ZeroDivisionError("cannot divide money by zero")
        exact = Decimal(self.satang) / divisor
        return Money(int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP)))

    # conversion ---------------------------------------------------------------------
    def to_decimal(self) -> Decimal:
        return Decimal(self.satang).scaleb(-2)

    def format(self, *, sign: bool = False) -> str:
        """``1,234.50``; negative amounts get a leading minus sign."""
        text = f"{abs(self.satang) // 100:,}.{abs(self.satang) % 100:02d}"
        if self.satang < 0:
            return "-" + text
        return ("+" + text) if sign and self.satang > 0 else text

    def __str__(self) -> str:
        return self.format()


def parse_decimal(text: str, field: str, *, places: int = 3, minimum: Decimal | None = None) -> Decimal:
    """Parse a quantity (hours, kilograms, scores) typed by a person."""
    cleaned = (text or "").strip().replace(",", "")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "{field}: '{text}' is not a number."),
            field,
            field=field,
            text=text,
        ) from None
    if not value.is_finite() or value.as_tuple().exponent < -places:  # type: ignore[operator]
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "{field}: use at most {places} decimal places."),
            field,
            field=field,
            places=places,
        )
    if minimum is not None and value < minimum:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "{field} must be at least {minimum}."),
            field,
            field=field,
            minimum=minimum,
        )
    return value
