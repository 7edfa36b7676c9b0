"""Reading many records by id in a few statements rather than one each.

An ``IN (...)`` list is kept to a few hundred ids: SQLite before 3.32 allowed 999 bound
parameters a statement and PostgreSQL plans long lists poorly; 500 is what SQLAlchemy's
``selectinload`` uses too.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import TypeVar

from otop_desk.domain.errors import NotFoundError

T = TypeVar("T")
BATCH = 500


def batches(items: Sequence[T], size: int = BATCH) -> Iterator[Sequence[T]]:
    """``items`` in consecutive slices of at most ``size``."""
    for start in range(0, len(items), size):
        yield items[start:start + size]


K = TypeVar("K")


def in_order(found: Mapping[K, T], wanted: Sequence[K]) -> list[T]:
    """What was ``found`` for each of ``wanted``, in that order; ``NotFoundError`` names
    the first that was not."""
    missing = next((key for key in wanted if key not in found), None)
    if missing is not None:
        raise NotFoundError(str(missing))
    return [found[key] for key in wanted]
