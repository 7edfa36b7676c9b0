"""The Network tab: the OTOP network's meetings, committees, and fairs with their booths.

``NetworkTab`` is itself the list of meetings (a ``RecordTab``); like the Bookkeeping tab
it moves its toolbar, search and table onto the first page of an inner tab widget, and
passes the Edit menu's commands on to whichever page is shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLayout, QVBoxLayout, QWidget

from otop_desk import i18n
from otop_desk.domain.errors import QT_TRANSLATE_NOOP
from otop_desk.domain.records import RecordKind
from otop_desk.services.network import MeetingRow
from otop_desk.ui import messages
from otop_desk.ui.common.changes import Kind
from otop_desk.ui.common.record_tab import RecordTab
from otop_desk.ui.common.table_model import RIGHT, Column, RowTableModel, widest_dates
from otop_desk.ui.common.thai_style import tab_widget
from otop_desk.ui.network.meeting_form import MeetingDialog
from otop_desk.ui.network.views import BoothsView, CommitteesView

MEETINGS, COMMITTEES, BOOTHS = range(3)

MEETING_COLUMNS: list[Column[MeetingRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Date"), lambda r: i18n.fmt_date(r.meeting_date),
           sort=lambda r: r.meeting_date.isoformat(), widest=widest_dates),
    Column(QT_TRANSLATE_NOOP("Columns", "No."), lambda r: r.number),
    Column(QT_TRANSLATE_NOOP("Columns", "Committee or group"), lambda r: r.body),
    Column(QT_TRANSLATE_NOOP("Columns", "Purpose"), lambda r: i18n.enum_label(r.purpose)),
    Column(QT_TRANSLATE_NOOP("Columns", "Fair"), lambda r: r.fair),
    Column(QT_TRANSLATE_NOOP("Columns", "Present"), lambda r: str(r.present), sort=lambda r: r.present, align=RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Absent"), lambda r: str(r.absent), sort=lambda r: r.absent, align=RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Guests"), lambda r: str(r.guests), sort=lambda r: r.guests, align=RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Open follow-ups"), lambda r: str(r.open_actions),
           sort=lambda r: r.open_actions, align=RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Venue"), lambda r: r.venue),
]


class NetworkTab(RecordTab[MeetingRow]):
    HISTORY_TABLE = "meeting"
    RECORD_KIND = RecordKind.MEETING
    KINDS = Kind.NETWORK | Kind.GROUPS | Kind.FAIRS

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.last_preview: Any = None
        self.committees = CommitteesView(services, self)
        self.booths = BoothsView(services, self)
        self._meetings_search = self.search
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # the latest meeting first
        self.action_minutes = QAction(self.tr("Print minutes…"), self)
        self.action_minutes.setToolTip(self.tr("The minutes of the selected meeting, with signature lines"))
        self.action_minutes.triggered.connect(self.print_current)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.action_minutes)
        self.pages = tab_widget(self)
        self.pages.addTab(self._meetings_page(), self.tr("Meetings"))
        self.pages.addTab(self.committees, self.tr("Committees"))
        self.pages.addTab(self.booths, self.tr("Fairs and booths"))
        self.pages.currentChanged.connect(self._page_changed)
        self.pages.setMinimumHeight(300)
        self.layout().addWidget(self.pages, 1)
        self.selection_changed()

    def _meetings_page(self) -> QWidget:
        """Move what ``RecordTab`` laid out (toolbar, search, table, count) onto a page."""
        outer = self.layout()
        page = QWidget(self)
        inner = QVBoxLayout(page)
        inner.setContentsMargins(4, 4, 4, 4)
        for item in [outer.takeAt(0) for _ in range(outer.count())]:
            if item.widget() is not None:
                inner.addWidget(item.widget(), 1 if item.widget() is self.table else 0)
            elif isinstance(item.layout(), QLayout):
                inner.addLayout(item.layout())
        return page

    # RecordTab ------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Network")

    def make_model(self) -> RowTableModel[MeetingRow]:
        return RowTableModel(MEETING_COLUMNS, lambda r: f"{r.number} {r.body} {r.venue} {r.fair} "
                                                        f"{i18n.enum_label(r.purpose)}")

    def search_placeholder(self) -> str:
        return self.tr("Search committee, group, venue or fair (Ctrl+F)")

    def count_text(self, shown: int, total: int) -> str:
        return self.tr("Showing {shown} of {total} meetings").format(shown=shown, total=total)

    def load_rows(self) -> list[MeetingRow]:
        return self.services.network.meetings()

    def selection_changed(self) -> None:
        super().selection_changed()
        if hasattr(self, "action_minutes"):
            self.action_minutes.setEnabled(super().current_row() is not None)

    # pages ----------------------------------------------------------------------------
    def _page(self) -> Any:
        index = self.pages.currentIndex() if hasattr(self, "pages") else MEETINGS
        return {MEETINGS: self, COMMITTEES: self.committees, BOOTHS: self.booths}[index]

    def _page_changed(self, index: int) -> None:
        page = self._page()
        self.search = page.search if page is not self else self._meetings_search

    def select_id(self, record_id: Any) -> bool:
        """A meeting (Home's follow-ups open one): shown on the Meetings page."""
        if hasattr(self, "pages"):
            self.pages.setCurrentIndex(MEETINGS)
        return super().select_id(record_id)

    def current_row(self) -> Any:
        page = self._page()
        return super().current_row() if page is self else page.current_row()

    def new_record(self) -> None:
        page = self._page()
        if page is not self:
            page.new_record()
            return
        dialog = MeetingDialog(self.services, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.show_saved(dialog.saved_id)

    def edit_record(self, row: Any) -> None:
        page = self._page()
        if page is not self:
            page.edit_record(row)
            return
        dialog = MeetingDialog(self.services, self.services.network.meeting(row.id), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.show_saved(dialog.saved_id)

    def delete_record(self, row: Any) -> None:
        page = self._page()
        if page is not self:
            page.delete_record(row)
            return
        if messages.confirm(self, self.tr("Delete meeting"), self.tr(
                "Delete the meeting of {date} ({body}) with its agenda, attendance and follow-ups?").format(
                    date=i18n.fmt_date(row.meeting_date), body=row.body), destructive=True):
            self.services.network.delete_meeting(row.id)
            self.show_saved()

    def can_print(self) -> bool:
        page = self._page()
        return super().current_row() is not None if page is self else page.can_print()

    def print_current(self) -> None:
        page = self._page()
        if page is not self:
            page.print_current()
            return
        row = super().current_row()
        if row is not None:
            from otop_desk.ui.network.printing import print_minutes

            self.last_preview = print_minutes(self, self.services, row.id)
