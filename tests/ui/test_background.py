"""Background reads: results reach the GUI thread, newer requests win, failures are told."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from PySide6.QtCore import QObject, QThread
from PySide6.QtWidgets import QWidget

from otop_desk.ui.common.background import BackgroundReader, pool, stop_all


@pytest.fixture
def owner(qtbot: Any) -> QWidget:
    """The reader's parent, alive for the whole test (qtbot holds widgets weakly)."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_work_runs_off_the_gui_thread_and_is_shown_on_it(qtbot: Any, owner: QWidget) -> None:
    reader = BackgroundReader(owner)
    gui = QThread.currentThread()
    seen: dict[str, Any] = {}

    def work() -> int:
        seen["worker"] = threading.current_thread() is not threading.main_thread()
        return 42

    def show(value: int) -> None:
        seen["value"], seen["gui"] = value, QThread.currentThread() is gui

    reader.read(work, show)
    qtbot.waitUntil(lambda: "value" in seen)
    assert seen == {"worker": True, "value": 42, "gui": True}
    assert not reader.busy


def test_only_the_newest_request_is_shown(qtbot: Any, owner: QWidget) -> None:
    reader = BackgroundReader(owner)
    shown: list[str] = []
    release = threading.Event()

    def slow() -> str:
        release.wait(5)
        return "old"

    reader.read(slow, shown.append)
    reader.read(lambda: "new", shown.append)
    qtbot.waitUntil(lambda: shown == ["new"])
    release.set()
    qtbot.waitUntil(lambda: not reader.busy)
    qtbot.wait(20)
    assert shown == ["new"]


def test_a_failure_is_reported_not_shown(qtbot: Any, owner: QWidget) -> None:
    reader = BackgroundReader(owner)
    shown: list[object] = []

    def broken() -> None:
        raise OSError("disk gone")

    with qtbot.waitSignal(reader.failed) as blocker:
        reader.read(broken, shown.append)
    assert isinstance(blocker.args[0], OSError) and shown == []


def test_inline_reads_at_once_in_the_calling_thread(qtbot: Any, owner: QWidget) -> None:
    reader = BackgroundReader(owner, inline=True)
    shown: list[bool] = []
    reader.read(lambda: threading.current_thread() is threading.main_thread(), shown.append)
    assert shown == [True]


def test_a_result_for_a_closed_widget_goes_nowhere(qtbot: Any) -> None:
    owner = QObject()
    reader = BackgroundReader(owner)
    shown: list[str] = []
    release = threading.Event()

    def slow() -> str:
        release.wait(5)
        return "late"

    reader.read(slow, shown.append)
    owner.deleteLater()
    qtbot.waitUntil(lambda: _deleted(reader))
    release.set()
    pool().waitForDone()
    time.sleep(0.01)
    qtbot.wait(20)
    assert shown == []


def _deleted(obj: QObject) -> bool:
    import shiboken6

    return not shiboken6.isValid(obj)


def test_closing_the_window_drops_waiting_reads_and_waits_for_running_ones(qtbot: Any, qtlog: Any) -> None:
    owner = QObject()
    readers = [BackgroundReader(owner) for _ in range(4)]  # more reads than the pool's threads
    started, release = threading.Semaphore(0), threading.Event()
    finished: list[int] = []

    def slow(n: int) -> int:
        started.release()
        release.wait(5)
        finished.append(n)
        return n

    for n, reader in enumerate(readers):
        reader.read(lambda n=n: slow(n), lambda _r: None)
    for _ in range(pool().maxThreadCount()):
        assert started.acquire(timeout=5)
    threading.Timer(0.05, release.set).start()
    stop_all()
    assert sorted(finished) == list(range(pool().maxThreadCount()))  # the rest never ran
    owner.deleteLater()
    qtbot.waitUntil(lambda: _deleted(readers[0]))
    qtbot.wait(20)
    assert not [m for m in qtlog.records if "thread" in m.message.lower()]
