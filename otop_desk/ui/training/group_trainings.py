"""Which trainings the members of one group attended."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from otop_desk.services import Services
from otop_desk.ui.common.group_combo import GroupCombo
from otop_desk.ui.common.table_model import ROW_ROLE, SearchProxy
from otop_desk.ui.training.table_model import make_group_training_model


class GroupTrainingsDialog(QDialog):
    """Pick a group; its members' sessions are listed. Enter on a session opens it in the tab."""

    def __init__(self, services: Services, parent: QWidget | None = None,
                 group_id: uuid.UUID | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.chosen_training: uuid.UUID | None = None
        self.setWindowTitle(self.tr("Trainings by group"))
        self.resize(980, 560)
        self.group = GroupCombo(self, always_a_group=True)
        self.group.set_groups(services.groups.choices(include_inactive=True), notify=False)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search title or member"))
        self.model = make_group_training_model()
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search.textChanged.connect(self.proxy.set_query)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._open)
        self.count_label = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Group"), self.group)
        form.addRow(self.tr("Search"), self.search)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(buttons)
        self.group.currentIndexChanged.connect(lambda _i: self.load())
        if group_id is not None:
            self.group.set_group(group_id)
        self.load()

    def load(self) -> None:
        group_id = self.group.group_id()
        rows = self.services.training.group_trainings(group_id) if group_id else []
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        header.resizeSection(1, min(header.sectionSize(1), 340))
        attended = sum(1 for r in rows if r.attended)
        self.count_label.setText(
            self.tr("Listed for {count} sessions, attended {attended}; Enter opens a session.").format(
                count=len(rows), attended=attended
            )
        )

    def _open(self, index: QModelIndex) -> None:
        row = self.proxy.data(index, ROW_ROLE)
        if row is not None:
            self.chosen_training = row.training_id
            self.accept()
