"""A record's history, read from the change log: what changed, when, on which computer.

Every form that edits an exchanged record has a History… button (``history_button``) and
the tabs listing them a History… action; both open ``HistoryDialog``. Fields are named by
their labels and values shown as the forms show them (``conflict_text``).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from otop_desk import i18n
from otop_desk.db.database import Database
from otop_desk.domain.errors import QT_TRANSLATE_NOOP
from otop_desk.exchange.history import UNKNOWN, FieldChange, HistoryEntry, history
from otop_desk.exchange.spec import BY_NAME
from otop_desk.ui.common.conflict_text import field_label, record_kind, record_label, value_text
from otop_desk.ui.common.table_model import Column, RowTableModel, SearchProxy

CONTEXT = "RecordHistory"
BUTTON_TEXT = QT_TRANSLATE_NOOP("RecordHistory", "History…")
BUTTON_TIP = QT_TRANSLATE_NOOP("RecordHistory", "What was changed in this record, when, and on which computer")
_KINDS = {
    "insert": QT_TRANSLATE_NOOP("RecordHistory", "created"),
    "update": QT_TRANSLATE_NOOP("RecordHistory", "changed"),
    "delete": QT_TRANSLATE_NOOP("RecordHistory", "deleted"),
}
#: The column that names a record to a person: the first of these it has.
_NAMING = ("name", "title", "description", "visit_date", "entry_date")


def _t(text: str) -> str:
    return i18n.translate(CONTEXT, text)


def when_text(entry: HistoryEntry) -> str:
    """The change's date in BE and its time, on this computer's clock."""
    local = entry.when.astimezone()
    return f"{i18n.fmt_date(local.date())} {local:%H:%M}"


def who_text(entry: HistoryEntry) -> str:
    if entry.here:
        return _t(QT_TRANSLATE_NOOP("RecordHistory", "this computer"))
    return entry.by or entry.device.hex[:8]


def what_text(entry: HistoryEntry) -> str:
    return _t(_KINDS.get(entry.kind, entry.kind))


def change_text(table: str, change: FieldChange) -> str:
    """"Label: before → after", values as the forms show them; "Label: after" when the
    value before is not known here (a change made elsewhere travels without it)."""
    after = value_text(table, change.field, change.after)
    if change.before is UNKNOWN:
        return f"{field_label(table, change.field)}: {after}"
    return f"{field_label(table, change.field)}: {value_text(table, change.field, change.before)} → {after}"


def changes_text(table: str, entry: HistoryEntry, separator: str = "; ") -> str:
    return separator.join(change_text(table, c) for c in entry.changes)


def record_name(db: Database, table: str, record_id: uuid.UUID) -> str:
    """The record's name, title or date as its form shows it ("" if it has none or is gone)."""
    t = BY_NAME[table].table
    column = next((c for c in _NAMING if c in t.columns), None)
    if column is None:
        return ""
    with db.read() as s:
        value = s.scalar(select(t.c[column]).where(t.c.id == record_id))
    if value is None:
        return ""
    return record_label(value.isoformat() if hasattr(value, "isoformat") else str(value))


class HistoryDialog(QDialog):
    """Every logged change of one record, newest first; the selected one's fields below."""

    def __init__(self, db: Database, table: str, record_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table_name = table
        self._order: dict[int, int] = {}
        self.setWindowTitle(_t(QT_TRANSLATE_NOOP("RecordHistory", "Record history")))
        self.resize(1000, 560)
        columns: list[Column[HistoryEntry]] = [
            # Changes of one second keep the log's order (an edit right after the insert).
            Column(QT_TRANSLATE_NOOP("Columns", "When"), when_text, sort=lambda e: (e.when, self._order[id(e)])),
            Column(QT_TRANSLATE_NOOP("Columns", "By"), who_text),
            Column(QT_TRANSLATE_NOOP("Columns", "What"), what_text),
            Column(QT_TRANSLATE_NOOP("Columns", "Fields changed"), lambda e: changes_text(table, e),
                   tooltip=lambda e: changes_text(table, e, "\n")),
        ]
        self.model: RowTableModel[HistoryEntry] = RowTableModel(
            columns, lambda e: " ".join((when_text(e), who_text(e), what_text(e), changes_text(table, e))),
            parent=self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(_t(QT_TRANSLATE_NOOP(
            "RecordHistory", "Type a date, a field or a value to filter (Ctrl+F)")))
        self.search.textChanged.connect(self._filter)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        # The fields of the selected change, one a line: a long change reads whole here.
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setTabChangesFocus(True)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        # Enter in the search box filters, it does not close the dialog (Esc does).
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.view)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.search)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.load(db, record_id)

    def load(self, db: Database, record_id: uuid.UUID) -> None:
        entries = history(db, self.table_name, record_id)
        self._order = {id(e): i for i, e in enumerate(entries)}
        self.model.set_rows(entries)
        name = record_name(db, self.table_name, record_id)
        kind = record_kind(self.table_name)
        if entries:
            text = _t(QT_TRANSLATE_NOOP(
                "RecordHistory", "{kind} {name}: {count} changes recorded. Select one to see "
                "every field it changed.")).format(kind=kind, name=name, count=len(entries))
        else:
            text = _t(QT_TRANSLATE_NOOP(
                "RecordHistory", "{kind} {name}: no change of it is recorded.")).format(kind=kind, name=name)
        self.intro.setText(" ".join(text.split()))  # no double space when it has no name
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        for column in range(header.count() - 1):
            header.resizeSection(column, min(header.sectionSize(column), 240))
        if entries:
            self.view.selectRow(0)
        self._show_selected()

    def _filter(self, text: str) -> None:
        self.proxy.set_query(text)
        if self.proxy.rowCount() and not self.view.selectionModel().hasSelection():
            self.view.selectRow(0)
        self._show_selected()

    def selected(self) -> HistoryEntry | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def _show_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            self.details.clear()
            return
        head = f"{when_text(entry)} · {who_text(entry)} · {what_text(entry)}"
        self.details.setPlainText("\n".join([head, *(change_text(self.table_name, c) for c in entry.changes)]))


def history_text() -> str:
    return _t(BUTTON_TEXT)


def history_tip() -> str:
    return _t(BUTTON_TIP)


def open_history(parent: QWidget | None, db: Database, table: str, record_id: Any) -> None:
    if record_id is not None:
        HistoryDialog(db, table, record_id, parent).exec()


def history_button(parent: QWidget, db: Database, table: str,
                   record_id: Callable[[], uuid.UUID | None]) -> QPushButton:
    """A History… button for the record ``record_id()`` names (disabled while it names none:
    a new record has no history yet)."""
    button = QPushButton(history_text(), parent)
    button.setToolTip(history_tip())
    button.setAutoDefault(False)  # Enter in a field still saves the form
    button.clicked.connect(lambda: open_history(parent, db, table, record_id()))
    button.setEnabled(record_id() is not None)
    return button
