"""Column types: money as integer satang, decimals as scaled integers, UTC timestamps."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, DateTime, Dialect
from sqlalchemy.types import TypeDecorator

from otop_desk.domain import clock
from otop_desk.domain.money import Money


class MoneyType(TypeDecorator[Money]):
    """A ``Money`` stored as a BIGINT number of satang; no float ever touches it."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if isinstance(value, Money):
            return value.satang
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise TypeError(f"MoneyType expects Money, got {type(value).__name__}")

    def process_result_value(self, value: Any, dialect: Dialect) -> Money | None:
        return None if value is None else Money(int(value))


class ScaledDecimal(TypeDecorator[Decimal]):
    """An exact ``Decimal`` with a fixed number of places, stored as an integer.

    SQLite has no exact decimal type (NUMERIC is stored as REAL), so quantities such as
    1.25 kg or 7.5 hours are kept as integer thousandths.
    """

    impl = BigInteger
    cache_ok = True

    def __init__(self, places: int = 3) -> None:
        super().__init__()
        self.places = places
        self.factor = 10**places

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        scaled = Decimal(value) * self.factor
        if scaled != scaled.to_integral_value():
            raise ValueError(f"{value} has more than {self.places} decimal places")
        return int(scaled)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(int(value)).scaleb(-self.places)


class UTCDateTime(TypeDecorator[datetime]):
    """Timestamps stored as naive UTC, handed back timezone-aware.

    Merging workbooks compares ``updated_at`` across machines, so every timestamp is UTC.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is not None:
            value = value.astimezone(UTC)
        return value.replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


#: Execution option of an engine: the ``Clock`` its records are stamped with.
CLOCK_OPTION = "otop_clock"


def utcnow() -> datetime:
    """Now by the program's clock (UTC, whole seconds; see ``domain.clock``)."""
    return clock.current().now()


def stamp_default(context: Any) -> datetime:
    """Column default for ``created_at``/``updated_at``: now by the clock of the database
    that executes the statement (``Database.clock``), so a test that pins a database's
    clock gets pinned stamps on every insert and update, ORM or Core."""
    chosen = context.execution_options.get(CLOCK_OPTION) if context is not None else None
    return (chosen or clock.current()).now()
