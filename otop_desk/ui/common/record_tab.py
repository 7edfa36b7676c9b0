"""The shape every record tab shares: a search box, filters, a sortable table, actions.

A tab subclasses ``RecordTab``, declares its columns and implements ``load_rows``,
``new_record``, ``edit_record`` and ``delete_record``. The main window's Edit menu calls
the same methods, so shortcuts work on whichever tab is shown.

A tab names the kinds of record it shows (``KINDS``); when any of them changes, whoever
saved it, the tab reads its rows again if it is shown, else when it is next shown
(``changes.Follower``). After a form of its own saved, it calls ``show_saved`` to show
the change at once and select the record.

A tab of exchanged records names their table (``HISTORY_TABLE``) and gets a History…
action: the selected record's changes, read from the change log.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from otop_desk.domain.records import RecordKind
from otop_desk.services import Services
from otop_desk.ui.common import changes
from otop_desk.ui.common.background import BackgroundReader
from otop_desk.ui.common.cell_delegate import RowDelegate
from otop_desk.ui.common.changes import EVERYTHING, NOTHING, Follower, Kind
from otop_desk.ui.common.column_fit import MAX_WIDTH, SIZING_ROWS, ColumnFitter
from otop_desk.ui.common.enter_key import EnterOpens
from otop_desk.ui.common.paged_model import PagedProxy, PagedTableModel
from otop_desk.ui.common.record_history import history_text, history_tip, open_history
from otop_desk.ui.common.table_model import ROW_ROLE, RowTableModel, SearchProxy

# Typing pauses this long before a paged (SQL) table is queried again, so a fast typist
# waits for one query, not one per key.
FILTER_DELAY_MS = 150

R = TypeVar("R")


class RecordTab(QWidget, Generic[R]):
    #: The kinds of record the tab shows: a change to any of them reads it again.
    KINDS: Kind = NOTHING
    #: Those whose change may add or remove rows (the rest only changes what rows say):
    #: only they make a paged table count its rows again. None: the same as ``KINDS``.
    ROW_KINDS: Kind | None = None
    #: Free text beyond this width elides (its tooltip shows it whole).
    MAX_COLUMN_WIDTH = MAX_WIDTH
    #: The exchanged table (``exchange.spec``) of the rows: adds the History… action.
    HISTORY_TABLE: str | None = None
    #: The kind of record the tab lists, for the navigator (``open_record``).
    RECORD_KIND: RecordKind | None = None

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.changes = changes.hub(services.db)
        # Read when first shown, then again after each change of what it shows.
        self.follower = Follower(self, self.changes, self.KINDS, self.reload_for, stale=EVERYTHING)
        self.model: RowTableModel[R] = self.make_model()
        self.paged = isinstance(self.model, PagedTableModel)
        if isinstance(self.model, PagedTableModel):
            # A search's first page shows at once; a large result is counted meanwhile.
            self.model.set_reader(BackgroundReader(self, inline=not services.db.allows_background_threads))
            self.model.counted.connect(self._update_count)
        self.proxy: Any = PagedProxy(self) if self.paged else SearchProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.search_placeholder())
        self.count_label = QLabel(self)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS if self.paged else 0)
        self._filter_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self._search_changed)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(RowDelegate(self.table, self.model))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        # Row numbers of the unsorted data would only confuse once the table is sorted.
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setResizeContentsPrecision(SIZING_ROWS)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.edit_current())
        EnterOpens(self.table, self.edit_current)
        self.columns_fit = ColumnFitter(self.table, lambda: self.model.columns, self.MAX_COLUMN_WIDTH)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed())

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.action_new = self._action(self.tr("New"), self.new_record, QKeySequence.StandardKey.New)
        self.action_edit = self._action(self.tr("Edit"), self.edit_current, "Ctrl+E")
        self.action_delete = self._action(self.tr("Delete"), self.delete_current, QKeySequence.StandardKey.Delete)
        self.toolbar.addActions([self.action_new, self.action_edit, self.action_delete])
        self.action_record_history: QAction | None = None
        if self.HISTORY_TABLE is not None:
            self.action_record_history = QAction(history_text(), self)
            self.action_record_history.setToolTip(history_tip())
            self.action_record_history.triggered.connect(self.history_current)
            self.toolbar.addAction(self.action_record_history)

        self.filter_bar = QHBoxLayout()
        self.filter_bar.addWidget(self.search, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(self.filter_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.add_filters(self.filter_bar)
        self.model.modelReset.connect(self._update_count)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        QTimer.singleShot(0, self.selection_changed)

    def _action(self, text: str, slot: Any, shortcut: Any) -> QAction:
        action = QAction(text, self)
        # The shortcut itself belongs to the main window's Edit menu (one owner, no
        # ambiguity); here it is only shown as a hint.
        hint = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text} ({hint})")
        action.triggered.connect(slot)
        return action

    # to be provided by a tab ----------------------------------------------------------
    # Subclasses override every method of this block whose body is only a docstring.
    def title(self) -> str:  # type: ignore[empty-body]
        """The tab's translated title."""

    def make_model(self) -> RowTableModel[R]:  # type: ignore[empty-body]
        """The model with this tab's columns."""

    def search_placeholder(self) -> str:
        return self.tr("Search (Ctrl+F)")

    def add_filters(self, bar: QHBoxLayout) -> None:
        """Add filter widgets after the search box."""

    def load_rows(self) -> list[R]:  # type: ignore[empty-body]
        """The rows to show, from a service (tabs with an in-memory model)."""

    def prepare_reload(self) -> None:
        """Tabs with a paged model: refresh filter choices before the rows are counted."""

    def new_record(self) -> None:
        """Open the form for a new record."""

    def edit_record(self, row: R) -> None:
        """Open the form for ``row``."""

    def delete_record(self, row: R) -> None:
        """Ask, then delete ``row``."""

    def print_current(self) -> None:
        """File → Print (Ctrl+P): tabs whose records print override this."""

    def can_print(self) -> bool:
        return False

    def row_id(self, row: R) -> Any:
        return row.id  # type: ignore[attr-defined]

    def count_text(self, shown: int, total: int) -> str:
        return self.tr("Showing {shown} of {total}").format(shown=shown, total=total)

    # shared behaviour -----------------------------------------------------------------
    def refresh(self, select_id: Any = None) -> None:
        """Read every row again now (F5, a filter reset), keeping the selected record."""
        keep = select_id if select_id is not None else self._current_id()
        self.follower.fresh()
        if isinstance(self.model, PagedTableModel):
            self.prepare_reload()
            self.model.reload()
        else:
            self.model.set_rows(self.load_rows())
        # Sized to the rows that arrived, not only on the first (perhaps empty) read.
        self.columns_fit.fit()
        # The scroll bar the rows need, now: left to Qt's next turn, the table was painted
        # without it first, then narrower again with it (twice the first paint).
        self.table.doItemsLayout()
        if keep is not None:
            self.select_id(keep)
        # A reset model drops its selection without a signal: the actions (and what a
        # tab shows of the selected record) follow what is selected now.
        self.selection_changed()

    def reload_for(self, kinds: Kind) -> None:
        """``kinds`` changed (told by the change notification, the tab is shown)."""
        row_kinds = self.KINDS if self.ROW_KINDS is None else self.ROW_KINDS
        model = self.model
        if isinstance(model, PagedTableModel) and not kinds & row_kinds and not model.query.words:
            # What the rows say changed, not which rows there are: no count needed.
            self.follower.fresh()
            keep = self._current_id()
            model.reread_pages()
            if keep is not None and self._current_id() != keep:
                self.select_id(keep)
            return
        self.refresh()

    def mark_stale(self, kinds: Kind = EVERYTHING) -> None:
        """Read again now if shown, else when next shown."""
        self.follower.mark(kinds)

    def show_saved(self, select_id: Any = None) -> None:
        """After this tab saved something: show every change now (not after the gathering
        pause), then select ``select_id``."""
        self.changes.flush()
        # Shown, it has just caught up; one used while hidden (a test's) reads here.
        self.follower.catch_up()
        if select_id is not None:
            self.select_id(select_id)

    def current_row(self) -> R | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return self.proxy.data(index, ROW_ROLE)

    def _current_id(self) -> Any:
        row = self.current_row()
        return self.row_id(row) if row is not None else None

    def select_id(self, record_id: Any) -> bool:
        source_row = self.model.locate(record_id, self.row_id)
        if source_row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def show_record(self, record_id: Any) -> bool:
        """Select the record and open its form; a search or filter hiding it is cleared
        first. False if the tab does not list it."""
        self.flush_search()  # a search still waiting for the typing pause counts too
        if not self.select_id(record_id):
            self.clear_filters()
            self.refresh()
            if not self.select_id(record_id):
                return False
        self.edit_current()
        return True

    def clear_filters(self) -> None:
        """Show every record: the search box emptied; a tab with filters of its own
        puts them back to "all" too."""
        self.search.clear()

    def edit_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.edit_record(row)

    def delete_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.delete_record(row)

    def history_current(self) -> None:
        """Show the selected record's history (its changes, from the change log)."""
        row = self.current_row()
        if row is not None and self.HISTORY_TABLE is not None:
            open_history(self, self.services.db, self.HISTORY_TABLE, self.row_id(row))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def selection_changed(self) -> None:
        has_row = self.current_row() is not None
        self.action_edit.setEnabled(has_row)
        self.action_delete.setEnabled(has_row)
        if self.action_record_history is not None:
            self.action_record_history.setEnabled(has_row)

    def _search_changed(self, text: str) -> None:
        # An emptied box (the clear button) shows everything at once; typing waits.
        if self.paged and text.strip():
            self._filter_timer.start()
        else:
            self.apply_search()

    def flush_search(self) -> None:
        """Apply a search still waiting for the typing pause (before another filter applies)."""
        if self._filter_timer.isActive():
            self.apply_search()

    def apply_search(self) -> None:
        """Filter by what is in the search box now (at once, or after a typing pause)."""
        self._filter_timer.stop()
        self.proxy.set_query(self.search.text())
        self._update_count()

    def _update_count(self) -> None:
        if self.model.counting:  # neither number is known yet: not "showing 60 of 0"
            self.count_label.setText(self.tr("Counting…"))
            return
        self.count_label.setText(self.count_text(self.proxy.rowCount(), self.model.total_count()))
