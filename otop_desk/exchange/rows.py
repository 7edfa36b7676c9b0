"""Reading many rows at once, for the exports.

A province's monthly export reads some 70,000 records for its sheets and as many rows of
the change log and the records its changes name, about half a million ids among them.
Two things cost most of a row there besides SQLite's own work: fetching it alone
(SQLAlchemy's cursor fetches one row per call when a result is iterated), and making its
ids into ``uuid.UUID`` objects (``UUID(hex)`` checks and cleans its text first). So the
exports fetch their rows at once (``Result.all()``), and read their id columns through
``quick``: the same ``UUID`` objects, made from the stored hex directly.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Column, String, Table, TypeDecorator, Uuid, type_coerce
from sqlalchemy.engine import Dialect
from sqlalchemy.sql import ColumnElement

_new = object.__new__
_set = object.__setattr__
_UNKNOWN = uuid.SafeUUID.unknown


def uuid_of_hex(text: str) -> uuid.UUID:
    """``uuid.UUID(text)`` for 32 hex digits (how SQLite holds an id), made without the
    constructor's clean-up of other spellings; any other text goes through it."""
    if len(text) == 32:
        try:
            number = int(text, 16)
        except ValueError:
            pass
        else:
            if number >= 0:  # int() takes a sign
                found = _new(uuid.UUID)
                _set(found, "int", number)
                _set(found, "is_safe", _UNKNOWN)
                return found
    return uuid.UUID(text)


class QuickUuid(Uuid):  # type: ignore[type-arg]
    """``Uuid`` that reads stored hex with ``uuid_of_hex``; a database with a native
    UUID type (PostgreSQL) hands its driver's objects back as ``Uuid`` does."""

    cache_ok = True

    def result_processor(self, dialect: Dialect, coltype: object) -> Callable[[Any], Any] | None:
        plain = super().result_processor(dialect, coltype)
        if plain is None or not self.as_uuid:
            return plain

        def process(value: Any) -> Any:
            if isinstance(value, str):
                return uuid_of_hex(value)
            return plain(value)

        return process


_QUICK = QuickUuid()
_HEX = re.compile("[0-9a-f]{32}")


def text_of_hex(text: str) -> str:
    """``str(uuid.UUID(text))`` (what ``values.encode`` makes of an id) for 32 hex digits,
    made without the ``UUID``; any other text goes through it."""
    if _HEX.fullmatch(text):
        return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"
    return str(uuid.UUID(text))


class UuidText(TypeDecorator[str]):
    """An id read as the text ``values.encode`` makes of it, for values that travel as
    text: the ``UUID`` made of each and at once written out again was a tenth of reading
    a month's changes. SQLite hands the stored hex over as text; PostgreSQL's driver its
    ``UUID``. (A decorator, not a ``Uuid``: a dialect swaps a ``Uuid`` for its own.)"""

    impl = String
    cache_ok = True

    def process_result_value(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return text_of_hex(value) if isinstance(value, str) else str(value)


_TEXT = UuidText()


def as_text(column: Column[Any] | ColumnElement[Any]) -> ColumnElement[Any]:
    """``column`` for a select, an id column read as its text (``UuidText``; same name)."""
    if isinstance(column.type, Uuid):
        return type_coerce(column, _TEXT).label(column.name)  # type: ignore[union-attr]
    return column


def quick(column: Column[Any] | ColumnElement[Any]) -> ColumnElement[Any]:
    """``column`` for a select, an id column read through ``QuickUuid`` (same name)."""
    if isinstance(column.type, Uuid) and not isinstance(column.type, QuickUuid):
        return type_coerce(column, _QUICK).label(column.name)  # type: ignore[union-attr]
    return column


def columns(table: Table, names: Sequence[str] | None = None) -> list[ColumnElement[Any]]:
    """The table's columns (or those ``names``), in order, ids read quickly."""
    chosen = table.columns if names is None else [table.c[n] for n in names]
    return [quick(c) for c in chosen]

