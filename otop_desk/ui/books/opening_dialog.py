"""Set the balance a group's cash book starts from, and the date it starts."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from otop_desk import i18n
from otop_desk.domain.errors import ValidationError
from otop_desk.domain.money import Money
from otop_desk.services import Services
from otop_desk.services.books import rules as b
from otop_desk.ui import messages
from otop_desk.ui.widgets.be_date_edit import BEDateEdit
from otop_desk.ui.widgets.money_edit import MoneyEdit


class OpeningDialog(QDialog):
    def __init__(self, services: Services, group_id: uuid.UUID, balance: Money,
                 opening: date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.group_id = group_id
        self.setWindowTitle(self.tr("Opening balance"))
        self.balance = MoneyEdit(self, optional=False, field=b.F_OPENING_BALANCE)
        self.balance.setValue(balance)
        self.opening = BEDateEdit(self, optional=True, field=b.F_OPENING_DATE)
        self.opening.setDate(opening)
        note = QLabel(self.tr("The cash the group had on the day you started keeping its "
                              "books. Entries cannot be dated earlier."), self)
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(i18n.field_label(b.F_OPENING_BALANCE), self.balance)
        form.addRow(i18n.field_label(b.F_OPENING_DATE), self.opening)
        form.addRow(self.buttons)
        self.resize(460, self.sizeHint().height())

    def accept(self) -> None:
        try:
            balance = self.balance.value()
            assert balance is not None
            self.services.books.set_opening(self.group_id, balance, self.opening.value())
        except ValidationError as error:
            messages.show_validation(self, error)
            return
        super().accept()
