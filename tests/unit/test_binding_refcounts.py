"""Guard against a Qt binding that leaks references to None.

PySide6 6.12.0 on Python 3.11 drops one reference to None on every call of a void method
(QLabel.setText, QPainter.save, ...); a few thousand calls later the interpreter frees
None and the program dies without a traceback. pyproject.toml keeps such a build out;
this test fails if one comes back.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QLabel


def test_void_calls_keep_none_alive(qapp: Any) -> None:
    label = QLabel()
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        painter.save()
        painter.restore()
    after = sys.getrefcount(None)
    painter.end()
    assert after >= before - 50, f"None lost {before - after} references in 6,000 void calls"
