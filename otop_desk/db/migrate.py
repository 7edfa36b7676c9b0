"""Alembic owns the schema: new databases are built by the migrations, old ones upgraded."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")

#: The newest migration. Opening a database already at this revision needs neither the
#: Alembic import nor a scan of the scripts, which keeps start-up short; a test checks it
#: against the scripts, so a new migration cannot be forgotten here.
HEAD = "0011"


class NewerDatabaseError(RuntimeError):
    """The database was written by a newer OTOP Desk; it is left untouched."""


class UnknownDatabaseError(RuntimeError):
    """The file holds tables but no OTOP Desk schema version."""


class ReadOnlyUpgradeError(RuntimeError):
    """An older schema on a database that may not be written: it cannot be upgraded."""


def check_file(path: Path) -> None:
    """Refuse a database file that is not ours or is newer, reading it read-only only.

    Opening it through the engine first would already have changed it (SQLite's switch
    to WAL rewrites the header) while the person is told it was left as it was.
    """
    import sqlite3

    from otop_desk.db.health import read_only_uri

    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=10)
        try:
            tables = {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
            revision = (conn.execute("SELECT version_num FROM alembic_version").fetchone()
                        if "alembic_version" in tables else None)
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return  # damaged or not SQLite: the health check explains that, not this
    if revision is None:
        if tables:
            raise UnknownDatabaseError("the database holds tables but no OTOP Desk schema")
        return
    if revision[0] != HEAD and revision[0] not in known_revisions():
        raise NewerDatabaseError(f"the database has schema {revision[0]}, newer than this OTOP Desk knows")


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    return HEAD


def script_head() -> str:
    """The head as the migration scripts say (slow: imports Alembic, reads every script)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def needs_upgrade(engine: Engine) -> bool:
    """True when the database is older than this program; raises if it is newer."""
    current = current_revision(engine)
    if current == HEAD:
        return False
    if current is None:
        with engine.connect() as conn:
            if inspect(conn).get_table_names():
                raise UnknownDatabaseError("the database holds tables but no OTOP Desk schema")
        return True
    if current not in known_revisions():
        raise NewerDatabaseError(
            f"the database has schema {current}, newer than this OTOP Desk knows"
        )
    return current != head_revision()


def upgrade(engine: Engine) -> None:
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
