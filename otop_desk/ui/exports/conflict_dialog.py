"""A person decides each conflict of a merge: keep this database's copy or take the
workbook's. Nothing is chosen silently: every row starts as "keep mine" (the safe
answer) and says so."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from otop_desk.domain.errors import QT_TRANSLATE_NOOP
from otop_desk.services.merge import MINE, TABLE_LABELS, THEIRS, Conflict, Key
from otop_desk.ui import i18n
from otop_desk.ui.exports.conflict_text import differences_text, record_label
from otop_desk.ui.table_model import Column, RowStyle, RowTableModel, SearchProxy


def _when(stamp: object) -> str:
    local = stamp.astimezone()  # type: ignore[attr-defined]
    return f"{i18n.fmt_date(local.date())} {local:%H:%M}"


def _differences(c: Conflict, separator: str = "; ") -> str:
    return differences_text(c.table, c.differences, separator)


class ConflictDialog(QDialog):
    def __init__(self, conflicts: list[Conflict], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Conflicts"))
        self.resize(1000, 520)
        self.choices: dict[Key, str] = {c.key: MINE for c in conflicts}
        columns: list[Column[Conflict]] = [
            Column(QT_TRANSLATE_NOOP("Columns", "Record type"),
                   lambda c: i18n.translate("Records", TABLE_LABELS[c.table])),
            Column(QT_TRANSLATE_NOOP("Columns", "Record"), lambda c: record_label(c.label)),
            Column(QT_TRANSLATE_NOOP("Columns", "Changed here"), lambda c: _when(c.mine_updated_at),
                   sort=lambda c: c.mine_updated_at.isoformat()),
            Column(QT_TRANSLATE_NOOP("Columns", "Changed in the workbook"),
                   lambda c: _when(c.theirs_updated_at), sort=lambda c: c.theirs_updated_at.isoformat()),
            Column(QT_TRANSLATE_NOOP("Columns", "Workbook"), lambda c: c.source),
            Column(QT_TRANSLATE_NOOP("Columns", "Decision"), self._choice_text),
            Column(QT_TRANSLATE_NOOP("Columns", "Differences (here → workbook)"), _differences,
                   tooltip=lambda c: _differences(c, "\n")),
        ]
        self.model = RowTableModel(
            columns, lambda c: f"{c.label} {c.source} {i18n.translate('Records', TABLE_LABELS[c.table])}",
            style=lambda c: RowStyle(bold=True) if self.choices[c.key] == THEIRS else None)
        self.model.set_rows(conflicts)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        self.table.doubleClicked.connect(lambda _index: self._set_selected(None))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Filter"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_query)

        self.mine_button = QPushButton(self.tr("&Keep mine"), self)
        self.theirs_button = QPushButton(self.tr("&Take theirs"), self)
        self.all_mine = QPushButton(self.tr("Keep &all mine"), self)
        self.all_theirs = QPushButton(self.tr("Take a&ll theirs"), self)
        self.mine_button.clicked.connect(lambda: self._set_selected(MINE))
        self.theirs_button.clicked.connect(lambda: self._set_selected(THEIRS))
        self.all_mine.clicked.connect(lambda: self._set_all(MINE))
        self.all_theirs.clicked.connect(lambda: self._set_all(THEIRS))
        row = QHBoxLayout()
        for button in (self.mine_button, self.theirs_button, self.all_mine, self.all_theirs):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.search)

        intro = QLabel(self.tr(
            "{count} records were changed both in this database and in the workbook since they "
            "were last merged. Choose for each which copy to keep (double-click switches). "
            "Records you leave as \"keep mine\" stay as they are here.").format(count=len(conflicts)), self)
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.apply_button = buttons.addButton(self.tr("&Import with these decisions"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        if conflicts:
            self.table.selectRow(0)

    def _choice_text(self, c: Conflict) -> str:
        return self.tr("take theirs") if self.choices[c.key] == THEIRS else self.tr("keep mine")

    def _changed(self) -> None:
        top = self.model.index(0, 0)
        bottom = self.model.index(self.model.rowCount() - 1, self.model.columnCount() - 1)
        self.model.dataChanged.emit(top, bottom)

    def _set_selected(self, choice: str | None) -> None:
        for index in self.table.selectionModel().selectedRows():
            conflict = self.model.row_at(self.proxy.mapToSource(index).row())
            if choice is None:  # double-click: switch
                self.choices[conflict.key] = THEIRS if self.choices[conflict.key] == MINE else MINE
            else:
                self.choices[conflict.key] = choice
        self._changed()

    def _set_all(self, choice: str) -> None:
        for key in self.choices:
            self.choices[key] = choice
        self._changed()

    def keyPressEvent(self, event: object) -> None:  # noqa: N802 - Qt naming
        # Space switches the selected rows, as double-click does.
        if getattr(event, "key", lambda: None)() == Qt.Key.Key_Space and self.table.hasFocus():
            self._set_selected(None)
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]
