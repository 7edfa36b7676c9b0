"""The Groups tab's register filters: star level, segment, certificates to renew and the
latest registration's status (``services.register.pages.group_conditions``)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from otop_desk import i18n
from otop_desk.domain.register.vocab import RegistrationStatus, Segment
from otop_desk.services import Services


class RegisterFilters(QWidget):
    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.stars = QComboBox(self)
        self.stars.addItem(self.tr("Any stars"), None)
        for level in range(1, 6):
            self.stars.addItem("★" * level, level)
        self.segment = QComboBox(self)
        self.segment.addItem(self.tr("Any segment"), None)
        for segment in Segment:
            self.segment.addItem(i18n.enum_label(segment), segment.value)
        self.renewals = QComboBox(self)
        self.renewals.addItem(self.tr("Any certificates"), None)
        self.renewals.addItem(self.tr("To renew or expired"), True)
        self.registration = QComboBox(self)
        self.registration.addItem(self.tr("Any registration"), None)
        for status in RegistrationStatus:
            self.registration.addItem(i18n.enum_label(status), status.value)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for combo in self.combos():
            # Narrow when the window is: the bar must not set the window's least width.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(4)
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            layout.addWidget(combo)

    def combos(self) -> list[QComboBox]:
        return [self.stars, self.segment, self.renewals, self.registration]

    def clear(self) -> None:
        for combo in self.combos():
            combo.setCurrentIndex(0)

    def values(self) -> dict[str, Any]:
        """The filters as the groups' page query takes them (None: not filtered)."""
        expiring = None
        if self.renewals.currentData():
            days = self.services.register.rules().renewal_days
            expiring = self.services.clock.today() + timedelta(days=days)
        return {"star_level": self.stars.currentData(), "segment": self.segment.currentData(),
                "expiring_by": expiring, "registration": self.registration.currentData()}
