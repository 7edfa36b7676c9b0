"""Throwaway PostgreSQL databases for the tests (only when ``OTOP_TEST_PG_URL`` is set).

``OTOP_TEST_PG_URL`` names a server and a database the tests may connect to in order to
create others (``.ci/run`` starts such a server). Each test run creates its own databases
``otop_test_<pid>_<n>``, built once by the migrations, emptied with ``TRUNCATE`` before a
test gets one, and dropped at the end of the run.
"""

from __future__ import annotations

import os

from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from otop_desk.db.database import Database
from otop_desk.db.engine import database_url
from otop_desk.db.migrate import head_revision

PG_URL = os.environ.get("OTOP_TEST_PG_URL", "").strip()
SKIP_REASON = (
    "PostgreSQL variant skipped: set OTOP_TEST_PG_URL=postgresql://user@host/db to a server "
    "where that user may CREATE DATABASE (.ci/run starts one)"
)


class PgPool:
    """Empty OTOP Desk databases on the test server, reused from test to test."""

    def __init__(self, admin_url: str) -> None:
        self._admin = create_engine(database_url(admin_url), isolation_level="AUTOCOMMIT")
        self._base = make_url(database_url(admin_url))
        self._free: list[str] = []
        self._all: list[str] = []

    def url(self, name: str) -> str:
        return self._base.set(database=name).render_as_string(hide_password=False)

    def new_name(self) -> str:
        """A database that nothing else uses, created empty (for migration tests)."""
        name = f"otop_test_{os.getpid()}_{len(self._all)}"
        with self._admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        self._all.append(name)
        return name

    def acquire(self) -> str:
        """An empty, migrated database (its name; ``url(name)``); give it back with ``release``."""
        if self._free and _empty(self.url(self._free[-1])):
            name = self._free.pop()
        else:
            if self._free:  # a test changed the schema: that database is not reused
                self._free.pop()
            name = self.new_name()
            Database.open(self.url(name)).close()  # built by the migrations
        return name

    def release(self, name: str) -> None:
        self._free.append(name)

    def close(self) -> None:
        with self._admin.connect() as conn:
            for name in self._all:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self._admin.dispose()


def _empty(url: str) -> bool:
    """Delete every row; False (nothing done) when the schema is no longer the head one."""
    engine = create_engine(database_url(url))
    try:
        with engine.begin() as conn:
            if MigrationContext.configure(conn).get_current_revision() != head_revision():
                return False
            tables = [t for t in inspect(conn).get_table_names() if t != "alembic_version"]
            if tables:
                names = ", ".join(f'"{t}"' for t in tables)
                conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        return True
    finally:
        engine.dispose()
