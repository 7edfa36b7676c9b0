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
HEAD = "0002"


class NewerDatabaseError(RuntimeError):
    """The database was written by a newer OTOP Desk; it is left untouched."""


class UnknownDatabaseError(RuntimeError):
    """The file holds tables but no OTOP Desk schema version."""


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
