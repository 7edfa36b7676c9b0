"""Where "now" and "today" come from.

Nothing in OTOP Desk reads the wall clock directly: it asks a ``Clock``. The program
runs on ``SystemClock``; tests pin a ``FixedClock``, so a test that passes today passes
next year and on 29 February too. A database carries the clock its records are stamped
with (``Database.clock``); widgets and services without a database ask ``current()``,
the clock the program (or a test) chose at its start with ``use``.

``now()`` is UTC with whole seconds: Excel cells and many tools cannot carry
microseconds, and a timestamp must compare equal after a round trip through a workbook.
``today()`` is the local calendar day, the one the officer sees on the wall.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Protocol, runtime_checkable


@runtime_checkable
class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, timezone-aware UTC, whole seconds."""
        ...

    def today(self) -> date:
        """The local calendar day."""
        ...

    def local_now(self) -> datetime:
        """The current local time, naive (file names of backups, log lines)."""
        ...

    def next_second(self) -> datetime:
        """The start of the next whole second, once it has come: every stamp handed out
        before is earlier than it, every stamp after is the same or later."""
        ...


class SystemClock:
    """The computer's clock."""

    def now(self) -> datetime:
        return datetime.now(UTC).replace(microsecond=0)

    def today(self) -> date:
        # Not date.today(): in C it imports ``time`` on every call, which under Qt's
        # import hook costs 50 microseconds, and a table asks once per cell it paints.
        return date.fromtimestamp(time.time())

    def local_now(self) -> datetime:
        return datetime.now().replace(microsecond=0)

    def next_second(self) -> datetime:
        now = datetime.now(UTC)
        time.sleep(1 - now.microsecond / 1_000_000)
        return now.replace(microsecond=0) + timedelta(seconds=1)

    def __repr__(self) -> str:
        return "SystemClock()"


#: Thailand is UTC+7 all year (no daylight saving): the local day of a pinned clock.
THAILAND = timedelta(hours=7)


class FixedClock:
    """A clock that moves only when told to (tests, simulations, a laptop with a wrong
    clock in a replication test).

    ``tick`` advances the clock by that much after every ``now()``, so records saved one
    after another get distinct, increasing stamps as they would on a real computer.
    """

    def __init__(self, at: datetime, *, tick: timedelta = timedelta(0),
                 local_offset: timedelta = THAILAND) -> None:
        if at.tzinfo is None:
            raise ValueError("a FixedClock needs an aware datetime")
        self._at = at.astimezone(UTC).replace(microsecond=0)
        self.tick = tick
        self.local_offset = local_offset

    def now(self) -> datetime:
        at = self._at
        self._at += self.tick
        return at

    def next_second(self) -> datetime:
        self._at += timedelta(seconds=1)
        return self._at

    def peek(self) -> datetime:
        """``now()`` without advancing."""
        return self._at

    def today(self) -> date:
        return self.local_now().date()

    def local_now(self) -> datetime:
        return (self._at + self.local_offset).replace(tzinfo=None)

    def advance(self, delta: timedelta | None = None, **kwargs: float) -> datetime:
        """Move on by ``delta`` (or ``timedelta(**kwargs)``); returns the new instant."""
        self._at += delta if delta is not None else timedelta(**kwargs)
        return self._at

    def set(self, at: datetime) -> None:
        if at.tzinfo is None:
            raise ValueError("a FixedClock needs an aware datetime")
        self._at = at.astimezone(UTC).replace(microsecond=0)

    def __repr__(self) -> str:
        return f"FixedClock({self._at.isoformat()})"


#: An instant (ISO 8601 with its offset) the program runs at instead of the wall clock's:
#: for tests, which start the command line as a child process, and for simulations.
NOW_ENV = "OTOP_DESK_NOW"


def from_environment(environ: Mapping[str, str]) -> Clock:
    """A ``FixedClock`` at ``OTOP_DESK_NOW`` when it is set, else the system's clock."""
    text = environ.get(NOW_ENV, "").strip()
    if not text:
        return SystemClock()
    try:
        at = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{NOW_ENV} must be an ISO 8601 instant with its offset, not {text!r}") from None
    return FixedClock(at if at.tzinfo is not None else at.replace(tzinfo=UTC))


_current: list[Clock] = [SystemClock()]


def current() -> Clock:
    """The program's clock: the system's, unless a test or the start-up chose another."""
    return _current[0]


def use(clock: Clock) -> Clock:
    """Make ``clock`` the program's clock; returns the one it replaces."""
    previous = _current[0]
    _current[0] = clock
    return previous
