"""File → Export month…: choose the month and options, see what is pending, export.

The dialog also lists earlier exports (the upload queue), where a batch can be marked
as uploaded; exporting a month again is always possible.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from otop_desk import i18n
from otop_desk.domain import clock
from otop_desk.domain.dates import BE_OFFSET, ENGLISH_MONTHS, THAI_MONTHS, add_months, be_year
from otop_desk.domain.errors import QT_TRANSLATE_NOOP, required_error
from otop_desk.services import Services
from otop_desk.ui import messages
from otop_desk.ui.common.settings import AppSettings
from otop_desk.ui.common.table_model import SearchProxy
from otop_desk.ui.exports.history_model import make_history_model
from otop_desk.ui.exports.jobs import export_month_job

F_FILE = QT_TRANSLATE_NOOP("Field", "File")
FOLDER_KEY = "exports/folder"


def pending_text(count: int, since: object) -> str:
    if since is None:
        return i18n.translate("Exports", "Nothing exported yet: all {count} records are new.").format(
            count=f"{count:,}")
    when = since.astimezone()  # type: ignore[attr-defined]
    return i18n.translate(
        "Exports", "{count} records added or changed since the last export ({when})."
    ).format(count=f"{count:,}", when=f"{i18n.fmt_date(when.date())} {when:%H:%M}")


class ExportDialog(QDialog):
    def __init__(self, services: Services, settings: AppSettings | None, parent: QWidget | None = None,
                 *, today: date | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.settings = settings
        self.exported: Path | None = None
        self.setWindowTitle(self.tr("Export month"))
        self.resize(820, 560)
        previous = add_months((today or clock.current().today()).replace(day=1), -1)

        self.month_box = QComboBox(self)
        months = THAI_MONTHS if i18n.current_language() == "th" else ENGLISH_MONTHS
        self.month_box.addItems(list(months))
        self.month_box.setCurrentIndex(previous.month - 1)
        self.year_box = QSpinBox(self)
        self.year_box.setRange(2500, 2700)
        self.year_box.setValue(be_year(previous.year))
        self.year_box.setPrefix(self.tr("BE "))
        month_row = QHBoxLayout()
        month_row.addWidget(self.month_box, 1)
        month_row.addWidget(self.year_box)

        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(self.tr("Where to save the workbook"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        self.only_changes = QCheckBox(self.tr("&Only records added or changed since the last export"), self)
        self.no_personal = QCheckBox(
            self.tr("&Leave out personal data (names and phone numbers of members and participants, PDPA)"),
            self)
        self.pending_label = QLabel(self)
        self.pending_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Month:"), month_row)
        form.addRow(self.tr("&File:"), path_row)
        form.addRow("", self.only_changes)
        form.addRow("", self.no_personal)
        form.addRow(self.tr("Not yet exported:"), self.pending_label)
        form.itemAt(0, QFormLayout.ItemRole.LabelRole).widget().setBuddy(self.month_box)  # type: ignore[union-attr]
        form.itemAt(1, QFormLayout.ItemRole.LabelRole).widget().setBuddy(self.path_edit)  # type: ignore[union-attr]

        self.history = make_history_model()
        proxy = SearchProxy(self)
        proxy.setSourceModel(self.history)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Filter earlier exports"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(proxy.set_query)
        self.table = QTableView(self)
        self.table.setModel(proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.uploaded_button = QPushButton(self.tr("Mark as &uploaded"), self)
        self.uploaded_button.clicked.connect(self.mark_uploaded)
        history_head = QHBoxLayout()
        history_head.addWidget(QLabel(self.tr("Earlier exports (bold: not yet uploaded):"), self), 1)
        history_head.addWidget(self.search)
        history_head.addWidget(self.uploaded_button)

        buttons = QDialogButtonBox(self)
        self.export_button = buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(history_head)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

        self.month_box.currentIndexChanged.connect(self._suggest_path)
        self.year_box.valueChanged.connect(self._suggest_path)
        self.only_changes.toggled.connect(self._suggest_path)
        self._suggest_path()
        self.refresh()

    # state ------------------------------------------------------------------------------
    def month(self) -> tuple[int, int]:
        return self.year_box.value() - BE_OFFSET, self.month_box.currentIndex() + 1

    def _folder(self) -> Path:
        saved = self.settings.value(FOLDER_KEY) if self.settings else None
        return Path(str(saved)) if saved else Path.home()

    def _suggest_path(self) -> None:
        year, month = self.month()
        suffix = "-changes" if self.only_changes.isChecked() else ""
        current = self.path_edit.text().strip()
        folder = Path(current).parent if current else self._folder()
        self.path_edit.setText(str(folder / f"otop-{be_year(year)}-{month:02d}{suffix}.xlsx"))

    def refresh(self) -> None:
        pending = self.services.exports.pending()
        self.pending_label.setText(pending_text(pending.count, pending.since))
        self.only_changes.setText(
            self.tr("&Only records added or changed since the last export ({count})").format(
                count=f"{pending.count:,}"))
        self.history.set_rows(self.services.exports.batches())

    def selected_batch(self) -> object | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        source = self.table.model().mapToSource(rows[0])  # type: ignore[attr-defined]
        return self.history.row_at(source.row())

    # commands ---------------------------------------------------------------------------
    def browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the workbook as"), self.path_edit.text(), self.tr("Excel workbooks (*.xlsx)"))
        if name:
            self.path_edit.setText(name)

    def mark_uploaded(self) -> None:
        batch = self.selected_batch()
        if batch is None:
            messages.show_info(self, self.tr("Mark as uploaded"), self.tr("Select an export in the list first."))
            return
        self.services.exports.mark_uploaded(batch.id)  # type: ignore[attr-defined]
        self.refresh()

    def export(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            messages.show_validation(self, required_error(F_FILE))
            self.path_edit.setFocus()
            return
        path = Path(text).expanduser()
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        if path.exists() and not messages.confirm(
                self, self.tr("Export month"),
                self.tr("{file} already exists. Replace it?").format(file=path.name)):
            return
        year, month = self.month()
        lang = i18n.current_language()
        try:
            result = export_month_job(self, self.services.db, year, month, path,
                                      only_changes=self.only_changes.isChecked(),
                                      without_personal_data=self.no_personal.isChecked(), lang=lang)
        except OSError as error:
            messages.show_error(self, self.tr("Export failed"),
                                self.tr("The workbook could not be written: {reason}").format(
                                    reason=error.strerror or str(error)))
            return
        if result is None:  # cancelled
            return
        if self.settings is not None:
            self.settings.set_value(FOLDER_KEY, str(path.parent))
        self.exported = result.path
        self.refresh()
        text = self.tr("{count} records were written to {file}.").format(
            count=f"{result.record_count:,}", file=str(result.path))
        if result.photos:
            from otop_desk.exchange.photo_archive import archive_path

            text += "\n\n" + self.tr("{count} photo(s) are in {archive}: send it together with the "
                                      "workbook.").format(count=result.photos, archive=archive_path(result.path).name)
        messages.show_info(self, self.tr("Export month"), text)
