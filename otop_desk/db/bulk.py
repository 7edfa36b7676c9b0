"""Inserting many rows at once, below SQLAlchemy's per-row statement machinery.

A province's first import writes tens of thousands of records and as many log entries;
Core's ``executemany`` spends most of its time building each row's parameters. Here
the statement is compiled once, each column's bind processor is looked up once, and
the rows go to the driver's ``executemany`` as plain tuples or dicts. What the change
feed needs to know (which tables changed) is noted as Core would.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from otop_desk.db.changes import note_written

_BATCH = 5000


def insert_rows(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (every row with the same keys) into ``table``."""
    if not rows:
        return
    conn = session.connection()
    dialect = conn.dialect
    keys = list(rows[0])
    compiled = insert(table).compile(dialect=dialect, column_keys=keys)
    processors = {key: table.c[key].type._cached_bind_processor(dialect) for key in keys}  # noqa: SLF001
    if compiled.positional:
        order = [compiled.binds[name].key for name in compiled.positiontup or ()]
        make: Any = lambda row: tuple(_bound(processors[k], row[k]) for k in order)  # noqa: E731
    else:
        names = {compiled.binds[name].key: name for name in compiled.binds}
        make = lambda row: {names[k]: _bound(processors[k], row[k]) for k in keys}  # noqa: E731
    sql = str(compiled)
    for start in range(0, len(rows), _BATCH):
        conn.exec_driver_sql(sql, [make(row) for row in rows[start:start + _BATCH]])
    note_written(conn, table.name)


def _bound(processor: Any, value: Any) -> Any:
    return processor(value) if processor is not None and value is not None else value
