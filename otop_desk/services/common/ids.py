"""Finding a record by the start of its id, as an officer types it on a command line."""

from __future__ import annotations

import uuid

from sqlalchemy import String, cast, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from otop_desk.domain.errors import NotFoundError

_HEX = frozenset("0123456789abcdef")


class AmbiguousIdError(NotFoundError):
    """A shortened id matches more than one record: no single record is found."""

    def __init__(self, prefix: str, noun: str) -> None:
        super().__init__(f"{prefix!r} matches more than one {noun}; give more characters")


def find_by_id_start(s: Session, column: InstrumentedAttribute[uuid.UUID], text: str, noun: str) -> uuid.UUID:
    """The id in ``column`` that is ``text`` or begins with it (dashes and case ignored).

    Raises ``NotFoundError`` when none does, ``AmbiguousIdError`` when more than one does.
    """
    # Searched in SQL, never by loading every id: compared as 32 hex digits without dashes
    # (SQLite stores them so, PostgreSQL's uuid text has dashes). Only hex digits reach
    # LIKE, so nothing typed can act as a wildcard.
    wanted = text.strip().lower().replace("-", "")
    if not wanted or not set(wanted) <= _HEX:
        raise NotFoundError(text)
    found = s.scalars(
        select(column).where(func.replace(cast(column, String), "-", "").like(f"{wanted}%")).limit(2)
    ).all()
    if not found:
        raise NotFoundError(text)
    if len(found) > 1:
        raise AmbiguousIdError(text, noun)
    return found[0]
