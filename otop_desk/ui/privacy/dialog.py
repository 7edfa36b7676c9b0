"""A person's rights: type a name or phone number, see every record that names them,
export what is held, or erase it (after asking). The erasure is an ordinary change:
the next workbook carries it to the office."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from otop_desk import i18n
from otop_desk.exchange.spec import BY_NAME
from otop_desk.services import Services
from otop_desk.services.backups import StorageError
from otop_desk.services.privacy import PersonRecord
from otop_desk.ui import messages


class PersonRightsDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.found: list[PersonRecord] = []
        self._searched = ""
        self.setWindowTitle(self.tr("A person's data (PDPA)"))
        self.resize(900, 520)
        intro = QLabel(self.tr(
            "When someone asks what is held about them, or asks for it to be erased: type their "
            "name (without title) or phone number. Erasure deletes a member, makes a training "
            "participant anonymous and takes the name out of other records; it reaches the "
            "office with the next workbook."), self)
        intro.setWordWrap(True)
        self.who = QLineEdit(self)
        self.who.setPlaceholderText(self.tr("Name or phone number"))
        self.who.returnPressed.connect(self.search)
        self.find_button = QPushButton(self.tr("Find"), self)
        self.find_button.clicked.connect(self.search)
        row = QHBoxLayout()
        row.addWidget(self.who, 1)
        row.addWidget(self.find_button)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Record"), self.tr("Where"), self.tr("What it holds")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.summary = QLabel(self)
        self.export_button = QPushButton(self.tr("Export what is held…"), self)
        self.export_button.clicked.connect(self.export)
        self.erase_button = QPushButton(self.tr("Erase…"), self)
        self.erase_button.clicked.connect(self.erase)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.erase_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(bottom)
        self._show([])

    def search(self) -> None:
        self._searched = self.who.text().strip()
        self._show(self.services.privacy.find(self._searched) if self._searched else [])

    def _show(self, found: list[PersonRecord]) -> None:
        self.found = found
        self.table.setRowCount(len(found))
        for row, record in enumerate(found):
            where = " · ".join(record.context.get(k, "") for k in ("group", "training", "title", "name",
                                                                    "visit_date", "start_date", "entry_date")
                               if record.context.get(k))
            held = ", ".join(f"{i18n.field_label(_label(record, c))}: {v}" for c, v in record.values.items() if v)
            for column, text in enumerate((i18n.translate("Records", BY_NAME[record.table].label), where, held)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        if self._searched:
            self.summary.setText(self.tr("{count} record(s) name “{who}”.").format(count=len(found), who=self._searched))
        else:
            self.summary.setText("")
        self.export_button.setEnabled(bool(found))
        self.erase_button.setEnabled(bool(found) and not self.services.db.read_only)

    def export(self) -> None:
        path = messages.ask_save_path(self, self.tr("Export what is held"), f"{self._searched}.json",
                                      self.tr("JSON file (*.json)"), ".json")
        if path is None:
            return
        try:
            count = self.services.privacy.export(self._searched, path)
        except StorageError as error:
            messages.show_error(self, self.tr("Export failed"), error.translated(i18n.translate))
            return
        messages.show_info(self, self.tr("Export what is held"),
                           self.tr("{count} record(s) were written to:\n{file}").format(count=count, file=path))

    def chosen(self) -> list[PersonRecord]:
        """The rows selected (a name shared by two people: pick the one who asked), else all."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.found[r] for r in rows] or self.found

    def erase(self) -> None:
        chosen = self.chosen()
        if not messages.confirm(self, self.tr("Erase a person's data"), self.tr(
                "Erase “{who}” from {count} record(s)? This cannot be undone here (backups keep "
                "the old data until they are rotated away), and the office receives the erasure "
                "with the next workbook.").format(who=self._searched, count=len(chosen)), destructive=True):
            return
        count = self.services.privacy.erase(self._searched, chosen)
        messages.show_info(self, self.tr("Erase a person's data"),
                           self.tr("{count} record(s) were erased or made anonymous.").format(count=count))
        self.search()


def _label(record: PersonRecord, column: str) -> str:
    return BY_NAME[record.table].label_of(column)
