"""Hybrid logical clock: stamps that follow the wall clock yet never run backwards.

A laptop's clock may be 30 days fast or slow. If changes were ordered by the wall clock
alone, an old edit from a fast laptop would win over a newer one made elsewhere. A hybrid
logical clock (Kulkarni et al., 2014) keeps the physical part at the largest wall time it
has *seen* (its own clock, or any stamp received from another device), and a counter for
changes within the same millisecond. So a change made after seeing another always has
a larger stamp, whatever the two clocks said; and stamps stay close to real time.

A stamp is one integer: milliseconds since 1970 shifted left by 16 bits, plus the
counter. It sorts as a number, travels as one and fits a BIGINT.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

COUNTER_BITS = 16
COUNTER_MAX = (1 << COUNTER_BITS) - 1

#: A stamp from another device more than this far ahead of our own clock is refused: a
#: laptop whose clock is weeks off still exchanges (the simulation runs them ±30 days),
#: but a record stamped in the year 9999 would otherwise freeze every later edit.
MAX_DRIFT = timedelta(days=45)


class ClockDrift(ValueError):
    """A stamp lies too far in the future to be believed."""


def pack(millis: int, counter: int = 0) -> int:
    return (millis << COUNTER_BITS) | counter


def millis_of(stamp: int) -> int:
    return stamp >> COUNTER_BITS


def to_datetime(stamp: int) -> datetime:
    """The wall time part of a stamp, as an aware UTC datetime."""
    return datetime.fromtimestamp(millis_of(stamp) / 1000, UTC)


def from_datetime(at: datetime) -> int:
    return pack(int(at.timestamp() * 1000))


def tick(last: int, now: datetime) -> int:
    """The stamp of a new local change: after ``last``, at ``now`` if that is later."""
    wall = pack(int(now.timestamp() * 1000))
    return wall if wall > last else _next(last)


def receive(last: int, incoming: int, now: datetime) -> int:
    """The clock after seeing ``incoming`` from another device (``ClockDrift`` if it is
    too far ahead of ``now``): never behind either, so what is made next sorts after."""
    if millis_of(incoming) > int((now + MAX_DRIFT).timestamp() * 1000):
        raise ClockDrift(f"a change is stamped {to_datetime(incoming):%Y-%m-%d}, far ahead of this clock")
    return max(last, incoming)


def _next(stamp: int) -> int:
    millis, counter = stamp >> COUNTER_BITS, stamp & COUNTER_MAX
    if counter == COUNTER_MAX:  # 65,536 changes in one millisecond: borrow the next one
        return pack(millis + 1)
    return pack(millis, counter + 1)
