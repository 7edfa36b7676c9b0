"""The producer-group registry tab."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout

from otop_desk import i18n
from otop_desk.domain.enums import GroupStatus
from otop_desk.domain.records import RecordKind
from otop_desk.services.groups import DEPENDENT_LABELS, GroupRow
from otop_desk.ui import messages
from otop_desk.ui.common.changes import Kind
from otop_desk.ui.common.paged_model import PagedTableModel
from otop_desk.ui.common.record_tab import RecordTab
from otop_desk.ui.common.table_model import RowTableModel
from otop_desk.ui.groups.form import GroupDialog
from otop_desk.ui.groups.table_model import make_group_model
from otop_desk.ui.plans.opening import business_plan_action
from otop_desk.ui.register.group_filters import RegisterFilters
from otop_desk.ui.register.page import RegisterDialog


class GroupsTab(RecordTab[GroupRow]):
    HISTORY_TABLE = "producer_group"
    RECORD_KIND = RecordKind.GROUP
    KINDS = Kind.GROUPS

    def title(self) -> str:
        return self.tr("Producer groups")

    def make_model(self) -> RowTableModel[GroupRow]:
        return make_group_model(self.services.groups)

    def search_placeholder(self) -> str:
        return self.tr("Search name, village, sub-district or product (Ctrl+F)")

    def clear_filters(self) -> None:
        super().clear_filters()
        self.status_filter.setCurrentIndex(0)  # all groups
        self.register_filters.clear()

    def add_filters(self, bar: QHBoxLayout) -> None:
        self.status_filter = QComboBox(self)
        self.status_filter.addItem(self.tr("All groups"), None)
        for status in GroupStatus:
            self.status_filter.addItem(i18n.enum_label(status), status.value)
        self.status_filter.currentIndexChanged.connect(self._status_changed)
        bar.addWidget(self.status_filter)
        self.register_filters = RegisterFilters(self.services, self)
        self.register_filters.changed.connect(self._status_changed)
        bar.addWidget(self.register_filters)
        self.action_status = QAction(self.tr("Deactivate"), self)
        self.action_status.triggered.connect(self.toggle_status)
        self.toolbar.addAction(self.action_status)
        self.action_profile = QAction(self.tr("Profile…"), self)
        self.action_profile.setToolTip(self.tr("Everything about the group on one page, printable"))
        self.action_profile.triggered.connect(self.show_profile)
        self.toolbar.addAction(self.action_profile)
        self.action_plan = business_plan_action(self)  # the Plans tab's form, for this group
        self.toolbar.addAction(self.action_plan)
        self.action_register = QAction(self.tr("Register…"), self)
        self.action_register.setToolTip(self.tr("Certificates, registration, star rounds and segment of the group's products"))
        self.action_register.triggered.connect(self.show_register)
        self.toolbar.addAction(self.action_register)

    def _status_changed(self) -> None:
        self.flush_search()
        assert isinstance(self.model, PagedTableModel)
        self.model.set_filters(status=self.status_filter.currentData(), **self.register_filters.values())
        self._update_count()

    def count_text(self, shown: int, total: int) -> str:
        return self.tr("Showing {shown} of {total} groups").format(shown=shown, total=total)

    def selection_changed(self) -> None:
        super().selection_changed()
        row = self.current_row()
        self.action_status.setEnabled(row is not None)
        self.action_profile.setEnabled(row is not None)
        self.action_plan.setEnabled(row is not None)
        self.action_register.setEnabled(row is not None)
        active = row is None or row.status == GroupStatus.ACTIVE
        self.action_status.setText(self.tr("Deactivate") if active else self.tr("Reactivate"))

    # actions --------------------------------------------------------------------------
    def _default_province(self) -> str:
        profile = self.services.officer.get()
        return profile.province if profile else ""

    def new_record(self) -> None:
        dialog = GroupDialog(self.services, None, self, default_province=self._default_province())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.show_saved(dialog.saved_id)

    def edit_record(self, row: GroupRow) -> None:
        dialog = GroupDialog(self.services, self.services.groups.get(row.id), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.show_saved(dialog.saved_id)

    def show_profile(self) -> None:
        from otop_desk.ui.home.profile_dialog import GroupProfileDialog

        row = self.current_row()
        if row is not None:
            GroupProfileDialog(self.services, row.id, self).exec()

    def show_register(self) -> None:
        row = self.current_row()
        products = self.services.register.products(row.id) if row is not None else []
        if not products:
            if row is not None:
                messages.show_info(self, self.tr("Register"), self.tr("Add a product to the group first."))
            return
        RegisterDialog(self.services, products[0].id, self).exec()

    def toggle_status(self) -> None:
        row = self.current_row()
        if row is None:
            return
        new = GroupStatus.INACTIVE if row.status == GroupStatus.ACTIVE else GroupStatus.ACTIVE
        self.services.groups.set_status(row.id, new)
        self.show_saved(row.id)

    def delete_record(self, row: GroupRow) -> None:
        counts = self.services.groups.dependents(row.id)
        title = self.tr("Delete group")
        if not counts:
            text = self.tr(
                "Delete the group “{name}” with its products and members? This cannot be undone."
            ).format(name=row.name)
            if messages.confirm(self, title, text, destructive=True):
                self.services.groups.delete(row.id)
                self.show_saved()
            return
        listed = ", ".join(
            f"{i18n.translate('Records', DEPENDENT_LABELS[key])} {count}"
            for key, count in counts.items()
        )
        text = self.tr(
            "The group “{name}” has records: {records}.\n\nDeactivating keeps them and hides "
            "the group from new work. Deleting removes the group and all these records."
        ).format(name=row.name, records=listed)
        answer = messages.choose(
            self,
            title,
            text,
            [("deactivate", self.tr("Deactivate instead")), ("delete", self.tr("Delete everything"))],
            default="deactivate",
        )
        if answer == "deactivate":
            self.services.groups.set_status(row.id, GroupStatus.INACTIVE)
            self.show_saved(row.id)
        elif answer == "delete" and messages.confirm(
            self,
            title,
            self.tr("Really delete “{name}” and {records}? This cannot be undone.").format(
                name=row.name, records=listed
            ),
            destructive=True,
        ):
            self.services.groups.delete(row.id, with_records=True)
            self.show_saved()
