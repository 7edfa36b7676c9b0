"""Engine factory: a file path, ``:memory:`` for tests, or a database URL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, make_url, text
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import QueuePool, StaticPool

MEMORY = ":memory:"
BUSY_TIMEOUT_MS = 10_000
#: Execution option a connection carries when its transaction must run alone.
EXCLUSIVE_OPTION = "otop_exclusive"


#: How people may write a server URL, and the driver SQLAlchemy is told to use for it.
_SERVER_SCHEMES = {"postgresql": "postgresql+psycopg", "postgres": "postgresql+psycopg"}
#: Same key for every OTOP Desk: merges on one server wait for each other (see ``exclusive``).
MERGE_LOCK_KEY = 0x07_0D_E5_C0


class ServerDriverMissing(RuntimeError):
    """A PostgreSQL URL was given but the driver (the ``server`` extra) is not installed."""


def is_server_url(target: str | Path) -> bool:
    return isinstance(target, str) and "://" in target


def database_url(target: str | Path) -> str:
    """The SQLAlchemy URL of a file path, ``:memory:`` or a server URL.

    ``postgresql://user:pass@host/db`` (as ``psql`` and ``pg_dump`` take it) is given the
    psycopg 3 driver; an explicit ``postgresql+driver://`` is kept as it is.
    """
    text = str(target)
    if text == MEMORY:
        return "sqlite+pysqlite:///:memory:"
    if is_server_url(target):
        scheme, rest = text.split("://", 1)
        return f"{_SERVER_SCHEMES.get(scheme.lower(), scheme)}://{rest}"
    return f"sqlite+pysqlite:///{Path(text).expanduser().resolve()}"


def check_target(target: str) -> str:
    """A database as a person typed it (settings dialog): trimmed, or ``ValueError``.

    Empty means the default database. A URL must name a PostgreSQL database.
    """
    text = target.strip()
    if not is_server_url(text):
        return text
    try:
        url = make_url(database_url(text))
    except ArgumentError as error:
        raise ValueError(str(error)) from error
    if url.get_backend_name() != "postgresql" or not url.database:
        raise ValueError(f"not a PostgreSQL database URL: {url.render_as_string()}")
    return text


def display_target(target: str | Path) -> str:
    """A database as shown to people and written to logs: never with its password."""
    if not is_server_url(target):
        return str(target)
    try:
        return make_url(str(target)).render_as_string(hide_password=True)
    except ArgumentError:
        return "postgresql://…"  # unparsable: show nothing of it that could be a secret


def is_sqlite_file(target: str | Path) -> bool:
    text = str(target)
    return text != MEMORY and not is_server_url(target)


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
    # An exclusive transaction (a merge) takes the write lock at once: a deferred one that
    # read first and then writes would fail with "database is locked" instead of waiting.
    exclusive = conn.get_execution_options().get(EXCLUSIVE_OPTION, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if exclusive else "BEGIN")



def take_exclusive_lock(conn: Any) -> None:
    """Called first in an exclusive transaction: wait until no other one runs.

    SQLite got ``BEGIN IMMEDIATE`` from ``_sqlite_begin``. PostgreSQL takes a
    transaction-level advisory lock, released by the commit or rollback, so two staff
    merging at once run one after the other and the second sees the first's records.
    """
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MERGE_LOCK_KEY})


def _sqlite_read_only_pragmas(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA query_only = ON")  # belt and braces: no statement may write
    cursor.close()


def make_read_only_engine(path: Path) -> Engine:
    """An engine that cannot write a byte of ``path`` nor create anything beside it:
    for a database on a write-protected drive or file, and for commands that only read."""
    import sqlite3

    from otop_desk.db.health import read_only_uri

    uri = read_only_uri(path)
    # The pool of a file, as ``make_engine`` gets: a URL without a path would otherwise get
    # SQLite's in-memory pool, which closes one thread's connection while that thread is
    # still reading when a sixth thread connects (the window then crashed).
    engine = create_engine(
        "sqlite+pysqlite://", hide_parameters=True, poolclass=QueuePool,
        creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
    )
    event.listen(engine, "connect", _sqlite_read_only_pragmas)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def make_engine(target: str | Path, *, echo: bool = False) -> Engine:
    url = database_url(target)
    if url.startswith("sqlite"):
        # Parameters (a member's name and phone) never go into an error's text, and so
        # never into the log (PDPA).
        kwargs: dict[str, Any] = {"echo": echo, "hide_parameters": True}
        if str(target) == MEMORY:
            # One shared connection, or every session would see its own empty database.
            kwargs.update(poolclass=StaticPool, connect_args={"check_same_thread": False})
        else:
            kwargs["connect_args"] = {"check_same_thread": False}
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if url.startswith("postgresql+psycopg"):
        try:
            import psycopg  # noqa: F401
        except ImportError as error:
            raise ServerDriverMissing(
                "PostgreSQL needs the psycopg driver: pip install 'otop-desk[server]'"
            ) from error
    return create_engine(url, echo=echo, pool_pre_ping=True, hide_parameters=True)
