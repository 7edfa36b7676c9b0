"""The register's figures that public pages do not settle, for the officer to set, in
three pages: the general figures (renewal window, how long a star level holds, the three
parts' maximum scores), the segment rules (``rules_segments``) and what each star level
asks (``rules_levels``). They change with the department's letter of the year; the
department's own figures can be put back with one button.

Save stores everything in one transaction. What cannot work is marked at its input and
refused; a level asking less than the one below is marked and asked about first."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QSpinBox, QWidget

from otop_desk import i18n
from otop_desk.domain.error_list import ValidationErrors, all_errors
from otop_desk.domain.errors import ValidationError
from otop_desk.domain.register.settings import RegisterRules
from otop_desk.domain.register.vocab import STAR_LEVELS
from otop_desk.services import Services
from otop_desk.services.register.rules_settings import RANGES
from otop_desk.ui import messages
from otop_desk.ui.common.form_dialog import RecordFormDialog, SaveDeclined
from otop_desk.ui.register.rules_levels import LevelsPage
from otop_desk.ui.register.rules_segments import SegmentRulesPage

GENERAL, SEGMENTS, LEVELS = range(3)


def _spin(parent: QWidget, name: str, suffix: str = "") -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(*RANGES[name])
    spin.setSuffix(suffix)
    return spin


class RulesDialog(RecordFormDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.setWindowTitle(self.tr("Register rules"))
        self.resize(1040, 700)
        general = QWidget(self)
        form = QFormLayout(general)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.renewal = _spin(general, "renewal_days", self.tr(" days"))
        self.valid = _spin(general, "star_valid_years", self.tr(" years"))
        form.addRow(self.tr("List certificates expiring within"), self.renewal)
        form.addRow(self.tr("A star level holds after its round year for"), self.valid)
        labels = (self.tr("Maximum score: community strength"), self.tr("Maximum score: marketing and story"),
                  self.tr("Maximum score: product quality"))
        self.parts = [_spin(general, "part_max") for _label in labels]
        for text, spin in zip(labels, self.parts, strict=True):
            form.addRow(text, spin)
        self.segments = SegmentRulesPage(self)
        self.levels = LevelsPage(self)
        # each level's total score, on the Star levels page
        self.scores = {level: self.levels.score(level) for level in STAR_LEVELS}
        self.tabs.addTab(general, self.tr("General"))
        self.tabs.addTab(self.segments, self.tr("Segments"))
        self.tabs.addTab(self.levels, self.tr("Star levels"))
        self._field_widgets.update({"renewal_days": (GENERAL, self.renewal), "star_valid_years": (GENERAL, self.valid),
                                    **{f"part_max/{i}": (GENERAL, spin) for i, spin in enumerate(self.parts)},
                                    **{k: (SEGMENTS, w) for k, w in self.segments.field_widgets().items()},
                                    **{k: (LEVELS, w) for k, w in self.levels.field_widgets().items()}})
        self.restore_button = self.buttons.addButton(self.tr("Restore the department's defaults"),
                                                     QDialogButtonBox.ButtonRole.ResetRole)
        self.restore_button.setToolTip(self.tr("Put the department's figures back in this form; Save keeps them"))
        self.restore_button.clicked.connect(self.restore_defaults)
        self.show_rules(services.register.rules())

    def show_rules(self, rules: RegisterRules) -> None:
        self.renewal.setValue(rules.renewal_days)
        self.valid.setValue(rules.star_valid_years)
        for spin, top in zip(self.parts, rules.part_max, strict=True):
            spin.setValue(top)
        self.segments.set_rules(rules.segment_rules)
        self.levels.set_levels(rules.levels)

    def rules(self) -> RegisterRules:
        """The rules as the form shows them."""
        return RegisterRules(renewal_days=self.renewal.value(), star_valid_years=self.valid.value(),
                             part_max=[spin.value() for spin in self.parts],
                             segment_rules=self.segments.rules(), levels=self.levels.levels())

    def restore_defaults(self) -> None:
        if messages.confirm(self, self.tr("Restore the department's defaults"), self.tr(
                "Put the department's renewal window, star validity, scores, segment rules and star-level "
                "demands back in this form? What you changed here is lost; the stored rules change only "
                "when you save.")):
            self.clear_marks()
            self.show_rules(RegisterRules())

    def save_record(self) -> None:  # type: ignore[override]
        rules = self.rules()
        eased = self.services.register.check_rules(rules)  # refuses what cannot work
        if eased:
            found = ValidationErrors(eased)
            self.show_error_field(found)
            question = self.tr("A star level asks less than the level below:\n\n{list}\n\nSave the rules anyway?")
            if not messages.confirm(self, self.tr("Register rules"),
                                    question.format(list=found.translated(i18n.translate))):
                raise SaveDeclined
        self.services.register.save_rules(rules)

    def show_error_field(self, error: ValidationError) -> None:
        """Mark them all and show the first; a segment's input on its segment's page."""
        known = [self._field_widgets[e.field] for e in all_errors(error) if e.field in self._field_widgets]
        if known and known[0][0] == SEGMENTS:
            self.segments.reveal(known[0][1])
        super().show_error_field(error)
