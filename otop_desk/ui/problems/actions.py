"""Quick dialogs of the problem log: log an action, resolve, close unresolved."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from otop_desk import i18n
from otop_desk.domain import clock
from otop_desk.domain.enums import ProblemStatus
from otop_desk.domain.errors import ValidationError
from otop_desk.services import Services
from otop_desk.services.problems import ActionData, rules
from otop_desk.ui import messages
from otop_desk.ui.widgets.enum_combo import EnumCombo
from otop_desk.ui.widgets.fields import date_edit, text_box


class _Dialog(QDialog):
    def __init__(self, services: Services, problem_id: uuid.UUID, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.services = services
        self.problem_id = problem_id
        problem = services.problems.get(problem_id)
        self.form = QFormLayout()
        about = QLabel(problem.description, self)
        about.setWordWrap(True)
        about.setStyleSheet("QLabel { color: #444; }")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(self.form, 1)
        layout.addWidget(self.buttons)
        self._fields: dict[str, QWidget] = {}
        self.resize(620, 420)

    def save(self) -> None:
        """Call the service; raises ValidationError."""

    def accept(self) -> None:
        try:
            self.save()
        except ValidationError as error:
            widget = self._fields.get(error.field or "")
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
            messages.show_validation(self, error)
            return
        super().accept()


class ActionDialog(_Dialog):
    """What was done, by whom, with what result; and where the problem stands now."""

    def __init__(self, services: Services, problem_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(services, problem_id, parent)
        self.setWindowTitle(self.tr("Add action"))
        self.action_date = date_edit(self, field=rules.F_ACTION_DATE)
        self.what = text_box(self, 70)
        self.by_whom = QLineEdit(self)
        profile = services.officer.get()
        self.by_whom.setText(profile.name if profile else "")
        self.result = text_box(self, 70)
        self.status = EnumCombo(ProblemStatus, self)
        current = services.problems.get(problem_id).status
        self.status.setValue(ProblemStatus.IN_PROGRESS if current == ProblemStatus.OPEN else current)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.outcome = text_box(self, 70)
        self.reason = text_box(self, 70)
        self.form.addRow(i18n.field_label(rules.F_ACTION_DATE) + " *", self.action_date)
        self.form.addRow(i18n.field_label(rules.F_ACTION) + " *", self.what)
        self.form.addRow(i18n.field_label(rules.F_BY_WHOM), self.by_whom)
        self.form.addRow(i18n.field_label(rules.F_RESULT), self.result)
        self.form.addRow(self.tr("Status after this action"), self.status)
        self.form.addRow(i18n.field_label(rules.F_OUTCOME) + " *", self.outcome)
        self.form.addRow(i18n.field_label(rules.F_REASON) + " *", self.reason)
        self._fields = {rules.F_ACTION_DATE: self.action_date, rules.F_ACTION: self.what,
                        rules.F_BY_WHOM: self.by_whom, rules.F_RESULT: self.result,
                        rules.F_OUTCOME: self.outcome, rules.F_REASON: self.reason,
                        rules.F_RESOLVED: self.action_date}
        self._status_changed()
        self.what.setFocus()

    def _status_changed(self) -> None:
        status = self.status.value()
        # Resolving asks for the outcome; closing unresolved asks for the reason.
        self.form.setRowVisible(self.outcome, status == ProblemStatus.RESOLVED)
        self.form.setRowVisible(self.reason, status == ProblemStatus.CLOSED_UNRESOLVED)

    def save(self) -> None:
        status = self.status.value()
        self.services.problems.add_action(
            self.problem_id,
            ActionData(self.action_date.value(), self.what.toPlainText(), self.by_whom.text(),
                       self.result.toPlainText()),
            status=status,  # type: ignore[arg-type]
            outcome=self.outcome.toPlainText() if status == ProblemStatus.RESOLVED else "",
            close_reason=self.reason.toPlainText() if status == ProblemStatus.CLOSED_UNRESOLVED else "",
        )


class SettleDialog(_Dialog):
    """Resolve (with the outcome) or close unresolved (with the reason)."""

    def __init__(self, services: Services, problem_id: uuid.UUID, parent: QWidget | None = None,
                 *, resolved: bool = True) -> None:
        super().__init__(services, problem_id, parent)
        self.resolved = resolved
        self.setWindowTitle(self.tr("Resolve problem") if resolved else self.tr("Close unresolved"))
        self.when = date_edit(self, field=rules.F_RESOLVED)
        self.when.setDate(clock.current().today())
        self.text = text_box(self, 140)
        field = rules.F_OUTCOME if resolved else rules.F_REASON
        self.text.setPlaceholderText(self.tr("What changed for the group?") if resolved
                                     else self.tr("Why can it not be solved now?"))
        self.form.addRow(i18n.field_label(rules.F_RESOLVED) + " *", self.when)
        self.form.addRow(i18n.field_label(field) + " *", self.text)
        self._fields = {rules.F_RESOLVED: self.when, field: self.text}
        self.text.setFocus()

    def save(self) -> None:
        if self.resolved:
            self.services.problems.resolve(self.problem_id, self.when.value(), self.text.toPlainText())
        else:
            self.services.problems.close_unresolved(self.problem_id, self.when.value(),
                                                    self.text.toPlainText())
