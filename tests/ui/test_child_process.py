"""The window's side of a child-process job: progress, result, cancel, errors, a hung child.

The child here is a small Python script speaking the same lines as ``otop-desk export
--progress``; the real export as a child is tested in ``test_export_dialog.py``.
"""

from __future__ import annotations

import sys
import textwrap
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from otop_desk.child_jobs import ChildFailed
from otop_desk.ui.common import child_process
from otop_desk.ui.common.child_process import run_child


@pytest.fixture
def parent(qtbot: Any) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def use_script(monkeypatch: pytest.MonkeyPatch, body: str) -> None:
    script = "import sys, time\nout = sys.stdout\n" + textwrap.dedent(body)
    monkeypatch.setattr(child_process, "child_command", lambda: (sys.executable, ["-c", script]))


def cancel_when_shown(parent: QWidget, seen: dict[str, Any]) -> None:
    def poll() -> None:
        dialogs = parent.findChildren(QProgressDialog)
        if dialogs and dialogs[0].value() >= 1:
            seen["value"] = dialogs[0].value()
            dialogs[0].findChild(QPushButton).click()  # the dialog's Cancel button
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def test_progress_then_result(qtbot: Any, parent: QWidget, monkeypatch: pytest.MonkeyPatch) -> None:
    use_script(monkeypatch, """
        import json, os
        print("progress 1 3", flush=True)
        print("progress 3 3", flush=True)
        print("result " + json.dumps({"db": os.environ["OTOP_DESK_DB"], "args": sys.argv[1:]}), flush=True)
    """)
    result = run_child(parent, "t", "l", ["export", "--month", "2026-10"], "/data/ของฉัน.sqlite3")
    # The database travels in the environment, not on the command line.
    assert result == {"db": "/data/ของฉัน.sqlite3", "args": ["export", "--month", "2026-10", "--progress"]}


def test_cancel_asks_the_child_to_stop(qtbot: Any, parent: QWidget, monkeypatch: pytest.MonkeyPatch) -> None:
    use_script(monkeypatch, """
        print("progress 1 10", flush=True)
        line = sys.stdin.readline()
        print("cancelled" if line.strip() == "cancel" else "result {}", flush=True)
    """)
    seen: dict[str, Any] = {}
    cancel_when_shown(parent, seen)
    assert run_child(parent, "t", "l", ["export"], "db") is None
    assert seen["value"] == 1


def test_a_child_that_ignores_cancel_is_killed(qtbot: Any, parent: QWidget, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(child_process, "KILL_AFTER_MS", 200)
    use_script(monkeypatch, """
        print("progress 1 10", flush=True)
        time.sleep(60)
    """)
    cancel_when_shown(parent, {})
    assert run_child(parent, "t", "l", ["export"], "db") is None


def test_a_storage_error_comes_back_as_oserror(qtbot: Any, parent: QWidget, monkeypatch: pytest.MonkeyPatch) -> None:
    use_script(monkeypatch, """
        print('error {"kind": "os", "errno": 28, "strerror": "No space left on device", "message": "x"}')
        sys.exit(1)
    """)
    with pytest.raises(OSError, match="No space left") as caught:
        run_child(parent, "t", "l", ["export"], "db")
    assert caught.value.errno == 28


def test_a_crash_is_reported_with_its_output(qtbot: Any, parent: QWidget, monkeypatch: pytest.MonkeyPatch) -> None:
    use_script(monkeypatch, """
        print("Traceback: something broke", file=sys.stderr)
        sys.exit(7)
    """)
    with pytest.raises(ChildFailed, match="exit code 7.*something broke"):
        run_child(parent, "t", "l", ["export"], "db")


def test_a_program_that_cannot_start(qtbot: Any, parent: QWidget, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(child_process, "child_command", lambda: ("/nonexistent/otop-desk", []))
    with pytest.raises(OSError):
        run_child(parent, "t", "l", ["export"], "db")
