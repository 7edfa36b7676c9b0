"""Fixtures for widget tests: the app's fonts and Thai translations, a settings file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from otop_desk import i18n
from otop_desk.fonts import register_fonts, use_ui_font
from otop_desk.ui.common.settings import AppSettings

# A form tested alone opens the records it links to through the navigator, which the
# shell fills (the window does it on start).
from otop_desk.ui.shell import forms  # noqa: F401, E402


@pytest.fixture(autouse=True)
def thai_ui(qapp: QApplication) -> Iterator[None]:
    register_fonts()
    use_ui_font(qapp)
    i18n.install("th")
    yield
    i18n.install("th")


#: A modal dialog no test answers for this long is closed and fails the test, so a
#: dialog a test did not expect ends the test instead of hanging the whole run.
UNANSWERED_MODAL_MS = 20_000


@pytest.fixture(autouse=True)
def no_unanswered_modal(qapp: QApplication) -> Iterator[None]:
    stuck: list[str] = []
    seen: dict[str, Any] = {"widget": None}

    def check() -> None:
        widget = QApplication.activeModalWidget()
        if widget is not None and widget is seen["widget"] and widget.isVisible():
            texts = [label.text() for label in widget.findChildren(QLabel) if label.text()]
            stuck.append(f"{type(widget).__name__} {widget.windowTitle()!r}: {' | '.join(texts)[:300]}")
            widget.close()
        seen["widget"] = widget

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(UNANSWERED_MODAL_MS // 2)
    yield
    timer.stop()
    assert not stuck, f"a modal dialog was left unanswered: {stuck}"


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(tmp_path / "settings.ini")


@pytest.fixture
def on_modal(qtbot: Any) -> Callable[[type[QWidget], Callable[[Any], None]], None]:
    """Run ``handler(dialog)`` as soon as a modal dialog of ``cls`` is shown.

    Modal dialogs block in ``exec()``, so the test's interaction is scheduled first.
    """

    def schedule(cls: type[QWidget], handler: Callable[[Any], None]) -> None:
        def poll() -> None:
            widget = QApplication.activeModalWidget()
            if isinstance(widget, cls) and widget.isVisible():
                try:
                    handler(widget)
                finally:
                    # A failed assertion must not leave exec() blocking the test run.
                    if widget.isVisible():
                        widget.close()
            else:
                QTimer.singleShot(20, poll)

        QTimer.singleShot(0, poll)

    return schedule


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key, as a keyboard with a Thai layout would.

    ``QTest.keyClicks`` only maps ASCII to key codes (Thai characters abort it), so each
    character is sent as a key press and release carrying its text.
    """
    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    for ch in text:
        key = ord(ch.upper()) if ch.isascii() else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch)
            QCoreApplication.sendEvent(widget, event)


def drop_files(widget: QWidget, files: list[Path]) -> None:
    """Drop ``files`` on ``widget`` as a file manager would (a photo strip's thumbnails)."""
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    widget.dropEvent(event)


class Calls:
    """Stands in for every message box of ``ui.messages`` and notes each call as (name,
    title, text); ``answers`` gives what a call returns (``confirm=True``)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, **answers: Any) -> None:
        from otop_desk.ui import messages

        self.seen: list[tuple[str, str, str]] = []
        for name in ("show_error", "show_info", "confirm", "show_validation", "choose"):
            monkeypatch.setattr(messages, name, self._make(name, answers.get(name)))

    def _make(self, name: str, answer: Any) -> Any:
        def call(_parent: Any, *args: Any, **_kw: Any) -> Any:
            title, text = (args + ("", ""))[:2]
            self.seen.append((name, str(title), str(text)))
            return answer
        return call

    def names(self) -> list[str]:
        return [n for n, _t, _x in self.seen]
