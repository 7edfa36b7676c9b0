"""A group's visit and problem history: shown in the group form and from a visit."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from otop_desk.domain.records import RecordKind
from otop_desk.services import Services
from otop_desk.ui.common.navigation import open_form
from otop_desk.ui.common.table_model import ROW_ROLE, RowTableModel, SearchProxy
from otop_desk.ui.problems.table_model import make_problem_model
from otop_desk.ui.visits.table_model import make_visit_model


def _table(parent: QWidget, model: RowTableModel) -> QTableView:  # type: ignore[type-arg]
    proxy = SearchProxy(parent)
    proxy.setSourceModel(model)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class GroupHistory(QWidget):
    """Every visit and every problem of one group; activating a row (double-click, Enter) opens it."""

    def __init__(self, services: Services, group_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.group_id = group_id
        self.visit_model = make_visit_model()
        self.problem_model = make_problem_model()
        self.visits = _table(self, self.visit_model)
        self.problems = _table(self, self.problem_model)
        self.visits.activated.connect(lambda index: self.open_visit(index.data(ROW_ROLE).id))
        self.problems.activated.connect(lambda index: self.open_problem(index.data(ROW_ROLE).id))
        self.visits_label = QLabel(self)
        self.problems_label = QLabel(self)
        split = QSplitter(Qt.Orientation.Vertical, self)
        for label, view in ((self.visits_label, self.visits), (self.problems_label, self.problems)):
            box = QWidget(split)
            inner = QVBoxLayout(box)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.addWidget(label)
            inner.addWidget(view, 1)
            split.addWidget(box)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        self.refresh()

    def title(self) -> str:
        return self.tr("Visits and problems")

    def refresh(self) -> None:
        visits = self.services.visits.rows(group_id=self.group_id)
        problems = self.services.problems.rows(group_id=self.group_id)
        self.visit_model.set_rows(visits)
        self.problem_model.set_rows(problems)
        open_count = sum(p.status.is_open for p in problems)
        self.visits_label.setText(self.tr("Visits: {count}").format(count=len(visits)))
        self.problems_label.setText(self.tr("Problems: {count} ({open} not settled)").format(
            count=len(problems), open=open_count))
        for view in (self.visits, self.problems):
            view.resizeColumnsToContents()
            header = view.horizontalHeader()
            for column in range(header.count()):
                header.resizeSection(column, min(header.sectionSize(column), 260))

    def open_visit(self, visit_id: uuid.UUID) -> None:
        if open_form(RecordKind.VISIT, self.services, visit_id, self):
            self.refresh()

    def open_problem(self, problem_id: uuid.UUID) -> None:
        if open_form(RecordKind.PROBLEM, self.services, problem_id, self):
            self.refresh()


class GroupHistoryDialog(QDialog):
    def __init__(self, services: Services, group_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        name = services.groups.get(group_id).name
        self.history = GroupHistory(services, group_id, self)
        self.setWindowTitle(self.history.title() + " – " + name)
        self.resize(980, 600)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.history, 1)
        layout.addWidget(buttons)
