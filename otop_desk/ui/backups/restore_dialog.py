"""File → Restore from backup…: pick a backup by date and content, check it, restore it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from otop_desk.domain.errors import QT_TRANSLATE_NOOP
from otop_desk.services.backups import BackupEntry, BackupService, StorageError
from otop_desk.ui import messages
from otop_desk.ui.backups.common import reason_label, size_text, storage_text, when
from otop_desk.ui.common.table_model import RIGHT, ROW_ROLE, Column, RowTableModel, SearchProxy
from otop_desk.ui.common.worker import run_with_progress

COLUMNS: list[Column[BackupEntry]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Taken"), lambda e: when(e.taken), sort=lambda e: e.taken.timestamp()),
    Column(QT_TRANSLATE_NOOP("Columns", "Why"), lambda e: reason_label(e.reason)),
    Column(QT_TRANSLATE_NOOP("Columns", "Groups"), lambda e: f"{e.groups:,}", sort=lambda e: e.groups, align=RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Records"), lambda e: f"{e.records:,}", sort=lambda e: e.records, align=RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Size"), lambda e: size_text(e.size), sort=lambda e: e.size, align=RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "File"), lambda e: e.path.name),
]



class RestoreDialog(QDialog):
    """Lists the backups; ``restored`` is True once one has been restored."""

    def __init__(self, backups: BackupService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backups = backups
        self.restored = False
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(860, 460)
        intro = QLabel(self.tr(
            "Choose the backup to go back to. The database as it is now is backed up first, "
            "so a restore can itself be undone."), self)
        intro.setWordWrap(True)
        self.model: RowTableModel[BackupEntry] = RowTableModel(
            COLUMNS, lambda e: f"{when(e.taken)} {reason_label(e.reason)} {e.path.name}", parent=self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Type a date or a word to filter (Ctrl+F)"))
        self.search.textChanged.connect(self.proxy.set_query)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.restore_selected())
        self.empty_label = QLabel(self.tr("There are no backups of this database yet."), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.restore_button = QPushButton(self.tr("&Restore selected"), self)
        self.restore_button.setDefault(True)
        self.file_button = QPushButton(self.tr("From a &file…"), self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        self.file_button.clicked.connect(self.restore_from_file)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.search, self.table, self.empty_label, buttons):
            layout.addWidget(widget)
        self.load()

    def load(self) -> None:
        entries = self.backups.list()
        self.model.set_rows(entries)
        self.empty_label.setVisible(not entries)
        self.restore_button.setEnabled(bool(entries))
        self.table.resizeColumnsToContents()
        if entries:
            self.table.selectRow(0)
        self.table.setFocus()

    def selected(self) -> BackupEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def restore_selected(self) -> None:
        entry = self.selected()
        if entry is not None and restore_backup(self, self.backups, entry.path, when(entry.taken)):
            self.restored = True
            self.accept()

    def restore_from_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore from a file"), str(self.backups.folder),
            self.tr("OTOP Desk databases (*.sqlite3 *.db);;All files (*)"))
        if name and restore_backup(self, self.backups, Path(name), Path(name).name):
            self.restored = True
            self.accept()


def restore_backup(parent: QWidget | None, backups: BackupService, path: Path, label: str) -> bool:
    """Ask, restore ``path`` behind a progress dialog, tell how it went; True when restored."""
    if not messages.confirm(
        parent, QCoreApplication.translate("RestoreDialog", "Restore from backup"),
        QCoreApplication.translate("RestoreDialog", "Replace the database with the backup of {when}? Changes made since then are "
            "replaced; the database as it is now is backed up first.").format(when=label),
        destructive=True,
    ):
        return False
    try:
        safety = run_with_progress(parent, QCoreApplication.translate("RestoreDialog", "Restore from backup"),
                                   QCoreApplication.translate("RestoreDialog", "Checking and restoring the backup…"),
                                   lambda _progress: backups.restore(path))
    except StorageError as error:
        messages.show_error(parent, QCoreApplication.translate("RestoreDialog", "Restore failed"), storage_text(error))
        return False
    text = QCoreApplication.translate("RestoreDialog", "The backup of {when} has been restored.").format(when=label)
    if safety is not None:
        text += "\n\n" + QCoreApplication.translate("RestoreDialog", "The database as it was before is kept as:\n{file}").format(file=safety)
    messages.show_info(parent, QCoreApplication.translate("RestoreDialog", "Restore from backup"), text)
    return True
