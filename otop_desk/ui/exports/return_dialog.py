"""File → Workbook for an officer…: the office writes a return workbook for one of the
officers it has received workbooks from (what that officer's laptop lacks of its groups
and area); the officer imports it like any workbook."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from otop_desk import i18n
from otop_desk.db.database import Database
from otop_desk.domain.errors import QT_TRANSLATE_NOOP
from otop_desk.exchange import peers
from otop_desk.exchange.jobs import ExportResult
from otop_desk.services import Services
from otop_desk.ui import messages
from otop_desk.ui.common.enter_key import EnterOpens
from otop_desk.ui.common.settings import AppSettings
from otop_desk.ui.common.table_model import Column, RowTableModel, SearchProxy, widest_dates
from otop_desk.ui.exports import writing
from otop_desk.ui.exports.jobs import return_job


@dataclass(frozen=True)
class OfficerRow:
    device: uuid.UUID
    officer: str
    office: str
    district: str
    province: str
    last_seen: datetime | None

    @property
    def short_id(self) -> str:
        return self.device.hex[:8]

    @property
    def name(self) -> str:
        return self.officer or self.short_id


def known_officers(db: Database) -> list[OfficerRow]:
    """The officers' laptops this database has received workbooks from."""
    with db.read() as s:
        return [OfficerRow(p.device_id, p.officer or "", p.office or "", p.district or "", p.province or "",
                           p.last_seen) for p in peers.officers(s)]


def _seen(row: OfficerRow) -> str:
    return i18n.fmt_date(row.last_seen.astimezone().date()) if row.last_seen else ""


def _area(row: OfficerRow) -> str:
    return ", ".join(part for part in (row.district, row.province) if part)


COLUMNS: list[Column[OfficerRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Officer"), lambda r: r.officer),
    Column(QT_TRANSLATE_NOOP("Columns", "Office"), lambda r: r.office),
    Column(QT_TRANSLATE_NOOP("Columns", "Area"), _area),
    Column(QT_TRANSLATE_NOOP("Columns", "Last workbook received"), _seen,
           sort=lambda r: r.last_seen.isoformat() if r.last_seen else "", widest=widest_dates),
    Column(QT_TRANSLATE_NOOP("Columns", "Laptop id"), lambda r: r.short_id,
           tooltip=lambda r: r.device.hex),
]


class ReturnDialog(QDialog):
    """Choose an officer, then the file: ``written`` holds what was written."""

    def __init__(self, services: Services, officers: list[OfficerRow], settings: AppSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.settings = settings
        self.written: ExportResult | None = None
        self.setWindowTitle(self.tr("Workbook for an officer"))
        self.resize(900, 460)
        intro = QLabel(self.tr(
            "Choose the officer to write a workbook for. It carries what this database holds of "
            "the officer's groups and area that the officer's laptop does not have yet, changes "
            "made here and those received from others. The officer imports it with File → "
            "Import workbooks…"), self)
        intro.setWordWrap(True)
        self.model: RowTableModel[OfficerRow] = RowTableModel(
            COLUMNS, lambda r: " ".join((r.officer, r.office, _area(r), _seen(r), r.device.hex)), parent=self)
        self.model.set_rows(officers)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Type a name, an office, a district or an id to filter (Ctrl+F)"))
        self.search.textChanged.connect(self._filter)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.write())
        EnterOpens(self.table, self.write)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.write_button = QPushButton(self.tr("&Write workbook…"), self)
        self.write_button.setDefault(True)  # Enter writes for the officer selected
        self.write_button.clicked.connect(self.write)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.write_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.table.resizeColumnsToContents()
        self.table.selectRow(0)
        self._selection_changed()
        self.table.setFocus()

    def selected(self) -> OfficerRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row()) if rows else None

    def _filter(self, text: str) -> None:
        self.proxy.set_query(text)
        if self.proxy.rowCount() and self.selected() is None:
            self.table.selectRow(0)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.write_button.setEnabled(self.selected() is not None)

    def write(self) -> None:
        officer = self.selected()
        if officer is None:
            return
        title = self.windowTitle()
        suggested = writing.folder(self.settings) / writing.file_name(
            self.tr("return"), officer.name, writing.be_stamp(self.services.clock.today()))
        result = writing.write(self, title, suggested, self.settings, lambda path: return_job(
            self, self.services.db, officer.device.hex, path, lang=i18n.current_language()))
        if result is None:
            return
        self.written = result
        if result.record_count:
            text = self.tr("The workbook for {officer} was written to {file}. It carries {count} changes; "
                           "the officer imports it with File → Import workbooks…")
        else:
            text = self.tr("The workbook for {officer} was written to {file}. It carries no change: "
                           "the officer's laptop already has everything this database holds for it.")
        messages.show_info(self, title, text.format(officer=officer.name, file=str(result.path),
                                                    count=f"{result.record_count:,}"))
        self.accept()


def open_return(parent: QWidget | None, services: Services, settings: AppSettings | None = None) -> None:
    """The dialog, or a word on why there is nothing to choose from."""
    officers = known_officers(services.db)
    if not officers:
        messages.show_info(parent, i18n.translate("ReturnDialog", "Workbook for an officer"), i18n.translate(
            "ReturnDialog", "This database has not received a workbook from any officer yet. A return "
            "workbook is written for an officer whose monthly workbook was imported here (File → "
            "Import workbooks…)."))
        return
    ReturnDialog(services, officers, settings, parent).exec()
