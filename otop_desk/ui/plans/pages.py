"""The pages of a business plan's form: what each part of the plan is typed into, how the
plan is shown in them and read back out of them.

Reading notes every field and cell it cannot read (``Marks``), so the form can tint each
one where it is and name them all at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from otop_desk import i18n
from otop_desk.domain.error_list import ErrorList
from otop_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from otop_desk.domain.money import Money
from otop_desk.domain.plans import PlanSection, SalesChannel
from otop_desk.services.plans import PlanData
from otop_desk.services.plans.labels import CHANNELS, SECTIONS
from otop_desk.services.plans.rules import TEXT_LABELS
from otop_desk.ui.plans.editors import RIGHT, LineColumn, LinesEditor, ProductsEditor, TargetsGrid

SUMMARY, SWOT, PRODUCTION, MATERIALS, MARKETING, MANAGEMENT, FINANCE, ACTUAL = range(8)


def tr(text: str) -> str:
    return QCoreApplication.translate("Plans", text)


@dataclass
class Mark:
    """A field or cell that cannot be saved: where it is, and why."""

    page: int
    widget: QWidget
    error: ValidationError
    row: int = -1  # a table's row (0-based); -1 for a field
    column: int = 0


@dataclass
class Marks:
    found: list[Mark] = field(default_factory=list)

    def take(self, page: int, errors: ErrorList, before: int,
             where: Callable[[ValidationError], tuple[QWidget, int, int]]) -> None:
        for error in errors.errors[before:]:
            widget, row, column = where(error)
            self.found.append(Mark(page, widget, error, row, column))


def _text_box(parent: QWidget, height: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * height + 12)
    return box


def _section_box(parent: QWidget, section: PlanSection, editor: QWidget) -> QGroupBox:
    box = QGroupBox(i18n.translate("Plans", SECTIONS[section]), parent)
    layout = QVBoxLayout(box)
    layout.addWidget(editor)
    return box


class PlanPages:
    """Builds the pages into ``tabs`` of ``owner`` and keeps their widgets."""

    def __init__(self, owner: QWidget, add_page: Callable[[QWidget, str], int]) -> None:
        self.owner = owner
        self.texts: dict[str, QPlainTextEdit | QLineEdit] = {}
        self.lines: dict[PlanSection, LinesEditor] = {}
        add_page(self._summary_page(), QCoreApplication.translate("Plans", "Summary and goals"))
        add_page(self._swot_page(), QCoreApplication.translate("Plans", "SWOT"))
        add_page(self._production_page(), QCoreApplication.translate("Plans", "Production"))
        add_page(self._materials_page(), QCoreApplication.translate("Plans", "Materials and equipment"))
        add_page(self._marketing_page(), QCoreApplication.translate("Plans", "Marketing"))
        add_page(self._management_page(), QCoreApplication.translate("Plans", "Management"))
        add_page(self._finance_page(), QCoreApplication.translate("Plans", "Finance"))

    # building -------------------------------------------------------------------------
    def _text(self, page: QWidget, name: str, height: int = 3) -> QPlainTextEdit:
        box = _text_box(page, height)
        self.texts[name] = box
        return box

    def _form(self, page: QWidget, names: list[tuple[str, int]]) -> QFormLayout:
        form = QFormLayout(page)
        for name, height in names:
            form.addRow(i18n.field_label(TEXT_LABELS[name]), self._text(page, name, height))
        return form

    def _lines(self, section: PlanSection, columns: list[tuple[str, str]]) -> LinesEditor:
        editor = LinesEditor(section, [LineColumn(attr, header) for attr, header in columns], self.owner)
        self.lines[section] = editor
        return editor

    def _summary_page(self) -> QWidget:
        page = QWidget(self.owner)
        form = QFormLayout(page)
        drafted = QLineEdit(page)
        drafted.setPlaceholderText(QCoreApplication.translate("Plans", "e.g. the committee and 12 members, at the group's meeting"))
        self.texts["drafted_with"] = drafted
        form.addRow(i18n.field_label(TEXT_LABELS["drafted_with"]), drafted)
        form.addRow(i18n.field_label(TEXT_LABELS["summary"]), self._text(page, "summary", 6))
        form.addRow(i18n.field_label(TEXT_LABELS["goals"]), self._text(page, "goals", 6))
        return page

    def _swot_page(self) -> QWidget:
        page = QWidget(self.owner)
        grid = QGridLayout(page)
        for index, name in enumerate(("strengths", "weaknesses", "opportunities", "threats")):
            row, column = divmod(index, 2)
            grid.addWidget(QLabel(i18n.field_label(TEXT_LABELS[name]), page), row * 2, column)
            grid.addWidget(self._text(page, name, 6), row * 2 + 1, column)
        return page

    def _production_page(self) -> QWidget:
        page = QWidget(self.owner)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(QCoreApplication.translate("Plans", "Products, what the group can make a month, and their price and cost "
                                   "from the costing sheets"), page))
        self.products = ProductsEditor(page)
        layout.addWidget(self.products, 2)
        layout.addWidget(QLabel(i18n.field_label(TEXT_LABELS["production_notes"]), page))
        layout.addWidget(self._text(page, "production_notes"), 1)
        return page

    def _materials_page(self) -> QWidget:
        page = QWidget(self.owner)
        layout = QVBoxLayout(page)
        layout.addWidget(_section_box(page, PlanSection.MATERIAL, self._lines(
            PlanSection.MATERIAL, [("name", QT_TRANSLATE_NOOP("Plans", "Material")), ("detail", QT_TRANSLATE_NOOP("Plans", "Where it comes from")), ("amount", QT_TRANSLATE_NOOP("Plans", "Baht a month"))])))
        layout.addWidget(_section_box(page, PlanSection.EQUIPMENT, self._lines(
            PlanSection.EQUIPMENT, [("name", QT_TRANSLATE_NOOP("Plans", "Equipment")), ("detail", QT_TRANSLATE_NOOP("Plans", "Had or needed")), ("amount", QT_TRANSLATE_NOOP("Plans", "Baht"))])))
        return page

    def _marketing_page(self) -> QWidget:
        page = QWidget(self.owner)
        layout = QVBoxLayout(page)
        form = QFormLayout()
        form.addRow(i18n.field_label(TEXT_LABELS["target_customers"]), self._text(page, "target_customers", 2))
        channels = QHBoxLayout()
        self.channels: dict[SalesChannel, QCheckBox] = {}
        for channel, label in CHANNELS.items():
            box = QCheckBox(i18n.translate("Plans", label), page)
            self.channels[channel] = box
            channels.addWidget(box)
        channels.addStretch(1)
        form.addRow(QCoreApplication.translate("Plans", "Channels"), channels)
        layout.addLayout(form)
        targets = QGroupBox(QCoreApplication.translate("Plans", "Monthly sales targets (baht)"), page)
        self.targets = TargetsGrid(targets)
        QVBoxLayout(targets).addWidget(self.targets)
        layout.addWidget(targets)
        layout.addWidget(QLabel(i18n.field_label(TEXT_LABELS["marketing_notes"]), page))
        layout.addWidget(self._text(page, "marketing_notes", 2), 1)
        return page

    def _management_page(self) -> QWidget:
        page = QWidget(self.owner)
        layout = QVBoxLayout(page)
        both = QHBoxLayout()
        both.addWidget(_section_box(page, PlanSection.DUTY, self._lines(
            PlanSection.DUTY, [("name", QT_TRANSLATE_NOOP("Plans", "Duty")), ("person", QT_TRANSLATE_NOOP("Plans", "Who"))])))
        both.addWidget(_section_box(page, PlanSection.MEETING, self._lines(
            PlanSection.MEETING, [("name", QT_TRANSLATE_NOOP("Plans", "Meeting")), ("detail", QT_TRANSLATE_NOOP("Plans", "When"))])))
        layout.addLayout(both, 2)
        form = QFormLayout()
        form.addRow(i18n.field_label(TEXT_LABELS["bookkeeping"]), self._text(page, "bookkeeping", 2))
        form.addRow(i18n.field_label(TEXT_LABELS["management_notes"]), self._text(page, "management_notes", 2))
        layout.addLayout(form)
        return page

    def _finance_page(self) -> QWidget:
        page = QWidget(self.owner)
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        for section, columns in (
                (PlanSection.STARTUP_COST, [("name", QT_TRANSLATE_NOOP("Plans", "Item")), ("amount", QT_TRANSLATE_NOOP("Plans", "Baht"))]),
                (PlanSection.RUNNING_COST, [("name", QT_TRANSLATE_NOOP("Plans", "Item")), ("amount", QT_TRANSLATE_NOOP("Plans", "Baht a month"))]),
                (PlanSection.FUNDING, [("name", QT_TRANSLATE_NOOP("Plans", "Source")), ("amount", QT_TRANSLATE_NOOP("Plans", "Baht"))])):
            row.addWidget(_section_box(page, section, self._lines(section, columns)))
        layout.addLayout(row, 2)
        self.projection = QTableWidget(0, 5, page)
        self.projection.setHorizontalHeaderLabels([QCoreApplication.translate("Plans", "Month"), QCoreApplication.translate("Plans", "Income (target)"), QCoreApplication.translate("Plans", "Cost of the goods"),
                                                   QCoreApplication.translate("Plans", "Profit"), QCoreApplication.translate("Plans", "Profit less start-up costs")])
        self.projection.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.projection.verticalHeader().hide()
        self.projection.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.projection.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.facts = QLabel(page)
        self.facts.setWordWrap(True)
        lower = QHBoxLayout()
        lower.addWidget(self.projection, 3)
        side = QVBoxLayout()
        side.addWidget(self.facts)
        side.addWidget(QLabel(i18n.field_label(TEXT_LABELS["finance_notes"]), page))
        side.addWidget(self._text(page, "finance_notes", 3), 1)
        lower.addLayout(side, 2)
        layout.addLayout(lower, 3)
        return page

    # showing and reading ---------------------------------------------------------------
    def load(self, data: PlanData) -> None:
        for name, widget in self.texts.items():
            value = getattr(data, name)
            if isinstance(widget, QLineEdit):
                widget.setText(value)
            else:
                widget.setPlainText(value)
        for channel, box in self.channels.items():
            box.setChecked(channel in data.channels)
        self.products.set_products(data.products)
        for editor in self.lines.values():
            editor.set_lines(data.lines)
        self.targets.set_targets(data.span, data.targets)
        self.show_projection(data)

    def read(self, data: PlanData, marks: Marks) -> PlanData:
        """``data`` with what the pages hold now; what cannot be read is added to ``marks``."""
        errors = ErrorList()
        texts = {name: (w.text() if isinstance(w, QLineEdit) else w.toPlainText()) for name, w in self.texts.items()}
        before = len(errors.errors)
        products = self.products.products(errors)
        marks.take(PRODUCTION, errors, before, lambda e: self._cell(self.products, e))
        lines = []
        for section, editor in self.lines.items():
            before = len(errors.errors)
            lines += editor.lines(errors)
            page = {PlanSection.MATERIAL: MATERIALS, PlanSection.EQUIPMENT: MATERIALS, PlanSection.DUTY: MANAGEMENT,
                    PlanSection.MEETING: MANAGEMENT}.get(section, FINANCE)
            marks.take(page, errors, before, lambda e, editor=editor: self._cell(editor, e))
        targets = self.targets.targets(
            errors, lambda index, error: marks.found.append(Mark(MARKETING, self.targets.edits[index], error)))
        return replace(data, **texts, products=products, lines=lines, targets=targets,
                       channels=frozenset(c for c, box in self.channels.items() if box.isChecked()))

    @staticmethod
    def _cell(editor: Any, error: ValidationError) -> tuple[QWidget, int, int]:
        return editor.table, (error.row or 1) - 1, editor.field_columns.get(error.field, 0)

    def show_projection(self, data: PlanData) -> None:
        """Income and profit a month as the pages stand (what cannot be read counts as nothing)."""
        projection = data.projection()
        self.projection.setRowCount(0)
        for (year, month), m in zip(data.span.months(), projection.months, strict=True):
            row = self.projection.rowCount()
            self.projection.insertRow(row)
            cells = [i18n.fmt_month(year, month), _baht(m.target), _baht(m.variable_cost), _baht(m.profit),
                     _baht(m.cumulative)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(RIGHT)
                self.projection.setItem(row, column, item)
        facts = [QCoreApplication.translate("Plans", "Income for the year: {amount} baht").format(amount=_baht(projection.income))]
        if projection.profit is not None:
            facts.append(QCoreApplication.translate("Plans", "Profit for the year: {amount} baht").format(amount=_baht(projection.profit)))
        if projection.break_even_sales is not None:
            facts.append(QCoreApplication.translate("Plans", "Break-even sales a month: {amount} baht").format(amount=_baht(projection.break_even_sales)))
        else:
            facts.append(QCoreApplication.translate("Plans", "Break-even: give the products a price and a cost per unit."))
        if projection.funding_gap:
            facts.append(QCoreApplication.translate("Plans", "Start-up costs without funding: {amount} baht").format(amount=_baht(projection.funding_gap)))
        self.facts.setText("\n".join(facts))

    def set_read_only(self, read_only: bool) -> None:
        for widget in self.texts.values():
            widget.setReadOnly(read_only)
        for box in self.channels.values():
            box.setEnabled(not read_only)
        for edit in self.targets.edits:
            edit.setReadOnly(read_only)
        for editor in [self.products, *self.lines.values()]:
            triggers = QAbstractItemView.EditTrigger.NoEditTriggers if read_only else (
                QAbstractItemView.EditTrigger.AllEditTriggers & ~QAbstractItemView.EditTrigger.CurrentChanged)
            editor.table.setEditTriggers(triggers)
            editor.add_button.setEnabled(not read_only)
            editor.remove_button.setEnabled(not read_only)


def _baht(value: Money | None) -> str:
    return "–" if value is None else value.format()
