"""A small whole number that may be left empty (the village number, หมู่ที่).

A spin box showing "–" for "none" refuses a digit typed after the dash: whenever the
focus arrives without selecting it (a click, a page turned, a field focused to show an
error) the first digits are lost. This field is plain text, so every digit lands, Thai
digits (๐–๙) included; the range is checked by the service like any other value.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget


class NumberEdit(QLineEdit):
    def __init__(self, parent: QWidget | None = None, *, digits: int = 2) -> None:
        super().__init__(parent)
        self.setValidator(QRegularExpressionValidator(QRegularExpression(rf"^[0-9๐-๙]{{0,{digits}}}$"), self))
        self.setPlaceholderText("–")
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("0" * (digits + 4)) + 16)

    def value(self) -> int | None:
        text = self.text().strip()
        return int(text) if text else None  # int() reads Thai digits too

    def setValue(self, value: int | None) -> None:  # noqa: N802 - Qt naming
        self.setText("" if value is None else str(value))
