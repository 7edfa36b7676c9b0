"""One costing sheet: the batch, its cost lines, and the figures, recomputed as you type."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from otop_desk import i18n
from otop_desk.domain.costing import CostingIssue, CostingResult
from otop_desk.domain.enums import CostLineKind
from otop_desk.domain.error_list import ErrorList, ValidationErrors
from otop_desk.domain.errors import ValidationError
from otop_desk.domain.money import Money, parse_decimal
from otop_desk.services import Services
from otop_desk.services.books import LineData, SheetData
from otop_desk.services.books import costing as c
from otop_desk.services.common.validate import check_int
from otop_desk.ui import messages
from otop_desk.ui.common.group_combo import index_of
from otop_desk.ui.widgets.be_date_edit import BEDateEdit
from otop_desk.ui.widgets.money_edit import MoneyEdit
from otop_desk.ui.widgets.rows_editor import RowsEditor

KIND, NAME, QTY, UNIT, COST, SPREAD, TOTAL = range(7)


class LinesEditor(RowsEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([self.tr("Kind"), self.tr("Item"), self.tr("Quantity"), self.tr("Unit"),
                          self.tr("Cost per unit (baht)"), self.tr("Shared over batches"),
                          self.tr("Cost per batch")], parent)
        self.table.horizontalHeaderItem(SPREAD).setToolTip(self.tr(
            "A cost paid once for several batches (a gas tank, a month of electricity): "
            "type its total and the number of batches it lasts."))
        self.field_columns = {c.F_QUANTITY: QTY, c.F_UNIT_COST: COST, c.F_SPREAD: SPREAD}

    def fill_row(self, row: int, data: LineData | None) -> None:
        line = data or LineData()
        combo = self.set_combo(row, KIND, [(i18n.enum_label(k), k.value) for k in CostLineKind],
                               line.kind.value)
        combo.currentIndexChanged.connect(lambda _i: self.table.itemChanged.emit(self.table.item(row, NAME)))
        self.set_text(row, NAME, line.name, line.id)
        self.set_text(row, QTY, _qty(line.quantity))
        self.set_text(row, UNIT, line.unit)
        self.set_text(row, COST, line.unit_cost.format())
        self.set_text(row, SPREAD, str(line.spread_batches))
        total = self.set_text(row, TOTAL, "")
        total.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        total.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def lines(self) -> list[LineData]:
        """Every line typed; raises ``ValidationErrors`` naming each cell that cannot be read."""
        errors = ErrorList()
        out = [line for _row, line in self.read(errors)]
        errors.raise_if_any()
        return out

    def read(self, errors: ErrorList) -> list[tuple[int, LineData]]:
        """(row, line) for each line that can be read; the others are noted in ``errors``."""
        out = []
        for row in range(self.row_count()):
            if self.is_blank(row):
                continue
            line = errors.check(self._line, row, row=row + 1)
            if line is not None:
                out.append((row, line))
        return out

    def _line(self, row: int) -> LineData:
        cells = ErrorList()  # every bad cell of the line, not only the first
        spread = cells.check(parse_decimal, self.text(row, SPREAD) or "1", c.F_SPREAD, places=0)
        if spread is not None:
            cells.check(check_int, int(spread), c.F_SPREAD, 1, c.MAX_SPREAD)
        line = LineData(
            kind=CostLineKind(self.combo_value(row, KIND)),
            name=self.text(row, NAME),
            quantity=cells.check(parse_decimal, self.text(row, QTY) or "0", c.F_QUANTITY, places=3),
            unit=self.text(row, UNIT),
            unit_cost=cells.check(Money.parse, self.text(row, COST) or "0", c.F_UNIT_COST),
            spread_batches=int(spread or 1),
            id=self.record_id(row),
        )
        cells.raise_if_any()
        return line

    def is_blank(self, row: int) -> bool:
        # A new line comes with a quantity of 1 and a cost of 0.00: nothing typed yet.
        return not any(self.text(row, col).strip() for col in (NAME, UNIT)) and \
            self.text(row, QTY).strip() in ("", "1") and self.text(row, COST).strip() in ("", "0", "0.00")


def _qty(value: Decimal) -> str:
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


class CostingDialog(QDialog):
    def __init__(self, services: Services, group_id: uuid.UUID, data: SheetData,
                 parent: QWidget | None = None, *, new: bool) -> None:
        super().__init__(parent)
        self.services = services
        self.saved_id: uuid.UUID | None = None
        self._data = data
        self.setWindowTitle(self.tr("New costing sheet") if new else self.tr("Costing sheet"))
        self.resize(1100, 640)
        self.product = QComboBox(self)
        for p in services.costing.products(group_id):
            self.product.addItem(p.name, p.id)
        self.product.setCurrentIndex(index_of(self.product, data.product_id))
        self.product.setEnabled(new)
        self.product.currentIndexChanged.connect(self._product_changed)
        self.title_edit = QLineEdit(self)
        self.sheet_date = BEDateEdit(self, field=c.F_SHEET_DATE)
        self.batch = QSpinBox(self)
        self.batch.setRange(0, c.MAX_BATCH)
        self.batch.setGroupSeparatorShown(True)
        self.price = MoneyEdit(self, field=c.F_SELLING)
        self.notes = QLineEdit(self)
        self.lines = LinesEditor(self)
        self.figures: dict[str, QLabel] = {}
        results = QGroupBox(self.tr("Figures for one batch"), self)
        form = QFormLayout(results)
        for key, label in (
            ("material", i18n.enum_label(CostLineKind.MATERIAL)),
            ("packaging", i18n.enum_label(CostLineKind.PACKAGING)),
            ("labour", i18n.enum_label(CostLineKind.LABOUR)),
            ("overhead", i18n.enum_label(CostLineKind.OVERHEAD)),
            ("batch", self.tr("Cost of the batch")),
            ("unit", self.tr("Cost per unit")),
            ("margin", self.tr("Margin per unit")),
            ("profit", self.tr("Profit if the whole batch sells")),
            ("break_even", self.tr("Break-even quantity")),
        ):
            self.figures[key] = QLabel(results)
            self.figures[key].setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            form.addRow(label, self.figures[key])
        self.issue = QLabel(results)
        self.issue.setWordWrap(True)
        self.issue.setStyleSheet("color: #9b4d00;")
        explain = QLabel(self.tr(
            "Break-even quantity: how many units of this batch must be sold at the selling "
            "price to get the whole cost of the batch back (cost of the batch ÷ selling "
            "price, rounded up). Every unit sold after that is profit."), results)
        explain.setWordWrap(True)
        form.addRow(self.issue)
        form.addRow(explain)
        results.setMinimumWidth(330)
        results.setMaximumWidth(380)

        head = QFormLayout()
        head.addRow(self.tr("Product"), self.product)
        head.addRow(i18n.field_label(c.F_TITLE), self.title_edit)
        head.addRow(i18n.field_label(c.F_SHEET_DATE), self.sheet_date)
        head.addRow(i18n.field_label(c.F_BATCH), self.batch)
        head.addRow(i18n.field_label(c.F_SELLING), self.price)
        head.addRow(i18n.field_label(c.F_SHEET_NOTES), self.notes)
        left = QVBoxLayout()
        left.addLayout(head)
        left.addWidget(self.lines, 1)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(results)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self._load(data)
        # What-if: every keystroke recomputes.
        self.lines.table.itemChanged.connect(lambda _item: self.recompute())
        self.lines.table.model().rowsRemoved.connect(lambda *_: self.recompute())
        self.batch.valueChanged.connect(lambda _v: self.recompute())
        self.price.textChanged.connect(lambda _t: self.recompute())
        self.recompute()
        self.title_edit.setFocus()

    def _load(self, d: SheetData) -> None:
        self.title_edit.setText(d.title)
        self.sheet_date.setDate(d.sheet_date)
        self.batch.setValue(d.batch_size)
        self.price.setValue(d.selling_price)
        self.notes.setText(d.notes)
        self.lines.table.setRowCount(0)
        for line in d.lines:
            self.lines.fill_row(self.lines.append_row(), line)

    def _product_changed(self) -> None:
        product_id = self.product.currentData()
        if product_id is not None and product_id != self._data.product_id:
            self._data = self.services.costing.draft(product_id)
            self.lines.table.blockSignals(True)
            self._load(self._data)
            self.lines.table.blockSignals(False)
            self.recompute()

    def collect(self) -> SheetData:
        day = self.sheet_date.value()
        assert day is not None
        return SheetData(
            product_id=self.product.currentData(),
            title=self.title_edit.text(),
            sheet_date=day,
            batch_size=self.batch.value(),
            selling_price=self.price.value(),
            notes=self.notes.text(),
            lines=self.lines.lines(),
            id=self._data.id,
        )

    def recompute(self) -> CostingResult | None:
        """The figures of what is typed now; every figure reads "–" while a cell (or the
        price) cannot be read, so a half-typed value is never counted as something else."""
        errors = ErrorList()
        rows = self.lines.read(errors)
        price = errors.check(self.price.value)
        self.lines.clear_marks()
        for error in errors.errors:
            if error.row is not None:
                self.lines.mark_invalid(error.row - 1, self.lines.field_columns.get(error.field or "", NAME),
                                        i18n.error_text(error))
        sheet = SheetData(self.product.currentData(), batch_size=self.batch.value(),
                          selling_price=price, lines=[line for _row, line in rows])
        try:
            result = sheet.result()
        except ValueError:
            self._show_unknown({}, self.tr("Quantities and costs cannot be negative; a cost is "
                                           "shared over at least one batch."))
            return None
        if errors.errors:
            known = dict(zip((row for row, _line in rows), result.line_costs, strict=True))
            self._show_unknown(known, i18n.error_text(ValidationErrors(errors.errors)))
            return None
        self._show(result)
        return result

    def _show_unknown(self, known: dict[int, Money], issue: str) -> None:
        """Dashes for every figure, the line costs that can be known (by row), and what is wrong."""
        for label in self.figures.values():
            label.setText("–")
        self.issue.setText(issue)
        self._set_line_totals(lambda row: known[row].format() if row in known else "–")

    def _set_line_totals(self, text_of: Callable[[int], str]) -> None:
        self.lines.table.blockSignals(True)
        for row in range(self.lines.row_count()):
            item = self.lines.table.item(row, TOTAL)
            if item is None:
                item = QTableWidgetItem()
                self.lines.table.setItem(row, TOTAL, item)
            item.setText("" if self.lines.is_blank(row) else text_of(row))
        self.lines.table.blockSignals(False)
        self.lines.table.viewport().update()

    def _show(self, r: CostingResult) -> None:
        baht = self.tr("{amount} baht")
        for kind in CostLineKind:
            self.figures[kind.value].setText(baht.format(amount=r.by_kind[kind].format()))
        self.figures["batch"].setText(baht.format(amount=r.batch_cost.format()))
        self.figures["unit"].setText(baht.format(amount=r.unit_cost.format()) if r.unit_cost else "–")
        self.figures["margin"].setText(
            self.tr("{amount} baht ({percent}% of the price)").format(
                amount=r.margin.format(), percent=r.margin_percent) if r.margin is not None else "–")
        self.figures["profit"].setText(
            baht.format(amount=r.batch_profit.format()) if r.batch_profit is not None else "–")
        self.figures["break_even"].setText(
            self.tr("{count} of {batch} units").format(count=f"{r.break_even_units:,}", batch=f"{r.batch_size:,}")
            if r.break_even_units is not None else "–")
        notes = {
            CostingIssue.NO_BATCH: self.tr("Type how many units one batch makes; with zero units "
                                           "there is no cost per unit."),
            CostingIssue.NO_PRICE: self.tr("Type a selling price to see the margin and the "
                                           "break-even quantity."),
            CostingIssue.PRICE_BELOW_COST: self.tr("The selling price is below the cost per "
                                                   "unit: even the whole batch does not pay "
                                                   "for itself, so there is no break-even."),
        }
        self.issue.setText("\n".join(notes[i] for i in r.issues))
        costs = iter(r.line_costs)
        totals = {row: next(costs).format() for row in range(self.lines.row_count())
                  if not self.lines.is_blank(row)}
        self._set_line_totals(lambda row: totals.get(row, ""))

    def accept(self) -> None:
        try:
            self.saved_id = self.services.costing.save(self.collect())
        except ValidationError as error:
            messages.show_validation(self, error)
            return
        super().accept()
