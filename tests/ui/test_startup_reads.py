"""The counts a window shows beside its data (records not yet exported, in the status bar
and on Home) read the whole change log before a first export: they are read off the GUI
thread, so the window is ready with its list without waiting for them."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from otop_desk.db.database import Database
from otop_desk.services import Services
from otop_desk.ui.exports.menu import PendingLabel
from otop_desk.ui.home.tab import HomeTab


@pytest.fixture
def services(file_db: Database) -> Services:
    return Services(file_db)


def _threads_of(monkeypatch: pytest.MonkeyPatch, target: object, name: str) -> list[threading.Thread]:
    seen: list[threading.Thread] = []
    real = getattr(target, name)

    def spy(*args: Any, **kwargs: Any) -> Any:
        seen.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(target, name, spy)
    return seen


def test_the_not_yet_exported_count_is_read_in_the_background(
        qtbot: Any, services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _threads_of(monkeypatch, services.exports, "pending")
    label = PendingLabel(services)
    qtbot.addWidget(label)
    qtbot.waitUntil(lambda: label.text() != "")
    assert seen and all(t is not threading.main_thread() for t in seen)
    assert label.text() == "ส่งออกครบแล้ว"


def test_home_reads_its_status_line_in_the_background(
        qtbot: Any, services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _threads_of(monkeypatch, services.home, "status")
    tab = HomeTab(services)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: "ยังไม่ได้ส่งออก" in tab.status_label.text())
    assert seen and all(t is not threading.main_thread() for t in seen)
