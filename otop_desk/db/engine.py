"""Engine factory: a file path, ``:memory:`` for tests, or a database URL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import StaticPool

MEMORY = ":memory:"
BUSY_TIMEOUT_MS = 10_000


def database_url(target: str | Path) -> str:
    text = str(target)
    if text == MEMORY:
        return "sqlite+pysqlite:///:memory:"
    if "://" in text:
        return text
    return f"sqlite+pysqlite:///{Path(text).expanduser().resolve()}"


def is_sqlite_file(target: str | Path) -> bool:
    text = str(target)
    return text != MEMORY and "://" not in text


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # pysqlite's own transaction handling is switched off so that SQLAlchemy's BEGIN
    # is the only one: otherwise SAVEPOINTs and DDL inside a transaction misbehave.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    # FULL: a commit survives a power cut, which on a field laptop is not hypothetical.
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def _sqlite_begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN")


def make_engine(target: str | Path, *, echo: bool = False) -> Engine:
    url = database_url(target)
    if url.startswith("sqlite"):
        kwargs: dict[str, Any] = {"echo": echo}
        if str(target) == MEMORY:
            # One shared connection, or every session would see its own empty database.
            kwargs.update(poolclass=StaticPool, connect_args={"check_same_thread": False})
        else:
            kwargs["connect_args"] = {"check_same_thread": False}
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, echo=echo, pool_pre_ping=True)
