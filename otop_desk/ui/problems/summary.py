"""The strip above the problem table: counts by status and category at a glance."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QLabel, QWidget

from otop_desk.domain.enums import ProblemStatus
from otop_desk.services.problems import ProblemSummary
from otop_desk.ui import i18n


class SummaryStrip(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("QLabel { background: #f4f6f8; border: 1px solid #d0d4d8; padding: 4px 8px; }")

    def show_summary(self, s: ProblemSummary) -> None:
        statuses = " · ".join(f"{escape(i18n.enum_label(st))} <b>{s.by_status[st]}</b>" for st in ProblemStatus)
        overdue = self.tr("Overdue") + f" <b style='color:#b00020'>{s.overdue}</b>"
        categories = ", ".join(f"{escape(i18n.enum_label(c))} {n}" for c, n in s.open_by_category.items())
        self.setText(
            f"{statuses} · {overdue}<br/>"
            + escape(self.tr("Not settled, by category:")) + " " + (categories or "–")
        )
