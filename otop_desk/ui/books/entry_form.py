"""The entry row under the cash book: typed without the mouse.

Enter moves to the next field and saves on the last one (Ctrl+Enter saves from any
field); after a save the date, kind and category stay as they were, so a month of
receipts is typed as amount, description, Enter, Enter... Escape leaves an edit.

What stays is never silent: the income/expense and category fields are tinted and the
line above them names them as kept from the last entry, until the person changes them,
so a sale is not booked as last line's expense by accident.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from otop_desk import i18n
from otop_desk.domain.enums import EXPENSE_CATEGORIES, INCOME_CATEGORIES, CashCategory, EntryKind
from otop_desk.domain.errors import ValidationError
from otop_desk.services import Services
from otop_desk.services.books import EntryData, ExportedMonthError
from otop_desk.services.books import rules as b
from otop_desk.ui import messages
from otop_desk.ui.common.record_history import history_button
from otop_desk.ui.widgets.be_date_edit import BEDateEdit
from otop_desk.ui.widgets.enum_combo import EnumCombo
from otop_desk.ui.widgets.money_edit import MoneyEdit

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
CARRIED = "carried"
_CARRIED_STYLE = '[carried="true"] { background: #fff3c4; }'


def ask_exported(parent: QWidget, error: ExportedMonthError, action: str) -> bool:
    months = ", ".join(i18n.fmt_month(y, m) for y, m in error.months)
    return messages.confirm(
        parent,
        QCoreApplication.translate("Books", "Month already exported"),
        QCoreApplication.translate(
            "Books",
            "The workbook of {months} was already exported. {action} will be recorded in the "
            "change log and go out with the next export. Continue?"
        ).format(months=months, action=action),
        destructive=True,
    )


class EntryForm(QWidget):
    saved = Signal(object)  # the entry's id
    cancelled = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.group_id: uuid.UUID | None = None
        self.editing: uuid.UUID | None = None
        self._last_category = {EntryKind.INCOME: INCOME_CATEGORIES[0],
                               EntryKind.EXPENSE: EXPENSE_CATEGORIES[0]}
        self.mode_label = QLabel(self)
        self.mode_label.setWordWrap(True)
        self.date = BEDateEdit(self, field=b.F_DATE)
        self.kind = EnumCombo(EntryKind, self)
        self.category = QComboBox(self)
        self.amount = MoneyEdit(self, optional=False, field=b.F_AMOUNT)
        self.description = QLineEdit(self)
        self.document_no = QLineEdit(self)
        self.document_no.setMaxLength(40)
        self.counterparty = QLineEdit(self)
        self.save_button = QPushButton(self.tr("Save entry"), self)
        self.save_button.setToolTip(self.tr("Save (Enter on the last field, or Ctrl+Enter)"))
        self.cancel_button = QPushButton(self.tr("Cancel edit"), self)
        self.cancel_button.setToolTip(self.tr("Leave the edit without saving (Esc)"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        self.record_history_button = history_button(self, services.db, "cash_entry", lambda: self.editing)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for combo in (self.kind, self.category):
            combo.setStyleSheet(_CARRIED_STYLE)
            combo.currentIndexChanged.connect(lambda _i: self._show_carried(False))
        self.fields: list[QWidget] = [self.date.line, self.kind, self.category, self.amount,
                                      self.description, self.document_no, self.counterparty]
        for widget in self.fields:
            widget.installEventFilter(self)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 0)
        labels = [self.tr("Date"), self.tr("Income or expense"), self.tr("Category"),
                  self.tr("Amount (baht)"), i18n.field_label(b.F_DESCRIPTION),
                  i18n.field_label(b.F_DOCUMENT), i18n.field_label(b.F_COUNTERPARTY)]
        widgets = [self.date, self.kind, self.category, self.amount, self.description,
                   self.document_no, self.counterparty]
        # The buttons sit on the title row so the fields keep the full width.
        top = QHBoxLayout()
        top.addWidget(self.mode_label, 1)
        top.addWidget(self.record_history_button)
        top.addWidget(self.cancel_button)
        top.addWidget(self.save_button)
        grid.addLayout(top, 0, 0, 1, len(widgets))
        for column, (label, widget) in enumerate(zip(labels, widgets, strict=True)):
            caption = QLabel(label, self)
            caption.setWordWrap(True)
            grid.addWidget(caption, 1, column)
            grid.addWidget(widget, 2, column)
        for column, stretch in enumerate((0, 0, 1, 0, 3, 1, 2)):
            grid.setColumnStretch(column, stretch)
        self.amount.setMinimumWidth(80)
        # Small minimums keep the tab usable in a narrow window; the stretch gives the
        # text fields the room on a normal screen.
        for field in (self.description, self.document_no, self.counterparty):
            field.setMinimumWidth(60)
        for combo in (self.kind, self.category):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        self.date.setMinimumWidth(100)
        self._kind_changed()
        self._set_mode(None)

    # data -----------------------------------------------------------------------------
    def set_group(self, group_id: uuid.UUID | None) -> None:
        self.group_id = group_id
        self._show_carried(False)
        self._set_mode(None)
        self.setEnabled(group_id is not None)

    def _kind_changed(self) -> None:
        kind = EntryKind(self.kind.value())
        cats = INCOME_CATEGORIES if kind == EntryKind.INCOME else EXPENSE_CATEGORIES
        self.category.blockSignals(True)
        self.category.clear()
        for cat in cats:
            self.category.addItem(i18n.enum_label(cat), cat.value)
        self.category.setCurrentIndex(self.category.findData(self._last_category[kind].value))
        self.category.blockSignals(False)

    def set_category(self, category: CashCategory) -> None:
        self.kind.setValue(category.kind)
        self.category.setCurrentIndex(self.category.findData(category.value))

    def _show_carried(self, carried: bool) -> None:
        """Mark the income/expense and category as kept from the last entry (or not)."""
        if carried == bool(self.kind.property(CARRIED)):
            return
        tip = self.tr("Kept from the last entry; choose another if this one differs") if carried else ""
        for combo in (self.kind, self.category):
            combo.setProperty(CARRIED, carried)
            combo.setToolTip(tip)
            combo.style().unpolish(combo)
            combo.style().polish(combo)
        if self.editing is None:
            self._set_mode(None)

    def _set_mode(self, entry_id: uuid.UUID | None, day: date | None = None) -> None:
        self.editing = entry_id
        for button in (self.cancel_button, self.record_history_button):
            button.setVisible(entry_id is not None)
            button.setEnabled(entry_id is not None)
        if entry_id is None and self.kind.property(CARRIED):
            self.mode_label.setText(self.tr(
                "New entry, kept from the last one: {kind}, {category} (change them if this "
                "entry differs). Enter moves to the next field and saves on the last one"
            ).format(kind=self.kind.currentText(), category=self.category.currentText()))
        elif entry_id is None:
            self.mode_label.setText(self.tr("New entry: Enter moves to the next field and saves "
                                            "on the last one"))
        else:
            self.mode_label.setText(self.tr("Editing the entry of {date} (Esc cancels)").format(
                date=i18n.fmt_date(day)))

    def load(self, data: EntryData) -> None:
        """Put an entry into the fields for editing."""
        self._show_carried(False)
        self._set_mode(data.id, data.entry_date)
        self.date.setDate(data.entry_date)
        self.set_category(data.category)
        self.amount.setValue(data.amount)
        self.description.setText(data.description)
        self.document_no.setText(data.document_no)
        self.counterparty.setText(data.counterparty)
        self.amount.setFocus()
        self.amount.selectAll()

    def collect(self) -> EntryData:
        assert self.group_id is not None
        amount = self.amount.value()
        assert amount is not None  # the field is not optional
        day = self.date.value()
        assert day is not None
        return EntryData(
            group_id=self.group_id,
            entry_date=day,
            kind=EntryKind(self.kind.value()),
            category=CashCategory(self.category.currentData()),
            amount=amount,
            description=self.description.text(),
            document_no=self.document_no.text(),
            counterparty=self.counterparty.text(),
            id=self.editing,
        )

    def save(self) -> bool:
        if self.group_id is None:
            return False
        try:
            data = self.collect()
            try:
                saved = self.services.books.save_entry(data)
            except ExportedMonthError as error:
                if not ask_exported(self, error, self.tr("This change")):
                    return False
                saved = self.services.books.save_entry(data, allow_exported=True)
        except ValidationError as error:
            self._focus_field(error.field)
            messages.show_validation(self, error)
            return False
        self._last_category[data.kind] = data.category
        self.date.setDate(data.entry_date)
        for field in (self.amount, self.description, self.document_no, self.counterparty):
            field.clear()
        self._set_mode(None)
        self._show_carried(True)
        self.saved.emit(saved)
        self.date.setFocus()
        self.date.line.selectAll()
        return True

    def cancel(self) -> None:
        if self.editing is not None:
            for field in (self.amount, self.description, self.document_no, self.counterparty):
                field.clear()
            self._set_mode(None)
            self.cancelled.emit()

    def _focus_field(self, field: str | None) -> None:
        widget = {b.F_DATE: self.date, b.F_CATEGORY: self.category, b.F_AMOUNT: self.amount,
                  b.F_DESCRIPTION: self.description, b.F_DOCUMENT: self.document_no,
                  b.F_COUNTERPARTY: self.counterparty}.get(field or "")
        if widget is not None:
            widget.setFocus()

    # keyboard -------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if event.type() != QEvent.Type.KeyPress or watched not in self.fields:
            return super().eventFilter(watched, event)
        assert isinstance(event, QKeyEvent)
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return True
        if event.key() not in _ENTER:
            return super().eventFilter(watched, event)
        if isinstance(watched, QComboBox) and watched.view().isVisible():
            return super().eventFilter(watched, event)  # Enter picks from the open list
        if watched is self.counterparty or event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.save()
        else:
            following = self.fields[self.fields.index(watched) + 1]  # type: ignore[arg-type]
            following.setFocus(Qt.FocusReason.TabFocusReason)
            if isinstance(following, QLineEdit):
                following.selectAll()
        return True
