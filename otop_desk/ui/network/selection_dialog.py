"""The booth selection of one fair, as the committee sees it at its meeting.

The weights of the criteria are set above the table; every applicant is ranked at once
by the service's own scoring (the score's tooltip shows each criterion's points), and the
proposal gives the first N a booth. The committee may decide otherwise for any group,
but the row turns amber and asks for the reason the groups will read on the printed
list. "Record the decision" checks everything (no more booths than exist, every
departure with its reason) and gives each application its outcome.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from otop_desk import i18n
from otop_desk.domain.enums import FairEntryStatus
from otop_desk.domain.errors import ValidationError
from otop_desk.domain.network import Criterion
from otop_desk.domain.register.vocab import CertificateKind
from otop_desk.services import Services
from otop_desk.services.booths import (
    DECISIONS,
    Decision,
    Scored,
    SelectionData,
    SelectionView,
    overridden,
)
from otop_desk.services.booths import data as b
from otop_desk.services.booths.scoring import F_WEIGHT, WEIGHT_MAX, WEIGHT_MIN
from otop_desk.ui import messages
from otop_desk.ui.common.form_dialog import RecordFormDialog
from otop_desk.ui.common.group_combo import index_of
from otop_desk.ui.widgets.be_date_edit import BEDateEdit
from otop_desk.ui.widgets.rows_editor import RowsEditor

RANK, GROUP, KIND, STARS, CERTIFICATES, SALES, PICKED, SCORE, PROPOSED, DECISION, REASON = range(11)
KEY_ROLE = Qt.ItemDataRole.UserRole + 30
OVERRIDDEN = QColor("#ffe8b3")


def certificates_text(keys: frozenset[str]) -> str:
    return ", ".join(i18n.enum_label(CertificateKind(k)) for k in sorted(keys) if k in CertificateKind._value2member_map_)


def points_tip(scored: Scored, weights: dict[Criterion, int]) -> str:
    """Each criterion's points and weight: how the score was reached."""
    lines = [f"{i18n.enum_label(c)}: {scored.points[c]} × {weights.get(c, 0)}" for c in Criterion]
    return "\n".join(lines)


class CandidatesEditor(RowsEditor):
    """The ranked applicants: facts and scores are read-only; the decision and reason are
    typed. No rows are added or removed here (applications are made on the fair)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([self.tr("Rank"), self.tr("Group"), self.tr("Product type"), self.tr("Stars"),
                          self.tr("Certificates"), self.tr("Past fair sales"), self.tr("Times picked (12 months)"),
                          self.tr("Score"), self.tr("Proposed"), self.tr("Committee's decision"),
                          self.tr("Reason (required where the decision departs from the proposal)")], parent)
        self.field_columns = {b.F_DECISION: DECISION, b.F_REASON: REASON}
        self.add_button.hide()
        self.remove_button.hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()

    def add_row(self, data: Any = None) -> int:
        return -1  # the applicants are those of the fair

    def remove_current(self) -> None:
        pass

    def go(self, row: int, column: int) -> None:
        super().go(min(row, self.row_count() - 1), column)

    def fixed(self, row: int, column: int, text: str, *, right: bool = False, tip: str = "") -> None:
        item = self.set_text(row, column, text)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        if right:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setToolTip(tip or text)


class SelectionDialog(RecordFormDialog):
    HISTORY_TABLE = "booth_selection"

    def __init__(self, services: Services, fair_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.fair_id = fair_id
        self.view: SelectionView = services.booths.selection(fair_id)
        self.ranked: list[Scored] = []
        self._chosen = {a.facts.key: a.decision for a in self.view.applicants if a.decision is not None}
        self._reasons = {a.facts.key: a.reason for a in self.view.applicants}
        self._decide = False
        self.setWindowTitle(self.tr("Booth selection: {fair}").format(fair=self.view.fair_name))
        self.resize(1340, 700)
        self.tabs.addTab(self._page(), self.tr("Applicants and scores"))
        self.tabs.tabBar().hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save draft"))
        self.decide_button = self.buttons.addButton(self.tr("Record the decision"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.decide_button.setToolTip(self.tr("Check the decision and give each group its outcome"))
        self.decide_button.clicked.connect(self.decide)
        self.reopen_button = self.buttons.addButton(self.tr("Reopen"), QDialogButtonBox.ButtonRole.ActionRole)
        self.reopen_button.setToolTip(self.tr("Make the decision a draft again, to change it"))
        self.reopen_button.clicked.connect(self.reopen)
        self.print_button = self.buttons.addButton(self.tr("Print list…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.print_list)
        self._field_widgets = {b.F_DECISION: (0, self.candidates.table), b.F_REASON: (0, self.candidates.table),
                               b.F_MEETING: (0, self.meeting), b.F_DECIDED_ON: (0, self.decided_on),
                               b.F_SELECTION_NOTES: (0, self.notes), F_WEIGHT: (0, self.weights[Criterion.STARS])}
        self._load()

    def record_id(self) -> uuid.UUID | None:
        view = getattr(self, "view", None)  # asked while the form is being made, too
        return view.selection_id if view is not None else None

    # the page -------------------------------------------------------------------------
    def _page(self) -> QWidget:
        page = QWidget(self)
        self.fair_label = QLabel(page)
        self.fair_label.setWordWrap(True)
        weights = QGridLayout()
        weights.addWidget(QLabel(self.tr("Weights (0–10) set by the committee:"), page), 0, 0, 1, len(Criterion))
        self.weights: dict[Criterion, QSpinBox] = {}
        for column, criterion in enumerate(Criterion):
            spin = QSpinBox(page)
            spin.setRange(WEIGHT_MIN, WEIGHT_MAX)
            spin.setAccessibleName(i18n.enum_label(criterion))
            spin.valueChanged.connect(lambda _v: self.rank_again())
            label = QLabel(i18n.enum_label(criterion), page)
            label.setBuddy(spin)
            box = QHBoxLayout()
            box.addWidget(label)
            box.addWidget(spin)
            box.addStretch(1)
            weights.addLayout(box, 1, column)
            self.weights[criterion] = spin
        self.meeting = QComboBox(page)
        self.meeting.addItem(self.tr("(not yet decided at a meeting)"), None)
        for m in self.services.network.meeting_choices(fair_id=self.fair_id):
            number = f" {m.number}" if m.number else ""
            self.meeting.addItem(f"{i18n.fmt_date(m.meeting_date)}{number} · {m.body} · "
                                 f"{i18n.enum_label(m.purpose)}", m.id)
        self.meeting.currentIndexChanged.connect(self._meeting_changed)
        self.decided_on = BEDateEdit(page, field=b.F_DECIDED_ON)
        self.notes = QLineEdit(page)
        self.notes.setPlaceholderText(self.tr("e.g. where the list with scores is posted"))
        form = QFormLayout()
        form.addRow(self.tr("Decided at the meeting"), self.meeting)
        form.addRow(i18n.field_label(b.F_DECIDED_ON), self.decided_on)
        form.addRow(i18n.field_label(b.F_SELECTION_NOTES), self.notes)
        self.candidates = CandidatesEditor(page)
        self.candidates.table.itemChanged.connect(self._reason_typed)
        self.summary = QLabel(page)
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.fair_label)
        layout.addLayout(weights)
        layout.addLayout(form)
        layout.addWidget(self.candidates, 1)
        layout.addWidget(self.summary)
        return page

    # ranking --------------------------------------------------------------------------
    def current_weights(self) -> dict[Criterion, int]:
        return {c: spin.value() for c, spin in self.weights.items()}

    def rank_again(self) -> None:
        """Score and rank every applicant with the weights shown; decisions the
        committee changed itself stay, the rest follow the new proposal."""
        if not hasattr(self, "candidates"):
            return
        weights = self.current_weights()
        if not any(weights.values()):
            weights = self.view.weights  # a ranking needs some weight: keep the last one shown
        self.ranked = self.view.ranked(weights)
        table = self.candidates.table
        blocked = table.blockSignals(True)
        table.setRowCount(0)
        choices = [(i18n.enum_label(d), d.value) for d in DECISIONS]
        for scored in self.ranked:
            f = scored.facts
            row = self.candidates.append_row()
            self.candidates.fixed(row, RANK, str(scored.rank), right=True)
            table.item(row, RANK).setData(KEY_ROLE, f.key)
            self.candidates.fixed(row, GROUP, f.group_name)
            self.candidates.fixed(row, KIND, i18n.enum_label(f.product_type))
            self.candidates.fixed(row, STARS, str(f.stars) if f.stars else "–", right=True)
            self.candidates.fixed(row, CERTIFICATES, certificates_text(f.certificates))
            self.candidates.fixed(row, SALES, f.past_sales.format(), right=True)
            self.candidates.fixed(row, PICKED, str(f.times_picked), right=True)
            self.candidates.fixed(row, SCORE, f"{scored.score:.2f}", right=True, tip=points_tip(scored, weights))
            self.candidates.fixed(row, PROPOSED, i18n.enum_label(scored.proposed))
            combo = self.candidates.set_combo(row, DECISION, choices, self._chosen.get(f.key, scored.proposed).value)
            combo.currentIndexChanged.connect(lambda _i, key=f.key, c=combo: self._decision_changed(key, c))
            self.candidates.set_text(row, REASON, self._reasons.get(f.key, ""))
        table.blockSignals(blocked)
        self._paint()

    def _decision_changed(self, key: Any, combo: QComboBox) -> None:
        self._chosen[key] = FairEntryStatus(combo.currentData())
        self._paint()

    def _reason_typed(self, item: Any) -> None:
        if item.column() == REASON:
            key = self.candidates.table.item(item.row(), RANK).data(KEY_ROLE)
            self._reasons[key] = item.text()
            self._paint()

    def decision_of(self, row: int) -> FairEntryStatus:
        value = self.candidates.combo_value(row, DECISION)
        return FairEntryStatus(value) if value else self.ranked[row].proposed

    def _paint(self) -> None:
        """Amber rows depart from the proposal; the summary counts booths and departures."""
        table = self.candidates.table
        blocked = table.blockSignals(True)
        given = departures = missing = 0
        for row, scored in enumerate(self.ranked):
            decision = self.decision_of(row)
            given += decision == FairEntryStatus.SELECTED
            departs = overridden(decision, scored.proposed)
            departures += departs
            missing += departs and not self.candidates.text(row, REASON).strip()
            for column in range(table.columnCount()):
                item = table.item(row, column)
                if item is not None:
                    item.setBackground(OVERRIDDEN if departs else QColor(Qt.GlobalColor.transparent))
        table.blockSignals(blocked)
        text = self.tr("{given} of {booths} booths given; {departures} decisions depart from the proposed "
                       "ranking").format(given=given, booths=self.view.booths, departures=departures)
        if missing:
            text += " · " + self.tr("{count} still need a written reason").format(count=missing)
        if given > self.view.booths:
            text += " · " + self.tr("more groups than booths")
        self.summary.setText(text)

    # meeting --------------------------------------------------------------------------
    def _meeting_changed(self) -> None:
        if not self.view.decided and self.meeting.currentData() is not None:
            self.decided_on.setDate(self.services.booths.decided_on_default(self.meeting.currentData()))

    # data in and out ------------------------------------------------------------------
    def _load(self) -> None:
        v = self.view
        self.fair_label.setText(self.tr(
            "<b>{fair}</b> · {venue} · {start} – {end} · <b>{booths}</b> booths for <b>{applicants}</b> "
            "applicant groups").format(fair=v.fair_name, venue=v.venue, start=i18n.fmt_date(v.start_date),
                                       end=i18n.fmt_date(v.end_date), booths=v.booths,
                                       applicants=len(v.applicants)))
        for criterion, spin in self.weights.items():
            spin.blockSignals(True)
            spin.setValue(v.weights.get(criterion, 0))
            spin.blockSignals(False)
        self.meeting.blockSignals(True)
        self.meeting.setCurrentIndex(max(index_of(self.meeting, v.meeting_id), 0))
        self.meeting.blockSignals(False)
        # A draft is decided on the day of its meeting, unless the committee said otherwise.
        self.decided_on.setDate(v.decided_on or (self.services.booths.decided_on_default(v.meeting_id)
                                                 if v.meeting_id is not None else None))
        self.notes.setText(v.notes)
        self.rank_again()
        decided = v.decided
        for widget in (*self.weights.values(), self.meeting, self.decided_on, self.notes):
            widget.setEnabled(not decided)
        self.candidates.table.setEnabled(True)
        self.candidates.setProperty("decided", decided)
        for row in range(self.candidates.row_count()):
            cell = self.candidates.cell_widget(row, DECISION)
            if cell is not None:
                cell.setEnabled(not decided)
            reason = self.candidates.table.item(row, REASON)
            if decided and reason is not None:
                reason.setFlags(reason.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not decided)
        self.decide_button.setEnabled(not decided)
        self.reopen_button.setEnabled(decided)
        if decided:
            self.summary.setText(self.summary.text() + " · " + self.tr("decided on {day}").format(
                day=i18n.fmt_date(v.decided_on)))
        if v.late:
            self.summary.setText(self.summary.text() + " · " + self.tr(
                "applied after the decision: {groups}").format(groups=", ".join(v.late)))

    def collect(self) -> SelectionData:
        self.candidates.commit_editing()
        decisions = [Decision(s.facts.key, self.decision_of(row), self.candidates.text(row, REASON))
                     for row, s in enumerate(self.ranked)]
        return SelectionData(self.fair_id, self.current_weights(), decisions, self.meeting.currentData(),
                             self.decided_on.date(), self.notes.text())

    def save_record(self) -> uuid.UUID:
        data = self.collect()
        if self._decide:
            self._decide = False
            return self.services.booths.decide(data)
        return self.services.booths.save_draft(data)

    def decide(self) -> None:
        self._decide = True
        self.accept()
        self._decide = False  # refused: the next Save is a draft again

    def accept(self) -> None:
        if self.view.decided:
            return
        super().accept()

    def reopen(self) -> None:
        if messages.confirm(self, self.tr("Reopen the selection"), self.tr(
                "Make the committee's decision a draft again? The groups keep their outcomes until "
                "it is decided anew.")):
            try:
                self.services.booths.reopen(self.fair_id)
            except ValidationError as error:
                messages.show_validation(self, error)
                return
            self.view = self.services.booths.selection(self.fair_id)
            self._load()

    def print_list(self) -> None:
        from otop_desk.ui.network.printing import print_selection

        print_selection(self, self.services, self.fair_id)
