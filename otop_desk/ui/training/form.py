"""The add/edit form of a training session, with its participants and live evaluation."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from otop_desk import i18n
from otop_desk.domain.enums import TrainingFormat, TrainingTopic
from otop_desk.domain.error_list import ErrorList
from otop_desk.domain.money import Money
from otop_desk.services import Services
from otop_desk.services.training import TrainingData, summarize, validate_training
from otop_desk.services.training import data as t
from otop_desk.ui.common.form_dialog import RecordFormDialog
from otop_desk.ui.photos.page import add_photos_page
from otop_desk.ui.training.member_picker import MemberPickerDialog
from otop_desk.ui.training.participants import ParticipantsEditor
from otop_desk.ui.training.summary_panel import SummaryPanel
from otop_desk.ui.widgets.be_date_edit import BEDateEdit
from otop_desk.ui.widgets.enum_combo import EnumCombo
from otop_desk.ui.widgets.money_edit import MoneyEdit

SESSION_PAGE, PEOPLE_PAGE = 0, 1


class TrainingDialog(RecordFormDialog):
    HISTORY_TABLE = "training"

    def __init__(
        self,
        services: Services,
        data: TrainingData | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(services, parent)
        self._today = today or services.clock.today()
        self._data = data or TrainingData(start_date=self._today, end_date=self._today)
        self.setWindowTitle(self.tr("Edit training") if self._data.id else self.tr("New training"))
        self.resize(1040, 680)

        self.tabs.addTab(self._session_page(), self.tr("Session"))
        self.tabs.addTab(self._people_page(), "")
        self.photos = add_photos_page(self, "training", self._data.id)

        people = self.participants.table
        self._field_widgets: dict[str, tuple[int, QWidget]] = {
            t.F_TITLE: (SESSION_PAGE, self.title), t.F_START: (SESSION_PAGE, self.start),
            t.F_END: (SESSION_PAGE, self.end), t.F_VENUE: (SESSION_PAGE, self.venue),
            t.F_SPEAKERS: (SESSION_PAGE, self.speakers), t.F_ORGANISER: (SESSION_PAGE, self.organiser),
            t.F_BUDGET: (SESSION_PAGE, self.budget), t.F_NOTES: (SESSION_PAGE, self.notes),
        }
        for f in self.participants.field_columns:
            self._field_widgets[f] = (PEOPLE_PAGE, people)
        self._load(self._data)
        self.title.setFocus()

    # pages ----------------------------------------------------------------------------
    def _session_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.title = QLineEdit(page)
        self.title.setMaxLength(200)
        self.topic = EnumCombo(TrainingTopic, page)
        self.format = EnumCombo(TrainingFormat, page)
        self.start = BEDateEdit(page, field=t.F_START)
        self.end = BEDateEdit(page, field=t.F_END)
        self.start.dateChanged.connect(self._start_changed)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(self.end)
        dates.addStretch(1)
        self.venue = QLineEdit(page)
        self.speakers = QPlainTextEdit(page)
        self.speakers.setTabChangesFocus(True)
        self.speakers.setPlaceholderText(self.tr("One per line: name (agency)"))
        self.speakers.setMaximumHeight(self.fontMetrics().height() * 4)
        self.organiser = QLineEdit(page)
        self.budget = MoneyEdit(page, field=t.F_BUDGET)
        self.budget.setMaximumWidth(200)
        self.notes = QPlainTextEdit(page)
        self.notes.setTabChangesFocus(True)
        form.addRow(i18n.field_label(t.F_TITLE) + " *", self.title)
        form.addRow(self.tr("Topic"), self.topic)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Start and end date"), dates)
        form.addRow(i18n.field_label(t.F_VENUE), self.venue)
        form.addRow(i18n.field_label(t.F_SPEAKERS), self.speakers)
        form.addRow(i18n.field_label(t.F_ORGANISER), self.organiser)
        form.addRow(self.tr("Budget (baht)"), self.budget)
        form.addRow(i18n.field_label(t.F_NOTES), self.notes)
        return page

    def _people_page(self) -> QWidget:
        page = QWidget(self)
        self.pick_button = QPushButton(self.tr("Add from groups…"), page)
        self.pick_button.setToolTip(self.tr("Choose a group and tick its members (Ctrl+G)"))
        self.pick_button.clicked.connect(self.pick_members)
        QShortcut(QKeySequence("Ctrl+G"), self, activated=self.pick_members)
        self.type_button = QPushButton(self.tr("Type in a person"), page)
        self.type_button.setToolTip(
            self.tr("For people not in a registered group (Insert). Tab or Enter at the end "
                    "adds the next row.")
        )
        self.type_button.clicked.connect(lambda: self.participants.add_row())
        self.all_attended = QPushButton(self.tr("Mark all attended"), page)
        self.all_attended.clicked.connect(lambda: self.participants.set_all_attended(True))
        buttons = QHBoxLayout()
        for button in (self.pick_button, self.type_button, self.all_attended):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.participants = ParticipantsEditor(page)
        self.participants.edited.connect(self._update_summary)
        self.summary = SummaryPanel(page, with_groups=False, compact=True)
        layout = QVBoxLayout(page)
        layout.addLayout(buttons)
        layout.addWidget(self.participants, 1)
        layout.addWidget(self.summary)
        return page

    # behaviour ------------------------------------------------------------------------
    def _start_changed(self, start: date | None) -> None:
        end = self.end.date()
        if start is not None and (end is None or end < start or end == self._last_start):
            self.end.setDate(start)
        self._last_start = start
        self.participants.default_attended = start is not None and start <= self._today

    _last_start: date | None = None

    def _update_summary(self) -> None:
        people = self.participants.preview()
        self.tabs.setTabText(PEOPLE_PAGE, self.tr("Participants ({count})").format(count=len(people)))
        self.summary.set_summary(summarize(people))

    def pick_members(self) -> None:
        dialog = MemberPickerDialog(self.services, self.participants.member_ids(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.tabs.setCurrentIndex(PEOPLE_PAGE)
            self.participants.add_people(dialog.chosen(attended=self.participants.default_attended))

    # data in and out ------------------------------------------------------------------
    def _load(self, d: TrainingData) -> None:
        self.title.setText(d.title)
        self.topic.setValue(d.topic)
        self.format.setValue(d.format)
        self._last_start = d.start_date
        self.start.setDate(d.start_date)
        self.end.setDate(d.end_date)
        self._start_changed(d.start_date)
        self.venue.setText(d.venue)
        self.speakers.setPlainText(d.speakers)
        if d.id is None and not d.organiser:
            profile = self.services.officer.get()
            self.organiser.setText(profile.office if profile else "")
        else:
            self.organiser.setText(d.organiser)
        self.budget.setValue(d.budget if d.budget or d.id else None)
        self.notes.setPlainText(d.notes)
        self.participants.add_people(d.participants)
        self._update_summary()

    def collect(self) -> TrainingData:
        """What the form holds now; raises ``ValidationErrors`` for what cannot be read."""
        errors = ErrorList()
        data = self._read(errors)
        errors.raise_if_any()
        return data

    def _read(self, errors: ErrorList) -> TrainingData:
        return TrainingData(
            id=self._data.id,
            title=self.title.text(),
            topic=self.topic.value(),  # type: ignore[arg-type]
            format=self.format.value(),  # type: ignore[arg-type]
            start_date=errors.check(self.start.value),
            end_date=errors.check(self.end.value),
            venue=self.venue.text(),
            speakers=self.speakers.toPlainText(),
            organiser=self.organiser.text(),
            budget=errors.check(self.budget.value) or Money(0),
            notes=self.notes.toPlainText(),
            participants=self.participants.read(errors),
        )

    def accept(self) -> None:
        self.participants.drop_blank_rows()  # so row numbers in messages match the table
        super().accept()

    def save_record(self) -> uuid.UUID:
        errors = ErrorList()
        data = self._read(errors)
        if errors.errors:
            # What the service would say about the rest too: one Save shows everything.
            errors.check(validate_training, data)
            errors.raise_if_any()
        return self.photos.save(self.services.training.save(data))
