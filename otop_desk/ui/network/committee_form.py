"""The form of a network committee: where it sits, and its terms with their seats.

A committee is appointed for a term (usually two years) by an order; each term has its
own seats, so the minutes of an old meeting still name who sat then. Seats are picked
from the registered groups' members or typed in (an officer, a chief, an advisor).
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from otop_desk import i18n
from otop_desk.domain.error_list import ErrorList
from otop_desk.domain.network import CommitteeLevel
from otop_desk.services import Services
from otop_desk.services.network import CommitteeData, TermData
from otop_desk.services.network import data as n
from otop_desk.ui.common.form_dialog import RecordFormDialog
from otop_desk.ui.network.editors import SeatsEditor
from otop_desk.ui.training.member_picker import MemberPickerDialog
from otop_desk.ui.widgets.be_date_edit import BEDateEdit
from otop_desk.ui.widgets.enum_combo import EnumCombo

COMMITTEE_PAGE, TERMS_PAGE = 0, 1


def term_label(term: TermData) -> str:
    start = i18n.fmt_date(term.start_date) if term.start_date else "?"
    end = i18n.fmt_date(term.end_date) if term.end_date else "…"
    return f"{start} – {end}"


def _two_years_on(day: date) -> date:
    try:
        return day.replace(year=day.year + 2)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 2, day=28)


class CommitteeDialog(RecordFormDialog):
    HISTORY_TABLE = "committee"

    def __init__(self, services: Services, data: CommitteeData | None = None, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self._data = data or CommitteeData()
        self._terms = [TermData(t.start_date, t.end_date, t.appointed_by, list(t.members), t.id)
                       for t in self._data.terms]
        self._shown = -1  # the term whose fields are on screen
        self.setWindowTitle(self.tr("Edit committee") if self._data.id else self.tr("New committee"))
        self.resize(1000, 640)
        self.tabs.addTab(self._committee_page(), self.tr("Committee"))
        self.tabs.addTab(self._terms_page(), self.tr("Terms and members"))
        self._field_widgets = {
            n.F_COMMITTEE_NAME: (COMMITTEE_PAGE, self.name), n.F_SUBDISTRICT: (COMMITTEE_PAGE, self.subdistrict),
            n.F_DISTRICT: (COMMITTEE_PAGE, self.district), n.F_PROVINCE: (COMMITTEE_PAGE, self.province),
            n.F_NOTES: (COMMITTEE_PAGE, self.notes), n.F_TERM_START: (TERMS_PAGE, self.start),
            n.F_TERM_END: (TERMS_PAGE, self.end), n.F_APPOINTED_BY: (TERMS_PAGE, self.appointed_by),
        }
        for field in self.seats.field_columns:
            self._field_widgets[field] = (TERMS_PAGE, self.seats.table)
        self._load()
        self.name.setFocus()

    # pages ----------------------------------------------------------------------------
    def _committee_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.name = QLineEdit(page)
        self.name.setPlaceholderText(self.tr("e.g. OTOP network committee of the district"))
        self.level = EnumCombo(CommitteeLevel, page)
        self.subdistrict = QLineEdit(page)
        self.district = QLineEdit(page)
        self.province = QLineEdit(page)
        self.notes = QPlainTextEdit(page)
        self.notes.setTabChangesFocus(True)
        form.addRow(i18n.field_label(n.F_COMMITTEE_NAME) + " *", self.name)
        form.addRow(i18n.field_label(n.F_LEVEL), self.level)
        form.addRow(i18n.field_label(n.F_SUBDISTRICT), self.subdistrict)
        form.addRow(i18n.field_label(n.F_DISTRICT), self.district)
        form.addRow(i18n.field_label(n.F_PROVINCE), self.province)
        form.addRow(i18n.field_label(n.F_NOTES), self.notes)
        return page

    def _terms_page(self) -> QWidget:
        page = QWidget(self)
        self.term_list = QListWidget(page)
        self.term_list.setMaximumWidth(260)
        self.term_list.currentRowChanged.connect(self._show_term)
        self.new_term_button = QPushButton(self.tr("New term"), page)
        self.new_term_button.setToolTip(self.tr("A new term starts the day after the last one ends, with its seats"))
        self.new_term_button.clicked.connect(self.new_term)
        self.remove_term_button = QPushButton(self.tr("Remove term"), page)
        self.remove_term_button.clicked.connect(self.remove_term)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Terms"), page))
        left.addWidget(self.term_list, 1)
        left.addWidget(self.new_term_button)
        left.addWidget(self.remove_term_button)

        self.term_box = QWidget(page)
        form = QFormLayout()
        self.start = BEDateEdit(self.term_box, field=n.F_TERM_START)
        self.end = BEDateEdit(self.term_box, field=n.F_TERM_END)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel("–", self.term_box))
        dates.addWidget(self.end)
        dates.addStretch(1)
        self.appointed_by = QLineEdit(self.term_box)
        self.appointed_by.setPlaceholderText(self.tr("e.g. district order no. 123/2568"))
        form.addRow(self.tr("Term"), dates)
        form.addRow(i18n.field_label(n.F_APPOINTED_BY), self.appointed_by)
        self.pick_button = QPushButton(self.tr("Add from groups…"), self.term_box)
        self.pick_button.setToolTip(self.tr("Choose a group and tick its members"))
        self.pick_button.clicked.connect(self.pick_members)
        self.type_button = QPushButton(self.tr("Type in a person"), self.term_box)
        self.type_button.setToolTip(self.tr("For officers, advisors and people not in a registered group"))
        self.type_button.clicked.connect(lambda: self.seats.add_row())
        buttons = QHBoxLayout()
        buttons.addWidget(self.pick_button)
        buttons.addWidget(self.type_button)
        buttons.addStretch(1)
        self.seats = SeatsEditor(self.term_box)
        right = QVBoxLayout(self.term_box)
        right.setContentsMargins(0, 0, 0, 0)
        right.addLayout(form)
        right.addLayout(buttons)
        right.addWidget(self.seats, 1)

        layout = QHBoxLayout(page)
        layout.addLayout(left)
        layout.addWidget(self.term_box, 1)
        return page

    # terms ----------------------------------------------------------------------------
    def _stash(self) -> None:
        """Keep what the shown term's fields hold before another term is shown."""
        if 0 <= self._shown < len(self._terms):
            term = self._terms[self._shown]
            term.start_date, term.end_date = self.start.date(), self.end.date()
            term.appointed_by = self.appointed_by.text()
            self.seats.commit_editing()
            term.members = self.seats.seats()
            self.term_list.item(self._shown).setText(term_label(term))

    def _show_term(self, index: int) -> None:
        if index == self._shown:
            return
        self._stash()
        self._shown = index
        self.seats.table.setRowCount(0)
        self.term_box.setEnabled(0 <= index < len(self._terms))
        self.remove_term_button.setEnabled(self.term_box.isEnabled())
        if not self.term_box.isEnabled():
            self.start.setDate(None)
            self.end.setDate(None)
            self.appointed_by.clear()
            return
        term = self._terms[index]
        self.start.setDate(term.start_date)
        self.end.setDate(term.end_date)
        self.appointed_by.setText(term.appointed_by)
        self.seats.add_people(term.members)

    def new_term(self) -> None:
        self._stash()
        today = self.services.clock.today()
        dated = [t for t in self._terms if t.start_date is not None]
        last = max(dated, key=lambda t: t.start_date or today) if dated else None
        start = last.end_date + timedelta(days=1) if last is not None and last.end_date is not None else today
        end = _two_years_on(start) - timedelta(days=1)
        # The new term starts with the last term's seats (ids dropped: new seats).
        seats = [type(s)(s.name, s.organisation, s.phone, s.role, s.group_id, s.member_id)
                 for s in (last.members if last else [])]
        self._terms.append(TermData(start, end, "", seats))
        self.term_list.addItem(term_label(self._terms[-1]))
        self.term_list.setCurrentRow(len(self._terms) - 1)
        self.start.setFocus()

    def remove_term(self) -> None:
        index = self.term_list.currentRow()
        if 0 <= index < len(self._terms):
            self._shown = -1  # nothing to keep of it
            del self._terms[index]
            self.term_list.takeItem(index)
            self._show_term(self.term_list.currentRow())

    def pick_members(self) -> None:
        if not self.term_box.isEnabled():
            self.new_term()
        dialog = MemberPickerDialog(self.services, self.seats.member_ids(), self)
        dialog.setWindowTitle(self.tr("Add committee members from groups"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.seats.add_people(dialog.chosen())

    # data in and out ------------------------------------------------------------------
    def _load(self) -> None:
        d = self._data
        self.name.setText(d.name)
        self.level.setValue(d.level)
        self.subdistrict.setText(d.subdistrict)
        self.district.setText(d.district)
        self.province.setText(d.province)
        self.notes.setPlainText(d.notes)
        self._terms.sort(key=lambda t: t.start_date or t.end_date or self.services.clock.today())
        for term in self._terms:
            self.term_list.addItem(term_label(term))
        current = d.term_on(self.services.clock.today())
        index = next((i for i, t in enumerate(self._terms) if current and t.id == current.id), len(self._terms) - 1)
        self._show_term(-1)
        self.term_list.setCurrentRow(index)

    def collect(self) -> CommitteeData:
        errors = ErrorList()
        self._stash()
        start, end = errors.check(self.start.value), errors.check(self.end.value)
        if 0 <= self._shown < len(self._terms):
            self._terms[self._shown].start_date, self._terms[self._shown].end_date = start, end
        errors.raise_if_any()
        return CommitteeData(self.name.text(), self.level.value() or CommitteeLevel.DISTRICT,  # type: ignore[arg-type]
                             self.subdistrict.text(), self.district.text(), self.province.text(),
                             self.notes.toPlainText(), list(self._terms), self._data.id)

    def accept(self) -> None:
        self.seats.drop_blank_rows()  # so row numbers in messages match the table
        super().accept()

    def save_record(self) -> uuid.UUID:
        return self.services.network.save_committee(self.collect())
