"""The rules form's Star levels page: what a product should show before it is sent to a
round for each level (``LevelNeeds``), one column per level, one row per demand; the
next-star list compares a product with the column of its next level."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from otop_desk import i18n
from otop_desk.domain.register.settings import LevelNeeds
from otop_desk.domain.register.vocab import ANSWERS, STAR_LEVELS, Dimension
from otop_desk.services.register.rules_settings import F_NEEDS, RANGES, level_key
from otop_desk.ui.register.text import answer_text, stars_text
from otop_desk.ui.widgets.field_marks import clear_field

# The demands counted in a spin box; the others are ticked, and capacity is a choice.
COUNTS = ("legal_standards", "book_months", "fairs", "score")
CAPACITY = "capacity"


class _Capacity(QFrame):
    """The capacity answers a level accepts (none ticked: any capacity)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(2, 2, 2, 2)
        self.boxes: dict[str, QCheckBox] = {}
        for code in ANSWERS[Dimension.CAPACITY]:
            box = QCheckBox(code, self)
            box.setToolTip(answer_text(Dimension.CAPACITY, code))
            box.toggled.connect(lambda _on: clear_field(self))
            row.addWidget(box)
            self.boxes[code] = box

    def set_codes(self, codes: list[str]) -> None:
        for code, box in self.boxes.items():
            box.setChecked(code in codes)

    def codes(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]


class LevelsPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        hint = QLabel(self.tr(
            "What a product should show before it is sent to a round for each level. The next-star list "
            "compares a product with the column of its next level; a higher level should ask at least "
            "what the level below asks."), self)
        hint.setWordWrap(True)
        grid = QGridLayout()
        self.inputs: dict[tuple[int, str], QWidget] = {}
        for column, level in enumerate(STAR_LEVELS, start=1):
            head = QLabel(stars_text(level), self)
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(head, 0, column)
        for row, (name, label) in enumerate(F_NEEDS.items(), start=1):
            grid.addWidget(QLabel(i18n.field_label(label), self), row, 0)
            for column, level in enumerate(STAR_LEVELS, start=1):
                widget = self._input(name)
                self.inputs[(level, name)] = widget
                grid.addWidget(widget, row, column, Qt.AlignmentFlag.AlignCenter)
        grid.setColumnStretch(0, 1)
        legend = QLabel("<br>".join(
            [self.tr("Production capacity that fits (none ticked: any):")]
            + [answer_text(Dimension.CAPACITY, code) for code in ANSWERS[Dimension.CAPACITY]]), self)
        legend.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(grid)
        layout.addWidget(legend)
        layout.addStretch(1)

    def _input(self, name: str) -> QWidget:
        if name == CAPACITY:
            return _Capacity(self)
        if name in COUNTS:
            spin = QSpinBox(self)
            spin.setRange(*RANGES[name])
            spin.setMinimumWidth(80)
            return spin
        box = QCheckBox(self)
        box.toggled.connect(lambda _on: clear_field(box))
        return box

    # the demands in and out --------------------------------------------------------------
    def set_levels(self, levels: dict[int, LevelNeeds]) -> None:
        for (level, name), widget in self.inputs.items():
            value = getattr(levels.get(level, LevelNeeds()), name)
            if isinstance(widget, _Capacity):
                widget.set_codes(value)
            elif isinstance(widget, QSpinBox):
                widget.setValue(value)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))

    def levels(self) -> dict[int, LevelNeeds]:
        out = {}
        for level in STAR_LEVELS:
            values: dict[str, object] = {}
            for name in F_NEEDS:
                widget = self.inputs[(level, name)]
                values[name] = (widget.codes() if isinstance(widget, _Capacity)
                                else widget.value() if isinstance(widget, QSpinBox)
                                else widget.isChecked())  # type: ignore[attr-defined]
            out[level] = LevelNeeds(**values)  # type: ignore[arg-type]
        return out

    def field_widgets(self) -> dict[str, QWidget]:
        return {level_key(level, name): widget for (level, name), widget in self.inputs.items()}

    def score(self, level: int) -> QSpinBox:
        spin = self.inputs[(level, "score")]
        assert isinstance(spin, QSpinBox)
        return spin
