"""A group's business plan of a fiscal year: every part of the plan on its own page, the
plan's versions, the day the group agreed it, and plan against actual.

A version is typed until the group agrees it; from then on it is shown as agreed and
cannot change (the service refuses it too): "New version" copies it into a new draft.
Agreeing, starting a new version and turning to another version keep the draft's edits:
they save it first, as Save would, and stop where it cannot be saved.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from otop_desk import i18n
from otop_desk.domain.error_list import ValidationErrors
from otop_desk.domain.errors import ValidationError
from otop_desk.services import Services
from otop_desk.services.plans import PlanData, rules
from otop_desk.services.plans.years import year_label
from otop_desk.ui import messages
from otop_desk.ui.common.form_dialog import RecordFormDialog
from otop_desk.ui.plans.actual_panel import ActualPanel
from otop_desk.ui.plans.pages import ACTUAL, Mark, Marks, PlanPages
from otop_desk.ui.widgets.be_date_edit import BEDateEdit
from otop_desk.ui.widgets.field_marks import mark_field
from otop_desk.ui.widgets.rows_editor import RowsEditor


class PlanDialog(RecordFormDialog):
    HISTORY_TABLE = "plan_version"

    def __init__(self, services: Services, data: PlanData, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self._data = data
        self.resize(1240, 700)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.version_combo = QComboBox(self)
        self.version_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.version_combo.activated.connect(self._version_chosen)
        self.new_version_button = QPushButton(QCoreApplication.translate("Plans", "New version"), self)
        self.new_version_button.setToolTip(QCoreApplication.translate("Plans", "A new draft copied from this version, to change the plan"))
        self.new_version_button.clicked.connect(self.start_new_version)
        self.agreed_edit = BEDateEdit(self, optional=True, field=rules.F_AGREED)
        self.agree_button = QPushButton(QCoreApplication.translate("Plans", "Agreed with the group"), self)
        self.agree_button.setToolTip(QCoreApplication.translate("Plans", "The group agreed this version on the day typed beside it; "
                                        "it stays as agreed from then on"))
        self.agree_button.clicked.connect(self.agree)
        self.state = QLabel(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(QCoreApplication.translate("Plans", "Version"), self))
        bar.addWidget(self.version_combo)
        bar.addWidget(self.new_version_button)
        bar.addSpacing(24)
        bar.addWidget(QLabel(i18n.field_label(rules.F_AGREED), self))
        bar.addWidget(self.agreed_edit)
        bar.addWidget(self.agree_button)
        bar.addSpacing(12)
        bar.addWidget(self.state, 1)
        top = QVBoxLayout()
        top.addWidget(self.heading)
        top.addLayout(bar)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(0, top)

        self.pages = PlanPages(self, lambda page, title: self.tabs.addTab(page, title))
        self.actual = ActualPanel(self)
        self.tabs.addTab(self.actual, QCoreApplication.translate("Plans", "Plan against actual"))
        self.tabs.currentChanged.connect(self._page_shown)
        self._field_widgets[rules.F_AGREED] = (self.tabs.currentIndex(), self.agreed_edit)
        self._load(data)

    # showing --------------------------------------------------------------------------
    def _load(self, data: PlanData) -> None:
        self._data = data
        self.saved_id = data.id or self.saved_id
        span = data.span
        self.setWindowTitle(QCoreApplication.translate("Plans", "Business plan: {group}").format(group=data.group_name))
        self.heading.setText(f"{data.group_name} · {year_label(span, i18n.translate)}")
        self.pages.load(data)
        self._fill_versions()
        agreed = data.agreed_date is not None
        self.agreed_edit.setDate(data.agreed_date)
        self.agreed_edit.setEnabled(not agreed)
        self.agree_button.setEnabled(not agreed)
        self.new_version_button.setEnabled(data.id is not None)
        self.pages.set_read_only(agreed)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setVisible(not agreed)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(QCoreApplication.translate("Plans", "Close") if agreed else QCoreApplication.translate("Plans", "Cancel"))
        if agreed:
            self.state.setText(QCoreApplication.translate("Plans", "Agreed with the group on {date}: it stays as agreed. "
                                  "To change the plan, start a new version.").format(date=i18n.fmt_date(data.agreed_date)))
        elif data.id is None:
            self.state.setText(QCoreApplication.translate("Plans", "A first draft from the group's records: check it with the group, then save."))
        else:
            self.state.setText(QCoreApplication.translate("Plans", "Draft: not agreed yet."))
        if self.record_history_button is not None:
            self.record_history_button.setEnabled(data.id is not None)
        self._show_actual()

    def _fill_versions(self) -> None:
        self.version_combo.clear()
        if self._data.plan_id is None:
            self.version_combo.addItem(QCoreApplication.translate("Plans", "{number} (new)").format(number=self._data.number), None)
            return
        for row in self.services.plans.versions(self._data.plan_id):
            state = (QCoreApplication.translate("Plans", "agreed {date}").format(date=i18n.fmt_date(row.agreed_date)) if row.agreed_date
                     else QCoreApplication.translate("Plans", "draft"))
            # Kept as text: a UUID inside a QVariant never compares equal in findData.
            self.version_combo.addItem(f"{row.number} ({state})", str(row.id))
        self.version_combo.setCurrentIndex(max(self.version_combo.findData(str(self._data.id)), 0))

    def _show_actual(self) -> None:
        if self._data.plan_id is None or self._data.id is None:
            self.actual.show_nothing(QCoreApplication.translate("Plans", "Save the plan to compare its targets with the sales."))
            return
        self.actual.show_result(self.services.plans.vs_actual(self._data.plan_id, version_id=self._data.id))

    def _page_shown(self, index: int) -> None:
        if index == ACTUAL:
            return
        # The projection follows the targets and costs as they are typed.
        self.pages.show_projection(self.pages.read(self._data, Marks()))

    # saving ---------------------------------------------------------------------------
    def collect(self) -> PlanData:
        """The plan as typed; every field and cell that cannot be read is marked, and
        the first shown, before the error is raised."""
        marks = Marks()
        data = self.pages.read(self._data, marks)
        if not marks.found:
            try:
                return rules.validate_plan(data)
            except ValidationError as error:  # one not tied to a cell of the pages
                raise error from None
        for mark in marks.found:
            self._mark(mark)
        first = marks.found[0]
        self.tabs.setCurrentIndex(first.page)
        first.widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(first.widget, QTableWidget) and first.row >= 0:
            first.widget.setCurrentCell(first.row, first.column)
        raise ValidationErrors([m.error for m in marks.found])

    @staticmethod
    def _mark(mark: Mark) -> None:
        editor = mark.widget.parent()
        if isinstance(mark.widget, QTableWidget) and isinstance(editor, RowsEditor):
            editor.mark_invalid(mark.row, mark.column, i18n.error_text(mark.error))
        else:
            mark_field(mark.widget, i18n.error_text(mark.error))

    def save_record(self) -> uuid.UUID:
        if self._data.agreed:
            assert self._data.id is not None
            return self._data.id
        return self.services.plans.save(self.collect())

    def _save_draft(self) -> bool:
        """Save the draft shown (before agreeing it or leaving it); False if it cannot be."""
        if self._data.agreed:
            return True
        self._commit_tables()
        self.clear_marks()
        try:
            version_id = self.save_record()
        except ValidationError as error:
            self.show_error_field(error)
            messages.show_validation(self, error)
            return False
        self._load(self.services.plans.get(version_id))
        return True

    # versions -------------------------------------------------------------------------
    def agree(self) -> None:
        self.clear_marks()
        try:
            day = rules.check_agreed(self.agreed_edit.value(), self.services.clock.today())
        except ValidationError as error:
            self.show_error_field(error)
            messages.show_validation(self, error)
            return
        number = self._data.number
        question = QCoreApplication.translate(
            "Plans", "Record that the group agreed version {number} on {date}? It cannot be changed afterwards; "
                     "a change of plan is a new version.").format(number=number, date=i18n.fmt_date(day))
        if not messages.confirm(self, QCoreApplication.translate("Plans", "Agreed with the group"), question):
            return
        if not self._save_draft():
            return
        assert self._data.id is not None
        self.services.plans.agree(self._data.id, day)
        self._load(self.services.plans.get(self._data.id))

    def start_new_version(self) -> None:
        if self._data.id is None or not self._save_draft():
            return
        assert self._data.id is not None
        self._load(self.services.plans.get(self.services.plans.new_version(self._data.id)))
        self.tabs.setCurrentIndex(0)

    def _version_chosen(self, index: int) -> None:
        wanted = self.version_combo.itemData(index)
        if wanted is None or wanted == str(self._data.id):
            return
        if not self._save_draft():
            self.version_combo.setCurrentIndex(max(self.version_combo.findData(str(self._data.id)), 0))
            return
        self._load(self.services.plans.get(uuid.UUID(wanted)))
