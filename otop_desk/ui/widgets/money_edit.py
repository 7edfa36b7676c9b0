"""A line edit for baht and satang, right-aligned, formatted with thousands separators."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QFocusEvent, QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from otop_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError, required_error
from otop_desk.domain.money import Money


class MoneyEdit(QLineEdit):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        optional: bool = True,
        allow_negative: bool = False,
        field: str = QT_TRANSLATE_NOOP("Field", "Amount"),
    ) -> None:
        super().__init__(parent)
        self._optional = optional
        self._allow_negative = allow_negative
        self._field = field
        sign = "-?" if allow_negative else ""
        self.setValidator(
            QRegularExpressionValidator(QRegularExpression(rf"^{sign}[0-9,]{{0,16}}(\.[0-9]{{0,2}})?$"), self)
        )
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText("0.00")

    def value(self) -> Money | None:
        text = self.text().strip()
        if not text:
            if self._optional:
                return None
            raise required_error(self._field)
        money = Money.parse(text, self._field)
        return money.check_range(self._field, allow_negative=self._allow_negative)

    def setValue(self, value: Money | None) -> None:  # noqa: N802 - Qt naming
        self.setText("" if value is None else value.format())

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt naming
        try:
            value = self.value()
        except ValidationError:
            pass
        else:
            self.setValue(value)
        super().focusOutEvent(event)
