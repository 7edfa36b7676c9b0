import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from otop_desk.db.base import Base
from otop_desk.db.database import Database
from otop_desk.db.migrate import NewerDatabaseError, UnknownDatabaseError, head_revision
from otop_desk.db.text_index import include_name
from otop_desk.services.check import check, is_empty
from otop_desk.services.officer import Profile


def test_fresh_database_is_built_by_migrations_and_matches_models(file_db: Database) -> None:
    assert file_db.schema_revision() == head_revision()
    with file_db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "include_name": include_name})
        assert compare_metadata(context, Base.metadata) == []


def test_sqlite_pragmas(file_db: Database) -> None:
    with file_db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


def test_newer_database_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    Database.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = path.read_bytes()
    with pytest.raises(NewerDatabaseError):
        Database.open(path)
    assert path.read_bytes() == before


def test_foreign_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE stuff (x)")
    with pytest.raises(UnknownDatabaseError):
        Database.open(path)


def test_check_report(file_db: Database) -> None:
    report = check(file_db)
    assert report.ok
    assert report.integrity == ["ok"]
    assert report.counts["producer_group"] == 0
    assert "integrity_check: ok" in report.lines()


def test_profile_alone_keeps_database_empty(services) -> None:  # noqa: ANN001
    services.officer.save(Profile(name="นางสาวกัญญา", office="สพอ.เมือง", province="ขอนแก่น"))
    assert is_empty(services.db)
    assert services.officer.get().name == "นางสาวกัญญา"


def test_known_head_matches_the_migration_scripts() -> None:
    """``migrate.HEAD`` lets start-up skip Alembic; it must name the newest script."""
    from otop_desk.db import migrate

    assert migrate.script_head() == migrate.HEAD


def test_a_read_only_database_keeps_each_threads_connection_open(tmp_path: Path) -> None:
    """The window reads a write-protected database from several background threads at
    once: a thread connecting must never close another thread's connection under it
    (SQLite then crashed the whole program, not only the read)."""
    import threading

    path = tmp_path / "usb.sqlite3"
    Database.open(path).close()
    db = Database.open(path, read_only=True)
    threads = 12  # more than any pool keeps by default
    everyone_connected = threading.Barrier(threads)
    failures: list[BaseException] = []

    def read() -> None:
        try:
            with db.engine.connect() as conn:
                conn.execute(text("SELECT 1")).all()
                everyone_connected.wait(timeout=30)
                conn.execute(text("SELECT count(*) FROM producer_group")).all()
        except BaseException as error:  # noqa: BLE001 - collected, asserted below
            everyone_connected.abort()
            failures.append(error)

    workers = [threading.Thread(target=read) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
    db.close()
    assert failures == []
