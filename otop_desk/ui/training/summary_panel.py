"""The evaluation of one session in figures, with the groups that came."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from otop_desk.domain.errors import NotFoundError
from otop_desk.services.training import TrainingSummary
from otop_desk.ui.common import changes
from otop_desk.ui.common.changes import Follower, Kind
from otop_desk.ui.common.table_model import RIGHT


def number(value: Decimal | None, places: int = 2) -> str:
    return "–" if value is None else f"{value:,.{places}f}"


def signed(value: Decimal | None) -> str:
    return "–" if value is None else f"{value:+,.2f}"


class SummaryPanel(QGroupBox):
    """Figures on the left, the groups represented on the right (``with_groups``)."""

    def __init__(self, parent: QWidget | None = None, *, with_groups: bool = True,
                 compact: bool = False) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Evaluation"))
        form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for key, text in (
            ("participants", self.tr("Participants")),
            ("attended", self.tr("Attended")),
            ("groups", self.tr("Groups represented")),
            ("scores", self.tr("Test scores (mean)")),
            ("satisfaction", self.tr("Satisfaction (mean)")),
        ):
            label = QLabel(self)
            label.setWordWrap(True)
            self.labels[key] = label
            form.addRow(text, label)
        note = QLabel(
            self.tr("Means of the tests count only people with both scores; satisfaction "
                    "counts those who rated."),
            self,
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #666;")
        form.addRow(note)
        layout = QHBoxLayout(self)
        # Compact: the same figures on one wrapped line, under a long table in a form.
        self._captions = [form.itemAt(r, QFormLayout.ItemRole.LabelRole).widget().text()
                          for r in range(len(self.labels))]
        self.line: QLabel | None = None
        if compact:
            self.line = QLabel(self)
            self.line.setWordWrap(True)
            self.line.setToolTip(note.text())
            for r in range(form.rowCount()):
                for role in (QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole,
                             QFormLayout.ItemRole.SpanningRole):
                    item = form.itemAt(r, role)
                    if item is not None and item.widget() is not None:
                        item.widget().hide()
            layout.addWidget(self.line, 1)
        else:
            layout.addLayout(form, 3)
        self.groups: QTableWidget | None = None
        if with_groups:
            self.groups = QTableWidget(0, 3, self)
            self.groups.setHorizontalHeaderLabels(
                [self.tr("Group"), self.tr("Listed"), self.tr("Attended")]
            )
            self.groups.verticalHeader().hide()
            self.groups.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            self.groups.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            self.groups.setSortingEnabled(True)
            header = self.groups.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
            layout.addWidget(self.groups, 2)
        self.follower: Follower | None = None
        self.set_summary(None)

    def watch(self, services: Any, session: Callable[[], uuid.UUID | None]) -> None:
        """Show the evaluation of ``session()`` and keep it current: a session or its
        participants saved, a group renamed (``reload`` when another session is chosen)."""
        self._services, self._session = services, session
        self.follower = Follower(self, changes.hub(services.db), Kind.TRAININGS | Kind.GROUPS,
                                 lambda _kinds: self.reload())

    def reload(self) -> None:
        if self.follower is not None:
            self.follower.fresh()
        session = self._session()
        try:
            summary = self._services.training.summary(session) if session is not None else None
        except NotFoundError:  # deleted; the tab chooses another session
            summary = None
        self.set_summary(summary)

    def set_summary(self, s: TrainingSummary | None) -> None:
        if s is None:
            for label in self.labels.values():
                label.setText("–")
            if self.groups is not None:
                self.groups.setRowCount(0)
            if self.line is not None:
                self.line.setText("")
            return
        people = self.tr("{count} listed").format(count=s.listed)
        if s.unregistered:
            people += self.tr(", {count} not in a registered group").format(count=s.unregistered)
        self.labels["participants"].setText(people)
        self.labels["attended"].setText(
            self.tr("{count} ({rate}%)").format(count=s.attended, rate=number(s.attendance_rate, 1))
            if s.listed else "–"
        )
        self.labels["groups"].setText(
            self.tr("{count} of {listed} groups listed").format(
                count=s.groups_represented, listed=s.groups_listed
            )
        )
        if s.scored:
            scores = self.tr(
                "pre-test {pre}, post-test {post}, gain {gain} ({count} people with both; "
                "{better} did better)"
            ).format(pre=number(s.mean_pre), post=number(s.mean_post), gain=signed(s.gain),
                     count=s.scored, better=s.improved)
        else:
            scores = self.tr("no one has both scores yet")
        if s.partly_scored:
            scores += "; " + self.tr("{count} with only one score").format(count=s.partly_scored)
        self.labels["scores"].setText(scores)
        self.labels["satisfaction"].setText(
            self.tr("{mean} of 5 ({count} ratings)").format(mean=number(s.mean_satisfaction), count=s.rated)
            if s.rated else self.tr("no ratings yet")
        )
        if self.line is not None:
            self.line.setText(" · ".join(
                f"{caption}: {label.text()}" for caption, label in zip(
                    self._captions, self.labels.values(), strict=True)
            ))
        if self.groups is not None:
            self.groups.setSortingEnabled(False)
            self.groups.setRowCount(len(s.groups))
            for row, g in enumerate(s.groups):
                self.groups.setItem(row, 0, QTableWidgetItem(g.name))
                for column, value in ((1, g.listed), (2, g.attended)):
                    item = QTableWidgetItem()
                    item.setData(0, value)  # numbers sort as numbers
                    item.setTextAlignment(RIGHT)
                    self.groups.setItem(row, column, item)
            self.groups.setSortingEnabled(True)
