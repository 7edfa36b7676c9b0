"""The problem-log tab: filter by status, category, group and overdue; log actions; settle."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QHBoxLayout, QVBoxLayout

from otop_desk import i18n
from otop_desk.domain.enums import ProblemCategory, ProblemStatus
from otop_desk.domain.records import RecordKind
from otop_desk.services.problems import ProblemRow
from otop_desk.services.problems.pages import NOT_SETTLED
from otop_desk.ui import messages
from otop_desk.ui.common.changes import Kind
from otop_desk.ui.common.group_combo import GroupCombo
from otop_desk.ui.common.navigation import open_form
from otop_desk.ui.common.paged_model import PagedTableModel
from otop_desk.ui.common.record_tab import RecordTab
from otop_desk.ui.common.table_model import RowTableModel
from otop_desk.ui.problems.actions import ActionDialog, SettleDialog
from otop_desk.ui.problems.form import ProblemDialog
from otop_desk.ui.problems.summary import SummaryStrip
from otop_desk.ui.problems.table_model import make_problem_model


class ProblemsTab(RecordTab[ProblemRow]):
    HISTORY_TABLE = "problem"
    RECORD_KIND = RecordKind.PROBLEM
    KINDS = Kind.PROBLEMS | Kind.GROUPS
    ROW_KINDS = Kind.PROBLEMS

    def title(self) -> str:
        return self.tr("Problems")

    def make_model(self) -> RowTableModel[ProblemRow]:
        return make_problem_model(self.services.problems)

    def search_placeholder(self) -> str:
        return self.tr("Search group, problem or action (Ctrl+F)")

    def clear_filters(self) -> None:
        super().clear_filters()
        for combo in (self.status_filter, self.category_filter):
            combo.setCurrentIndex(0)  # all
        self.group_filter.set_group(None)  # all groups
        self.overdue_filter.setChecked(False)

    def add_filters(self, bar: QHBoxLayout) -> None:
        self.status_filter = QComboBox(self)
        self.status_filter.addItem(self.tr("All statuses"), None)
        self.status_filter.addItem(self.tr("Not settled (open or in progress)"), NOT_SETTLED)
        for status in ProblemStatus:
            self.status_filter.addItem(i18n.enum_label(status), status.value)
        self.category_filter = QComboBox(self)
        self.category_filter.addItem(self.tr("All categories"), None)
        for category in ProblemCategory:
            self.category_filter.addItem(i18n.enum_label(category), category.value)
        self.group_filter = GroupCombo(self, empty_label=self.tr("All groups"))
        self.group_filter.watch(self.services)
        self.overdue_filter = QCheckBox(self.tr("Overdue only"), self)
        for combo in (self.status_filter, self.category_filter, self.group_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.currentIndexChanged.connect(self._filters_changed)
            bar.addWidget(combo)
        self.overdue_filter.toggled.connect(self._filters_changed)
        bar.addWidget(self.overdue_filter)
        self.strip = SummaryStrip(self)
        self.strip.watch(self.services)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(2, self.strip)
        self.action_add = QAction(self.tr("Add action…"), self)
        self.action_add.setShortcut("Ctrl+Shift+A")
        self.action_add.setToolTip(self.tr("Log what was done (Ctrl+Shift+A)"))
        self.action_add.triggered.connect(self.add_action)
        self.action_resolve = QAction(self.tr("Resolve…"), self)
        self.action_resolve.triggered.connect(lambda: self.settle(resolved=True))
        self.action_close = QAction(self.tr("Close unresolved…"), self)
        self.action_close.triggered.connect(lambda: self.settle(resolved=False))
        self.action_reopen = QAction(self.tr("Reopen"), self)
        self.action_reopen.triggered.connect(self.reopen)
        self.action_visit = QAction(self.tr("Source visit…"), self)
        self.action_visit.triggered.connect(self.open_visit)
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.action_add, self.action_resolve, self.action_close,
                                 self.action_reopen, self.action_visit])
        # Only while this tab is shown, so other tabs may use the same keys.
        self.action_add.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.action_add)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first

    def count_text(self, shown: int, total: int) -> str:
        return self.tr("Showing {shown} of {total} problems").format(shown=shown, total=total)

    def _filters_changed(self) -> None:
        self.flush_search()
        assert isinstance(self.model, PagedTableModel)
        self.model.set_filters(
            status=self.status_filter.currentData(),
            category=self.category_filter.currentData(),
            group_id=self.group_filter.group_id(),
            overdue=self.overdue_filter.isChecked(),
        )
        self._update_count()

    def selection_changed(self) -> None:
        super().selection_changed()
        row = self.current_row()
        is_open = row is not None and row.status.is_open
        for action in (self.action_add, self.action_resolve, self.action_close):
            action.setEnabled(is_open)
        self.action_reopen.setEnabled(row is not None and not row.status.is_open)
        self.action_visit.setEnabled(row is not None and row.visit_id is not None)

    # actions --------------------------------------------------------------------------
    def new_record(self) -> None:
        dialog = ProblemDialog(self.services, None, self)
        group_id = self.group_filter.group_id()
        if group_id is not None:
            dialog.group.set_group(group_id)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.show_saved(dialog.saved_id)

    def edit_record(self, row: ProblemRow) -> None:
        dialog = ProblemDialog(self.services, self.services.problems.get(row.id), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.show_saved(dialog.saved_id)

    def delete_record(self, row: ProblemRow) -> None:
        text = self.tr("Delete the problem “{text}” of {group} with its {count} actions? "
                       "This cannot be undone.").format(text=row.description[:80], group=row.group_name,
                                                        count=row.action_count)
        if messages.confirm(self, self.tr("Delete problem"), text, destructive=True):
            self.services.problems.delete(row.id)
            self.show_saved()

    def add_action(self) -> None:
        row = self.current_row()
        if (row is not None and row.status.is_open
                and ActionDialog(self.services, row.id, self).exec() == QDialog.DialogCode.Accepted):
            self.show_saved(row.id)

    def settle(self, *, resolved: bool) -> None:
        row = self.current_row()
        if row is not None and row.status.is_open:
            dialog = SettleDialog(self.services, row.id, self, resolved=resolved)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.show_saved(row.id)

    def reopen(self) -> None:
        row = self.current_row()
        if row is not None and messages.confirm(
            self, self.tr("Reopen problem"),
            self.tr("Reopen “{text}”? Its outcome or closing reason is cleared.").format(text=row.description[:80]),
        ):
            self.services.problems.reopen(row.id)
            self.show_saved(row.id)

    def open_visit(self) -> None:
        row = self.current_row()
        if row is not None and row.visit_id is not None and open_form(
                RecordKind.VISIT, self.services, row.visit_id, self):
            self.show_saved(row.id)
