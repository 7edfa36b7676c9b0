"""PySide6's per-import source scan is skipped at start-up (``otop_desk.qt_startup``)."""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, Signal

from otop_desk import qt_startup


@pytest.fixture
def feature() -> Iterator[types.ModuleType]:
    module = sys.modules["PySide6.support.feature"]
    real = module._mod_uses_pyside  # type: ignore[attr-defined]
    yield module
    module._mod_uses_pyside = real  # type: ignore[attr-defined]


def test_modules_imported_later_are_not_read(feature: types.ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    import inspect

    read: list[object] = []
    monkeypatch.setattr(inspect, "getsource", lambda obj: read.append(obj) or "")
    assert qt_startup.skip_feature_scan()
    assert feature._mod_uses_pyside(qt_startup) is False  # type: ignore[attr-defined]
    assert read == []


def test_a_pyside_without_the_hook_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.support.feature", types.ModuleType("feature"))
    assert qt_startup.skip_feature_scan() is False


def test_signals_still_work_in_code_loaded_after_the_skip(feature: types.ModuleType) -> None:
    qt_startup.skip_feature_scan()
    namespace: dict[str, object] = {"QObject": QObject, "Signal": Signal}
    exec("class Source(QObject):\n    said = Signal(str)\n", namespace)  # noqa: S102 - a class made after the skip
    source = namespace["Source"]()  # type: ignore[operator]
    heard: list[str] = []
    source.said.connect(heard.append)
    source.said.emit("สวัสดี")
    assert heard == ["สวัสดี"]
