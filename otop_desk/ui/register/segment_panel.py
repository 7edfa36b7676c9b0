"""A product's segment: the five dimension answers of a year, the segment the app
proposes with its reasons, and the assessments of earlier years."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from otop_desk import i18n
from otop_desk.domain.dates import be_year, ce_year
from otop_desk.domain.errors import ValidationError
from otop_desk.domain.register.segments import propose
from otop_desk.domain.register.vocab import ANSWERS, Dimension, Segment
from otop_desk.services import Services
from otop_desk.services.register import ProductRegister, SegmentData
from otop_desk.ui import messages
from otop_desk.ui.register.tables import RecordTable
from otop_desk.ui.register.text import answer_text, reason_text, segment_text
from otop_desk.ui.widgets.enum_combo import EnumCombo


class SegmentPanel(QWidget):
    saved = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._product: uuid.UUID | None = None
        self._editing: uuid.UUID | None = None
        box = QGroupBox(self.tr("Assessment"), self)
        form = QFormLayout(box)
        self.year = QSpinBox(box)
        today = services.clock.today()
        self.year.setRange(2546, be_year(today.year) + 1)
        self.year.setValue(be_year(today.year))
        form.addRow(self.tr("Year (BE)"), self.year)
        self.answers: dict[Dimension, QComboBox] = {}
        for dimension in Dimension:
            combo = QComboBox(box)
            combo.addItem(self.tr("– choose –"), None)
            for code in ANSWERS[dimension]:
                combo.addItem(answer_text(dimension, code), code)
            combo.currentIndexChanged.connect(self._propose)
            self.answers[dimension] = combo
            form.addRow(i18n.enum_label(dimension), combo)
        self.segment = EnumCombo(Segment, box, empty_label=self.tr("As proposed"))
        form.addRow(self.tr("Segment"), self.segment)
        self.proposal = QLabel(box)
        self.proposal.setWordWrap(True)
        form.addRow(self.tr("Proposed"), self.proposal)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save assessment"), box)
        self.save_button.clicked.connect(self.save)
        self.new_button = QPushButton(self.tr("New year"), box)
        self.new_button.clicked.connect(self.start_new)
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        self.history = RecordTable([self.tr("Year"), self.tr("Segment"), self.tr("Answers")], self)
        self.history.itemSelectionChanged.connect(self._pick)
        layout = QHBoxLayout(self)
        layout.addWidget(box, 3)
        column = QVBoxLayout()
        column.addWidget(QLabel(self.tr("Earlier assessments"), self))
        column.addWidget(self.history, 1)
        layout.addLayout(column, 2)

    def show_register(self, page: ProductRegister) -> None:
        self._product = page.product_id
        self._segments = page.segments
        self.history.set_rows([
            (s.id, [str(be_year(s.year)) if s.year else "", segment_text(s.segment),
                    " ".join(s.answers.get(d, "") for d in Dimension)], None)
            for s in page.segments if s.id is not None])
        if page.segments:
            self._load(page.segments[0])
        else:
            self.start_new()

    def _load(self, data: SegmentData) -> None:
        self._editing = data.id
        if data.year:
            self.year.setValue(be_year(data.year))
        for dimension, combo in self.answers.items():
            combo.setCurrentIndex(max(combo.findData(data.answers.get(dimension)), 0))
        self.segment.setValue(data.segment)
        self._propose()

    def _pick(self) -> None:
        chosen = self.history.current_id()
        for data in getattr(self, "_segments", []):
            if data.id == chosen:
                self._load(data)

    def start_new(self) -> None:
        self._editing = None
        self.year.setValue(be_year(self.services.clock.today().year))
        self.segment.setValue(None)
        self._propose()

    def current_answers(self) -> dict[Dimension, str]:
        return {d: c.currentData() for d, c in self.answers.items() if c.currentData() is not None}

    def _propose(self) -> None:
        proposal = propose(self.current_answers(), self.services.register.rules())
        head = segment_text(proposal.segment) if proposal.segment else self.tr("not yet")
        lines = [f"<b>{head}</b>"] + [reason_text(r) for r in proposal.reasons]
        self.proposal.setText("<br>".join(lines))

    def save(self) -> None:
        if self._product is None:
            return
        segment = self.segment.value()
        try:
            self._editing = self.services.register.save_segment(SegmentData(
                id=self._editing, product_id=self._product, year=ce_year(self.year.value()),
                answers=self.current_answers(), segment=segment if isinstance(segment, Segment) else None))
        except ValidationError as error:
            messages.show_validation(self, error)
            return
        self.saved.emit()
