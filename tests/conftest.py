"""Test set-up shared by all tests.

The Qt platform must be chosen before any QApplication exists, and nothing may touch the
real user's data or settings, so both are fixed here at import time.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["OTOP_DESK_HOME"] = tempfile.mkdtemp(prefix="otop-desk-tests-")

import pytest  # noqa: E402

from otop_desk.db.database import Database  # noqa: E402
from otop_desk.services import Services  # noqa: E402


@pytest.fixture
def db() -> Iterator[Database]:
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
