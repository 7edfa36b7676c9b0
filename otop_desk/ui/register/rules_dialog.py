"""The register's figures that public pages do not settle, for the officer to set: the
renewal window, how long a star level holds, the three parts' maximum scores and the
score each level needs. (The segment rules and each level's demands are kept as data
too; they change with the department's letter of the year.)"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget

from otop_desk.services import Services


def _spin(parent: QWidget, lo: int, hi: int, value: int, suffix: str = "") -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(lo, hi)
    spin.setValue(value)
    spin.setSuffix(suffix)
    return spin


class RulesDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.rules = services.register.rules()
        self.setWindowTitle(self.tr("Register rules"))
        form = QFormLayout(self)
        days = self.tr(" days")
        self.renewal = _spin(self, 7, 730, self.rules.renewal_days, days)
        self.valid = _spin(self, 1, 10, self.rules.star_valid_years, self.tr(" years"))
        form.addRow(self.tr("List certificates expiring within"), self.renewal)
        form.addRow(self.tr("A star level holds after its round year for"), self.valid)
        labels = (self.tr("Maximum score: community strength"), self.tr("Maximum score: marketing and story"),
                  self.tr("Maximum score: product quality"))
        self.parts = [_spin(self, 1, 100, top) for top in self.rules.part_max]
        for text, spin in zip(labels, self.parts, strict=True):
            form.addRow(text, spin)
        self.scores = {level: _spin(self, 0, 100, self.rules.needs(level).score) for level in range(2, 6)}
        for level, spin in self.scores.items():
            form.addRow(self.tr("Total score for {stars}").format(stars="★" * level), spin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        form.addRow(buttons)

    def accept(self) -> None:
        rules = self.rules
        rules.renewal_days = self.renewal.value()
        rules.star_valid_years = self.valid.value()
        rules.part_max = [spin.value() for spin in self.parts]
        for level, spin in self.scores.items():
            rules.levels[level].score = spin.value()
        self.services.register.save_rules(rules)
        super().accept()
