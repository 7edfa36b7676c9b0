"""What the screens may ask of a database: background threads, child processes."""

from __future__ import annotations

from pathlib import Path

from otop_desk.db.database import Database


def test_an_in_memory_database_keeps_to_one_thread_and_one_process() -> None:
    db = Database.memory()
    assert not db.allows_background_threads
    assert not db.allows_other_processes


def test_a_database_file_may_be_read_by_threads_and_children(tmp_path: Path) -> None:
    db = Database.open(str(tmp_path / "desk.sqlite3"))
    assert db.allows_background_threads
    assert db.allows_other_processes
