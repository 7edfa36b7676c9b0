"""The tables of a plan's pages: its products, its lists (materials, duties, costs, ...)
and the twelve monthly sales targets. Each reads its cells into the plan's dataclasses and
notes every cell it cannot read, with the row, so the form marks the cell itself."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from otop_desk import i18n
from otop_desk.domain.error_list import ErrorList
from otop_desk.domain.fiscal import YearSpan
from otop_desk.domain.money import Money
from otop_desk.domain.plans import PlanSection
from otop_desk.services.plans import LineData, ProductLine, rules
from otop_desk.ui.widgets.rows_editor import RowsEditor

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
# The product of the registry (or the member) a line was drafted from, kept as it is.
MEMBER_ROLE = Qt.ItemDataRole.UserRole + 11


def _money_text(value: Money | None) -> str:
    return "" if value is None else value.format()


def _right(editor: RowsEditor, row: int, column: int, text: str) -> None:
    editor.set_text(row, column, text).setTextAlignment(RIGHT)


class ProductsEditor(RowsEditor):
    """Products of the production plan: name, unit, capacity a month, price and cost."""

    NAME, UNIT, CAPACITY, PRICE, COST = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        tr = i18n.field_label
        super().__init__([tr(rules.F_PRODUCT), tr(rules.F_UNIT), tr(rules.F_CAPACITY), tr(rules.F_PRICE),
                          tr(rules.F_COST)], parent)
        self.field_columns = {rules.F_PRODUCT: self.NAME, rules.F_UNIT: self.UNIT, rules.F_CAPACITY: self.CAPACITY,
                              rules.F_PRICE: self.PRICE, rules.F_COST: self.COST}

    def fill_row(self, row: int, data: Any) -> None:
        p: ProductLine = data or ProductLine()
        self.set_text(row, self.NAME, p.name, p.id)
        self.table.item(row, self.NAME).setData(MEMBER_ROLE, p.product_id)
        self.set_text(row, self.UNIT, p.unit)
        _right(self, row, self.CAPACITY, f"{p.capacity:,}" if p.capacity else "")
        _right(self, row, self.PRICE, _money_text(p.price))
        _right(self, row, self.COST, _money_text(p.unit_cost))

    def set_products(self, products: list[ProductLine]) -> None:
        self.table.setRowCount(0)
        for product in products:
            self.fill_row(self.append_row(), product)

    def products(self, errors: ErrorList) -> list[ProductLine]:
        out = []
        for row in range(self.row_count()):
            if self.is_blank(row):
                continue
            at = row + 1
            item = self.table.item(row, self.NAME)
            product = ProductLine(
                name=self.text(row, self.NAME), unit=self.text(row, self.UNIT),
                capacity=errors.check(rules.parse_capacity, self.text(row, self.CAPACITY), row=at, default=0),
                price=errors.check(rules.parse_amount, self.text(row, self.PRICE), rules.F_PRICE, row=at),
                unit_cost=errors.check(rules.parse_amount, self.text(row, self.COST), rules.F_COST, row=at),
                product_id=item.data(MEMBER_ROLE) if item is not None else None,
                id=self.record_id(row))
            errors.check(rules.check_product, product, row=at)
            out.append(product)
        return out


@dataclass(frozen=True)
class LineColumn:
    attr: str  # "name", "detail", "person" or "amount"
    header: str  # English source in the ``Plans`` context


class LinesEditor(RowsEditor):
    """One of a plan's lists (``PlanSection``), with the columns that list needs."""

    FIELDS = {"name": rules.F_ITEM, "detail": rules.F_DETAIL, "person": rules.F_PERSON, "amount": rules.F_AMOUNT}

    def __init__(self, section: PlanSection, columns: list[LineColumn], parent: QWidget | None = None) -> None:
        super().__init__([i18n.translate("Plans", c.header) for c in columns], parent)
        self.section = section
        self.columns = columns
        self.field_columns = {self.FIELDS[c.attr]: index for index, c in enumerate(columns)}

    def fill_row(self, row: int, data: Any) -> None:
        line: LineData = data or LineData(self.section)
        for column, spec in enumerate(self.columns):
            if spec.attr == "amount":
                _right(self, row, column, _money_text(line.amount))
            else:
                self.set_text(row, column, getattr(line, spec.attr), line.id if column == 0 else None)
        first = self.table.item(row, 0)
        if first is not None:
            first.setData(MEMBER_ROLE, line.member_id)

    def set_lines(self, lines: list[LineData]) -> None:
        self.table.setRowCount(0)
        for line in lines:
            if line.section == self.section:
                self.fill_row(self.append_row(), line)

    def lines(self, errors: ErrorList) -> list[LineData]:
        out = []
        for row in range(self.row_count()):
            if self.is_blank(row):
                continue
            at = row + 1
            values: dict[str, Any] = {}
            for column, spec in enumerate(self.columns):
                text = self.text(row, column)
                if spec.attr == "amount":
                    values["amount"] = errors.check(rules.parse_amount, text, rules.F_AMOUNT, row=at)
                else:
                    values[spec.attr] = text
            first = self.table.item(row, 0)
            line = LineData(self.section, member_id=first.data(MEMBER_ROLE) if first else None,
                            id=self.record_id(row), **values)
            errors.check(rules.check_line, line, row=at)
            out.append(line)
        return out

    def total(self) -> Money:
        return Money.sum(line.amount or Money(0) for line in self.lines(ErrorList()))


class TargetsGrid(QWidget):
    """The twelve months of the fiscal year, October first, each with its sales target
    as typed: a target that is not a number is marked at its own field on Save."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits: list[QLineEdit] = []
        self.labels: list[QLabel] = []
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for index in range(12):
            label = QLabel(self)
            edit = QLineEdit(self)
            edit.setAlignment(RIGHT)
            edit.setPlaceholderText("0.00")
            label.setBuddy(edit)
            column, row = divmod(index, 6)
            layout.addWidget(label, row, column * 2)
            layout.addWidget(edit, row, column * 2 + 1)
            self.labels.append(label)
            self.edits.append(edit)
        for index in range(1, 12):
            QWidget.setTabOrder(self.edits[index - 1], self.edits[index])

    def set_targets(self, span: YearSpan, targets: list[Money]) -> None:
        for (year, month), label, edit, target in zip(span.months(), self.labels, self.edits, targets, strict=True):
            label.setText(i18n.fmt_month(year, month))
            edit.setText(target.format() if target.satang else "")

    def targets(self, errors: ErrorList, on_error: Callable[[int, Any], None]) -> list[Money]:
        out = []
        for index, (label, edit) in enumerate(zip(self.labels, self.edits, strict=True)):
            before = len(errors.errors)
            out.append(errors.check(rules.parse_target, edit.text(), label.text(), default=Money(0)))
            if len(errors.errors) > before:
                on_error(index, errors.errors[-1])
        return out
