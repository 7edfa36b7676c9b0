"""A combo box offering the members of a domain enum under their translated labels."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox, QWidget

from otop_desk import i18n
from otop_desk.domain.enums import LabeledEnum


class EnumCombo(QComboBox):
    def __init__(
        self,
        enum_cls: type[LabeledEnum],
        parent: QWidget | None = None,
        *,
        members: Iterable[LabeledEnum] | None = None,
        empty_label: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._enum = enum_cls
        if empty_label is not None:
            self.addItem(empty_label, None)
        for member in members if members is not None else enum_cls:
            self.addItem(i18n.enum_label(member), member.value)

    def value(self) -> LabeledEnum | None:
        data = self.currentData()
        return None if data is None else self._enum(data)

    def setValue(self, value: LabeledEnum | None) -> None:  # noqa: N802 - Qt naming
        index = self.findData(None if value is None else value.value)
        self.setCurrentIndex(max(index, 0))
