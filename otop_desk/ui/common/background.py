"""Read figures off the GUI thread and show them when they arrive.

For content that can follow a moment after the rest of a tab (the Home tab's charts: a
year of a province's cash book summed, about 70 ms): the tab paints at once and stays
responsive, and the figures are drawn when the query is done. Most of the time is spent
inside SQLite, which lets go of the GIL, so the GUI thread keeps running meanwhile.

Only the newest request counts: a result that arrives after a newer request was made
(the person picked another year meanwhile) is dropped. Results for a widget that has been
closed go nowhere, because the relay's connection ends with the receiver.
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

_pool: list[QThreadPool] = []


def pool() -> QThreadPool:
    """The pool of background reads; the application waits for it before it quits, so no
    read is cut off while Python shuts down."""
    if not _pool:
        _pool.append(QThreadPool())
        _pool[0].setMaxThreadCount(2)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(_pool[0].waitForDone)
        # Also for scripts that never run the event loop (registered after the Qt
        # binding's own exit handler, so it runs before it).
        atexit.register(_pool[0].waitForDone)
    return _pool[0]


def stop_all(wait_ms: int = 5000) -> None:
    """The window is closing: drop the reads still waiting for a thread and let those
    running finish, so none is cut off while the program ends."""
    if _pool:
        _pool[0].clear()
        _pool[0].waitForDone(wait_ms)


class _Relay(QObject):
    """Lives in the GUI thread; emitting from the worker queues the call to it."""

    done = Signal(int, object, object)  # request number, result, error


class _Read(QRunnable):
    def __init__(self, number: int, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._number, self._work, self._relay = number, work, relay

    def run(self) -> None:
        try:
            result, error = self._work(), None
        except Exception as exc:  # handed to the GUI thread, which decides what to show
            result, error = None, exc
        # If the program is ending and the relay is gone, nobody is waiting.
        with contextlib.suppress(RuntimeError):
            self._relay.done.emit(self._number, result, error)


class BackgroundReader(QObject):
    """One widget's background reads: ``read(work, show)`` calls ``show(result)`` in
    the GUI thread once ``work()`` has run in a pool thread."""

    failed = Signal(object)  # the exception of the newest request

    def __init__(self, parent: QObject, *, inline: bool = False) -> None:
        """``inline``: run each read at once in the calling thread (an in-memory
        database has one connection, which two threads must not share)."""
        super().__init__(parent)
        self._inline = inline
        self._numbers = itertools.count(1)
        self._newest = 0
        self._show: Callable[[Any], None] | None = None
        # A child of the reader, so it is deleted with it in the GUI thread, never by a
        # worker dropping the last reference to it.
        self._relay = _Relay(self)
        self._relay.done.connect(self._arrived)
        self._running: dict[int, _Read] = {}

    def read(self, work: Callable[[], Any], show: Callable[[Any], None]) -> None:
        self._newest = next(self._numbers)
        self._show = show
        if self._inline:
            _Read(self._newest, work, self._relay).run()
            return
        # A request still waiting for a thread is dropped: only the newest counts.
        for number, waiting in list(self._running.items()):
            if pool().tryTake(waiting):
                del self._running[number]
        task = _Read(self._newest, work, self._relay)
        # Python keeps the task (and so the relay) alive until it has reported back.
        task.setAutoDelete(False)
        self._running[self._newest] = task
        pool().start(task)

    @property
    def inline(self) -> bool:
        """Does each read run at once, in the calling thread?"""
        return self._inline

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def _arrived(self, number: int, result: Any, error: BaseException | None) -> None:
        self._running.pop(number, None)
        if number != self._newest or self._show is None:
            return  # superseded by a newer request
        if error is not None:
            self.failed.emit(error)
            return
        self._show(result)
