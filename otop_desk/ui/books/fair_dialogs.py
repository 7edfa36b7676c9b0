"""Dialogs of the trade-fair page: the fair, the applicants, a booth's selection and sales."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from otop_desk import i18n
from otop_desk.domain.enums import FairEntryStatus
from otop_desk.domain.errors import ValidationError
from otop_desk.domain.money import Money
from otop_desk.services import Services
from otop_desk.services.books import FairData
from otop_desk.services.books import fairs as f
from otop_desk.services.books.fairs import EntryRow
from otop_desk.services.photos import Owner
from otop_desk.ui import messages
from otop_desk.ui.common.group_pickers import label as group_label
from otop_desk.ui.common.record_history import history_button
from otop_desk.ui.photos.strip import PhotoStrip
from otop_desk.ui.widgets.be_date_edit import BEDateEdit
from otop_desk.ui.widgets.enum_combo import EnumCombo


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class FairDialog(QDialog):
    def __init__(self, services: Services, data: FairData | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.saved_id: uuid.UUID | None = None
        self._data = data or FairData(start_date=services.clock.today(), end_date=services.clock.today(), booths=10)
        self.setWindowTitle(self.tr("Edit trade fair") if self._data.id else self.tr("New trade fair"))
        self.name = QLineEdit(self)
        self.venue = QLineEdit(self)
        self.start = BEDateEdit(self, field=f.F_START)
        self.end = BEDateEdit(self, field=f.F_END)
        self.booths = QSpinBox(self)
        self.booths.setRange(0, 10_000)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        d = self._data
        self.name.setText(d.name)
        self.venue.setText(d.venue)
        self.start.setDate(d.start_date)
        self.end.setDate(d.end_date)
        self.booths.setValue(d.booths)
        self.notes.setPlainText(d.notes)
        self.buttons = _buttons(self)
        self.record_history_button = history_button(self, services.db, "trade_fair", lambda: self._data.id)
        bottom = QHBoxLayout()
        bottom.addWidget(self.record_history_button)
        bottom.addWidget(self.buttons, 1)
        form = QFormLayout(self)
        form.addRow(i18n.field_label(f.F_FAIR_NAME) + " *", self.name)
        form.addRow(i18n.field_label(f.F_VENUE), self.venue)
        form.addRow(i18n.field_label(f.F_START), self.start)
        form.addRow(i18n.field_label(f.F_END), self.end)
        form.addRow(i18n.field_label(f.F_BOOTHS), self.booths)
        form.addRow(i18n.field_label(f.F_FAIR_NOTES), self.notes)
        self.photos = PhotoStrip(services, Owner("trade_fair", self._data.id), self)
        form.addRow(self.tr("Photos"), self.photos)
        form.addRow(bottom)
        self.resize(720, 600)

    def accept(self) -> None:
        try:
            data = FairData(self.name.text(), self.venue.text(), self.start.value(),
                            self.end.value(), self.booths.value(), self.notes.toPlainText(),
                            self._data.id)
            self.saved_id = self.photos.save(self.services.fairs.save(data))
        except ValidationError as error:
            messages.show_validation(self, error)
            return
        super().accept()


class ApplicantsDialog(QDialog):
    """Tick the groups that applied for a booth; type to narrow the list."""

    def __init__(self, services: Services, already: set[uuid.UUID], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Groups that applied"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Type part of a group name or village"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        for g in services.groups.choices():
            if g.id in already:
                continue
            item = QListWidgetItem(group_label(g), self.list)
            item.setData(Qt.ItemDataRole.UserRole, g.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.search.textChanged.connect(self._filter)
        self.buttons = _buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 560)

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(not all(w in item.text().casefold() for w in words))

    def chosen(self) -> list[uuid.UUID]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]


class EntryDialog(QDialog):
    """A group's selection outcome, booth number and daily sales at one fair."""

    def __init__(self, services: Services, row: EntryRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.row = row
        self.setWindowTitle(self.tr("Booth and sales: {group}").format(group=row.group_name))
        self.status = EnumCombo(FairEntryStatus, self)
        self.status.setValue(row.status)
        self.booth = QLineEdit(row.booth_no, self)
        self.booth.setMaxLength(20)
        self.days = services.fairs.sales(row.id)
        self.sales = QTableWidget(len(self.days), 3, self)
        self.sales.setHorizontalHeaderLabels([self.tr("Day"), self.tr("Sales (baht)"),
                                              self.tr("In the cash book")])
        self.sales.horizontalHeader().setStretchLastSection(True)
        self.sales.verticalHeader().hide()
        for r, day in enumerate(self.days):
            label = QTableWidgetItem(i18n.fmt_date(day.day))
            label.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.sales.setItem(r, 0, label)
            amount = QTableWidgetItem(day.amount.format() if day.amount else "")
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if day.posted:
                amount.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.sales.setItem(r, 1, amount)
            posted = QTableWidgetItem(self.tr("posted") if day.posted else "")
            posted.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.sales.setItem(r, 2, posted)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.total = QLabel(self)
        self.sales.itemChanged.connect(lambda _i: self._show_total())
        self.buttons = _buttons(self)
        form = QFormLayout(self)
        form.addRow(i18n.field_label(f.F_STATUS), self.status)
        form.addRow(i18n.field_label(f.F_BOOTH_NO), self.booth)
        form.addRow(QLabel(self.tr("Daily sales (only groups selected for a booth)"), self))
        form.addRow(self.sales)
        form.addRow(self.total)
        form.addRow(self.buttons)
        self._status_changed()
        self._show_total()
        self.resize(520, 520)

    def _status_changed(self) -> None:
        selected = self.status.value() == FairEntryStatus.SELECTED
        self.booth.setEnabled(selected)
        self.sales.setEnabled(selected)

    def amounts(self) -> dict[date, Money | None]:
        out: dict[date, Money | None] = {}
        for r, day in enumerate(self.days):
            text = self.sales.item(r, 1).text().strip()
            try:
                out[day.day] = Money.parse(text, f.F_SALES) if text else None
            except ValidationError as error:
                raise error.in_row(r + 1) from None
        return out

    def _show_total(self) -> None:
        try:
            total = Money.sum(m for m in self.amounts().values() if m)
        except ValidationError as error:
            self.total.setText(i18n.error_text(error))
            return
        self.total.setText(self.tr("Total: {amount} baht").format(amount=total.format()))

    def accept(self) -> None:
        status = FairEntryStatus(self.status.value())
        try:
            amounts = self.amounts() if status == FairEntryStatus.SELECTED else {}
            # Sales go first when the booth is kept, last when it is given up, so the
            # service's rules (sales only for selected groups) hold at each step.
            if status == FairEntryStatus.SELECTED:
                self.services.fairs.set_entry(self.row.id, status, self.booth.text())
                self.services.fairs.save_sales(self.row.id, amounts)
            else:
                self.services.fairs.set_entry(self.row.id, status)
        except ValidationError as error:
            messages.show_validation(self, error)
            return
        super().accept()
