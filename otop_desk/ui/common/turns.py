"""Work that can wait a moment, one piece per turn of the event loop.

``QTimer.singleShot(0, ...)`` calls made in the same turn all come due together, and Qt
runs every timer that is due before it looks at input again: three pieces of 20-40 ms
queued by three parts of the window (the Home tab's charts, the menus, the first-run
check) kept the window from answering for their sum. Queued here instead, they run one
per turn, and the window answers between them.

Each piece is queued for a few milliseconds after the one before it ends, not 0: a 0 ms
timer started while Qt runs timers is run in the same pass, so the pieces ran two at a
time before a due timer got its turn; and a piece due at once ran in the same pass as the
repaint the piece before it asked for (a tab's first paint, 40 ms), so the window waited
for both.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

_GAP_MS = 16
_waiting: deque[tuple[QObject, Callable[[], None]]] = deque()
_running = [False]


def next_turn(context: QObject, work: Callable[[], None]) -> None:
    """Call ``work`` in a turn of the event loop of its own, after the pieces queued
    before it; not at all if ``context`` is deleted first or, a widget, its window was
    closed meanwhile (its database may be closed with it)."""
    _waiting.append((context, work))
    if not _running[0]:
        _running[0] = True
        QTimer.singleShot(_GAP_MS, _run_one)


def _run_one() -> None:
    while _waiting:
        context, work = _waiting.popleft()
        if _alive(context):
            try:
                work()
            finally:
                if _waiting:
                    QTimer.singleShot(_GAP_MS, _run_one)
                else:
                    _running[0] = False
            return
    _running[0] = False


def _alive(context: QObject) -> bool:
    if not isValid(context):
        return False
    return not isinstance(context, QWidget) or context.window().isVisible()
