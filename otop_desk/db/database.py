"""One open database: engine, sessions, and the upgrade-on-open policy."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from otop_desk.db import backup, changelog, migrate
from otop_desk.db.changes import ChangeFeed
from otop_desk.db.engine import (
    EXCLUSIVE_OPTION,
    MEMORY,
    is_sqlite_file,
    make_engine,
    make_read_only_engine,
    take_exclusive_lock,
)
from otop_desk.db.types import CLOCK_OPTION
from otop_desk.domain.clock import Clock
from otop_desk.domain.clock import current as current_clock


class Database:
    """Owns the engine; services ask it for a transaction.

    ``Database.open`` upgrades an older schema (after backing the file up) and refuses a
    newer one, so nothing else in the program needs to think about schema versions.
    """

    def __init__(self, engine: Engine, target: str | Path, backup_dir: Path | None = None,
                 clock: Clock | None = None, *, read_only: bool = False) -> None:
        #: Stamps this database's records and answers "today" for its services.
        self.clock: Clock = clock or current_clock()
        #: Opened so that nothing can be written (a write-protected drive or file).
        self.read_only = read_only
        #: The tables each commit changed, for the screens (``subscribe``).
        self.changes = ChangeFeed()
        self._use_engine(engine)
        self.target = target
        path = self.path
        #: Where this database's backups go (None for in-memory and server databases).
        self.backup_dir = backup_dir or (backup.folder_for(path) if path is not None else None)

    def _use_engine(self, engine: Engine) -> None:
        engine.update_execution_options(**{CLOCK_OPTION: self.clock})
        self.changes.attach(engine)
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # Every change to an exchanged record is logged in its own transaction.
        changelog.install(self._sessions, self.clock)

    def use_clock(self, clock: Clock) -> None:
        """Stamp this database's changes by ``clock`` from now on (a simulated laptop)."""
        self.clock = clock
        self.engine.update_execution_options(**{CLOCK_OPTION: clock})
        changelog.use_clock(self._sessions, clock)

    @classmethod
    def open(cls, target: str | Path, *, backup_dir: Path | None = None,
             clock: Clock | None = None, read_only: bool = False) -> Database:
        """Open (or make) ``target``. A database file is looked at read-only first: a file
        that is not ours, or is newer than this program, is refused before anything (not
        even SQLite's switch to WAL) has touched it.

        ``read_only`` opens a file so that nothing is written to it or beside it; an
        older schema then cannot be upgraded (``migrate.ReadOnlyUpgradeError``).
        """
        if is_sqlite_file(target):
            path = Path(target).expanduser()
            if path.exists() and path.stat().st_size > 0:
                migrate.check_file(path)
            elif read_only:
                raise FileNotFoundError(errno.ENOENT, "no database", str(path))
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                if not path.exists():
                    backup.create_private_file(path)
            engine = make_read_only_engine(path.resolve()) if read_only else make_engine(target)
        else:
            engine = make_engine(target)
        try:
            db = cls(engine, target, backup_dir, clock, read_only=read_only)
            if read_only:
                if migrate.needs_upgrade(engine):
                    raise migrate.ReadOnlyUpgradeError("the database needs an upgrade but may not be written")
            else:
                db._upgrade()
        except BaseException:
            engine.dispose()
            raise
        return db

    def _upgrade(self) -> None:
        if migrate.needs_upgrade(self.engine):
            self._backup_before_migration()
            migrate.upgrade(self.engine)

    def reopen(self) -> None:
        """Close every connection and open the file again (after a restore replaced it).

        Services keep their reference to this object, so the whole program sees the
        restored data without being rebuilt.
        """
        self.engine.dispose()
        path = self.path
        self._use_engine(make_read_only_engine(path) if self.read_only and path is not None
                         else make_engine(self.target))
        self._upgrade()

    @classmethod
    def memory(cls, *, clock: Clock | None = None) -> Database:
        return cls.open(MEMORY, clock=clock)

    @property
    def one_connection(self) -> bool:
        """True for an in-memory database: every session shares one connection, so two
        threads must not use it at once."""
        return isinstance(self.engine.pool, StaticPool)

    # What the screens ask, rather than how the database is opened.
    @property
    def allows_background_threads(self) -> bool:
        """Whether a thread may read while another works (not with one shared connection)."""
        return not self.one_connection

    @property
    def allows_other_processes(self) -> bool:
        """Whether a child process can open the same data (not an in-memory database)."""
        return not self.one_connection

    @property
    def path(self) -> Path | None:
        return Path(self.target).expanduser().resolve() if is_sqlite_file(self.target) else None

    def describe(self) -> str:
        """What the status bar shows: the file path, or the URL without its password."""
        if self.path is not None:
            return str(self.path)
        # As people write it (postgresql://...), without the driver name SQLAlchemy needs.
        url = self.engine.url.set(drivername=self.engine.url.get_backend_name())
        return url.render_as_string(hide_password=True)

    @contextmanager
    def begin(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on any error."""
        with self._sessions.begin() as session:
            yield session

    @contextmanager
    def begin_exclusive(self) -> Iterator[Session]:
        """Like ``begin``, but no other exclusive transaction on this database runs alongside.

        For work that reads, decides and writes many records (merging workbooks): when
        several staff do it at once on a server, each waits for the one before and sees
        its records, so nothing is added twice and no update is lost.
        """
        with self._sessions.begin() as session:
            take_exclusive_lock(session.connection(execution_options={EXCLUSIVE_OPTION: True}))
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
        """SQLite's ``integrity_check``: ``['ok']`` when the file is sound.

        A PostgreSQL server checks its own pages; there is nothing to ask it here.
        """
        if self.engine.dialect.name != "sqlite":
            return ["ok"]
        with self.engine.connect() as conn:
            return [row[0] for row in conn.execute(text("PRAGMA integrity_check"))]

    def close(self) -> None:
        self.engine.dispose()

    def _backup_before_migration(self) -> None:
        path = self.path
        if path is None or self.backup_dir is None or not path.exists() or path.stat().st_size == 0:
            return
        if migrate.current_revision(self.engine) is None:
            return  # a brand-new file: nothing to protect
        now = self.clock.local_now()
        backup.make_backup(path, self.backup_dir, "migration", now=now)
        backup.rotate(self.backup_dir, path, now=now)
