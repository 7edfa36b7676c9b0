"""The rules form's Segments page: per segment A–D, which answers of each of the five
dimensions fit it. A dimension is ticked when the segment names it (then its ticked
answers fit); unticked, any answer fits (segment D names only the standards)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from otop_desk import i18n
from otop_desk.domain.register.vocab import ANSWERS, Dimension, Segment
from otop_desk.services.register.rules_settings import segment_key
from otop_desk.ui.common.thai_style import tab_widget
from otop_desk.ui.register.text import answer_text
from otop_desk.ui.widgets.field_marks import clear_field

# Segment letter -> dimension -> the answers that fit (``RegisterRules.segment_rules``).
SegmentRules = dict[str, dict[str, list[str]]]


class SegmentRulesPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        hint = QLabel(self.tr(
            "Tick the answers of each dimension that fit a segment. A dimension left unticked takes any "
            "answer. A product is proposed D when every rule of D fits, else the first of A, B and C "
            "whose every rule fits, else the one that fits most."), self)
        hint.setWordWrap(True)
        self.tabs = tab_widget(self)
        self.boxes: dict[tuple[Segment, Dimension], QGroupBox] = {}
        self.answers: dict[tuple[Segment, Dimension], dict[str, QCheckBox]] = {}
        for segment in Segment:
            self.tabs.addTab(self._segment_page(segment), i18n.enum_label(segment))
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.tabs, 1)

    def _segment_page(self, segment: Segment) -> QWidget:
        page = QWidget(self.tabs)
        grid = QGridLayout(page)
        for i, dimension in enumerate(Dimension):
            box = QGroupBox(i18n.enum_label(dimension), page)
            box.setCheckable(True)
            box.setToolTip(self.tr("Untick: any answer of this dimension fits the segment"))
            column = QVBoxLayout(box)
            boxes: dict[str, QCheckBox] = {}
            for code in ANSWERS[dimension]:
                answer = QCheckBox(answer_text(dimension, code), box)
                answer.toggled.connect(lambda _on, box=box: clear_field(box))
                column.addWidget(answer)
                boxes[code] = answer
            column.addStretch(1)
            box.toggled.connect(lambda _on, box=box: clear_field(box))
            # standards, capacity and process on the left; development and market right
            grid.addWidget(box, i % 3, i // 3)
            self.boxes[(segment, dimension)] = box
            self.answers[(segment, dimension)] = boxes
        grid.setRowStretch(3, 1)
        return page

    # the rules in and out -------------------------------------------------------------
    def set_rules(self, rules: SegmentRules) -> None:
        for (segment, dimension), box in self.boxes.items():
            named = rules.get(segment.value, {})
            chosen = named.get(dimension.value)
            box.setChecked(chosen is not None)
            for code, answer in self.answers[(segment, dimension)].items():
                answer.setChecked(code in (chosen or []))

    def rules(self) -> SegmentRules:
        out: SegmentRules = {segment.value: {} for segment in Segment}
        for (segment, dimension), box in self.boxes.items():
            if box.isChecked():
                out[segment.value][dimension.value] = [
                    code for code, answer in self.answers[(segment, dimension)].items() if answer.isChecked()]
        return out

    # where the form marks what it cannot save ---------------------------------------------
    def field_widgets(self) -> dict[str, QWidget]:
        """Each input's key (``rules_settings``) and its widget: a dimension's box, and for
        a segment as a whole its first box."""
        out: dict[str, QWidget] = {}
        for (segment, dimension), box in self.boxes.items():
            out[segment_key(segment, dimension)] = box
            out.setdefault(segment_key(segment), box)
        return out

    def reveal(self, widget: QWidget) -> None:
        """Turn to the segment whose page holds ``widget``."""
        for index in range(self.tabs.count()):
            if self.tabs.widget(index).isAncestorOf(widget):
                self.tabs.setCurrentIndex(index)
                return
