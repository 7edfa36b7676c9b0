"""The strip above the problem table: counts by status and category at a glance."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from otop_desk import i18n
from otop_desk.domain.enums import ProblemStatus
from otop_desk.services.problems import ProblemSummary
from otop_desk.ui.common import changes
from otop_desk.ui.common.changes import EVERYTHING, Follower, Kind


class SummaryStrip(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("QLabel { background: #f4f6f8; border: 1px solid #d0d4d8; padding: 4px 8px; }")
        self.follower: Follower | None = None

    def watch(self, services: Any) -> None:
        """Count the problems when first shown and again after each change to them."""

        def reload(_kinds: Kind) -> None:
            follower.fresh()
            self.show_summary(services.problems.summary())

        follower = self.follower = Follower(self, changes.hub(services.db), Kind.PROBLEMS, reload,
                                            stale=EVERYTHING)

    def show_summary(self, s: ProblemSummary) -> None:
        statuses = " · ".join(f"{escape(i18n.enum_label(st))} <b>{s.by_status[st]}</b>" for st in ProblemStatus)
        overdue = self.tr("Overdue") + f" <b style='color:#b00020'>{s.overdue}</b>"
        categories = ", ".join(f"{escape(i18n.enum_label(c))} {n}" for c, n in s.open_by_category.items())
        self.setText(
            f"{statuses} · {overdue}<br/>"
            + escape(self.tr("Not settled, by category:")) + " " + (categories or "–")
        )
