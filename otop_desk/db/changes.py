"""Which tables a committed transaction changed, told to whoever listens.

Every write of the program goes through an engine; this module watches the engine's
statements (ORM flushes and Core ``insert``/``update``/``delete`` alike), remembers per
connection which tables an ``INSERT``, ``UPDATE`` or ``DELETE`` touched, and after the
``COMMIT`` calls the listeners with those table names. A rollback forgets them. So a
screen learns of every saved change, whichever service or thread made it, and of none
that was undone; no write path can forget to say what it changed.

Listeners run on the thread that committed: a window hands the news to its own thread
(``ui`` does that with a queued Qt signal).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import Delete, Engine, Insert, Update, event
from sqlalchemy.engine import Connection

Listener = Callable[[frozenset[str]], None]

_PENDING = "otop_changed_tables"


class ChangeFeed:
    """The tables changed by each commit on one engine, for its listeners."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener(tables)`` after every commit that changed ``tables``; returns
        the function that unsubscribes it."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def publish(self, tables: frozenset[str]) -> None:
        if not tables:
            return
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener(tables)

    # wiring ---------------------------------------------------------------------------
    def attach(self, engine: Engine) -> None:
        event.listen(engine, "after_execute", _remember)
        event.listen(engine, "commit", self._committed)
        event.listen(engine, "rollback", _forget)

    def _committed(self, conn: Connection) -> None:
        tables = conn.info.pop(_PENDING, None)
        if tables:
            self.publish(frozenset(tables))


def _remember(conn: Connection, statement: Any, *_args: Any) -> None:
    if isinstance(statement, Insert | Update | Delete):
        table = getattr(statement, "table", None)
        name = getattr(table, "name", None)
        if name:
            conn.info.setdefault(_PENDING, set()).add(name)


def note_written(conn: Connection, table: str) -> None:
    """Note a write the statement events do not see (one sent to the driver as text)."""
    conn.info.setdefault(_PENDING, set()).add(table)


def _forget(conn: Connection) -> None:
    conn.info.pop(_PENDING, None)
