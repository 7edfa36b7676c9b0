"""Test set-up shared by all tests.

The Qt platform must be chosen before any QApplication exists, and nothing may touch the
real user's data or settings, so both are fixed here at import time.

Database-level tests (everything outside ``tests/ui`` that asks for ``db``, ``services``
or ``make_db``) run twice: on SQLite and on PostgreSQL. The PostgreSQL variant needs a
server named by ``OTOP_TEST_PG_URL`` and is skipped, with the reason, without one.
Widget tests stay on SQLite: the engine makes no difference to a widget.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["OTOP_DESK_HOME"] = tempfile.mkdtemp(prefix="otop-desk-tests-")

from datetime import UTC, datetime  # noqa: E402

import pytest  # noqa: E402

from otop_desk.db.database import Database  # noqa: E402
from otop_desk.domain import clock  # noqa: E402
from otop_desk.domain.clock import FixedClock  # noqa: E402
from otop_desk.services import Services  # noqa: E402
from tests.pg import PG_URL, SKIP_REASON, PgPool  # noqa: E402

ENGINES = ("sqlite", "postgresql")

#: Every test runs at this instant (Sunday 22 November 2569, 08:00 in Thailand), never at
#: the wall clock's: a test that passes today passes next year and on 29 February too.
PINNED_NOW = datetime(2026, 11, 22, 1, 0, tzinfo=UTC)
# The command line started as a child process runs at the same instant.
os.environ[clock.NOW_ENV] = PINNED_NOW.isoformat()


def pytest_configure(config: pytest.Config) -> None:
    """``OTOP_TEST_TRAVEL=2027-12-31T23:30:00+07:00`` runs the whole suite with the wall clock
    moved to that instant (``time-machine``): the proof that no test reads it."""
    travel = os.environ.get("OTOP_TEST_TRAVEL", "").strip()
    if travel:
        import time_machine

        traveller = time_machine.travel(datetime.fromisoformat(travel), tick=True)
        traveller.start()
        config.add_cleanup(traveller.stop)
_WIDGET_TESTS = Path(__file__).with_name("ui")

MakeDb = Callable[..., Database]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "engine" in metafunc.fixturenames and _WIDGET_TESTS not in metafunc.definition.path.parents:
        metafunc.parametrize("engine", ENGINES, indirect=True)


@pytest.fixture(scope="session", autouse=True)
def qt_application() -> object:
    """One QApplication for the whole run, made first: a test that needs only the
    translators would otherwise make a QCoreApplication, and every widget test after it
    would abort the process (a QWidget needs a QApplication)."""
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


@pytest.fixture(scope="session", autouse=True)
def session_clock() -> Iterator[FixedClock]:
    """The clock of fixtures wider than one test (module-scoped demo databases)."""
    pinned = FixedClock(PINNED_NOW)
    previous = clock.use(pinned)
    yield pinned
    clock.use(previous)


@pytest.fixture(autouse=True)
def test_clock(session_clock: FixedClock) -> Iterator[FixedClock]:
    """Each test's own pinned clock (``test_clock.advance(days=1)`` moves it on); the
    databases a test opens stamp their records with it and every "today" comes from it."""
    pinned = FixedClock(PINNED_NOW)
    previous = clock.use(pinned)
    yield pinned
    clock.use(previous)


@pytest.fixture
def engine(request: pytest.FixtureRequest) -> str:
    """The database engine a test runs on: ``sqlite``, or ``postgresql`` as its twin."""
    name = getattr(request, "param", "sqlite")
    if name == "postgresql" and not PG_URL:
        pytest.skip(SKIP_REASON)
    return name


@pytest.fixture(scope="session")
def pg_pool() -> Iterator[PgPool]:
    if not PG_URL:
        pytest.skip(SKIP_REASON)
    pool = PgPool(PG_URL)
    yield pool
    pool.close()


@pytest.fixture
def make_db(engine: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[MakeDb]:
    """``make_db("office")``: another empty database on the engine under test."""
    opened: list[Database] = []
    taken: list[str] = []

    def make(name: str = "db") -> Database:
        if engine == "postgresql":
            pool: PgPool = request.getfixturevalue("pg_pool")
            taken.append(pool.acquire())
            database = Database.open(pool.url(taken[-1]))
        else:
            database = Database.open(tmp_path / f"{name}.sqlite3")
        opened.append(database)
        return database

    yield make
    for database in opened:
        database.close()
    if taken:
        pool = request.getfixturevalue("pg_pool")
        for name in taken:
            pool.release(name)


@pytest.fixture
def db(engine: str, make_db: MakeDb) -> Iterator[Database]:
    if engine == "postgresql":
        yield make_db()
        return
    database = Database.memory()
    yield database
    database.close()


@pytest.fixture
def file_db(tmp_path: Path) -> Iterator[Database]:
    database = Database.open(tmp_path / "test.sqlite3")
    yield database
    database.close()


@pytest.fixture
def services(db: Database) -> Services:
    return Services(db)
