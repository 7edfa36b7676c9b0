"""The costing sheets of the chosen group's products, newest first, older ones as history."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout

from otop_desk import i18n
from otop_desk.domain.errors import QT_TRANSLATE_NOOP
from otop_desk.services.books import SheetRow
from otop_desk.ui import messages
from otop_desk.ui.books.costing_dialog import CostingDialog
from otop_desk.ui.common.changes import Kind
from otop_desk.ui.common.record_tab import RecordTab
from otop_desk.ui.common.table_model import RIGHT, Column, RowStyle, RowTableModel, widest_dates


def _money(m: Any) -> str:
    return m.format() if m is not None else "–"


COLUMNS: list[Column[SheetRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Product"), lambda r: r.product_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Sheet"), lambda r: r.title),
    Column(QT_TRANSLATE_NOOP("Columns", "Date"), lambda r: i18n.fmt_date(r.sheet_date),
           sort=lambda r: r.sheet_date.isoformat(), widest=widest_dates),
    Column(QT_TRANSLATE_NOOP("Columns", "Units per batch"), lambda r: f"{r.batch_size:,}",
           sort=lambda r: r.batch_size, align=RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Batch cost"), lambda r: r.batch_cost.format(),
           sort=lambda r: r.batch_cost.satang, align=RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Cost per unit"), lambda r: _money(r.unit_cost),
           sort=lambda r: r.unit_cost.satang if r.unit_cost else -1, align=RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Selling price"), lambda r: _money(r.selling_price),
           sort=lambda r: r.selling_price.satang if r.selling_price else -1, align=RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Margin per unit"),
           lambda r: f"{_money(r.margin)} ({r.margin_percent}%)" if r.margin is not None else "–",
           sort=lambda r: r.margin_percent if r.margin_percent is not None else -10**6, align=RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Break-even"),
           lambda r: f"{r.break_even_units:,} {r.product_unit}".strip() if r.break_even_units is not None else "–",
           sort=lambda r: r.break_even_units if r.break_even_units is not None else 10**9, align=RIGHT),
]

_HISTORY = RowStyle(foreground=QColor("#777777"), italic=True)


class CostingView(RecordTab[SheetRow]):
    KINDS = Kind.COSTING | Kind.GROUPS  # the sheets, and the group's products

    def __init__(self, services: Any, parent: Any = None) -> None:
        self.group_id: uuid.UUID | None = None
        super().__init__(services, parent)
        self.action_copy = QAction(self.tr("New version"), self)
        self.action_copy.setToolTip(self.tr("A new sheet copied from the selected one; the old one is kept as history"))
        self.action_copy.triggered.connect(self.copy_current)
        self.toolbar.addAction(self.action_copy)

    def title(self) -> str:
        return self.tr("Costing sheets")

    def make_model(self) -> RowTableModel[SheetRow]:
        return RowTableModel(COLUMNS, lambda r: f"{r.product_name} {r.title}",
                             style=lambda r: None if r.latest else _HISTORY)

    def search_placeholder(self) -> str:
        return self.tr("Search product or sheet (Ctrl+F)")

    def add_filters(self, bar: QHBoxLayout) -> None:
        self.product_filter = QComboBox(self)
        self.product_filter.addItem(self.tr("All products"), None)
        self.product_filter.currentIndexChanged.connect(self._product_changed)
        bar.addWidget(self.product_filter)

    def _product_changed(self) -> None:
        wanted = self.product_filter.currentData()
        self.proxy.set_predicate(None if wanted is None else (lambda r: r.product_id == wanted))
        self._update_count()

    def count_text(self, shown: int, total: int) -> str:
        return self.tr("Showing {shown} of {total} sheets (older versions in grey)").format(
            shown=shown, total=total)

    def set_group(self, group_id: uuid.UUID | None) -> None:
        """Show ``group_id``'s sheets (now if shown, else when shown)."""
        if group_id != self.group_id:
            self.group_id = group_id
            self.mark_stale()

    def refresh(self, select_id: Any = None) -> None:
        self._fill_products()
        super().refresh(select_id)

    def _fill_products(self) -> None:
        wanted = self.product_filter.currentData()
        self.product_filter.blockSignals(True)
        while self.product_filter.count() > 1:
            self.product_filter.removeItem(1)
        if self.group_id is not None:
            for p in self.services.costing.products(self.group_id):
                self.product_filter.addItem(p.name, p.id)
        found = next((i for i in range(self.product_filter.count()) if self.product_filter.itemData(i) == wanted), 0)
        self.product_filter.setCurrentIndex(found)
        self.product_filter.blockSignals(False)
        self._product_changed()

    def load_rows(self) -> list[SheetRow]:
        return self.services.costing.rows(self.group_id) if self.group_id else []

    def selection_changed(self) -> None:
        super().selection_changed()
        if hasattr(self, "action_copy"):
            self.action_copy.setEnabled(self.current_row() is not None)

    # actions --------------------------------------------------------------------------
    def _open(self, draft: Any, *, new: bool) -> None:
        if self.group_id is None:
            return
        dialog = CostingDialog(self.services, self.group_id, draft, self, new=new)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.show_saved(dialog.saved_id)

    def new_record(self) -> None:
        if self.group_id is None:
            return
        products = self.services.costing.products(self.group_id)
        if not products:
            messages.show_info(self, self.tr("Costing sheets"), self.tr(
                "This group has no products yet. Add its products in the Producer groups tab."))
            return
        wanted = self.product_filter.currentData() or products[0].id
        self._open(self.services.costing.draft(wanted), new=True)

    def copy_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self._open(self.services.costing.draft(row.product_id, copy_of=row.id), new=True)

    def edit_record(self, row: SheetRow) -> None:
        self._open(self.services.costing.get(row.id), new=False)

    def delete_record(self, row: SheetRow) -> None:
        if messages.confirm(self, self.tr("Delete costing sheet"), self.tr(
                "Delete the costing sheet “{title}” of {date}? This cannot be undone.").format(
                    title=row.title, date=i18n.fmt_date(row.sheet_date)), destructive=True):
            self.services.costing.delete(row.id)
            self.show_saved()
