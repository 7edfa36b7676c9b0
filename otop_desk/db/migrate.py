"""Alembic owns the schema: new databases are built by the migrations, old ones upgraded."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


class NewerDatabaseError(RuntimeError):
    """The database was written by a newer OTOP Desk; it is left untouched."""


class UnknownDatabaseError(RuntimeError):
    """The file holds tables but no OTOP Desk schema version."""


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def needs_upgrade(engine: Engine) -> bool:
    """True when the database is older than this program; raises if it is newer."""
    current = current_revision(engine)
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
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
