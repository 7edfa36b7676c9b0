"""Start-up's first page of the Home list, read with ``sqlite3`` alone (``db.first_screen``):
its SQL is what the services run, its page is the services' page, and it reads only a
file at this program's schema, writing nothing."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
import sqlalchemy

from otop_desk.db import first_screen_sql, migrate, revision
from otop_desk.db.database import Database
from otop_desk.db.first_screen import read_first_page
from otop_desk.demo.generate import generate_demo
from otop_desk.devtools import first_screen as writer
from otop_desk.domain.attention import AttentionItem, AttentionKind, Scope
from otop_desk.services.common.paging import PageQuery
from otop_desk.services.home import attention

TODAY = date(2026, 11, 21)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("first-screen") / "demo.sqlite3"
    db = Database.open(path)
    generate_demo(db, today=TODAY)
    db.close()
    yield path


def _services_page(path: Path, scope: Scope, limit: int | None) -> list[AttentionItem]:
    """The page as the services read it, through the ORM (every item when ``limit`` is None)."""
    db = Database.open(path)
    try:
        with db.read() as s:
            return attention.page(s, scope, PageQuery(), 0, limit)
    finally:
        db.close()


def test_the_statements_are_those_the_services_run() -> None:
    """``first_screen_sql.py`` is what ``devtools.first_screen`` writes from the services'
    statements today: a change to a query, a column or the schema fails here until it is
    written again. (Another SQLAlchemy release may word the same SQL differently: then
    only the pages are compared, below, until the module is written again.)"""
    if sqlalchemy.__version__ != first_screen_sql.COMPILED_BY:
        pytest.skip(f"written by SQLAlchemy {first_screen_sql.COMPILED_BY}, {sqlalchemy.__version__} installed")
    assert writer.TARGET.read_text(encoding="utf-8") == writer.source()


def test_the_schema_head_is_the_newest_migration() -> None:
    assert revision.HEAD == migrate.HEAD == migrate.script_head()


@pytest.mark.parametrize("days_on", [0, 1, 3, 40, 130, 300])
@pytest.mark.parametrize("limit", [60, 7])
def test_the_first_page_is_the_services_first_page(demo_file: Path, days_on: int, limit: int) -> None:
    """On days across the year (fiscal years turning, weeks ending, months looked back on),
    the page read with ``sqlite3`` equals the page read through the ORM, item for item."""
    scope = Scope(TODAY + timedelta(days=days_on), 45 + days_on % 90)
    expected = _services_page(demo_file, scope, limit)
    assert read_first_page(demo_file, scope, limit) == expected
    assert len(expected) == limit


def test_a_short_list_runs_through_every_kind(demo_file: Path) -> None:
    scope = Scope(TODAY, 45)
    everything = _services_page(demo_file, scope, None)
    page = read_first_page(demo_file, scope, len(everything) + 10)
    assert page == everything
    assert {item.kind for item in everything} >= {AttentionKind.FOLLOW_UP, AttentionKind.PROBLEM,
                                                  AttentionKind.NOT_VISITED}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_reading_writes_nothing(demo_file: Path) -> None:
    before = _digest(demo_file)
    beside = sorted(p.name for p in demo_file.parent.iterdir())
    assert read_first_page(demo_file, Scope(TODAY, 90), 60)
    assert _digest(demo_file) == before
    assert sorted(p.name for p in demo_file.parent.iterdir()) == beside


def test_another_schema_or_no_database_is_not_read(tmp_path: Path, demo_file: Path) -> None:
    older = tmp_path / "older.sqlite3"
    older.write_bytes(demo_file.read_bytes())
    import sqlite3

    with sqlite3.connect(older) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0009'")
    conn.close()
    assert read_first_page(older, Scope(TODAY, 90), 60) is None
    assert read_first_page(tmp_path / "missing.sqlite3", Scope(TODAY, 90), 60) is None
    assert not (tmp_path / "missing.sqlite3").exists()
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    assert read_first_page(junk, Scope(TODAY, 90), 60) is None
