"""File → Conflicts…: what two devices changed without knowing of each other.

Every conflict is already settled the same way on every device (the later change
kept; a deletion over an edit it did not know of), so nothing waits for a person. Here a
person sees each one, with the field's name and both values, and either leaves it as it
is or puts the other value in place (an edit made here, which then travels).
"""

from __future__ import annotations

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

from otop_desk import i18n
from otop_desk.domain.errors import QT_TRANSLATE_NOOP, NotFoundError
from otop_desk.exchange.conflicts import ConflictRow, open_conflicts, settle
from otop_desk.exchange.merge_state import ConflictKind
from otop_desk.services import Services
from otop_desk.ui import messages
from otop_desk.ui.common.conflict_text import field_label, record_kind, record_label, value_text
from otop_desk.ui.common.table_model import Column, RowTableModel, SearchProxy


def _field(c: ConflictRow) -> str:
    if c.kind is ConflictKind.DELETED:
        return i18n.translate("ConflictDialog", "deleted elsewhere")
    if c.kind is ConflictKind.CLASH:
        return i18n.translate("ConflictDialog", "two records share one id")
    return field_label(c.table, c.field)


def _kept(c: ConflictRow) -> str:
    if c.kind is ConflictKind.DELETED:
        return i18n.translate("ConflictDialog", "(deleted)")
    return value_text(c.table, c.field, c.kept_value)


def _lost(c: ConflictRow) -> str:
    return value_text(c.table, c.field, c.lost_value)


def _by(who: str) -> str:
    return who or i18n.translate("ConflictDialog", "this computer")


class ConflictDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Conflicts"))
        self.resize(1100, 560)
        columns: list[Column[ConflictRow]] = [
            Column(QT_TRANSLATE_NOOP("Columns", "Found"), lambda c: i18n.fmt_date(c.detected_at.date()),
                   sort=lambda c: c.detected_at.isoformat()),
            Column(QT_TRANSLATE_NOOP("Columns", "Record type"), lambda c: record_kind(c.table)),
            Column(QT_TRANSLATE_NOOP("Columns", "Record"), lambda c: record_label(c.record_name)),
            Column(QT_TRANSLATE_NOOP("Columns", "Field"), _field),
            Column(QT_TRANSLATE_NOOP("Columns", "Kept"), _kept, tooltip=_kept),
            Column(QT_TRANSLATE_NOOP("Columns", "Kept from"), lambda c: _by(c.kept_by)),
            Column(QT_TRANSLATE_NOOP("Columns", "Not kept"), _lost, tooltip=_lost),
            Column(QT_TRANSLATE_NOOP("Columns", "Not kept, from"), lambda c: _by(c.lost_by)),
        ]
        self.model: RowTableModel[ConflictRow] = RowTableModel(
            columns, lambda c: f"{c.record_name} {record_kind(c.table)} {_field(c)} {_kept(c)} {_lost(c)}")
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Filter"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_query)

        self.keep_button = QPushButton(self.tr("&Keep as it is"), self)
        self.other_button = QPushButton(self.tr("&Use the value not kept"), self)
        self.keep_button.clicked.connect(lambda: self._settle(take_other=False))
        self.other_button.clicked.connect(lambda: self._settle(take_other=True))
        row = QHBoxLayout()
        row.addWidget(self.keep_button)
        row.addWidget(self.other_button)
        row.addStretch(1)
        row.addWidget(self.search)

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        rows = open_conflicts(self.services.db)
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.intro.setText(self.tr(
            "{count} changes were made on two computers without knowledge of each other. Every "
            "copy kept the later change (a deletion wins over an edit it did not know of), so "
            "all agree. Leave each as it is, or use the value that was not kept: that becomes "
            "a change of yours and travels to the others.").format(count=len(rows)))
        if rows:
            self.table.selectRow(0)
        self._selection_changed()

    def _selected(self) -> list[ConflictRow]:
        return [self.model.row_at(self.proxy.mapToSource(i).row())
                for i in self.table.selectionModel().selectedRows()]

    def _selection_changed(self) -> None:
        chosen = self._selected()
        self.keep_button.setEnabled(bool(chosen))
        self.other_button.setEnabled(bool(chosen) and all(c.can_take_other for c in chosen))

    def _settle(self, *, take_other: bool) -> None:
        for conflict in self._selected():
            try:
                settle(self.services.db, conflict.id, take_other=take_other and conflict.can_take_other)
            except NotFoundError:
                messages.show_error(self, self.windowTitle(), self.tr(
                    "The record was deleted meanwhile; the conflict is left as it was."))
        self.reload()
