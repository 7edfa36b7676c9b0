"""``ui.common.turns``: pieces of work queued in one turn run one per turn of the event
loop, so whatever else is due (input, a repaint, a timer) comes between them."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from otop_desk.ui.common.turns import next_turn


def test_queued_pieces_run_one_per_turn_in_order(qtbot: Any) -> None:
    context = QObject()
    ran: list[str] = []
    next_turn(context, lambda: ran.append("charts"))
    next_turn(context, lambda: ran.append("menus"))
    next_turn(context, lambda: ran.append("first run"))
    QTimer.singleShot(0, lambda: ran.append("a timer due meanwhile"))
    qtbot.waitUntil(lambda: len(ran) == 4)
    # With three singleShot(0) calls the timer would have come last, after all three.
    assert ran.index("a timer due meanwhile") < ran.index("menus")
    assert [r for r in ran if r != "a timer due meanwhile"] == ["charts", "menus", "first run"]


def test_a_running_timer_comes_between_every_two_pieces(qtbot: Any) -> None:
    """Pieces that take a while each (a tab's first layout and paint) still leave room
    between them: chained 0 ms timers ran two at a time before a due timer (a repaint, the
    benchmark's watch of the window's pauses) got its turn."""
    import time

    from PySide6.QtCore import Qt

    context = QObject()
    ran: list[str] = []

    def piece(name: str) -> None:
        ran.append(name)
        end = time.perf_counter() + 0.005  # longer than the timer's interval
        while time.perf_counter() < end:
            pass

    ticks = QTimer()
    ticks.setTimerType(Qt.TimerType.PreciseTimer)
    ticks.setInterval(1)
    ticks.timeout.connect(lambda: ran.append("tick") if ran and ran[-1] != "tick" else None)
    ticks.start()
    for n in range(6):
        next_turn(context, lambda n=n: piece(f"piece {n}"))
    qtbot.waitUntil(lambda: "piece 5" in ran)
    ticks.stop()
    pieces = [i for i, r in enumerate(ran) if r != "tick"]
    assert all(b - a == 2 for a, b in zip(pieces, pieces[1:], strict=False)), ran


def test_a_piece_whose_context_is_gone_is_skipped(qtbot: Any) -> None:
    gone, kept = QObject(), QObject()
    ran: list[str] = []
    next_turn(gone, lambda: ran.append("gone"))
    next_turn(kept, lambda: ran.append("kept"))
    shiboken6.delete(gone)  # a window closed and deleted before the piece's turn
    qtbot.waitUntil(lambda: ran == ["kept"])
    qtbot.wait(20)
    assert ran == ["kept"]


def test_a_piece_of_a_closed_window_is_skipped(qtbot: Any) -> None:
    """A window closed before its pieces' turn (its database closed with it) gets none."""
    closed, shown = QWidget(), QWidget()
    qtbot.addWidget(closed)
    qtbot.addWidget(shown)
    closed.show()
    shown.show()
    ran: list[str] = []
    next_turn(closed, lambda: ran.append("closed"))
    next_turn(shown, lambda: ran.append("shown"))
    closed.close()
    qtbot.waitUntil(lambda: ran == ["shown"])
    qtbot.wait(20)
    assert ran == ["shown"]
