"""Pages of a large list, filtered and sorted in SQL.

A tab that may hold tens of thousands of records (visits, problems) never loads them all:
it asks its service for the number of matching records and for one page at a time. The
query carries what the person typed, the tab's filters and the sort column; each service
turns it into WHERE, ORDER BY and LIMIT/OFFSET.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, bindparam, false, func, or_, select
from sqlalchemy.orm import Session


def _no_label(value: enum.Enum) -> str:
    return str(value.value)


@dataclass(frozen=True)
class PageQuery:
    """What to show: every typed word must match, filters narrow, one column sorts."""

    words: tuple[str, ...] = ()
    filters: Mapping[str, Any] = field(default_factory=dict)
    sort: str | None = None  # a key the service knows; None for its default order
    descending: bool = False
    # Translates an enum member to the label the person sees, so typing part of a
    # label (in Thai or English) finds the records with that value.
    label: Callable[[enum.Enum], str] = _no_label

    @staticmethod
    def split(text: str) -> tuple[str, ...]:
        return tuple(text.casefold().split())


def escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def contains(expr: Any, word: str, dialect: str) -> ColumnElement[bool]:
    """``expr`` contains ``word``; English letters match regardless of case.

    SQLite's LIKE already ignores the case of ASCII letters (Thai has no case);
    PostgreSQL needs ILIKE for the same, but not for a word with no letter that has a
    case (``caseless``): LIKE finds the same rows, three times faster on Thai text (ILIKE
    folds every character of every text it tests), and the trigram indexes serve both.
    """
    pattern = f"%{escape_like(word)}%"
    if dialect == "postgresql" and not caseless(word):
        return expr.ilike(pattern, escape="\\")  # type: ignore[no-any-return]
    return expr.like(pattern, escape="\\")  # type: ignore[no-any-return]


def caseless(word: str) -> bool:
    """Only Thai letters and marks, digits, spaces and ASCII punctuation: no character
    that folding changes, nor one that any other folds into."""
    return all("\u0e00" <= c <= "\u0e7f" or (c.isascii() and not c.isalpha()) for c in word)


def enum_matches(members: Iterable[enum.Enum], word: str, label: Callable[[enum.Enum], str]) -> list[Any]:
    return [m.value for m in members if word in label(m).casefold()]


def words_filter(
    query: PageQuery,
    dialect: str,
    texts: Sequence[Any],
    enums: Sequence[tuple[Any, type[enum.Enum]]] = (),
) -> list[ColumnElement[bool]]:
    """One condition per typed word: it appears in one of ``texts`` or one enum's label."""
    conditions: list[ColumnElement[bool]] = []
    for word in query.words:
        options = [contains(t, word, dialect) for t in texts]
        for column, enum_cls in enums:
            values = enum_matches(enum_cls, word, query.label)
            if values:
                options.append(column.in_(values))
        conditions.append(or_(*options) if options else false())
    return conditions


def ordered(q: Select[Any], keys: Sequence[Any], tie: Any, descending: bool) -> Select[Any]:
    """ORDER BY the sort keys and then the id, so pages never overlap or skip a row."""
    direction = (lambda c: c.desc()) if descending else (lambda c: c.asc())
    return q.order_by(*(direction(k) for k in keys), direction(tie))


def count_rows(s: Session, q: Select[Any]) -> int:
    return int(s.scalar(select(func.count()).select_from(q.order_by(None).subquery())) or 0)


def position_of(s: Session, q: Select[Any], id_column: Any, record_id: Any) -> int:
    """Where ``record_id`` stands in the ordered ``q`` (0-based), or -1 if filtered out.

    ``q`` selects the id only and carries its ORDER BY, which becomes the window order.
    """
    order = list(q._order_by_clauses)  # noqa: SLF001 - reuse the page's exact order
    numbered = q.order_by(None).add_columns(func.row_number().over(order_by=order).label("n")).subquery()
    found = s.execute(select(numbered.c.n).where(numbered.c[id_column.key] == record_id)).scalar()
    return -1 if found is None else int(found) - 1


def dialect_of(s: Session) -> str:
    bind = s.get_bind()
    return bind.dialect.name


def months_with(s: Session, column: Any) -> list[tuple[int, int]]:
    """Every (year, month) in which the indexed date ``column`` has a row, newest first.

    One index seek per month (the latest date before the month last found) instead of
    reading every row: 40 months of 50,000 visits in 3 ms rather than 35 ms.
    """
    latest = select(func.max(column))
    before = latest.where(column < bindparam("first"))
    out: list[tuple[int, int]] = []
    found = s.scalar(latest)
    while found is not None:
        out.append((found.year, found.month))
        found = s.scalar(before, {"first": date(found.year, found.month, 1)})
    return out
