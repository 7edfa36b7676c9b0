"""One open database: engine, sessions, and the upgrade-on-open policy."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from otop_desk.db import migrate
from otop_desk.db.backup import backup_file
from otop_desk.db.engine import MEMORY, is_sqlite_file, make_engine


class Database:
    """Owns the engine; services ask it for a transaction.

    ``Database.open`` upgrades an older schema (after backing the file up) and refuses a
    newer one, so nothing else in the program needs to think about schema versions.
    """

    def __init__(self, engine: Engine, target: str | Path) -> None:
        self.engine = engine
        self.target = target
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, target: str | Path, *, backup_dir: Path | None = None) -> Database:
        if is_sqlite_file(target):
            Path(target).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = make_engine(target)
        try:
            db = cls(engine, target)
            if migrate.needs_upgrade(engine):
                db._backup_before_migration(backup_dir)
                migrate.upgrade(engine)
        except BaseException:
            engine.dispose()
            raise
        return db

    @classmethod
    def memory(cls) -> Database:
        return cls.open(MEMORY)

    @property
    def path(self) -> Path | None:
        return Path(self.target).expanduser().resolve() if is_sqlite_file(self.target) else None

    def describe(self) -> str:
        """What the status bar shows: the file path, or the URL without its password."""
        if self.path is not None:
            return str(self.path)
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def begin(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on any error."""
        with self._sessions.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries only; nothing it does is committed."""
        session = self._sessions()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def schema_revision(self) -> str | None:
        return migrate.current_revision(self.engine)

    def integrity_check(self) -> list[str]:
        """SQLite's ``integrity_check``: ``['ok']`` when the file is sound."""
        if self.engine.dialect.name != "sqlite":
            return ["ok"]
        with self.engine.connect() as conn:
            return [row[0] for row in conn.execute(text("PRAGMA integrity_check"))]

    def close(self) -> None:
        self.engine.dispose()

    def _backup_before_migration(self, backup_dir: Path | None) -> None:
        path = self.path
        if path is None or not path.exists() or path.stat().st_size == 0:
            return
        if migrate.current_revision(self.engine) is None:
            return  # a brand-new file: nothing to protect
        folder = backup_dir or path.parent / "backups"
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup_file(path, folder / f"{path.stem}-before-migration-{stamp}.sqlite3")
