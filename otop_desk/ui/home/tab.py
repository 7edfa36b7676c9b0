"""The Home tab, shown first: what needs attention today, and the month in pictures.

It is a ``RecordTab`` so the Edit menu and shortcuts behave as on every tab: its table
lists the items that need attention (counted and read a page at a time in SQL), "Open" (Ctrl+E, double-click, Enter) opens the
record an item names in its own tab; New and Delete have nothing to act on here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from otop_desk import i18n
from otop_desk.domain.records import RecordKind
from otop_desk.services import Services
from otop_desk.services.common.paging import PageQuery
from otop_desk.services.home import DEFAULT_NOT_VISITED_DAYS, AttentionItem, HomeStatus, Scope
from otop_desk.ui.common.background import BackgroundReader
from otop_desk.ui.common.changes import EVERYTHING, PENDING, Follower, Kind
from otop_desk.ui.common.navigation import show_in_tab
from otop_desk.ui.common.paged_model import PagedTableModel
from otop_desk.ui.common.record_tab import RecordTab
from otop_desk.ui.common.table_model import RowTableModel
from otop_desk.ui.common.turns import next_turn
from otop_desk.ui.home.charts_panel import ChartsPanel
from otop_desk.ui.home.columns import KIND_ORDER, kind_label
from otop_desk.ui.home.first_screen import NOT_VISITED_KEY, FirstScreen, not_visited_days
from otop_desk.ui.home.table_model import AttentionSource, make_home_model
from otop_desk.ui.register.renewals import RenewalsPanel


class HomeTab(RecordTab[AttentionItem]):
    # What is due: follow-ups and next visits, open problems, groups not visited, trainings,
    # groups behind their business plan (the plans, their sales in the books and at fairs),
    # meeting follow-ups of the network.
    KINDS = (Kind.GROUPS | Kind.VISITS | Kind.PROBLEMS | Kind.TRAININGS | Kind.PLANS | Kind.BOOKS | Kind.FAIRS
             | Kind.NETWORK)

    charts: ChartsPanel
    renewals: RenewalsPanel

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        self.today = services.clock.today()
        super().__init__(services, parent)
        self.kinds_reader = BackgroundReader(self, inline=not services.db.allows_background_threads)
        self.status_reader = BackgroundReader(self, inline=not services.db.allows_background_threads)
        self.action_edit.setText(self.tr("Open"))
        self.action_edit.setToolTip(self.tr("Open the record in its tab (Enter, Ctrl+E)"))
        for action in (self.action_new, self.action_delete):
            action.setVisible(False)

        self.status_label = QLabel(self)
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.status_label.setWordWrap(True)
        # The status line follows the list once the window has painted it (tied to the
        # tab, so a tab closed meanwhile reads nothing).
        self.status_follower = Follower(
            self.status_label, self.changes, PENDING | Kind.BACKUPS,
            lambda _kinds: QTimer.singleShot(0, self, self._show_status), stale=EVERYTHING)
        # Table on the left, charts on the right; the record-tab parts move into a page.
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in (self.toolbar, self.table, self.count_label):
            layout.removeWidget(widget)
        layout.removeItem(self.filter_bar)
        column.addWidget(self.toolbar)
        column.addLayout(self.filter_bar)
        column.addWidget(self.table, 1)
        column.addWidget(self.count_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(page)
        # The charts above the certificates to renew (the product register).
        self.side = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([780, 560])  # the list's details need the room more than the bars
        layout.addWidget(self.status_label)
        layout.addWidget(self.splitter, 1)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        # Where the charts come: an empty side would give the list the whole width until
        # they do, and the list would jump back when they come.
        self.side.addWidget(QWidget(self.side))
        if self._take_over_first_screen():
            # Taking start-up's first screen's place: the list first, then the charts, then
            # the certificates, each in a turn of its own so none keeps the window waiting.
            next_turn(self, self._add_charts)
            next_turn(self, self._add_renewals)
        else:
            self._add_charts()
            self._add_renewals()

    def _add_charts(self) -> None:
        self.charts = ChartsPanel(self.services)  # made a child of the side by taking the place
        self.side.replaceWidget(0, self.charts).deleteLater()

    def _add_renewals(self) -> None:
        self.renewals = RenewalsPanel(self.services, self.side)
        self.side.addWidget(self.renewals)
        self.side.setSizes([420, 220])

    def _take_over_first_screen(self) -> bool:
        """Whether this tab takes start-up's first screen's place. It showed the list's
        first page before the database was open: the same rows of the same file need not
        be read again for the tab's first read."""
        first = getattr(self.window(), "first_screen", None)
        if not isinstance(first, FirstScreen):
            return False
        if first.current:
            first.current = False
            self.source.prime(first.scope, first.limit, first.items)
        return True

    # RecordTab ------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Home")

    def make_model(self) -> RowTableModel[AttentionItem]:
        # The real day and setting are set before every reload (prepare_reload).
        self.source = AttentionSource(self.services.home, Scope(self.today, DEFAULT_NOT_VISITED_DAYS))
        return make_home_model(self.source)

    def search_placeholder(self) -> str:
        return self.tr("Search group or text (Ctrl+F)")

    def add_filters(self, bar: QHBoxLayout) -> None:
        self.kind_filter = QComboBox(self)
        self.kind_filter.currentIndexChanged.connect(self._filters_changed)
        self.days = QSpinBox(self)
        self.days.setRange(7, 730)
        self.days.setSingleStep(15)
        self.days.setValue(self._stored_days())
        self.days.setSuffix(self.tr(" days"))
        self.days.setToolTip(self.tr("List active groups whose last visit is longer ago than this"))
        # Typing 120 must not reload the list at 1 and at 12: wait for a pause.
        self._days_timer = QTimer(self)
        self._days_timer.setSingleShot(True)
        self._days_timer.setInterval(400)
        self._days_timer.timeout.connect(self._days_changed)
        self.days.valueChanged.connect(lambda _v: self._days_timer.start())
        bar.addWidget(self.kind_filter, 1)
        bar.addWidget(QLabel(self.tr("Not visited for more than"), self))
        bar.addWidget(self.days)

    def prepare_reload(self) -> None:
        self.today = self.services.clock.today()
        self.source.invalidate(Scope(self.today, self.days.value()))
        self._fill_kinds()

    def count_text(self, shown: int, total: int) -> str:
        return self.tr("Showing {shown} of {total} items").format(shown=shown, total=total)

    def edit_record(self, row: AttentionItem) -> None:
        show_in_tab(self, RecordKind.named(row.record_kind), row.record_id)

    def selection_changed(self) -> None:
        super().selection_changed()
        self.action_delete.setEnabled(False)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt naming
        # What was done is heard as a change; a new day makes other things due.
        super().showEvent(event)
        if self.services.clock.today() != self.today:
            self.mark_stale()
            charts = getattr(self, "charts", None)
            if charts is not None:  # not yet made: it reads the new day when it is
                charts.follower.mark()

    # filters and settings -------------------------------------------------------------
    def _fill_kinds(self) -> None:
        # Five counts over a province's records (about 100 ms): read in the background,
        # the list paints meanwhile; the choices show their numbers when they arrive.
        source = self.source
        self.kinds_reader.read(lambda: source.counts(PageQuery()), self._show_kinds)

    def _show_kinds(self, counts: dict[Any, int]) -> None:
        wanted = self.kind_filter.currentData()
        self.kind_filter.blockSignals(True)
        self.kind_filter.clear()
        self.kind_filter.addItem(self.tr("Everything ({count})").format(count=sum(counts.values())), None)
        for kind in KIND_ORDER:
            self.kind_filter.addItem(f"{kind_label(kind)} ({counts[kind]})", kind.value)
        self.kind_filter.setCurrentIndex(max(self.kind_filter.findData(wanted), 0))
        self.kind_filter.blockSignals(False)

    def _filters_changed(self) -> None:
        self.flush_search()
        assert isinstance(self.model, PagedTableModel)
        self.model.set_filters(kind=self.kind_filter.currentData())
        self._update_count()

    def _settings(self) -> Any:
        return getattr(self.window(), "settings", None)

    def _stored_days(self) -> int:
        return not_visited_days(self._settings())

    def _days_changed(self) -> None:
        settings = self._settings()
        if settings is not None:
            settings.set_value(NOT_VISITED_KEY, self.days.value())
        self.mark_stale()

    def _show_status(self) -> None:
        # Counting the changes not yet exported reads the change log (on a province's first
        # export, most of a million rows): in the background, so the list shows first.
        self.status_reader.read(self.services.home.status, self._status_arrived)

    def _status_arrived(self, status: HomeStatus) -> None:
        never = self.tr("never")
        exported = i18n.fmt_date(status.last_export.astimezone().date()) if status.last_export else never
        if not status.backups_available:
            backup = self.tr("not kept for this database")
        else:
            backup = i18n.fmt_date(status.last_backup.date()) if status.last_backup else never
        warn = status.pending_exports > 0
        pending = f'<b style="color:#b00020">{status.pending_exports}</b>' if warn else "0"
        self.status_label.setText(self.tr(
            "Records not yet exported: {pending} · last export: {exported} · last backup: {backup}"
        ).format(pending=pending, exported=exported, backup=backup))
