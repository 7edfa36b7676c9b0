"""The same program on a PostgreSQL server: URLs, migrations, backups left to pg_dump.

Tests that need a server take ``pg_pool`` and are skipped without ``OTOP_TEST_PG_URL``.
"""

from __future__ import annotations

import sys
import threading
import time

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from otop_desk.cli import main
from otop_desk.db.base import Base
from otop_desk.db.database import Database
from otop_desk.db.engine import ServerDriverMissing, database_url, is_sqlite_file, make_engine
from otop_desk.db.migrate import NewerDatabaseError, alembic_config, head_revision
from otop_desk.db.text_index import include_name
from otop_desk.services import Services
from otop_desk.services.backups import backup_before
from otop_desk.services.check import check
from tests.conftest import MakeDb
from tests.pg import PgPool


def test_postgresql_urls_get_the_psycopg_driver() -> None:
    assert database_url("postgresql://kanya:secret@office-server/otop") == \
        "postgresql+psycopg://kanya:secret@office-server/otop"
    assert database_url("postgres://office-server:5433/otop") == "postgresql+psycopg://office-server:5433/otop"
    assert database_url("postgresql+psycopg://h/otop") == "postgresql+psycopg://h/otop"
    assert not is_sqlite_file("postgresql://h/otop")
    assert is_sqlite_file("otop.sqlite3")


def test_status_bar_never_shows_the_password() -> None:
    target = "postgresql://kanya:secret@office-server/otop"
    db = Database(make_engine(target), target)  # no connection is made
    assert db.path is None and db.backup_dir is None
    assert db.describe() == "postgresql://kanya:***@office-server/otop"


def test_missing_driver_says_which_extra_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if not installed
    with pytest.raises(ServerDriverMissing, match=r"otop-desk\[server\]"):
        make_engine("postgresql://h/otop")


def test_migrations_build_the_models_on_postgresql_one_step_at_a_time(pg_pool: PgPool) -> None:
    """Every revision (the baseline and each one added later) upgrades on PostgreSQL."""
    url = pg_pool.url(pg_pool.new_name())
    engine = make_engine(url)
    try:
        steps = [r.revision for r in ScriptDirectory.from_config(alembic_config()).walk_revisions()]
        for revision in reversed(steps):
            with engine.begin() as conn:
                command.upgrade(alembic_config(conn), revision)
            with engine.connect() as conn:
                assert MigrationContext.configure(conn).get_current_revision() == revision
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True, "include_name": include_name})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()
    db = Database.open(url)  # already at head: opened without upgrading again
    try:
        assert db.schema_revision() == head_revision()
    finally:
        db.close()


def test_newer_server_database_is_refused_unchanged(pg_pool: PgPool) -> None:
    url = pg_pool.url(pg_pool.new_name())
    Database.open(url).close()
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(NewerDatabaseError):
        Database.open(url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999"
    engine.dispose()


def test_server_database_is_backed_up_by_its_administrator(pg_pool: PgPool) -> None:
    """No file to copy on a server: backups are pg_dump's job; check still reports."""
    name = pg_pool.acquire()
    db = Database.open(pg_pool.url(name))
    try:
        services = Services(db)
        assert services.backups.available is False
        assert backup_before("import", db) is None
        report = check(db)
        assert report.ok and report.schema_revision == head_revision()
    finally:
        db.close()
        pg_pool.release(name)


def test_exclusive_transactions_wait_for_each_other(engine: str, make_db: MakeDb) -> None:
    db = make_db()
    other = Database.open(db.target)
    order: list[str] = []
    entered = threading.Event()

    def second() -> None:
        entered.wait()
        with other.begin_exclusive():
            order.append("second")

    thread = threading.Thread(target=second)
    thread.start()
    with db.begin_exclusive():
        entered.set()
        time.sleep(0.3)  # the second one is waiting for the lock meanwhile
        order.append("first")
    thread.join(timeout=10)
    other.close()
    assert order == ["first", "second"]


def test_backup_commands_send_a_server_database_to_pg_dump(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backup", "--db", "postgresql://kanya@office-server/otop"]) == 2
    assert main(["restore", "--db", "postgresql://kanya@office-server/otop", "--list"]) == 2
    assert capsys.readouterr().err.count("pg_dump") == 2


def test_command_line_works_on_a_server_database(pg_pool: PgPool,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    name = pg_pool.acquire()
    try:
        assert main(["check", "--db", pg_pool.url(name)]) == 0
        assert f"schema: {head_revision()}" in capsys.readouterr().out
    finally:
        pg_pool.release(name)


def test_display_target_never_shows_a_password() -> None:
    from otop_desk.db.engine import display_target

    assert display_target("postgresql://staff:s3cret@db.local/otop") == "postgresql://staff:***@db.local/otop"
    assert "s3cret" not in display_target("postgresql://staff:s3cret@")
    assert display_target("/data/otop.sqlite3") == "/data/otop.sqlite3"
