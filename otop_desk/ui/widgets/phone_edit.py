"""A Thai phone number field: typed any way, shown as 081-234-5678 once the field is left.

The service stores the digits (``domain/phone.py``); this field only shows them the one
way every screen does, and leaves text that is not a number alone for the service to
explain.
"""

from __future__ import annotations

from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from otop_desk.domain.phone import EXAMPLE, format_phone


class PhoneEdit(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(40)
        self.setPlaceholderText(self.tr("e.g. {example}").format(example=EXAMPLE))

    def setValue(self, value: str | None) -> None:  # noqa: N802 - Qt naming
        self.setText(format_phone(value))

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt naming
        shown = format_phone(self.text())
        if shown != self.text():
            self.setText(shown)
        super().focusOutEvent(event)
